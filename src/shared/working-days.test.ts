import { describe, expect, it } from 'vitest';
import { KZ_WORKING_CALENDAR } from './kz-working-calendar.js';
import { addWorkingDays, isWorkingDay, missingYears, type WorkingCalendar } from './working-days.js';

const kz = KZ_WORKING_CALENDAR;

describe('addWorkingDays', () => {
  it.each([
    ['a Friday: the next Monday', '2026-12-04', 1, '2026-12-07'],
    ['a Saturday: the next Monday', '2026-12-05', 1, '2026-12-07'],
    ['the day before Independence Day: the day after it', '2026-12-15', 1, '2026-12-17'],
    ['before Nauryz with its weekend carried over: Thursday', '2026-03-20', 1, '2026-03-26'],
    ['before the New Year of 2025: the Sunday worked instead of 3 January', '2024-12-31', 1, '2025-01-05'],
    ['Kurban ait 2025, a Friday, is not worked', '2025-06-05', 1, '2025-06-09'],
    ['across a year: 31 December 2026 to 5 January 2027', '2026-12-31', 1, '2027-01-05'],
    ['several days: a week and a holiday', '2026-05-04', 5, '2026-05-13'],
  ])('%s', (_name, from, n, expected) => {
    expect(addWorkingDays(from, n, kz)).toBe(expected);
  });

  it('counts weekends only in a year the calendar lacks, so a deadline there is never later than the law\'s', () => {
    expect(addWorkingDays('2030-01-01', 1, kz)).toBe('2030-01-02');
    expect(addWorkingDays('2030-01-04', 1, kz)).toBe('2030-01-07');
    expect(missingYears(kz, 2026, 2030)).toEqual([2028, 2029, 2030]);
    expect(missingYears(kz, 2025, 2027)).toEqual([]);
  });

  it('reads any calendar given, not only Kazakhstan\'s', () => {
    const calendar: WorkingCalendar = { 2026: { daysOff: { '2026-12-07': 'a test day off' }, weekendsWorked: { '2026-12-05': 'a test Saturday' } } };
    expect(isWorkingDay('2026-12-05', calendar)).toBe(true);
    expect(addWorkingDays('2026-12-04', 2, calendar)).toBe('2026-12-08');
  });

  it('refuses a count below one', () => {
    expect(() => addWorkingDays('2026-12-04', 0, kz)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-12-04', 1.5, kz)).toThrow(RangeError);
  });
});
