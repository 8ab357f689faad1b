import type { RuleOverride } from '../matching/matching.facts.js';
import type { RuleOutcome } from '../matching/rule.js';

/** The evaluation a placement was proposed under, kept so the decision can be explained years later. */
export interface PlacementEvaluationRecord {
  policyVersion: number;
  asOf: string;
  eligible: boolean;
  score: number;
  rules: { code: string; version: number; outcome: RuleOutcome; overridden: boolean }[];
  overrides: RuleOverride[];
}

/** A child's consent to adoption, or opinion on another form, recorded for this placement (A-CONSENT). */
export interface ChildConsentRecord {
  childId: string;
  kind: 'CONSENT' | 'OPINION';
  recordedAt: string;
  recordedBy: string;
}
