import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, notEligible } from '../../shared/app-error.js';
import type { PlacementForm } from '../../shared/enums.js';
import { compilePolicy, placementRules } from '../matching/evaluate.js';
import { asMatchingPolicy, currentPolicy } from '../matching/matching-policy.service.js';
import type { ChildFacts, FamilyFacts, RuleOverride } from '../matching/matching.facts.js';
import { loadFamilies, loadNeighbours } from '../matching/matching.repository.js';
import { loadUnit, placementCase, proposedUnit } from '../matching/matching.service.js';
import type { Evaluation } from '../matching/rule.js';
import { PlacementStatus } from './placement.enums.js';
import { Placement } from './placement.entity.js';
import type { PlacementEvaluationRecord } from './placement.records.js';
import type { Confinement } from '../identity/access-policy.js';

/** The server's own check of a proposal: the engine's HARD rules, with the overrides the worker recorded. */

export interface ProposalRequest {
  childId: string;
  familyId: string;
  form: PlacementForm;
  overrides: RuleOverride[];
  foreignPlacementConclusion?: string;
  /** Where the proposing staff member is confined: every child proposed must be in it. */
  within: Confinement;
}

export interface CheckedProposal {
  /** The children to propose: the child asked about and, unless SIB is overridden, its waiting siblings. */
  unit: ChildFacts[];
  record: PlacementEvaluationRecord;
}

async function evaluate(
  em: EntityManager,
  form: PlacementForm,
  asOf: string,
  unit: ChildFacts[],
  familyId: string,
  extras: Parameters<typeof placementCase>[5],
  adjustFamily: (family: FamilyFacts) => FamilyFacts = (family) => family,
) {
  // One after another: inside a transaction every statement shares one connection.
  const [family] = await loadFamilies(em, { form, asOf, familyIds: [familyId] });
  const policy = await currentPolicy(em);
  const neighbours = await loadNeighbours(em);
  if (!family) throw badInput('form', 'The family has not applied for this form of placement');
  const facts = placementCase(form, asOf, unit, adjustFamily(family), neighbours, extras);
  const evaluation = compilePolicy(placementRules, asMatchingPolicy(policy)).evaluate(facts, form, extras?.overrides ?? []);
  return { evaluation, policyVersion: policy.version };
}

const failingCodes = (evaluation: Evaluation) =>
  evaluation.reasons.filter((reason) => reason.kind === 'HARD' && reason.outcome === 'FAIL' && !reason.overridden).map((reason) => reason.code);

/** Evaluates a proposal as of `asOf` and refuses it with NOT_ELIGIBLE and the failing rule codes. */
export async function checkProposal(em: EntityManager, request: ProposalRequest, asOf: string): Promise<CheckedProposal> {
  const { unit, siblingsLeftBehind } = proposedUnit(await loadUnit(em, request.childId, request.within), request.overrides);
  const { evaluation, policyVersion } = await evaluate(em, request.form, asOf, unit, request.familyId, {
    siblingsLeftBehind,
    overrides: request.overrides,
    foreignPlacementConclusion: Boolean(request.foreignPlacementConclusion),
  });
  if (!evaluation.eligible) {
    const codes = failingCodes(evaluation);
    throw notEligible(`The family may not take this child: ${codes.join(', ')}`, codes);
  }
  return {
    unit,
    record: {
      policyVersion,
      asOf,
      eligible: evaluation.eligible,
      score: evaluation.score,
      rules: evaluation.reasons.map(({ code, version, outcome, overridden }) => ({ code, version, outcome, overridden })),
      overrides: request.overrides,
    },
  };
}

/**
 * ACTION rules still open for a placement (the child's consent or opinion, current checks):
 * the placement may not advance until they are done.
 */
export async function assertNoPendingActions(em: EntityManager, placement: Placement, child: ChildFacts, asOf: string): Promise<void> {
  const { evaluation } = await evaluate(em, placement.form, asOf, [child], placement.family.id, {
    consentRecordedFor: placement.childConsents.map((consent) => consent.childId),
    overrides: placement.evaluation?.overrides ?? [],
    foreignPlacementConclusion: Boolean(placement.foreignPlacementConclusion),
  });
  if (evaluation.pendingActions.length) {
    throw notEligible(`Complete first: ${evaluation.pendingActions.join(', ')}`, evaluation.pendingActions);
  }
}

/** The HARD rules that count the children a family already holds: the only ones another placement's activation can turn. */
const LOAD_RULES: ReadonlySet<string> = new Set(['CAPACITY', 'F-COUNT', 'P-CAP']);

/**
 * Activation takes a place in the family, so the load rules are checked again then: the check at
 * proposal counted the placements active at that time, and others may have been activated since.
 * The caller holds the family's row lock, so activations into one family take turns and each one
 * counts those before it. The unit is the child and the brothers and sisters placed with it in this
 * family (a sibling group placed whole stays exempt from P-CAP); those already active are not counted twice.
 */
export async function assertRoomInFamily(em: EntityManager, placement: Placement, childAndSiblings: ChildFacts[], asOf: string): Promise<void> {
  const open = await em.find(
    Placement,
    { family: placement.family, child: { $in: childAndSiblings.map((child) => child.id) }, status: { $ne: PlacementStatus.ENDED } },
    { fields: ['child', 'status'] },
  );
  const placed = new Set(open.map((each) => each.child.id));
  const unit = childAndSiblings.filter((child) => placed.has(child.id));
  const activeInUnit = open.filter((each) => each.status === PlacementStatus.ACTIVE).length;
  const { evaluation } = await evaluate(
    em,
    placement.form,
    asOf,
    unit,
    placement.family.id,
    { overrides: placement.evaluation?.overrides ?? [], foreignPlacementConclusion: Boolean(placement.foreignPlacementConclusion) },
    (family) => ({ ...family, activePlacements: family.activePlacements - activeInUnit }),
  );
  const failing = failingCodes(evaluation).filter((code) => LOAD_RULES.has(code));
  if (failing.length) throw notEligible(`The family has no room for this child now: ${failing.join(', ')}`, failing);
}
