/** Plain helpers for the figures page: the date range asked for, and the months drawn. */

export interface MonthRange {
  from: string;
  to: string;
}

const iso = (date: Date) => date.toISOString().slice(0, 10);

/** The last `months` calendar months up to today, in UTC dates as the API counts them. */
export function rangeOfMonths(today: Date, months: number): MonthRange {
  const from = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - months + 1, 1));
  return { from: iso(from), to: iso(today) };
}

export interface MonthTotals {
  /** YYYY-MM */
  month: string;
  started: number;
  ended: number;
  breakdowns: number;
}

/** Every month of the range, each form added up; months with nothing begun or ended count zero. */
export function monthlyTotals(rows: { month: string; started: number; ended: number; breakdowns: number }[], range: MonthRange): MonthTotals[] {
  const totals = new Map<string, MonthTotals>();
  const [fromYear, fromMonth] = range.from.split('-').map(Number) as [number, number];
  const last = range.to.slice(0, 7);
  for (let index = 0; ; index++) {
    const date = new Date(Date.UTC(fromYear, fromMonth - 1 + index, 1));
    const month = date.toISOString().slice(0, 7);
    if (month > last) break;
    totals.set(month, { month, started: 0, ended: 0, breakdowns: 0 });
  }
  for (const row of rows) {
    const total = totals.get(row.month);
    if (!total) continue;
    total.started += row.started;
    total.ended += row.ended;
    total.breakdowns += row.breakdowns;
  }
  return [...totals.values()];
}
