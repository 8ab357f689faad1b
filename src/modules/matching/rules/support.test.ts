import { describe, expect, it } from 'vitest';
import { addDays, addYears, fullYearsBetween } from '../../../shared/dates.js';
import { addMonths, ageOn, fullMonthsBetween, hasReachedAge, listLabels, tenge } from './support.js';

/** Every day of 2023–2025 (a leap year inside), and a few birthdays including 29 February. */
const days = (from: string, count: number) => Array.from({ length: count }, (_, i) => addDays(from, i));
const ON = days('2023-01-01', 3 * 365 + 1);
const BIRTHDAYS = ['2000-02-29', '2004-02-28', '2004-03-01', '2007-12-31', '2010-01-01', '2013-06-15'];

describe('date helpers without Date objects', () => {
  it('hasReachedAge agrees with addYears(birthDate, n) <= on on every day', () => {
    for (const birthDate of BIRTHDAYS) {
      for (const years of [10, 14, 16, 18, 23]) {
        for (const on of ON) expect(hasReachedAge(birthDate, years, on), `${birthDate} ${years} ${on}`).toBe(addYears(birthDate, years) <= on);
      }
    }
  });

  it('ageOn agrees with hasReachedAge, and with fullYearsBetween except on 28 February for a 29 February birthday', () => {
    for (const birthDate of BIRTHDAYS) {
      for (const on of ON) {
        const age = ageOn(birthDate, on);
        expect(hasReachedAge(birthDate, age, on) && !hasReachedAge(birthDate, age + 1, on), `${birthDate} ${on}`).toBe(true);
        if (!(birthDate.endsWith('02-29') && on.endsWith('02-28'))) expect(age).toBe(fullYearsBetween(birthDate, on));
      }
    }
  });

  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-11-30', 3, '2026-02-28'],
    ['2026-03-01', -12, '2025-03-01'],
    ['2026-01-15', -1, '2025-12-15'],
  ])('addMonths(%s, %s) = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it('fullMonthsBetween is the largest n with addMonths(from, n) <= to', () => {
    for (const from of ['2024-01-31', '2024-02-29', '2024-03-15', '2024-12-01']) {
      for (const to of ON) {
        const n = fullMonthsBetween(from, to);
        if (to < from) expect(n).toBe(0);
        else {
          expect(addMonths(from, n) <= to, `${from} ${to}`).toBe(true);
          expect(addMonths(from, n + 1) > to, `${from} ${to}`).toBe(true);
        }
      }
    }
  });
});

describe('message helpers', () => {
  it.each([
    [[], ''],
    [['applicant 1'], 'applicant 1'],
    [['child 1', 'child 2', 'child 3'], 'child 1, child 2 and child 3'],
  ])('listLabels(%o) = %s', (labels, expected) => {
    expect(listLabels(labels)).toBe(expected);
  });

  it.each([
    [50_851, '50,851 ₸'],
    [999, '999 ₸'],
    [1_250_000, '1,250,000 ₸'],
  ])('tenge(%s) = %s', (amount, expected) => {
    expect(tenge(amount)).toBe(expected);
  });
});
