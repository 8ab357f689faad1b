import type { PlacementForm } from '../../shared/enums.js';

/** HARD blocks a placement; SOFT only ranks; ACTION must be done before the placement can advance. */
export type RuleKind = 'HARD' | 'SOFT' | 'ACTION';

export type RuleOutcome = 'PASS' | 'FAIL' | 'NEEDS_ACTION' | 'NOT_APPLICABLE';

/** MENTORING joins the placement forms so mentor rules live in the same registry. */
export type MatchingForm = PlacementForm | 'MENTORING';

export type ParamValue = number | string | boolean | string[];
export type RuleParams = Record<string, ParamValue>;

export interface RuleResult {
  outcome: RuleOutcome;
  /** Plain words for the social worker: what passed, failed, or must be done. No personal data. */
  message: string;
  /** SOFT rules: how well the pair fits on this criterion, from 0 to 1. */
  fit?: number;
}

/**
 * One rule of law or policy. Rules are data: a stable code and version, the legal basis,
 * the forms and dates it applies to, its parameters; `evaluate` is pure.
 */
export interface Rule<Facts, Params extends RuleParams = RuleParams> {
  code: string;
  version: number;
  description: string;
  legalBasis: string;
  confidence: 'high' | 'medium' | 'low';
  kind: RuleKind;
  forms: readonly MatchingForm[];
  /** Inclusive ISO dates; absent = unbounded. */
  validFrom?: string;
  validTo?: string;
  /** Defaults; the policy stored in the database may change them. SOFT rules carry a `weight`. */
  params: Params;
  /** How a worker may go past a FAIL, if at all. */
  override?: 'COURT_DECISION' | 'RECORDED_REASON';
  evaluate(facts: Facts, params: Params): RuleResult;
}

/** What the administrator may change per rule, stored as one versioned policy document. */
export interface RulePolicy {
  params?: RuleParams;
  validFrom?: string | null;
  validTo?: string | null;
  enabled?: boolean;
}

export interface MatchingPolicy {
  version: number;
  rules: Record<string, RulePolicy>;
}

export interface RuleReason {
  code: string;
  version: number;
  kind: RuleKind;
  outcome: RuleOutcome;
  message: string;
  legalBasis: string;
  /** True when a FAIL was set aside by a recorded override. */
  overridden: boolean;
}

export interface Evaluation {
  /** No HARD rule failed (overridden failures excepted). */
  eligible: boolean;
  /** ACTION rules still open: the placement may be proposed but not advanced. */
  pendingActions: string[];
  /** 0–100 from the SOFT rules and their weights. */
  score: number;
  reasons: RuleReason[];
}
