import { describe, expect, it } from 'vitest';
import { addDays } from './dates.js';
import { KURBAN_AIT, KZ_WORKING_CALENDAR, MOVED_DAYS_OFF } from './kz-working-calendar.js';

/** National and state holidays (month-day): a weekend one carries its day off to the next working day. */
const NATIONAL = ['01-01', '01-02', '03-08', '03-21', '03-22', '03-23', '05-01', '05-07', '05-09', '07-06', '08-30', '10-25', '12-16'];

const isWeekend = (date: string) => [0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());

/** A year's weekdays off as the law makes them, from the holiday list, its Kurban ait and the government's moves. */
function lawfulDaysOff(year: number): string[] {
  const religious = new Set([`${year}-01-07`, KURBAN_AIT[year]!]);
  const off = new Set<string>();
  let owed = 0;
  for (let day = `${year}-01-01`; day.startsWith(String(year)); day = addDays(day, 1)) {
    const national = NATIONAL.includes(day.slice(5));
    if (isWeekend(day)) owed += national ? 1 : 0;
    else if (national || religious.has(day)) off.add(day);
    else if (owed > 0) {
      off.add(day);
      owed--;
    }
  }
  for (const move of MOVED_DAYS_OFF[year] ?? []) off.add(move.off);
  return [...off].sort();
}

describe('the Kazakhstan working-day calendar', () => {
  it.each(Object.keys(KZ_WORKING_CALENDAR).map(Number))('holds for %i the days off the law and the government set, no more', (year) => {
    const calendar = KZ_WORKING_CALENDAR[year]!;
    expect(Object.keys(calendar.daysOff).sort()).toEqual(lawfulDaysOff(year));
    expect(Object.keys(calendar.weekendsWorked).sort()).toEqual((MOVED_DAYS_OFF[year] ?? []).map((move) => move.worked).sort());
    for (const day of Object.keys(calendar.weekendsWorked)) expect(isWeekend(day), day).toBe(true);
  });

  it('has 2025, 2026 and 2027, each with its Kurban ait', () => {
    for (const year of [2025, 2026, 2027]) {
      expect(KZ_WORKING_CALENDAR[year], String(year)).toBeDefined();
      expect(KURBAN_AIT[year]?.startsWith(String(year))).toBe(true);
    }
  });
});
