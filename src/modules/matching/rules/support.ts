import { Citizenship, PlacementForm } from '../../../shared/enums.js';
import type { ApplicantFacts, CheckFacts, FamilyFacts, MentoringCase, PlacementCase } from '../matching.facts.js';
import type { MatchingForm, Rule, RuleParams, RuleResult } from '../rule.js';

/**
 * Small helpers shared by the rules. They run once per rule per family while one child is
 * ranked against thousands of families: ISO date strings compared as text, no Date objects,
 * no regular expressions, no closures in loops.
 */

export const FAMILY_FORMS: readonly MatchingForm[] = [
  PlacementForm.ADOPTION,
  PlacementForm.GUARDIANSHIP,
  PlacementForm.CUSTODY,
  PlacementForm.PATRONAGE,
  PlacementForm.FOSTER_FAMILY,
  PlacementForm.PROFESSIONAL_FOSTER_FAMILY,
  PlacementForm.GUEST_FAMILY,
];

export const CODE = 'Code of the RK "On Marriage (Matrimony) and Family" of 26 Dec 2011 No. 518-IV';

// ---- results -------------------------------------------------------------------------------

export const pass = (message: string): RuleResult => ({ outcome: 'PASS', message });
export const fail = (message: string): RuleResult => ({ outcome: 'FAIL', message });
export const needsAction = (message: string): RuleResult => ({ outcome: 'NEEDS_ACTION', message });
export const notApplicable = (message: string): RuleResult => ({ outcome: 'NOT_APPLICABLE', message });

/** A SOFT result: FAIL when nothing fits, so the explanation shows it, PASS otherwise. */
export function soft(fit: number, message: string): RuleResult {
  const clamped = fit < 0 ? 0 : fit > 1 ? 1 : fit;
  return { outcome: clamped === 0 ? 'FAIL' : 'PASS', message, fit: clamped };
}

// ---- positions, never names ----------------------------------------------------------------

const APPLICANT_LABELS = ['applicant 1', 'applicant 2', 'applicant 3', 'applicant 4'];
const CHILD_LABELS = ['child 1', 'child 2', 'child 3', 'child 4', 'child 5', 'child 6'];

/** "applicant 2": messages name positions in the application, never names or IINs. */
export const applicantLabel = (index: number): string => APPLICANT_LABELS[index] ?? `applicant ${index + 1}`;
/** "child 1" is the child asked about, then its siblings in the order of the case. */
export const childLabel = (index: number): string => CHILD_LABELS[index] ?? `child ${index + 1}`;

/** "applicant 1", "applicant 1 and applicant 2", "child 1, child 2 and child 3". */
export function listLabels(labels: readonly string[]): string {
  if (labels.length <= 1) return labels[0] ?? '';
  return `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;
}

export const capitalize = (text: string): string => (text.length === 0 ? text : text[0]!.toUpperCase() + text.slice(1));

// ---- dates (ISO strings) -------------------------------------------------------------------

const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

// Digits read with charCodeAt: no substring, no number parsing in the hot path.
const digit = (text: string, at: number): number => text.charCodeAt(at) - 48;
const yearOf = (date: string): number => digit(date, 0) * 1000 + digit(date, 1) * 100 + digit(date, 2) * 10 + digit(date, 3);
const monthOf = (date: string): number => digit(date, 5) * 10 + digit(date, 6);
const dayOf = (date: string): number => digit(date, 8) * 10 + digit(date, 9);

/** MMDD as a number; 29 February becomes 28 February in a year that has none (as `addYears` does). */
function monthDayIn(date: string, year: number): number {
  const monthDay = monthOf(date) * 100 + dayOf(date);
  return monthDay === 229 && !isLeapYear(year) ? 228 : monthDay;
}

/**
 * Whether someone born on `birthDate` is at least `years` old on `on`: the same answer as
 * `addYears(birthDate, years) <= on` (29 February counts from 28 February), without building a date.
 */
export function hasReachedAge(birthDate: string, years: number, on: string): boolean {
  const year = yearOf(birthDate) + years;
  const onYear = yearOf(on);
  if (year !== onYear) return year < onYear;
  return monthDayIn(birthDate, year) <= monthOf(on) * 100 + dayOf(on);
}

/** Age in full years on `on`, consistent with hasReachedAge for 29 February birthdays. */
export function ageOn(birthDate: string, on: string): number {
  const onYear = yearOf(on);
  return onYear - yearOf(birthDate) - (monthOf(on) * 100 + dayOf(on) < monthDayIn(birthDate, onYear) ? 1 : 0);
}

const daysInMonth = (year: number, month: number): number =>
  month === 2 ? (isLeapYear(year) ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** Calendar months later; the day is clamped to the month's end (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const total = yearOf(date) * 12 + monthOf(date) - 1 + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  const day = Math.min(dayOf(date), daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** Full calendar months from `from` to `to`, so that `addMonths(from, n) <= to` (0 when `to` is earlier). */
export function fullMonthsBetween(from: string, to: string): number {
  const toYear = yearOf(to);
  const toMonth = monthOf(to);
  const toDay = dayOf(to);
  let months = (toYear - yearOf(from)) * 12 + toMonth - monthOf(from);
  // Short of the day of the month, unless `to` is the month's last day (31 Jan + 1 month = 28 Feb).
  if (toDay < dayOf(from) && toDay < daysInMonth(toYear, toMonth)) months -= 1;
  return months < 0 ? 0 : months;
}

// ---- facts -------------------------------------------------------------------------------

/** The newest check of a kind known on `asOf`: a re-check replaces the old result; a later one did not exist yet. */
export function latestCheck(applicant: ApplicantFacts, kind: string, asOf: string): CheckFacts | undefined {
  let latest: CheckFacts | undefined;
  for (const check of applicant.checks) {
    if (check.kind === kind && check.checkedAt <= asOf && (latest === undefined || check.checkedAt > latest.checkedAt)) latest = check;
  }
  return latest;
}

/** The family's kinship with any child of the case, filtered by relation when `relations` is given. */
export function isRelativeOfCase(family: FamilyFacts, children: PlacementCase['children'], relations?: readonly string[]): boolean {
  for (const kinship of family.kinships) {
    if (relations !== undefined && !relations.includes(kinship.relation)) continue;
    for (const child of children) if (child.id === kinship.childId) return true;
  }
  return false;
}

/** A sibling group placed as one unit: two or more children of the same sibling group. */
export function isSiblingGroup(children: PlacementCase['children']): boolean {
  if (children.length < 2) return false;
  const group = children[0]!.siblingGroupId;
  if (group === undefined) return false;
  for (const child of children) if (child.siblingGroupId !== group) return false;
  return true;
}

/** Every applicant an RK citizen living in Kazakhstan (PRI-1 tier 2, PRI-2). */
export function allResidentCitizens(applicants: readonly ApplicantFacts[]): boolean {
  for (const applicant of applicants) if (applicant.citizenship !== Citizenship.KAZAKHSTAN || !applicant.residesInKazakhstan) return false;
  return true;
}

/** 50851 → "50,851 ₸" without Intl, which is slow in a hot loop. */
export function tenge(amount: number): string {
  let digits = String(Math.round(amount));
  let grouped = '';
  while (digits.length > 3) {
    grouped = `,${digits.slice(-3)}${grouped}`;
    digits = digits.slice(0, -3);
  }
  return `${digits}${grouped} ₸`;
}

// ---- rule definitions ------------------------------------------------------------------------

/** No parameters besides what the policy may add to none. */
export type NoParams = Record<string, never>;

/** Identity helpers: they only let TypeScript infer each rule's parameter types from its defaults. */
export const placementRule = <P extends RuleParams>(rule: Rule<PlacementCase, P>): Rule<PlacementCase, P> => rule;
export const mentoringRule = <P extends RuleParams>(rule: Rule<MentoringCase, P>): Rule<MentoringCase, P> => rule;
