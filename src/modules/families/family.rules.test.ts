import { describe, expect, it } from 'vitest';
import { CheckResult, Citizenship } from '../../shared/enums.js';
import { composeIin } from '../../shared/iin.js';
import { AssessmentStatus } from './family.enums.js';
import {
  ASSESSMENT_TRANSITIONS,
  applicantProblems,
  approvalCheckGaps,
  approvalProblems,
  approvalTerm,
  assessmentProblems,
  canMoveAssessment,
  householdProblems,
  preferenceProblems,
  type ApplicantFacts,
} from './family.rules.js';

const TODAY = '2026-11-22';
const iinFor = (birthDate: string, sex: 'MALE' | 'FEMALE', serial = 11) => composeIin(birthDate, sex, serial) ?? composeIin(birthDate, sex, serial + 1)!;
const applicant = (overrides: Partial<ApplicantFacts> = {}): ApplicantFacts => {
  const birthDate = overrides.birthDate ?? '1985-06-20';
  const sex = overrides.sex ?? 'MALE';
  return { iin: iinFor(birthDate, sex), citizenship: Citizenship.KAZAKHSTAN, birthDate, sex, checks: [{ checkedAt: '2026-10-01' }], ...overrides };
};
const fields = (problems: { field: string }[]) => problems.map((p) => p.field);

describe('applicants', () => {
  it('accepts one or two coherent adults', () => {
    expect(applicantProblems([applicant()], TODAY)).toEqual([]);
    expect(applicantProblems([applicant(), applicant({ birthDate: '1987-02-01', sex: 'FEMALE' })], TODAY)).toEqual([]);
  });

  it('accepts an applicant who turns 18 today and refuses one a day short', () => {
    expect(applicantProblems([applicant({ birthDate: '2008-11-22', iin: iinFor('2008-11-22', 'MALE') })], TODAY)).toEqual([]);
    const short = applicantProblems([applicant({ birthDate: '2008-11-23', iin: iinFor('2008-11-23', 'MALE') })], TODAY);
    expect(short).toEqual([{ field: 'applicants.0.birthDate', message: 'An applicant must be at least 18' }]);
  });

  it.each([
    ['a wrong check digit', { iin: ((iin) => iin.slice(0, 11) + String((Number(iin[11]) + 1) % 10))(iinFor('1985-06-20', 'MALE')) }, 'applicants.0.iin'],
    ['an IIN of another birth date', { iin: iinFor('1985-06-21', 'MALE') }, 'applicants.0.iin'],
    ['an IIN of the other sex', { iin: iinFor('1985-06-20', 'FEMALE') }, 'applicants.0.iin'],
    ['a birth date in the future', { birthDate: '2026-11-23', iin: iinFor('2026-11-23', 'MALE') }, 'applicants.0.birthDate'],
    ['a check dated in the future', { checks: [{ checkedAt: '2026-10-01' }, { checkedAt: '2026-11-23' }] }, 'applicants.0.checks.1.checkedAt'],
  ])('refuses %s', (_, overrides, field) => {
    expect(fields(applicantProblems([applicant(overrides)], TODAY))).toContain(field);
  });

  it('names the second applicant’s field by its index', () => {
    const problems = applicantProblems([applicant(), applicant({ birthDate: '2010-01-01', iin: iinFor('2010-01-01', 'MALE') })], TODAY);
    expect(fields(problems)).toEqual(['applicants.1.birthDate']);
  });

  it('refuses the same person applying twice, and more than two applicants or none', () => {
    const one = applicant();
    expect(fields(applicantProblems([one, { ...one }], TODAY))).toEqual(['applicants.1.iin']);
    expect(fields(applicantProblems([], TODAY))).toEqual(['applicants']);
    expect(fields(applicantProblems([applicant(), applicant({ sex: 'FEMALE' }), applicant({ birthDate: '1970-01-01' })], TODAY))).toEqual(['applicants']);
  });
});

describe('foreign applicants', () => {
  const passport = { number: 'AB 123-4567', country: 'UZ' };
  const foreigner = (overrides: Partial<ApplicantFacts> = {}) => applicant({ iin: null, passport, citizenship: Citizenship.FOREIGN, ...overrides });

  it('register by passport instead of an IIN, or with an IIN if they have one', () => {
    expect(applicantProblems([foreigner()], TODAY)).toEqual([]);
    expect(applicantProblems([applicant({ citizenship: Citizenship.FOREIGN })], TODAY)).toEqual([]);
  });

  it.each([
    ['a citizen of Kazakhstan without an IIN', { citizenship: Citizenship.KAZAKHSTAN, passport: null }, 'applicants.0.iin'],
    ['a stateless applicant without an IIN', { citizenship: Citizenship.STATELESS, passport: null }, 'applicants.0.iin'],
    ['a citizen of Kazakhstan by passport', { citizenship: Citizenship.KAZAKHSTAN }, 'applicants.0.passport'],
    ['a foreigner with neither', { passport: null }, 'applicants.0.passport'],
    ['a passport of Kazakhstan', { passport: { number: 'N1234567', country: 'KZ' } }, 'applicants.0.passport.country'],
  ])('refuses %s', (_, overrides, field) => {
    expect(fields(applicantProblems([foreigner(overrides)], TODAY))).toContain(field);
  });

  it('refuses one passport for both applicants, however it is spaced', () => {
    const second = foreigner({ birthDate: '1987-02-01', sex: 'FEMALE', passport: { number: 'ab1234567', country: 'UZ' } });
    expect(fields(applicantProblems([foreigner(), second], TODAY))).toEqual(['applicants.1.passport']);
  });
});

describe('preferences', () => {
  const preferences = { childAgeMin: 3, childAgeMax: 10, maxChildren: 2 };

  it.each([
    ['a coherent range', preferences, []],
    ['a single age', { ...preferences, childAgeMin: 7, childAgeMax: 7 }, []],
    ['the full range 0–17', { ...preferences, childAgeMin: 0, childAgeMax: 17 }, []],
    ['min above max', { ...preferences, childAgeMin: 11, childAgeMax: 10 }, ['preferences.childAgeMin']],
    ['an age of 18', { ...preferences, childAgeMax: 18 }, ['preferences.childAgeMax']],
    ['a negative age', { ...preferences, childAgeMin: -1 }, ['preferences.childAgeMin']],
    ['no children at all', { ...preferences, maxChildren: 0 }, ['preferences.maxChildren']],
  ])('%s', (_, facts, expected) => {
    expect(fields(preferenceProblems(facts))).toEqual(expected);
  });
});

describe('household', () => {
  it.each([
    ['zero capacity and income are allowed', { capacity: 0, monthlyIncome: 0, childrenInHousehold: 0 }, []],
    ['negative capacity', { capacity: -1 }, ['capacity']],
    ['negative income', { monthlyIncome: -1 }, ['monthlyIncome']],
    ['negative children', { childrenInHousehold: -1 }, ['childrenInHousehold']],
    ['no forms', { forms: [] }, ['forms']],
    ['an empty home', { housing: { areaSqm: 0, rooms: 0 } }, ['housing.areaSqm', 'housing.rooms']],
    ['a certificate dated tomorrow', { trainingCertificateDate: '2026-11-23' }, ['trainingCertificateDate']],
    ['a certificate dated today', { trainingCertificateDate: TODAY }, []],
    ['a member born this year', { householdMembers: [{ fullName: 'Синтетик', birthYear: 2026 }] }, []],
    ['a member born next year, another unnamed', { householdMembers: [{ fullName: 'Синтетик', birthYear: 2027 }, { fullName: ' ', birthYear: 1960 }] }, ['householdMembers.0.birthYear', 'householdMembers.1.fullName']],
  ])('%s', (_, facts, expected) => {
    expect(fields(householdProblems(facts, TODAY))).toEqual(expected);
  });
});

describe('assessment lifecycle', () => {
  const { APPLIED, IN_ASSESSMENT, APPROVED, SUSPENDED, REJECTED, EXPIRED } = AssessmentStatus;
  const allowed: [AssessmentStatus, AssessmentStatus][] = [
    [APPLIED, IN_ASSESSMENT],
    [IN_ASSESSMENT, APPROVED],
    [IN_ASSESSMENT, REJECTED],
    [APPROVED, SUSPENDED],
    [APPROVED, EXPIRED],
    [APPROVED, IN_ASSESSMENT],
    [SUSPENDED, APPROVED],
    [SUSPENDED, IN_ASSESSMENT],
    [SUSPENDED, REJECTED],
    [EXPIRED, IN_ASSESSMENT],
    [REJECTED, IN_ASSESSMENT],
  ];

  it('allows exactly the transitions of the table', () => {
    const statuses = Object.values(AssessmentStatus);
    const permitted = statuses.flatMap((from) => statuses.filter((to) => canMoveAssessment(from, to)).map((to) => [from, to]));
    expect(permitted.sort()).toEqual([...allowed].sort());
    expect(Object.keys(ASSESSMENT_TRANSITIONS).sort()).toEqual([...statuses].sort());
  });

  it.each([
    [APPLIED, APPROVED],
    [REJECTED, APPROVED],
    [EXPIRED, APPROVED],
    [APPROVED, APPROVED],
    [IN_ASSESSMENT, APPLIED],
  ])('refuses %s → %s on the status field', (from, to) => {
    expect(fields(assessmentProblems({ from, to, decidedAt: TODAY }, TODAY))).toEqual(['status']);
  });

  it('refuses a decision dated in the future', () => {
    expect(fields(assessmentProblems({ from: APPLIED, to: IN_ASSESSMENT, decidedAt: '2026-11-23' }, TODAY))).toEqual(['decidedAt']);
  });

  it('opens a 12-month approval window, 29 February landing on 28 February', () => {
    expect(approvalTerm('2026-11-22')).toEqual({ approvedAt: '2026-11-22', approvalExpiresAt: '2027-11-22' });
    expect(approvalTerm('2028-02-29').approvalExpiresAt).toBe('2029-02-28');
  });
});

describe('approval', () => {
  const approvable = { trainingCertificateDate: '2026-01-10', hasKinship: false };

  it('approves with a certificate, and exempts relatives of a child from it', () => {
    expect(approvalProblems(approvable)).toEqual([]);
    expect(approvalProblems({ ...approvable, trainingCertificateDate: undefined, hasKinship: true })).toEqual([]);
    expect(approvalProblems({ ...approvable, trainingCertificateDate: undefined })).toEqual([{ field: 'status', message: expect.stringMatching(/training certificate/) }]);
  });
});

describe('the checks approval requires', () => {
  const required = { kinds: ['CRIMINAL_RECORD', 'MEDICAL', 'LEGAL_CAPACITY'], oldestCurrent: '2025-03-10' };
  const clear = (kind: string, checkedAt = '2026-01-15') => ({ kind, result: CheckResult.CLEAR, checkedAt });
  const complete = [clear('CRIMINAL_RECORD'), clear('MEDICAL'), clear('LEGAL_CAPACITY')];

  it('finds no gap when every required check is clear and current, a check exactly at the limit included', () => {
    expect(approvalCheckGaps([{ checks: complete }, { checks: [clear('CRIMINAL_RECORD', '2025-03-10'), clear('MEDICAL'), clear('LEGAL_CAPACITY')] }], required)).toEqual([]);
  });

  it('lists each missing, pending, flagged and outdated check by applicant position and kind', () => {
    const applicants = [
      { checks: [clear('CRIMINAL_RECORD')] },
      { checks: [{ kind: 'CRIMINAL_RECORD', result: CheckResult.PENDING, checkedAt: '2026-01-15' }, { kind: 'MEDICAL', result: CheckResult.FLAGGED, checkedAt: '2026-01-15' }, clear('LEGAL_CAPACITY', '2025-03-09')] },
    ];
    expect(approvalCheckGaps(applicants, required)).toEqual([
      { applicant: 1, kind: 'MEDICAL', problem: 'MISSING' },
      { applicant: 1, kind: 'LEGAL_CAPACITY', problem: 'MISSING' },
      { applicant: 2, kind: 'CRIMINAL_RECORD', problem: 'PENDING' },
      { applicant: 2, kind: 'MEDICAL', problem: 'FLAGGED' },
      { applicant: 2, kind: 'LEGAL_CAPACITY', problem: 'OUTDATED' },
    ]);
  });

  it('judges a kind by its newest check', () => {
    const recheck = [...complete, { kind: 'MEDICAL', result: CheckResult.FLAGGED, checkedAt: '2026-02-01' }];
    expect(approvalCheckGaps([{ checks: recheck }], required)).toEqual([{ applicant: 1, kind: 'MEDICAL', problem: 'FLAGGED' }]);
  });
});
