import type { FieldProblem } from '../../shared/app-error.js';
import { addMonths } from '../../shared/dates.js';
import { PlacementForm } from '../../shared/enums.js';
import type { MatchingPolicy } from '../matching/rule.js';
import { P_STAY } from '../matching/rules/foster.rules.js';
import { PlacementStatus } from './placement.enums.js';

/**
 * P-STAY: a child stays with a professional foster family (приемная профессиональная семья) at
 * most 6 months from the day it moved in, extendable once, by a recorded decision, to 12. The
 * placement carries the last day of its stay (`endsOn`); past it, an active stay is overdue.
 * Pure: the service loads the facts and applies the outcome.
 */

export const FORM_WITH_STAY_LIMIT = PlacementForm.PROFESSIONAL_FOSTER_FAMILY;

export interface StayLimits {
  maxStayMonths: number;
  extendedStayMonths: number;
}

/** The months of P-STAY under the policy in force: the rule's own (6 and 12) unless the policy sets other whole months. */
export function stayLimits(policy: MatchingPolicy): StayLimits {
  const own = policy.rules[P_STAY.code]?.params ?? {};
  const months = (name: keyof StayLimits): number => {
    const value = own[name];
    return typeof value === 'number' && Number.isInteger(value) && value >= 1 ? value : P_STAY.params[name];
  };
  return { maxStayMonths: months('maxStayMonths'), extendedStayMonths: months('extendedStayMonths') };
}

/** The last day of a stay that began on `startedAt`, for a placement of `form`; undefined for forms without a limit. */
export function stayEndsOn(form: PlacementForm, startedAt: string, limits: StayLimits): string | undefined {
  return form === FORM_WITH_STAY_LIMIT ? addMonths(startedAt, limits.maxStayMonths) : undefined;
}

/**
 * An active stay past its last day, in SQL: the one definition behind `Placement.overdue` and the
 * `overdue` filter. `placement` is the table's alias, `on` a date expression.
 */
export function overdueSql(placement: string, on: string): string {
  return `(${placement}.status = '${PlacementStatus.ACTIVE}' and coalesce(${placement}.ends_on < ${on}, false))`;
}

export interface StayFacts {
  form: PlacementForm;
  status: PlacementStatus;
  startedAt?: string;
  endsOn?: string;
  extensionDecisionDate?: string;
}

export interface StayExtension {
  decisionReference: string;
  decisionDate: string;
  /** The new last day; the longest the policy allows when left out. */
  endsOn?: string;
}

/** Why the stay may not be extended as asked, or the new last day. Fields are those of ExtendPlacementStayInput. */
export function extendedStay(facts: StayFacts, extension: StayExtension, limits: StayLimits, today: string): { endsOn: string } | { problem: FieldProblem } {
  const problem = (field: string, message: string) => ({ problem: { field, message } });
  if (facts.form !== FORM_WITH_STAY_LIMIT) return problem('placementId', `Only a ${FORM_WITH_STAY_LIMIT} placement has a stay to extend`);
  if (facts.status !== PlacementStatus.ACTIVE || !facts.startedAt || !facts.endsOn) {
    return problem('status', `Only an active stay can be extended; the placement is ${facts.status}`);
  }
  if (facts.extensionDecisionDate) return problem('placementId', `The stay was already extended by a decision of ${facts.extensionDecisionDate}; it can be extended once`);
  if (!extension.decisionReference.trim()) return problem('decisionReference', 'Give the number of the decision that extends the stay');
  if (extension.decisionDate > today) return problem('decisionDate', 'The decision date is in the future');
  if (extension.decisionDate < facts.startedAt) return problem('decisionDate', 'The decision date is before the stay began');
  const latest = addMonths(facts.startedAt, limits.extendedStayMonths);
  const endsOn = extension.endsOn ?? latest;
  if (endsOn > latest) return problem('endsOn', `A stay may last at most ${limits.extendedStayMonths} months: until ${latest}`);
  if (endsOn <= facts.endsOn) return problem('endsOn', `The stay already runs until ${facts.endsOn}; an extension moves it later`);
  return { endsOn };
}
