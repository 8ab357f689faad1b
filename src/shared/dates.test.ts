import { describe, expect, it } from 'vitest';
import { addDays, addYears, dateIn, endOfDayIn, fullYearsBetween, KAZAKHSTAN_TIME_ZONE } from './dates.js';

describe('calendar dates', () => {
  it.each([
    ['2010-05-20', '2026-05-19', 15],
    ['2010-05-20', '2026-05-20', 16],
    ['2010-05-20', '2026-12-31', 16],
    ['2008-02-29', '2026-02-28', 17],
    ['2008-02-29', '2026-03-01', 18],
  ])('born %s is %s full years old on %s', (birth, on, years) => {
    expect(fullYearsBetween(birth, on)).toBe(years);
  });

  it('moves 29 February to 28 February in a common year', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2026-11-22', -18)).toBe('2008-11-22');
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});

describe('dates in a time zone', () => {
  it('read an instant on Kazakhstan\'s clocks (UTC+5)', () => {
    expect(dateIn(new Date('2026-12-04T18:59:59Z'), KAZAKHSTAN_TIME_ZONE)).toBe('2026-12-04');
    expect(dateIn(new Date('2026-12-04T19:00:00Z'), KAZAKHSTAN_TIME_ZONE)).toBe('2026-12-05');
  });

  it('end a day at its last millisecond on those clocks', () => {
    expect(endOfDayIn('2026-12-07', KAZAKHSTAN_TIME_ZONE).toISOString()).toBe('2026-12-07T18:59:59.999Z');
    expect(endOfDayIn('2026-12-07', 'UTC').toISOString()).toBe('2026-12-07T23:59:59.999Z');
  });
});
