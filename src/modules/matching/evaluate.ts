import type { RuleOverride } from './matching.facts.js';
import type { Evaluation, MatchingForm, MatchingPolicy, ParamValue, Rule, RuleOutcome, RuleParams, RuleReason } from './rule.js';

export { allRules, mentoringRules, placementRules } from './rules/registry.js';

/**
 * The interpreter of the rules registry. A policy is compiled once (parameters merged, validity
 * windows resolved, rules grouped by form); the compiled evaluator then runs each rule on one
 * case and folds the results into eligibility, pending actions and a score. One child is ranked
 * against thousands of families per request, so the hot path allocates only the reasons.
 */

export interface PolicyEvaluator<F> {
  readonly policyVersion: number;
  /**
   * Every rule of `form` on one case, in registry order. `overrides` defaults to the case's own
   * `overrides` (PlacementCase), else none.
   */
  evaluate(facts: F & { asOf: string }, form: MatchingForm, overrides?: readonly RuleOverride[]): Evaluation;
}

interface CompiledRule<F> {
  rule: Rule<F>;
  params: RuleParams;
  validFrom: string | undefined;
  validTo: string | undefined;
  enabled: boolean;
  weight: number;
  /** The last "not in force on <date>" message: all cases of one request share a date. */
  notInForceOn: string;
  notInForceMessage: string;
}

const NO_OVERRIDES: readonly RuleOverride[] = [];

const kindOf = (value: unknown): string => (Array.isArray(value) ? 'array' : typeof value);

/** Defaults, replaced by the policy's values of the same type; unknown names and wrong types are ignored (the policy service rejects them on save). */
function mergeParams(defaults: RuleParams, changes: RuleParams | undefined): RuleParams {
  if (changes === undefined) return defaults;
  const merged: RuleParams = { ...defaults };
  for (const [name, value] of Object.entries(changes)) {
    if (name in defaults && kindOf(value) === kindOf(defaults[name])) merged[name] = value as ParamValue;
  }
  return merged;
}

/** A rule's parameters under a policy: its defaults with the policy's changes. */
export const paramsInForce = <F, P extends RuleParams>(rule: Rule<F, P>, policy: MatchingPolicy): P => mergeParams(rule.params, policy.rules[rule.code]?.params) as P;

function windowText(validFrom: string | undefined, validTo: string | undefined): string {
  if (validFrom !== undefined && validTo !== undefined) return `in force from ${validFrom} to ${validTo}`;
  return validFrom !== undefined ? `in force from ${validFrom}` : `in force until ${validTo}`;
}

export function compilePolicy<F>(rules: readonly Rule<F>[], policy: MatchingPolicy): PolicyEvaluator<F> {
  const byForm = new Map<MatchingForm, CompiledRule<F>[]>();
  for (const rule of rules) {
    const own = policy.rules[rule.code];
    const params = mergeParams(rule.params, own?.params);
    const weight = rule.kind === 'SOFT' && typeof params.weight === 'number' && params.weight > 0 ? params.weight : 0;
    const compiled: CompiledRule<F> = {
      rule,
      params,
      // undefined in the policy: the rule's own date; null: unbounded.
      validFrom: own?.validFrom === undefined ? rule.validFrom : (own.validFrom ?? undefined),
      validTo: own?.validTo === undefined ? rule.validTo : (own.validTo ?? undefined),
      enabled: own?.enabled ?? true,
      weight,
      notInForceOn: '',
      notInForceMessage: '',
    };
    for (const form of rule.forms) {
      let list = byForm.get(form);
      if (list === undefined) byForm.set(form, (list = []));
      list.push(compiled);
    }
  }
  const disabledMessage = `Disabled by matching policy version ${policy.version}`;

  return {
    policyVersion: policy.version,
    evaluate(facts, form, overrides) {
      const given = overrides ?? (facts as { overrides?: readonly RuleOverride[] }).overrides ?? NO_OVERRIDES;
      const entries = byForm.get(form);
      if (entries === undefined) return { eligible: true, pendingActions: [], score: 0, reasons: [] };
      const asOf = facts.asOf;
      const reasons: RuleReason[] = new Array<RuleReason>(entries.length);
      const pendingActions: string[] = [];
      let eligible = true;
      let weighted = 0;
      let weights = 0;

      for (let i = 0; i < entries.length; i++) {
        const entry = entries[i]!;
        const rule = entry.rule;
        let outcome: RuleOutcome;
        let message: string;
        let fit: number | undefined;
        if (!entry.enabled) {
          outcome = 'NOT_APPLICABLE';
          message = disabledMessage;
        } else if ((entry.validFrom !== undefined && asOf < entry.validFrom) || (entry.validTo !== undefined && asOf > entry.validTo)) {
          if (entry.notInForceOn !== asOf) {
            entry.notInForceOn = asOf;
            entry.notInForceMessage = `Not in force on ${asOf} (${windowText(entry.validFrom, entry.validTo)})`;
          }
          outcome = 'NOT_APPLICABLE';
          message = entry.notInForceMessage;
        } else {
          const result = rule.evaluate(facts, entry.params);
          outcome = result.outcome;
          message = result.message;
          fit = result.fit;
        }

        let overridden = false;
        if (outcome === 'FAIL' && rule.kind === 'HARD') {
          const override = rule.override === undefined || given.length === 0 ? undefined : applicableOverride(rule, given, asOf);
          if (override === undefined) eligible = false;
          else {
            overridden = true;
            message = `${message}. Set aside: ${rule.override === 'COURT_DECISION' ? `court decision ${override.courtDecisionReference} of ${override.courtDecisionDate}` : 'reason recorded'}`;
          }
        } else if (outcome === 'NEEDS_ACTION' && rule.kind === 'ACTION') {
          pendingActions.push(rule.code);
        } else if (rule.kind === 'SOFT' && outcome !== 'NOT_APPLICABLE' && entry.weight > 0) {
          const value = fit ?? (outcome === 'PASS' ? 1 : 0);
          weighted += entry.weight * (value < 0 ? 0 : value > 1 ? 1 : value);
          weights += entry.weight;
        }

        reasons[i] = { code: rule.code, version: rule.version, kind: rule.kind, outcome, message, legalBasis: rule.legalBasis, overridden };
      }

      return { eligible, pendingActions, score: weights === 0 ? 0 : Math.round((1000 * weighted) / weights) / 10, reasons };
    },
  };
}

/** One-off evaluation; for many cases under one policy, compile it once with compilePolicy. */
export function evaluateCase<F>(
  rules: readonly Rule<F>[],
  facts: F & { asOf: string },
  form: MatchingForm,
  policy: MatchingPolicy,
  overrides?: readonly RuleOverride[],
): Evaluation {
  return compilePolicy(rules, policy).evaluate(facts, form, overrides);
}

const isBlank = (text: string | undefined): boolean => text === undefined || text.trim() === '';
const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** What an override of this rule lacks, or null when it is complete. */
function missingForOverride(rule: Rule<unknown>, override: RuleOverride): string | null {
  if (rule.override === 'COURT_DECISION') {
    if (isBlank(override.courtDecisionReference) || isBlank(override.courtDecisionDate)) {
      return `${rule.code} can be set aside only by a court decision: give its reference and date`;
    }
    if (!ISO_DATE.test(override.courtDecisionDate!)) return 'The court decision date must be a date (YYYY-MM-DD)';
    return null;
  }
  if (rule.override === 'RECORDED_REASON') return isBlank(override.reason) ? `Setting aside ${rule.code} needs a recorded reason` : null;
  return `${rule.code} cannot be set aside`;
}

/** The first override of this rule that satisfies its override kind; a court decision must predate the evaluation. */
function applicableOverride(rule: Rule<unknown>, overrides: readonly RuleOverride[], asOf: string): RuleOverride | undefined {
  for (const override of overrides) {
    if (override.code !== rule.code || missingForOverride(rule, override) !== null) continue;
    if (rule.override === 'COURT_DECISION' && override.courtDecisionDate! > asOf) continue;
    return override;
  }
  return undefined;
}

/** What is wrong with an override: a message, and the sub-field at fault when it is one. */
export interface OverrideProblem {
  field?: 'courtDecisionDate';
  message: string;
}

/**
 * Whether an override names an overridable rule and carries what that rule needs (a court
 * decision's reference and date, or a reason), with a court decision taken by `asOf`: a problem
 * for BAD_USER_INPUT, or null. A decision dated later would be set aside by the evaluation
 * silently, so it is refused here instead.
 */
export function overrideProblem(rules: readonly Rule<unknown>[], override: RuleOverride, asOf: string): OverrideProblem | null {
  const rule = rules.find((candidate) => candidate.code === override.code);
  if (rule === undefined) return { message: `No rule has the code ${override.code}` };
  const missing = missingForOverride(rule, override);
  if (missing !== null) return { message: missing };
  if (rule.override === 'COURT_DECISION' && override.courtDecisionDate! > asOf) {
    return { field: 'courtDecisionDate', message: `The court decision is dated ${override.courtDecisionDate}, after ${asOf}: only a decision already taken sets a rule aside` };
  }
  return null;
}
