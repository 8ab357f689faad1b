import { describe, expect, it } from 'vitest';
import { ChildStatus, DataBankExitReason } from '../children/child.enums.js';
import { MentorshipStatus } from './mentorship.enums.js';
import { meetingProblem, menteeStatusProblem } from './mentorship.rules.js';

const TODAY = '2026-11-22';
describe('who may be a mentee (beyond the mentoring rules of the matching engine)', () => {
  it.each([
    [ChildStatus.IN_INSTITUTION, undefined, null],
    [ChildStatus.AWAITING_PLACEMENT, undefined, null],
    [ChildStatus.LEFT_DATA_BANK, DataBankExitReason.REACHED_MAJORITY, null],
    [ChildStatus.LEFT_DATA_BANK, DataBankExitReason.RETURNED_TO_PARENTS, 'childId'],
    [ChildStatus.ADOPTED, undefined, 'childId'],
  ])('a child %s (%s) → %s', (status, exitReason, field) => {
    expect(menteeStatusProblem(status, exitReason)?.field ?? null).toBe(field);
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
