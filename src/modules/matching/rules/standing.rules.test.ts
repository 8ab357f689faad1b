import { describe, expect, it } from 'vitest';
import { CheckResult, PlacementForm } from '../../../shared/enums.js';
import { AssessmentStatus, BackgroundCheckKind as K } from '../../families/family.enums.js';
import { evaluateCase, placementRules } from '../evaluate.js';
import type { PlacementCase } from '../matching.facts.js';
import { APPROVAL, CHECKS_CURRENT, checksRequiredFor } from './standing.rules.js';
import { applicant, checksWith, placement, run, secondApplicant } from './test-cases.js';

const reasonOf = (code: string, facts: PlacementCase) => evaluateCase(placementRules, facts, facts.form, { version: 1, rules: {} }).reasons.find((r) => r.code === code);

describe('CHECKS-CURRENT: every required check done and re-checked every 12 months', () => {
  const withChecks = (checks: ReturnType<typeof checksWith>, overrides: Partial<PlacementCase> = {}) =>
    placement({ ...overrides, family: { applicants: [applicant(), secondApplicant({ checks })] } });

  it('passes when every check is clear and recent', () => {
    expect(run(CHECKS_CURRENT, placement()).outcome).toBe('PASS');
  });

  it('asks for a missing or pending check, naming applicant and check', () => {
    const missing = withChecks(checksWith().filter((c) => c.kind !== K.MEDICAL));
    expect(run(CHECKS_CURRENT, missing)).toEqual({ outcome: 'NEEDS_ACTION', message: 'Re-check due: applicant 2 medical (missing)' });
    const pending = withChecks(checksWith({ kind: K.CRIMINAL_RECORD, result: CheckResult.PENDING, checkedAt: '2026-02-01' }));
    expect(run(CHECKS_CURRENT, pending).message).toBe('Re-check due: applicant 2 criminal record (pending)');
  });

  it('accepts a check exactly 12 months old and asks again one day later', () => {
    const aged = withChecks(checksWith({ kind: K.MEDICAL, result: CheckResult.CLEAR, checkedAt: '2025-03-01' }));
    expect(run(CHECKS_CURRENT, aged).outcome).toBe('PASS');
    expect(run(CHECKS_CURRENT, { ...aged, asOf: '2026-03-02' })).toEqual({ outcome: 'NEEDS_ACTION', message: 'Re-check due: applicant 2 medical (older than allowed)' });
  });

  it('requires the prosecution check for the D12 forms from 2026-02-04 only', () => {
    const noProsecution = withChecks(checksWith().filter((c) => c.kind !== K.CRIMINAL_PROSECUTION));
    expect(run(CHECKS_CURRENT, noProsecution).message).toContain('criminal prosecution (missing)');
    expect(run(CHECKS_CURRENT, { ...noProsecution, asOf: '2026-02-03' }).outcome).toBe('PASS');
    expect(run(CHECKS_CURRENT, { ...noProsecution, form: PlacementForm.FOSTER_FAMILY }).outcome).toBe('PASS');
  });

  it('is in force from 2025-01-01', () => {
    const old = placement({ asOf: '2024-12-31', family: { approvedAt: '2024-01-01', applicants: [applicant({ checks: [] })] } });
    expect(reasonOf('CHECKS-CURRENT', old)?.outcome).toBe('NOT_APPLICABLE');
    expect(reasonOf('CHECKS-CURRENT', { ...old, asOf: '2025-01-01' })?.outcome).toBe('NEEDS_ACTION');
  });

  it('follows the policy’s re-check period', () => {
    const aged = withChecks(checksWith({ kind: K.MEDICAL, result: CheckResult.CLEAR, checkedAt: '2025-08-31' }));
    expect(run(CHECKS_CURRENT, aged).outcome).toBe('PASS');
    expect(run(CHECKS_CURRENT, aged, { recheckMonths: 6 }).outcome).toBe('NEEDS_ACTION');
  });
});

describe('APPROVAL: an assessed family with an approval valid on the date', () => {
  it.each([
    ['an approval expiring today', {}, '2027-06-01', 'PASS', 'approved until 2027-06-01'],
    ['an expired approval', {}, '2027-06-02', 'FAIL', 'approval expired on 2027-06-01'],
    ['a suspended family', { assessmentStatus: AssessmentStatus.SUSPENDED }, '2026-03-01', 'FAIL', 'not approved (assessment SUSPENDED)'],
    ['an approval without expiry', { approvalExpiresAt: undefined }, '2026-03-01', 'FAIL', 'no expiry date'],
    ['an approval given after the date', { approvedAt: '2026-03-02' }, '2026-03-01', 'FAIL', 'approved only on 2026-03-02'],
  ])('%s', (_, familyOverrides, asOf, outcome, words) => {
    const result = run(APPROVAL, placement({ asOf, family: familyOverrides }));
    expect(result.outcome).toBe(outcome);
    expect(result.message).toContain(words);
  });
});

describe('the checks a family must hold to be approved', () => {
  const eight = CHECKS_CURRENT.params.requiredChecks;

  it('are CHECKS-CURRENT’s eight, within 12 months of the decision', () => {
    expect(checksRequiredFor(CHECKS_CURRENT.params, [PlacementForm.FOSTER_FAMILY, PlacementForm.GUEST_FAMILY], '2026-03-10')).toEqual({ kinds: eight, oldestCurrent: '2025-03-10' });
  });

  it('add the prosecution check when any form of the family is a D12 form, from 2026-02-04', () => {
    expect(checksRequiredFor(CHECKS_CURRENT.params, [PlacementForm.FOSTER_FAMILY, PlacementForm.GUARDIANSHIP], '2026-02-04').kinds).toEqual([...eight, K.CRIMINAL_PROSECUTION]);
    expect(checksRequiredFor(CHECKS_CURRENT.params, [PlacementForm.GUARDIANSHIP], '2026-02-03').kinds).toEqual(eight);
  });
});
