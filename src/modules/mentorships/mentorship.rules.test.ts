import { describe, expect, it } from 'vitest';
import { CheckResult } from '../../shared/enums.js';
import { ChildStatus } from '../children/child.enums.js';
import { MentorshipStatus } from './mentorship.enums.js';
import { meetingProblem, mentorshipProposalProblems, type MenteeFacts, type MentorFacts } from './mentorship.rules.js';

const TODAY = '2026-11-22';
const child = (overrides: Partial<MenteeFacts> = {}): MenteeFacts => ({ birthDate: '2014-01-15', status: ChildStatus.IN_INSTITUTION, ...overrides });
const mentor = (overrides: Partial<MentorFacts> = {}): MentorFacts => ({
  available: true,
  backgroundCheckResult: CheckResult.CLEAR,
  trainingCertificateDate: '2025-05-01',
  maxMentees: 2,
  openMentorships: 1,
  ...overrides,
});

describe('proposing a mentorship', () => {
  it('accepts a cleared, certified mentor with room for a 12-year-old', () => {
    expect(mentorshipProposalProblems(child(), mentor(), TODAY)).toEqual([]);
  });

  it('M-AGE: accepts a child on the 10th birthday and refuses one a day younger', () => {
    expect(mentorshipProposalProblems(child({ birthDate: '2016-11-22' }), mentor(), TODAY)).toEqual([]);
    expect(mentorshipProposalProblems(child({ birthDate: '2016-11-23' }), mentor(), TODAY).map((p) => p.field)).toEqual(['childId']);
  });

  it.each([
    ['a 9-year-old', child({ birthDate: '2017-01-01' }), mentor(), 'childId'],
    ['a child who left the data bank', child({ status: ChildStatus.LEFT_DATA_BANK }), mentor(), 'childId'],
    ['an adopted child', child({ status: ChildStatus.ADOPTED }), mentor(), 'childId'],
    ['an unavailable mentor', child(), mentor({ available: false }), 'mentorId'],
    ['a pending background check', child(), mentor({ backgroundCheckResult: CheckResult.PENDING }), 'mentorId'],
    ['a flagged background check', child(), mentor({ backgroundCheckResult: CheckResult.FLAGGED }), 'mentorId'],
    ['no training certificate (M-CERT)', child(), mentor({ trainingCertificateDate: null }), 'mentorId'],
    ['a mentor at capacity', child(), mentor({ openMentorships: 2 }), 'mentorId'],
  ])('refuses %s', (_, c, m, field) => {
    expect(mentorshipProposalProblems(c, m, TODAY).map((p) => p.field)).toEqual([field]);
  });
});

describe('recording a meeting', () => {
  const active = { status: MentorshipStatus.ACTIVE, startedAt: '2026-10-01' };
  it.each([
    ['a meeting today', active, TODAY, null],
    ['a meeting on the first day', active, '2026-10-01', null],
    ['a meeting tomorrow', active, '2026-11-23', 'date'],
    ['a meeting before the start', active, '2026-09-30', 'date'],
    ['a paused mentorship', { ...active, status: MentorshipStatus.PAUSED }, '2026-11-01', 'mentorshipId'],
    ['a proposed mentorship', { status: MentorshipStatus.PROPOSED }, '2026-11-01', 'mentorshipId'],
    ['a closed mentorship', { ...active, status: MentorshipStatus.CLOSED }, '2026-11-01', 'mentorshipId'],
  ])('%s', (_, mentorship, date, field) => {
    expect(meetingProblem(mentorship, date, TODAY)?.field ?? null).toBe(field);
  });
});
