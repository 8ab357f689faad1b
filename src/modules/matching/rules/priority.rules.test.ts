import { describe, expect, it } from 'vitest';
import { Citizenship, PlacementForm } from '../../../shared/enums.js';
import { KinshipRelation } from '../../families/family.enums.js';
import { PRI_1, PRI_2, PRI_3, SIB } from './priority.rules.js';
import { applicant, child, placement, run, secondApplicant } from './test-cases.js';

const relative = (relation: KinshipRelation) => ({ kinships: [{ childId: 'child-1', relation }] });
const abroad = { applicants: [applicant({ residesInKazakhstan: false }), secondApplicant()] };
const foreigners = { applicants: [applicant({ citizenship: Citizenship.FOREIGN, residesInKazakhstan: false })] };

describe('SIB: siblings are not separated', () => {
  it('fails when siblings would be left behind, and says how many', () => {
    expect(run(SIB, placement({ siblingsLeftBehind: 2 }))).toMatchObject({ outcome: 'FAIL', message: expect.stringMatching(/^2 sibling\(s\) would be left behind/) });
    expect(run(SIB, placement({ children: [child({ siblingGroupId: 'group-1' }), child({ id: 'child-2', siblingGroupId: 'group-1' })] })).outcome).toBe('PASS');
  });

  it('does not apply to a child without brothers or sisters', () => {
    expect(run(SIB, placement())).toEqual({ outcome: 'NOT_APPLICABLE', message: 'The child has no siblings' });
  });

  it('may be set aside with a recorded reason, and does not concern guest families', () => {
    expect(SIB.override).toBe('RECORDED_REASON');
    expect(SIB.forms).not.toContain(PlacementForm.GUEST_FAMILY);
  });
});

describe('PRI-1: relatives, then RK citizens living in Kazakhstan, then the others', () => {
  it.each([
    ['relatives of the child (even foreigners)', { ...foreigners, ...relative(KinshipRelation.AUNT_OR_UNCLE) }, 1, 'PASS'],
    ['RK citizens living in Kazakhstan', {}, 0.6, 'PASS'],
    ['an RK citizen living abroad', abroad, 0, 'FAIL'],
    ['foreigners', foreigners, 0, 'FAIL'],
  ])('%s: fit %s', (_, familyOverrides, fit, outcome) => {
    expect(run(PRI_1, placement({ family: familyOverrides }))).toMatchObject({ fit, outcome });
  });

  it('reads its tier fits from the policy', () => {
    expect(run(PRI_1, placement(), { residentCitizenFit: 0.8 }).fit).toBe(0.8);
  });
});

describe('PRI-2: adoption abroad or by foreigners only after the waiting period, with the commission’s conclusion', () => {
  // The child was registered on 2025-11-30: 3 months later is 2026-02-28 (end of month).
  const foreign = (asOf: string, overrides: Parameters<typeof placement>[0] = {}) =>
    placement({ asOf, children: [child({ registeredAt: '2025-11-30' })], foreignPlacementConclusion: true, family: foreigners, ...overrides });

  it('does not concern relatives or RK citizens living in Kazakhstan', () => {
    expect(run(PRI_2, placement({ family: { ...foreigners, ...relative(KinshipRelation.GRANDPARENT) } })).outcome).toBe('NOT_APPLICABLE');
    expect(run(PRI_2, placement()).outcome).toBe('NOT_APPLICABLE');
  });

  it('fails without the commission’s conclusion', () => {
    expect(run(PRI_2, foreign('2026-06-01', { foreignPlacementConclusion: false })).message).toContain('commission’s conclusion');
    expect(run(PRI_2, placement({ family: abroad })).outcome).toBe('FAIL');
  });

  it.each([
    ['2026-02-27', 'FAIL'],
    ['2026-02-28', 'PASS'],
  ])('a child registered 3 months before (end of month) on %s: %s', (asOf, outcome) => {
    expect(run(PRI_2, foreign(asOf)).outcome).toBe(outcome);
  });

  it('says from when foreign adoption is possible, and reads the waiting months from the policy', () => {
    expect(run(PRI_2, foreign('2026-02-01')).message).toBe('Child 1 registered less than 3 months ago: foreign adoption possible from 2026-02-28');
    expect(run(PRI_2, foreign('2026-03-15'), { foreignWaitMonths: 6 }).outcome).toBe('FAIL');
    expect(run(PRI_2, foreign('2026-05-29'), { foreignWaitMonths: 6 }).outcome).toBe('FAIL');
    expect(run(PRI_2, foreign('2026-05-30'), { foreignWaitMonths: 6 }).outcome).toBe('PASS');
  });

  it('is a gate of adoption only', () => {
    expect(PRI_2.forms).toEqual([PlacementForm.ADOPTION]);
    expect(PRI_2.kind).toBe('HARD');
  });
});

describe('PRI-3: close relatives first as guardians and custodians', () => {
  it.each([
    ['a grandparent', relative(KinshipRelation.GRANDPARENT), 1],
    ['an adult sibling', relative(KinshipRelation.ADULT_SIBLING), 1],
    ['an aunt or uncle', relative(KinshipRelation.AUNT_OR_UNCLE), 0.5],
    ['not a relative', {}, 0],
  ])('%s: fit %s', (_, familyOverrides, fit) => {
    expect(run(PRI_3, placement({ form: PlacementForm.GUARDIANSHIP, family: familyOverrides })).fit).toBe(fit);
  });
});
