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
