import { describe, expect, it } from 'vitest';
import { addMonths } from '../../shared/dates.js';
import { PlacementForm } from '../../shared/enums.js';
import { PlacementStatus } from './placement.enums.js';
import { extendedStay, stayEndsOn, stayLimits } from './placement.stay.js';

const DEFAULTS = stayLimits({ version: 1, rules: {} });

describe('P-STAY dates', () => {
  it.each([
    ['2026-01-15', 6, '2026-07-15'],
    ['2025-08-31', 6, '2026-02-28'],
    ['2027-08-31', 6, '2028-02-29'],
    ['2026-07-31', 12, '2027-07-31'],
    ['2026-11-30', 3, '2027-02-28'],
  ])('%s + %i months is %s, as PostgreSQL counts it', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it('takes its months from the policy, whole months only, and applies to professional foster families alone', () => {
    expect(DEFAULTS).toEqual({ maxStayMonths: 6, extendedStayMonths: 12 });
    expect(stayLimits({ version: 2, rules: { 'P-STAY': { params: { maxStayMonths: 3, extendedStayMonths: 2.5 } } } })).toEqual({ maxStayMonths: 3, extendedStayMonths: 12 });
    expect(stayEndsOn(PlacementForm.PROFESSIONAL_FOSTER_FAMILY, '2026-03-10', DEFAULTS)).toBe('2026-09-10');
    expect(stayEndsOn(PlacementForm.FOSTER_FAMILY, '2026-03-10', DEFAULTS)).toBeUndefined();
  });

  it('extends to the longest allowed when no day is asked for', () => {
    const facts = { form: PlacementForm.PROFESSIONAL_FOSTER_FAMILY, status: PlacementStatus.ACTIVE, startedAt: '2026-03-10', endsOn: '2026-09-10' };
    expect(extendedStay(facts, { decisionReference: '№ 1', decisionDate: '2026-09-01' }, DEFAULTS, '2026-09-02')).toEqual({ endsOn: '2027-03-10' });
  });
});
