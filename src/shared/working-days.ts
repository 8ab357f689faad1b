import { addDays } from './dates.js';

/** One year of a working-day calendar: the weekdays that are days off, and the weekend days worked instead, each with why. */
export interface CalendarYear {
  /** Monday–Friday dates off: holidays, holidays' weekend days carried over, days off the government moved. */
  daysOff: Readonly<Record<string, string>>;
  /** Saturday or Sunday dates worked, a day off having been moved from them. */
  weekendsWorked: Readonly<Record<string, string>>;
}

/** A working-day calendar by year; a year it lacks counts Saturdays and Sundays only (see `missingYears`). */
export type WorkingCalendar = Readonly<Record<number, CalendarYear>>;

const yearOf = (date: string) => Number(date.slice(0, 4));

export function isWorkingDay(date: string, calendar: WorkingCalendar): boolean {
  const year = calendar[yearOf(date)];
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  if (weekday === 0 || weekday === 6) return Boolean(year?.weekendsWorked[date]);
  return !year?.daysOff[date];
}

/**
 * The `n`th working day after `date` (n ≥ 1; `date` itself does not count, whatever it is). In a
 * year the calendar lacks, every weekday works: a deadline there can only come earlier than the
 * law's, never later.
 */
export function addWorkingDays(date: string, n: number, calendar: WorkingCalendar): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError('n must be a whole number of at least 1');
  let day = date;
  for (let left = n; left > 0; ) {
    day = addDays(day, 1);
    if (isWorkingDay(day, calendar)) left--;
  }
  return day;
}

/** The years from `from` to `to` (inclusive) that the calendar does not hold. */
export function missingYears(calendar: WorkingCalendar, from: number, to: number): number[] {
  const years: number[] = [];
  for (let year = from; year <= to; year++) if (!calendar[year]) years.push(year);
  return years;
}
