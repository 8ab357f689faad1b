import { describe, expect, it } from 'vitest';
import { CheckResult, Citizenship, PlacementForm } from '../../../shared/enums.js';
import { BackgroundCheckKind as K, KinshipRelation } from '../../families/family.enums.js';
import { evaluateCase, placementRules } from '../evaluate.js';
import type { PlacementCase } from '../matching.facts.js';
import { D1, D10, D11, D11_GUEST, D12, D2, D3, D4, D5, D6, D7, D8, D9 } from './disqualification.rules.js';
import { applicant, checksWith, child, placement, run, secondApplicant } from './test-cases.js';

const POLICY = { version: 1, rules: {} };
const reasonOf = (code: string, facts: PlacementCase) => evaluateCase(placementRules, facts, facts.form, POLICY).reasons.find((r) => r.code === code);

/** A case whose second applicant has one check of `kind` with `result` (dated before 2026-03-01). */
const withSecondCheck = (kind: K, result: CheckResult, checkedAt = '2026-01-20', asOf = '2026-03-01') =>
  placement({ asOf, family: { applicants: [applicant(), secondApplicant({ checks: checksWith({ kind, result, checkedAt }) })] } });

describe('D1–D4, D7, D10, D12: a FLAGGED check disqualifies, naming the applicant by position', () => {
  it.each([
    [D1, K.LEGAL_CAPACITY, 'incapacitated'],
    [D2, K.PARENTAL_RIGHTS, 'parental rights'],
    [D3, K.GUARDIANSHIP_REMOVAL, 'removed from guardian'],
    [D4, K.ADOPTION_REVOCATION, 'adoption was revoked'],
    [D7, K.CRIMINAL_RECORD, 'conviction'],
    [D10, K.NARCOLOGICAL_REGISTER, 'dispensary'],
    [D10, K.PSYCHONEUROLOGICAL_REGISTER, 'dispensary'],
    [D12, K.CRIMINAL_PROSECUTION, 'prosecution'],
  ])('%s fails when applicant 2 has a flagged %s check', (rule, kind, words) => {
    const result = run(rule, withSecondCheck(kind, CheckResult.FLAGGED));
    expect(result.outcome).toBe('FAIL');
    expect(result.message).toMatch(/^Applicant 2: /);
    expect(result.message).toContain(words);
  });

  it.each([[D1], [D2], [D3], [D4], [D7], [D10], [D12]])('%s passes when every check is clear', (rule) => {
    expect(run(rule, placement()).outcome).toBe('PASS');
  });

  it('does not fail on a PENDING or missing check: that is CHECKS-CURRENT’s business', () => {
    expect(run(D1, withSecondCheck(K.LEGAL_CAPACITY, CheckResult.PENDING)).outcome).toBe('PASS');
    expect(run(D1, placement({ family: { applicants: [applicant({ checks: [] })] } })).outcome).toBe('PASS');
  });

  it('reads the newest check: a later clear result replaces an old flag', () => {
    const checks = checksWith({ kind: K.LEGAL_CAPACITY, result: CheckResult.FLAGGED, checkedAt: '2024-05-01' });
    checks.push({ kind: K.LEGAL_CAPACITY, result: CheckResult.CLEAR, checkedAt: '2025-11-01' });
    expect(run(D1, placement({ family: { applicants: [applicant({ checks })] } })).outcome).toBe('PASS');
  });

  it('ignores a check dated after the evaluation date', () => {
    expect(run(D7, withSecondCheck(K.CRIMINAL_RECORD, CheckResult.FLAGGED, '2026-03-02')).outcome).toBe('PASS');
  });

  it('names both applicants when both are flagged, never a name', () => {
    const flagged = checksWith({ kind: K.CRIMINAL_RECORD, result: CheckResult.FLAGGED, checkedAt: '2026-01-20' });
    const result = run(D7, placement({ family: { applicants: [applicant({ checks: flagged }), secondApplicant({ checks: flagged })] } }));
    expect(result.message).toMatch(/^Applicant 1 and applicant 2: /);
  });
});

describe('D12: criminal prosecution, in force from 2026-02-04 for adoption, guardianship, custody and patronage', () => {
  it.each([
    ['2026-02-03', 'NOT_APPLICABLE'],
    ['2026-02-04', 'FAIL'],
  ])('on %s a prosecuted applicant gets %s', (asOf, outcome) => {
    expect(reasonOf('D12', withSecondCheck(K.CRIMINAL_PROSECUTION, CheckResult.FLAGGED, '2026-01-20', asOf))?.outcome).toBe(outcome);
  });

  it.each([[PlacementForm.ADOPTION], [PlacementForm.GUARDIANSHIP], [PlacementForm.CUSTODY], [PlacementForm.PATRONAGE]])('applies to %s', (form) => {
    expect(D12.forms).toContain(form);
  });

  it('does not apply to foster or guest families', () => {
    const facts = { ...withSecondCheck(K.CRIMINAL_PROSECUTION, CheckResult.FLAGGED), form: PlacementForm.FOSTER_FAMILY };
    expect(reasonOf('D12', facts)).toBeUndefined();
  });
});

describe('D5: a condition of the Ministry of Health list', () => {
  const medical = (conditions: string[] | undefined, asOf = '2026-03-01') =>
    placement({ asOf, family: { applicants: [applicant({ checks: checksWith({ kind: K.MEDICAL, result: CheckResult.FLAGGED, checkedAt: '2020-01-10', conditions }) })] } });

  it('fails on a flagged medical check without condition codes', () => {
    expect(run(D5, medical(undefined))).toMatchObject({ outcome: 'FAIL', message: 'Applicant 1: a condition of the Ministry of Health list' });
  });

  it('fails on a listed condition and passes on one not listed', () => {
    expect(run(D5, medical(['TUBERCULOSIS'])).outcome).toBe('FAIL');
    expect(run(D5, medical(['ASTHMA'])).outcome).toBe('PASS');
  });

  it.each([
    ['2022-12-10', 'FAIL'],
    ['2022-12-11', 'PASS'],
  ])('HIV on %s: %s (removed from the list from 2022-12-11)', (asOf, outcome) => {
    expect(run(D5, medical(['HIV'], asOf)).outcome).toBe(outcome);
  });

  it('reads the configurable list', () => {
    expect(run(D5, medical(['TUBERCULOSIS']), { conditions: ['LEPROSY'] }).outcome).toBe('PASS');
  });
});

describe('D6: permanent place of residence', () => {
  it('fails without housing and passes with any kind of housing', () => {
    expect(run(D6, placement({ family: { housingKind: undefined } })).outcome).toBe('FAIL');
    expect(run(D6, placement()).outcome).toBe('PASS');
  });
});

describe('D8: stateless applicants', () => {
  it('fails for a stateless applicant 2, passes for a foreigner', () => {
    expect(run(D8, placement({ family: { applicants: [applicant(), secondApplicant({ citizenship: Citizenship.STATELESS })] } }))).toMatchObject({
      outcome: 'FAIL',
      message: 'Applicant 2: stateless',
    });
    expect(run(D8, placement({ family: { applicants: [applicant({ citizenship: Citizenship.FOREIGN })] } })).outcome).toBe('PASS');
  });
});

describe('D9: income per household member against the subsistence minimum', () => {
  // 2 applicants + 1 child at home + 1 placed now + the child of the case = 5 members.
  const withIncome = (monthlyIncome: number) => placement({ family: { monthlyIncome, childrenInHousehold: 1, activePlacements: 1 } });

  it('passes at exactly the minimum per member and fails one tenge below', () => {
    expect(run(D9, withIncome(5 * 50_851)).outcome).toBe('PASS');
    const result = run(D9, withIncome(5 * 50_851 - 1));
    expect(result.outcome).toBe('FAIL');
    expect(result.message).toContain('5 members');
    expect(result.message).toContain('50,851 ₸');
  });

  it('counts every child of a sibling unit', () => {
    const facts = placement({ children: [child(), child({ id: 'child-2' })], family: { monthlyIncome: 4 * 50_851 - 1 } });
    expect(run(D9, facts).outcome).toBe('FAIL');
  });

  it('uses the yearly minimum from the policy', () => {
    expect(run(D9, withIncome(5 * 50_851), { subsistenceMinimum: 60_000 }).outcome).toBe('FAIL');
  });
});

describe('D11: training certificate', () => {
  it('fails without a certificate, and with one issued after the date', () => {
    expect(run(D11, placement({ family: { trainingCertificateDate: undefined } })).outcome).toBe('FAIL');
    expect(run(D11, placement({ family: { trainingCertificateDate: '2026-03-02' } })).outcome).toBe('FAIL');
  });

  it('exempts close relatives of any child of the case, not other relatives', () => {
    const relative = (relation: KinshipRelation, childId = 'child-2') =>
      placement({ children: [child(), child({ id: 'child-2' })], family: { trainingCertificateDate: undefined, kinships: [{ childId, relation }] } });
    expect(run(D11, relative(KinshipRelation.GRANDPARENT)).outcome).toBe('NOT_APPLICABLE');
    expect(run(D11, relative(KinshipRelation.ADULT_SIBLING)).outcome).toBe('NOT_APPLICABLE');
    expect(run(D11, relative(KinshipRelation.AUNT_OR_UNCLE)).outcome).toBe('FAIL');
    expect(run(D11, relative(KinshipRelation.GRANDPARENT, 'child-9')).outcome).toBe('FAIL');
    expect(run(D11, relative(KinshipRelation.AUNT_OR_UNCLE), { exemptRelations: ['AUNT_OR_UNCLE'] }).outcome).toBe('NOT_APPLICABLE');
  });

  it.each([
    ['2022-08-17', 'NOT_APPLICABLE'],
    ['2022-08-18', 'FAIL'],
  ])('guest families on %s without a certificate: %s (required from 2022-08-18)', (asOf, outcome) => {
    const facts = placement({ form: PlacementForm.GUEST_FAMILY, asOf, family: { trainingCertificateDate: undefined, approvedAt: '2022-01-01', approvalExpiresAt: '2023-01-01' } });
    expect(reasonOf('D11-GUEST', facts)?.outcome).toBe(outcome);
    expect(reasonOf('D11', facts)).toBeUndefined();
  });

  it('has always applied to the other forms', () => {
    expect(D11.validFrom).toBeUndefined();
    expect(D11.forms).not.toContain(PlacementForm.GUEST_FAMILY);
    expect(D11_GUEST.forms).toEqual([PlacementForm.GUEST_FAMILY]);
  });
});
