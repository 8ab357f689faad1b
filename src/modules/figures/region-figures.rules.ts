import type { FieldProblem } from '../../shared/app-error.js';

/** Age bands of waiting children, in full years: the bands placement practice plans by. */
export const AGE_BANDS = [
  { label: '0-2', below: 3 },
  { label: '3-6', below: 7 },
  { label: '7-9', below: 10 },
  { label: '10-13', below: 14 },
  { label: '14-17', below: Number.POSITIVE_INFINITY },
] as const;

/** How long a child has waited since registration, in days. */
export const WAIT_BANDS = [
  { label: 'UNDER_6_MONTHS', below: 183 },
  { label: '6_TO_12_MONTHS', below: 365 },
  { label: '1_TO_2_YEARS', below: 730 },
  { label: 'OVER_2_YEARS', below: Number.POSITIVE_INFINITY },
] as const;

/**
 * Guardianship specialists per 5,000 children that the figures are held against. Set here as one
 * per 5,000: check it against the current order of the Ministry of Education before relying on it.
 * The figures count children in the data bank, the population the service knows, not all children.
 */
export const SPECIALISTS_PER_5000_STANDARD = 1;

/** Figures cover at most this many days: longer ranges belong in a report, not a request. */
export const MAX_RANGE_DAYS = 5 * 366;

/** A SQL `case` putting `value` into the bands by their upper bounds. */
export function bandCase(value: string, bands: readonly { label: string; below: number }[]): string {
  const whens = bands.filter((band) => Number.isFinite(band.below)).map((band) => `when ${value} < ${band.below} then '${band.label}'`);
  return `case ${whens.join(' ')} else '${bands.at(-1)!.label}' end`;
}

export function rangeProblem(from: string, to: string): FieldProblem | null {
  if (from > to) return { field: 'from', message: 'The range starts after it ends' };
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
  if (days > MAX_RANGE_DAYS) return { field: 'to', message: 'The range may cover at most five years' };
  return null;
}

/** Specialists per 5,000 children, to one decimal; null with no children. */
export function per5000(specialists: number, children: number): number | null {
  return children === 0 ? null : Math.round((specialists * 5_000 * 10) / children) / 10;
}
