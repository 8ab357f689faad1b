import { LockMode, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../graphql/context.js';
import { assertVisible } from '../../graphql/record-guard.js';
import { paginate, type PageArgs } from '../../graphql/connection.js';
import { badInput, conflict, forbidden, notFound, rejectProblems } from '../../shared/app-error.js';
import { today } from '../../shared/dates.js';
import { isUuid } from '../../shared/uuid.js';
import { PlacementForm, Role } from '../../shared/enums.js';
import { recordAudit } from '../audit/audit.service.js';
import { ChildStatus } from '../children/child.enums.js';
import { Child } from '../children/child.entity.js';
import { Family } from '../families/family.entity.js';
import { assertRegionAccess, confinementOf, requireActor, scopeDistrict, scopeRegion } from '../identity/access-policy.js';
import { PlacementStatus } from './placement.enums.js';
import { Placement } from './placement.entity.js';
import type {
  ActivatePlacementInput,
  ApprovePlacementInput,
  EndPlacementInput,
  ExtendPlacementStayInput,
  PlacementFilter,
  PlacementStepInput,
  ProposePlacementInput,
  RecordChildConsentInput,
} from './placement.inputs.js';
import { childAfter, nextStatus, type PlacementStep } from './placement.lifecycle.js';
import { childPlaceabilityProblem, consentProblem, formForSibling } from './placement.rules.js';
import { loadChildWithSiblings } from '../matching/matching.repository.js';
import { assertOverrides } from '../matching/matching.service.js';
import { assertNoPendingActions, assertRoomInFamily, checkProposal } from './placement.eligibility.js';
import { tellFamilyOfStep } from '../notifications/outbox.js';
import { PlacementTransition } from './placement-transition.entity.js';
import { extendedStay, stayEndsOn, stayLimits } from './placement.stay.js';
import { asMatchingPolicy, currentPolicy } from '../matching/matching-policy.service.js';
import { mayApprove } from '../casework/four-eyes.rules.js';
import type { Actor } from '../identity/actor.js';

/**
 * Loads a placement (with its child) the actor may see, or fails with NOT_FOUND / FORBIDDEN.
 * A family gets FORBIDDEN for an unknown id too: it learns nothing of other placements, not even that one exists.
 */
export async function getPlacement(ctx: Context, id: string, em: EntityManager = ctx.em): Promise<Placement> {
  const actor = requireActor(ctx.actor);
  const placement = isUuid(id) ? await em.findOne(Placement, { id }, { populate: ['child'] }) : null;
  if (!placement) throw actor.role === Role.FAMILY ? forbidden() : notFound('Placement');
  return assertVisible(ctx, 'Placement', placement);
}

export function placementFilterQuery(ctx: Context, filter: PlacementFilter = {}): FilterQuery<Placement> {
  const actor = requireActor(ctx.actor);
  const conditions: FilterQuery<Placement>[] = [];
  if (actor.role === Role.FAMILY) {
    // A family is confined to its own placements whatever it asks for.
    if (!actor.familyId || (filter.familyId && filter.familyId !== actor.familyId)) throw forbidden();
    conditions.push({ family: actor.familyId });
    if (filter.regionCode) conditions.push({ child: { region: { code: filter.regionCode } } });
  } else {
    const region = scopeRegion(actor, filter.regionCode);
    if (region) conditions.push({ child: { region: { code: region } } });
    const district = scopeDistrict(actor);
    if (district) conditions.push({ child: { district: { code: district } } });
    if (filter.familyId) conditions.push({ family: filter.familyId });
  }
  if (filter.childId) conditions.push({ child: filter.childId });
  if (filter.status?.length) conditions.push({ status: { $in: filter.status } });
  if (filter.form?.length) conditions.push({ form: { $in: filter.form } });
  if (filter.overdue != null) conditions.push({ overdue: filter.overdue });
  return conditions.length ? { $and: conditions } : {};
}

export function listPlacements(ctx: Context, filter: PlacementFilter | undefined, page: PageArgs) {
  return paginate(ctx.em, Placement, placementFilterQuery(ctx, filter), page);
}

/**
 * Proposes the child, and the siblings waiting with it, to a family: the server re-checks the
 * HARD rules, accepts only valid overrides, and keeps the evaluation with each placement.
 */
export async function proposePlacement(ctx: Context, input: ProposePlacementInput): Promise<Placement> {
  const actor = requireActor(ctx.actor);
  assertOverrides(input.overrides, today());
  return ctx.em.transactional(async (em) => {
    const child = await em.findOne(Child, { id: input.childId });
    if (!child) throw badInput('childId', 'Unknown child');
    assertRegionAccess(actor, child.region.code);
    const family = await em.findOne(Family, { id: input.familyId });
    if (!family) throw badInput('familyId', 'Unknown family');
    // Regional staff place within their region, where they can read the family too.
    assertRegionAccess(actor, family.region.code);
    // District staff, within their district: both records must be theirs to see.
    await Promise.all([assertVisible(ctx, 'Child', child), assertVisible(ctx, 'Family', family)]);
    const hasActivePlacement = (await em.count(Placement, { child, status: PlacementStatus.ACTIVE, form: { $ne: PlacementForm.GUEST_FAMILY } })) > 0;
    rejectProblems([childPlaceabilityProblem({ status: child.status, hasActivePlacement })]);
    const day = today();
    const { unit, record } = await checkProposal(em, { ...input, overrides: input.overrides.map((o) => ({ ...o })), within: confinementOf(actor) }, day);
    const unitIds = unit.map((member) => member.id);
    if (await em.count(Placement, { child: { $in: unitIds }, family, status: { $ne: PlacementStatus.ENDED } })) {
      throw conflict('This family already has an open placement of the child or a sibling');
    }
    const placements = unit.map((member) => {
      const placement = em.create(Placement, {
        child: member.id,
        family,
        form: formForSibling(input.form, member.birthDate, day),
        status: PlacementStatus.PROPOSED,
        evaluation: record,
        foreignPlacementConclusion: input.foreignPlacementConclusion,
      });
      em.create(PlacementTransition, { placement, actor: actor.userId, at: new Date(), to: PlacementStatus.PROPOSED, note: input.note });
      recordAudit(em, ctx, {
        action: 'placement.propose',
        entityName: 'Placement',
        entityId: placement.id,
        changedFields: ['child', 'family', 'form', 'status', 'evaluation', ...(input.note ? ['note'] : []), ...(input.overrides.length ? ['overrides'] : [])],
      });
      return placement;
    });
    return placements[0]!;
  });
}

/** Records the consent (adoption) or opinion (other forms) of the placement's child, aged 10 or more. */
export async function recordChildConsent(ctx: Context, input: RecordChildConsentInput): Promise<Placement> {
  const actor = requireActor(ctx.actor);
  return ctx.em.transactional(async (em) => {
    const placement = await getPlacement(ctx, input.placementId, em);
    if (placement.version !== input.version) throw conflict('The placement was changed by someone else; reload and try again');
    const child = placement.child.getEntity();
    rejectProblems([consentProblem(placement.status, child.birthDate, input.recordedAt, today())]);
    const kind = placement.form === PlacementForm.ADOPTION ? 'CONSENT' : 'OPINION';
    placement.childConsents = [
      ...placement.childConsents.filter((consent) => consent.childId !== child.id),
      { childId: child.id, kind, recordedAt: input.recordedAt, recordedBy: actor.userId },
    ];
    recordAudit(em, ctx, { action: 'placement.record-consent', entityName: 'Placement', entityId: placement.id, changedFields: ['childConsents'] });
    return placement;
  });
}

/** The placement fields a step sets, beside its status. */
function stepFields(step: PlacementStep): Partial<Placement> {
  switch (step.kind) {
    case 'APPROVE':
      return { decisionKind: step.decisionKind, decisionReference: step.decisionReference?.trim(), decisionDate: step.decisionDate };
    case 'ACTIVATE':
      return { startedAt: step.startedAt };
    case 'END':
      return { endReason: step.reason, endedAt: step.endedAt };
    default:
      return {};
  }
}

/** The one who proposed a placement does not approve it (four-eyes.rules.ts). */
async function assertFourEyes(em: EntityManager, actor: Actor, placement: Placement): Promise<void> {
  const proposal = await em.findOne(PlacementTransition, { placement, to: PlacementStatus.PROPOSED }, { orderBy: { at: 'desc' } });
  if (!mayApprove(actor, proposal?.actor?.id)) {
    throw forbidden('You proposed this placement: another worker of the region or its supervisor approves it');
  }
}

/**
 * Moves a placement one step in one transaction: the new status and fields, the recorded
 * transition, the audit event and, on activation or end, the child's status.
 */
async function takeStep(ctx: Context, input: PlacementStepInput, step: PlacementStep, action: string): Promise<Placement> {
  const actor = requireActor(ctx.actor);
  return ctx.em.transactional(async (em) => {
    const placement = await getPlacement(ctx, input.placementId, em);
    if (placement.version !== input.version) throw conflict('The placement was changed by someone else; reload and try again');
    if (step.kind === 'APPROVE') await assertFourEyes(em, actor, placement);
    const child = placement.child.getEntity();
    const from = placement.status;
    const outcome = nextStatus(from, step, {
      form: placement.form,
      today: today(),
      decisionDate: placement.decisionDate,
      startedAt: placement.startedAt,
      childBirthDate: child.birthDate,
    });
    if ('problem' in outcome) throw badInput(outcome.problem.field, outcome.problem.message);
    if (step.kind === 'ACTIVATE' && child.status === ChildStatus.LEFT_DATA_BANK) throw badInput('placementId', 'The child has left the data bank');
    if (step.kind === 'ACTIVATE') {
      // Activation takes a place in the family. Holding the family's row until commit makes
      // concurrent activations into one family take turns, each counting the ones before it.
      await em.findOne(Family, { id: placement.family.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    }
    if (step.kind !== 'END') {
      const childAndSiblings = await loadChildWithSiblings(em, child.id);
      await assertNoPendingActions(em, placement, childAndSiblings[0]!, today());
      if (step.kind === 'ACTIVATE') await assertRoomInFamily(em, placement, childAndSiblings, today());
    }

    const fields = stepFields(step);
    if (step.kind === 'ACTIVATE') {
      const endsOn = stayEndsOn(placement.form, step.startedAt, stayLimits(asMatchingPolicy(await currentPolicy(em))));
      if (endsOn) fields.endsOn = endsOn;
    }
    em.assign(placement, { ...fields, status: outcome.to });
    em.create(PlacementTransition, { placement, actor: actor.userId, at: new Date(), from, to: outcome.to, note: input.note });
    await tellFamilyOfStep(em, placement.family.id, placement.id, outcome.to);
    recordAudit(em, ctx, { action, entityName: 'Placement', entityId: placement.id, changedFields: ['status', ...Object.keys(fields), ...(input.note ? ['note'] : [])] });
    // Written before the child on purpose: the partial unique index placement_one_active_per_child
    // is what keeps a child in one active placement. Of two concurrent activations the second
    // waits here on the index and fails with a unique violation, which the API reports as CONFLICT.
    await em.flush();

    const childChange = childAfter(placement.form, from, step);
    if (childChange) {
      em.assign(child, childChange);
      recordAudit(em, ctx, { action: 'child.placement-status', entityName: 'Child', entityId: child.id, changedFields: Object.keys(childChange) });
    }
    return withCurrentOverdue(em, placement);
  });
}

/** The placement as written, read back: whether it is overdue is the database's to compute from its status and last day. */
async function withCurrentOverdue(em: EntityManager, placement: Placement): Promise<Placement> {
  await em.flush();
  return em.refreshOrFail(placement);
}

/**
 * P-STAY: extends an active professional foster stay, once, on a recorded decision, to at most
 * the extended months of the policy in force. One transaction with its audit event.
 */
export async function extendPlacementStay(ctx: Context, input: ExtendPlacementStayInput): Promise<Placement> {
  return ctx.em.transactional(async (em) => {
    const placement = await getPlacement(ctx, input.placementId, em);
    if (placement.version !== input.version) throw conflict('The placement was changed by someone else; reload and try again');
    const outcome = extendedStay(placement, input, stayLimits(asMatchingPolicy(await currentPolicy(em))), today());
    if ('problem' in outcome) throw badInput(outcome.problem.field, outcome.problem.message);
    em.assign(placement, { endsOn: outcome.endsOn, extensionDecisionReference: input.decisionReference.trim(), extensionDecisionDate: input.decisionDate });
    recordAudit(em, ctx, {
      action: 'placement.extend-stay',
      entityName: 'Placement',
      entityId: placement.id,
      changedFields: ['endsOn', 'extensionDecisionReference', 'extensionDecisionDate'],
    });
    return withCurrentOverdue(em, placement);
  });
}

export const startPlacementIntroduction = (ctx: Context, input: PlacementStepInput) =>
  takeStep(ctx, input, { kind: 'START_INTRODUCTION' }, 'placement.start-introduction');

export const startPlacementTrial = (ctx: Context, input: PlacementStepInput) => takeStep(ctx, input, { kind: 'START_TRIAL' }, 'placement.start-trial');

export const approvePlacement = (ctx: Context, input: ApprovePlacementInput) =>
  takeStep(ctx, input, { kind: 'APPROVE', decisionKind: input.decisionKind, decisionReference: input.decisionReference, decisionDate: input.decisionDate }, 'placement.approve');

export const activatePlacement = (ctx: Context, input: ActivatePlacementInput) =>
  takeStep(ctx, input, { kind: 'ACTIVATE', startedAt: input.startedAt }, 'placement.activate');

export const endPlacement = (ctx: Context, input: EndPlacementInput) =>
  takeStep(ctx, input, { kind: 'END', reason: input.reason, endedAt: input.endedAt }, 'placement.end');
