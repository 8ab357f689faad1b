import { addDays, addYears } from '../src/shared/dates.js';
import type { Prng } from './prng.js';

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** A date in [from, to]; `from` when the range is empty. */
export function dateBetween(rng: Prng, from: string, to: string): string {
  const span = daysBetween(from, to);
  return span <= 0 ? from : addDays(from, rng.int(0, span));
}

/** Someone who is exactly `age` full years old on `today`. */
export function birthDateForAge(rng: Prng, age: number, today: string): string {
  return dateBetween(rng, addDays(addYears(today, -age - 1), 1), addYears(today, -age));
}

/** An instant during office hours in Kazakhstan (UTC+5) on that date, for timestamps of dated events. */
export function instantOn(rng: Prng, date: string): Date {
  const minutes = rng.int(4 * 60, 13 * 60);
  return new Date(Date.parse(`${date}T00:00:00Z`) + minutes * 60_000);
}

export function latest(...dates: string[]): string {
  return dates.reduce((a, b) => (a > b ? a : b));
}
