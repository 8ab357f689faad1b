import { describe, expect, it } from 'vitest';
import { PlacementForm } from '../../shared/enums.js';
import { ChildStatus } from '../children/child.enums.js';
import { childPlaceabilityProblem, formForSibling } from './placement.rules.js';

const TODAY = '2026-11-22';

describe('whether a child can be proposed', () => {
  it.each([
    [ChildStatus.AWAITING_PLACEMENT, false, null],
    [ChildStatus.IN_INSTITUTION, false, null],
    [ChildStatus.LEFT_DATA_BANK, false, 'childId'],
    [ChildStatus.ADOPTED, false, 'childId'],
    [ChildStatus.IN_FAMILY_PLACEMENT, true, 'childId'],
  ])('%s with an active placement %s → %s', (status, hasActivePlacement, field) => {
    expect(childPlaceabilityProblem({ status, hasActivePlacement })?.field ?? null).toBe(field);
  });
});

describe('the form of a sibling placed together', () => {
  it.each([
    [PlacementForm.GUARDIANSHIP, '2012-11-22', PlacementForm.CUSTODY],
    [PlacementForm.GUARDIANSHIP, '2012-11-23', PlacementForm.GUARDIANSHIP],
    [PlacementForm.CUSTODY, '2015-01-01', PlacementForm.GUARDIANSHIP],
    [PlacementForm.ADOPTION, '2010-01-01', PlacementForm.ADOPTION],
    [PlacementForm.FOSTER_FAMILY, '2020-01-01', PlacementForm.FOSTER_FAMILY],
  ])('%s, sibling born %s → %s', (form, birthDate, expected) => {
    expect(formForSibling(form, birthDate, TODAY)).toBe(expected);
  });
});
