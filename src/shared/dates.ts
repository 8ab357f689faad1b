/** Calendar dates travel as ISO strings (YYYY-MM-DD): no time zone can shift a birthday. */

export function today(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** Full years between two ISO dates (age on `on` of someone born on `birthDate`). */
export function fullYearsBetween(birthDate: string, on: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  let years = y - by;
  if (m < bm || (m === bm && d < bd)) years -= 1;
  return years;
}

export function addYears(date: string, years: number): string {
  const year = Number(date.slice(0, 4)) + years;
  const candidate = `${String(year).padStart(4, '0')}${date.slice(4)}`;
  // 29 February in a non-leap year becomes 28 February.
  return candidate.endsWith('-02-29') && new Date(`${candidate}T00:00:00Z`).getUTCDate() !== 29
    ? `${candidate.slice(0, 8)}28`
    : candidate;
}

export function addDays(date: string, days: number): string {
  const time = new Date(`${date}T00:00:00Z`).getTime() + days * 86_400_000;
  return new Date(time).toISOString().slice(0, 10);
}

/** `today()` in SQL: the same clock and the same (UTC) calendar, for expressions the database evaluates. */
export const SQL_TODAY = `(now() at time zone 'UTC')::date`;

/** The same day `months` later; a day the month lacks becomes its last (31 August + 6 months = 28 or 29 February), as in PostgreSQL's `date + interval`. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(d, lastDay))}`;
}

/** Where the law's working days are counted: Kazakhstan's one time zone since March 2024 (UTC+5). */
export const KAZAKHSTAN_TIME_ZONE = 'Asia/Almaty';

/** The calendar date of an instant on the clocks of a time zone. */
export function dateIn(instant: Date, timeZone: string): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

/** The last millisecond of a calendar date on the clocks of a time zone. */
export function endOfDayIn(date: string, timeZone: string): Date {
  const nextMidnightUtc = Date.parse(`${addDays(date, 1)}T00:00:00Z`);
  // The zone's offset then: its wall clock read as if it were UTC, less the instant.
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' })
    .formatToParts(nextMidnightUtc).map((part) => [part.type, part.value]));
  const wall = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return new Date(nextMidnightUtc - (wall - nextMidnightUtc) - 1);
}
