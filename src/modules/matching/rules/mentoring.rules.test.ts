import { describe, expect, it } from 'vitest';
import { CheckResult, Citizenship, Language } from '../../../shared/enums.js';
import { evaluateCase, mentoringRules } from '../evaluate.js';
import type { MentoringCase } from '../matching.facts.js';
import { M_AGE, M_AVAILABLE, M_CAPACITY, M_CERT, M_CHECK, M_ELIGIBLE, M_LANGUAGE, M_LOAD, M_LOCATION } from './mentoring.rules.js';
import { child, mentoring, run } from './test-cases.js';

const withChild = (birthDate: string, overrides: Parameters<typeof child>[0] = {}) => mentoring({ child: child({ birthDate, ...overrides }) });
const reasonOf = (code: string, facts: MentoringCase) => evaluateCase(mentoringRules, facts, 'MENTORING', { version: 1, rules: {} }).reasons.find((r) => r.code === code);

describe('M-AGE: mentees aged 10 to 23 (on 2026-03-01)', () => {
  it.each([
    ['turned 10 today', '2016-03-01', 'PASS'],
    ['turns 10 tomorrow', '2016-03-02', 'FAIL'],
    ['turns 24 tomorrow (still 23)', '2002-03-02', 'PASS'],
    ['turned 24 today', '2002-03-01', 'FAIL'],
  ])('a child who %s: %s', (_, birthDate, outcome) => {
    expect(run(M_AGE, withChild(birthDate)).outcome).toBe(outcome);
  });

  it('reads the upper age from the policy', () => {
    expect(run(M_AGE, withChild('2005-01-01'), { menteeMaxAge: 18 }).outcome).toBe('FAIL');
  });
});

describe('M-ELIGIBLE: an adult RK citizen meeting the guardians’ requirements', () => {
  it.each([
    ['an adult citizen with a clear check', {}, 'PASS'],
    ['a mentor who turns 18 tomorrow', { birthDate: '2008-03-02' }, 'FAIL'],
    ['a foreign mentor', { citizenship: Citizenship.FOREIGN }, 'FAIL'],
    ['a flagged background check', { backgroundCheckResult: CheckResult.FLAGGED }, 'FAIL'],
    ['a pending background check (M-CHECK asks for it)', { backgroundCheckResult: CheckResult.PENDING }, 'PASS'],
  ])('%s: %s', (_, mentorOverrides, outcome) => {
    expect(run(M_ELIGIBLE, mentoring({ mentor: mentorOverrides })).outcome).toBe(outcome);
  });
});

describe('M-CHECK: a pending background check holds the mentorship back', () => {
  it('needs action while the check is pending', () => {
    expect(run(M_CHECK, mentoring({ mentor: { backgroundCheckResult: CheckResult.PENDING } }))).toEqual({
      outcome: 'NEEDS_ACTION',
      message: 'The mentor’s background check is pending',
    });
    expect(run(M_CHECK, mentoring()).outcome).toBe('PASS');
  });

  it('reports it among the pending actions', () => {
    const evaluation = evaluateCase(mentoringRules, mentoring({ mentor: { backgroundCheckResult: CheckResult.PENDING } }), 'MENTORING', { version: 1, rules: {} });
    expect(evaluation).toMatchObject({ eligible: true, pendingActions: ['M-CHECK'] });
  });
});

describe('M-CERT: the mentors’ training certificate, from 2025-02-10', () => {
  it.each([
    ['2025-02-09', 'NOT_APPLICABLE'],
    ['2025-02-10', 'FAIL'],
  ])('a mentor without a certificate on %s: %s', (asOf, outcome) => {
    expect(reasonOf('M-CERT', mentoring({ asOf, mentor: { trainingCertificateDate: undefined } }))?.outcome).toBe(outcome);
  });

  it('does not count a certificate issued after the date', () => {
    expect(run(M_CERT, mentoring({ mentor: { trainingCertificateDate: '2026-03-02' } })).outcome).toBe('FAIL');
  });
});

describe('M-CAPACITY and M-AVAILABLE', () => {
  it.each([
    [M_CAPACITY, { openMentorships: 1, maxMentees: 2 }, 'PASS'],
    [M_CAPACITY, { openMentorships: 2, maxMentees: 2 }, 'FAIL'],
    [M_AVAILABLE, { available: true }, 'PASS'],
    [M_AVAILABLE, { available: false }, 'FAIL'],
  ])('%s with %o: %s', (rule, mentorOverrides, outcome) => {
    expect(run(rule, mentoring({ mentor: mentorOverrides })).outcome).toBe(outcome);
  });
});

describe('ranking mentors', () => {
  it.each([
    ['the same city', { city: 'Astana' }, 1],
    ['the same region', { city: 'Kosshy' }, 0.7],
    ['a neighbouring region', { regionCode: 'AKMOLA', city: 'Kokshetau' }, 0.4],
    ['a distant region', { regionCode: 'MANGYSTAU', city: 'Aktau' }, 0],
  ])('M-LOCATION, %s: fit %s', (_, mentorOverrides, fit) => {
    expect(run(M_LOCATION, mentoring({ mentor: mentorOverrides })).fit).toBe(fit);
  });

  it.each([
    [[Language.KAZAKH], 1],
    [[Language.RUSSIAN], 0.5],
    [[Language.ENGLISH], 0],
  ])('M-LANGUAGE, a mentor speaking %s: fit %s', (languages, fit) => {
    expect(run(M_LANGUAGE, mentoring({ mentor: { languages } })).fit).toBe(fit);
  });

  it.each([
    [0, 3, 1],
    [1, 4, 0.75],
    [2, 2, 0],
  ])('M-LOAD, %s of %s places taken: fit %s', (openMentorships, maxMentees, fit) => {
    expect(run(M_LOAD, mentoring({ mentor: { openMentorships, maxMentees } })).fit).toBe(fit);
  });
});
