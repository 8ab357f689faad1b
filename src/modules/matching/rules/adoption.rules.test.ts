import { describe, expect, it } from 'vitest';
import { PlacementForm, Sex } from '../../../shared/enums.js';
import { KinshipRelation, MaritalStatus } from '../../families/family.enums.js';
import { evaluateCase, placementRules } from '../evaluate.js';
import type { MatchingPolicy } from '../rule.js';
import { A_ADULT, A_AGE, A_CONSENT, A_UNMARRIED_MAN } from './adoption.rules.js';
import { applicant, child, placement, run, secondApplicant } from './test-cases.js';

const soleApplicant = (overrides: Parameters<typeof applicant>[0]) => ({ applicants: [applicant(overrides)] });

describe('A-AGE: an adopter at least 16 years older than the child (Code Art. 92)', () => {
  // The child is born 2018-05-10: an adopter born on or before 2002-05-10 is old enough.
  it.each([
    ['born exactly 16 years before the child', '2002-05-10', 'PASS'],
    ['born one day less than 16 years before the child', '2002-05-11', 'FAIL'],
    ['born long before', '1980-01-01', 'PASS'],
  ])('an adopter %s: %s', (_, birthDate, outcome) => {
    expect(run(A_AGE, placement({ family: soleApplicant({ birthDate }) })).outcome).toBe(outcome);
  });

  it('handles a child born on 29 February', () => {
    const leapChild = [child({ birthDate: '2016-02-29' })];
    expect(run(A_AGE, placement({ children: leapChild, family: soleApplicant({ birthDate: '2000-02-29' }) })).outcome).toBe('PASS');
    expect(run(A_AGE, placement({ children: leapChild, family: soleApplicant({ birthDate: '2000-03-01' }) })).outcome).toBe('FAIL');
  });

  it('names the applicant and the child by position', () => {
    const facts = placement({ children: [child(), child({ id: 'child-2', birthDate: '2010-01-01' })], family: { applicants: [applicant(), secondApplicant({ birthDate: '2005-01-01' })] } });
    expect(run(A_AGE, facts)).toEqual({ outcome: 'FAIL', message: 'Less than 16 years between applicant 2 and child 1; applicant 2 and child 2' });
  });

  it('exempts a step-parent of the child, and only for that child', () => {
    const stepParent = { applicants: [applicant({ birthDate: '2004-01-01' })], kinships: [{ childId: 'child-1', relation: KinshipRelation.STEP_PARENT }] };
    expect(run(A_AGE, placement({ family: stepParent })).outcome).toBe('NOT_APPLICABLE');
    expect(run(A_AGE, placement({ children: [child(), child({ id: 'child-2' })], family: stepParent })).message).toContain('child 2');
    const grandparent = { ...stepParent, kinships: [{ childId: 'child-1', relation: KinshipRelation.GRANDPARENT }] };
    expect(run(A_AGE, placement({ family: grandparent })).outcome).toBe('FAIL');
  });

  it('follows the policy: with a gap of 18 years, 16 years is not enough', () => {
    const facts = placement({ family: soleApplicant({ birthDate: '2002-05-10' }) });
    expect(run(A_AGE, facts, { minAgeGapYears: 18 }).outcome).toBe('FAIL');
    const policy: MatchingPolicy = { version: 2, rules: { 'A-AGE': { params: { minAgeGapYears: 18 } } } };
    expect(evaluateCase(placementRules, facts, PlacementForm.ADOPTION, policy).reasons.find((r) => r.code === 'A-AGE')?.outcome).toBe('FAIL');
  });

  it('applies to adoption only and may be set aside by a court only', () => {
    expect(A_AGE.forms).toEqual([PlacementForm.ADOPTION]);
    expect(A_AGE.override).toBe('COURT_DECISION');
  });
});

describe('A-ADULT: only adults take a child', () => {
  it.each([
    ['turned 18 today', '2008-03-01', 'PASS'],
    ['turns 18 tomorrow', '2008-03-02', 'FAIL'],
  ])('an applicant who %s: %s', (_, birthDate, outcome) => {
    const result = run(A_ADULT, placement({ family: { applicants: [applicant(), secondApplicant({ birthDate })] } }));
    expect(result.outcome).toBe(outcome);
    if (outcome === 'FAIL') expect(result.message).toBe('Applicant 2: under 18');
  });

  it('applies to every family form', () => {
    expect(A_ADULT.forms).toEqual(expect.arrayContaining([PlacementForm.ADOPTION, PlacementForm.GUARDIANSHIP, PlacementForm.CUSTODY, PlacementForm.GUEST_FAMILY]));
  });
});

describe('A-UNMARRIED-MAN: the bar struck down by the Constitutional Court on 2024-07-23', () => {
  const unmarriedMan = (asOf: string) =>
    placement({ asOf, family: { ...soleApplicant({ sex: Sex.MALE, maritalStatus: MaritalStatus.SINGLE }), approvedAt: '2024-01-01', approvalExpiresAt: '2025-01-01' } });
  const outcomeOn = (asOf: string, policy: MatchingPolicy = { version: 1, rules: {} }) =>
    evaluateCase(placementRules, unmarriedMan(asOf), PlacementForm.ADOPTION, policy).reasons.find((r) => r.code === 'A-UNMARRIED-MAN');

  it('applied on 2024-07-22', () => {
    expect(outcomeOn('2024-07-22')?.outcome).toBe('FAIL');
  });

  it('does not apply on 2024-07-23', () => {
    expect(outcomeOn('2024-07-23')).toMatchObject({ outcome: 'NOT_APPLICABLE', message: expect.stringContaining('Not in force on 2024-07-23') });
  });

  it('never applies from 2024-07-23, even if a policy widens its window', () => {
    const reopened: MatchingPolicy = { version: 2, rules: { 'A-UNMARRIED-MAN': { validTo: null } } };
    expect(outcomeOn('2024-07-23', reopened)).toMatchObject({ outcome: 'NOT_APPLICABLE', message: expect.stringContaining('Constitutional Court') });
    expect(outcomeOn('2026-03-01', reopened)?.outcome).toBe('NOT_APPLICABLE');
  });

  it('never barred a married man alone', () => {
    const facts = placement({ asOf: '2024-07-22', family: soleApplicant({ sex: Sex.MALE, maritalStatus: MaritalStatus.MARRIED }) });
    expect(run(A_UNMARRIED_MAN, facts).outcome).toBe('PASS');
  });

  it.each([
    ['an unmarried woman alone', soleApplicant({ sex: Sex.FEMALE, maritalStatus: MaritalStatus.SINGLE })],
    ['a couple', { applicants: [applicant({ maritalStatus: MaritalStatus.DIVORCED }), secondApplicant()] }],
  ])('does not concern %s: not applicable', (_, familyOverrides) => {
    expect(run(A_UNMARRIED_MAN, placement({ asOf: '2024-07-22', family: familyOverrides })).outcome).toBe('NOT_APPLICABLE');
  });
});

describe('A-CONSENT: a child aged 10 or over consents (adoption) or gives an opinion (other forms)', () => {
  it.each([
    ['turns 10 tomorrow', '2016-03-02', 'NOT_APPLICABLE'],
    ['turned 10 today', '2016-03-01', 'NEEDS_ACTION'],
  ])('a child who %s: %s', (_, birthDate, outcome) => {
    expect(run(A_CONSENT, placement({ children: [child({ birthDate })] })).outcome).toBe(outcome);
  });

  it('is satisfied once the consent is recorded', () => {
    expect(run(A_CONSENT, placement({ children: [child({ birthDate: '2014-01-01' })], consentRecordedFor: ['child-1'] })).outcome).toBe('PASS');
  });

  it('asks for consent to adoption, and for the opinion in the other forms, naming the child by position', () => {
    const children = [child(), child({ id: 'child-2', birthDate: '2014-01-01' })];
    expect(run(A_CONSENT, placement({ children }))).toEqual({ outcome: 'NEEDS_ACTION', message: 'Record the consent to the adoption of child 2' });
    expect(run(A_CONSENT, placement({ children, form: PlacementForm.GUARDIANSHIP })).message).toBe('Record the opinion of child 2');
  });

  it('is an action: it does not make the family ineligible but is pending', () => {
    const evaluation = evaluateCase(placementRules, placement({ children: [child({ birthDate: '2014-01-01' })] }), PlacementForm.ADOPTION, { version: 1, rules: {} });
    expect(evaluation.eligible).toBe(true);
    expect(evaluation.pendingActions).toEqual(['A-CONSENT']);
  });
});
