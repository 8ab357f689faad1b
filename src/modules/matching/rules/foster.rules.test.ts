import { describe, expect, it } from 'vitest';
import { Citizenship, PlacementForm } from '../../../shared/enums.js';
import { LegalStatus } from '../../children/child.enums.js';
import { KinshipRelation } from '../../families/family.enums.js';
import { evaluateCase, placementRules } from '../evaluate.js';
import type { PlacementCase } from '../matching.facts.js';
import { F_COUNT, P_CAP, P_CARER, P_SCOPE, P_STAY } from './foster.rules.js';
import { applicant, child, placement, run, secondApplicant } from './test-cases.js';

const { FOSTER_FAMILY, PROFESSIONAL_FOSTER_FAMILY } = PlacementForm;
const professional = (overrides: Parameters<typeof placement>[0] = {}) => placement({ form: PROFESSIONAL_FOSTER_FAMILY, ...overrides });
const siblings = (count: number, siblingGroupId: string | undefined = 'group-1') =>
  Array.from({ length: count }, (_, i) => child({ id: `child-${i + 1}`, siblingGroupId }));
const reasonOf = (code: string, facts: PlacementCase) => evaluateCase(placementRules, facts, facts.form, { version: 1, rules: {} }).reasons.find((r) => r.code === code);

describe('F-COUNT: a foster family holds 4 to 10 children', () => {
  it.each([
    ['10 children with this one', 6, 3, 'PASS'],
    ['11 children with this one', 6, 4, 'FAIL'],
  ])('%s: %s', (_, childrenInHousehold, activePlacements, outcome) => {
    expect(run(F_COUNT, placement({ form: FOSTER_FAMILY, family: { childrenInHousehold, activePlacements } })).outcome).toBe(outcome);
  });

  it('reports the minimum when it passes', () => {
    expect(run(F_COUNT, placement({ form: FOSTER_FAMILY }))).toEqual({
      outcome: 'PASS',
      message: '1 children with this placement (a foster family is formed for 4 to 10 children)',
    });
  });
});

describe('P-CAP: a professional foster family holds at most 4 children, sibling groups exempt', () => {
  it.each([
    ['3 placed + 1', 3, siblings(1, undefined), 'PASS'],
    ['4 placed + 1', 4, siblings(1, undefined), 'FAIL'],
    ['3 placed + a sibling group of 2 (exempt)', 3, siblings(2), 'NOT_APPLICABLE'],
    ['0 placed + a sibling group of 5 (exempt)', 0, siblings(5), 'NOT_APPLICABLE'],
    ['0 placed + a sibling group of 2, within the limit', 0, siblings(2), 'PASS'],
    ['3 placed + 2 unrelated children', 3, [child(), child({ id: 'child-2' })], 'FAIL'],
    ['4 placed + 1 child of a sibling group, the others left behind', 4, siblings(1), 'FAIL'],
  ])('%s: %s', (_, activePlacements, children, outcome) => {
    expect(run(P_CAP, professional({ children, family: { activePlacements } })).outcome).toBe(outcome);
  });

  it.each([
    ['2025-06-30', 'NOT_APPLICABLE'],
    ['2025-07-01', 'FAIL'],
  ])('is in force from 2025-07-01: on %s %s', (asOf, outcome) => {
    expect(reasonOf('P-CAP', professional({ asOf, family: { activePlacements: 4 } }))?.outcome).toBe(outcome);
  });
});

describe('P-STAY: 6 months, extendable to 12', () => {
  it('is not applicable to the choice of a family and reports the limit that runs on the placement', () => {
    expect(run(P_STAY, professional())).toEqual({
      outcome: 'NOT_APPLICABLE',
      message: 'Temporary placement: at most 6 months, extendable to 12 (a deadline of the placement, not a condition of the family)',
    });
  });
});

describe('P-SCOPE: the children a professional foster family takes', () => {
  it('accepts every legal status by default and follows a narrowed list', () => {
    const facts = professional({ children: [child(), child({ id: 'child-2', legalStatus: LegalStatus.PARENTS_SERVING_SENTENCE })] });
    expect(run(P_SCOPE, facts).outcome).toBe('PASS');
    expect(run(P_SCOPE, facts, { scopeStatuses: [LegalStatus.ORPHAN] })).toEqual({
      outcome: 'FAIL',
      message: 'The legal status of child 2 is outside the scope of a professional foster family',
    });
  });
});

describe('P-CARER: RK citizens aged 30 to 63, income, certificate (on 2026-03-01)', () => {
  const carer = (overrides: Parameters<typeof applicant>[0]) => ({ applicants: [applicant(), secondApplicant(overrides)] });

  it.each([
    ['turned 30 today', '1996-03-01', 'PASS'],
    ['turns 30 tomorrow', '1996-03-02', 'FAIL'],
    ['turns 64 tomorrow (still 63)', '1962-03-02', 'PASS'],
    ['turned 64 today', '1962-03-01', 'FAIL'],
  ])('a carer who %s: %s', (_, birthDate, outcome) => {
    expect(run(P_CARER, professional({ family: carer({ birthDate }) })).outcome).toBe(outcome);
  });

  it.each([
    ['a foreign carer', { family: carer({ citizenship: Citizenship.FOREIGN }) }, 'applicant 2 is not an RK citizen'],
    ['an income below the subsistence minimum', { family: { monthlyIncome: 50_850 } }, 'income below 50,851 ₸'],
    ['no training certificate', { family: { trainingCertificateDate: undefined } }, 'no training certificate'],
  ])('refuses %s', (_, overrides, words) => {
    const result = run(P_CARER, professional(overrides));
    expect(result.outcome).toBe('FAIL');
    expect(result.message).toContain(words);
  });

  it('exempts no relative from the certificate', () => {
    const grandparent = { trainingCertificateDate: undefined, kinships: [{ childId: 'child-1', relation: KinshipRelation.GRANDPARENT }] };
    expect(run(P_CARER, professional({ family: grandparent })).outcome).toBe('FAIL');
  });
});
