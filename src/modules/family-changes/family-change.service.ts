import { LockMode, type FilterQuery } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { paginate, type PageArgs } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { badInput, conflict, forbidden, notFound, rejectProblems } from '../../shared/app-error.js';
import { today } from '../../shared/dates.js';
import { Role } from '../../shared/enums.js';
import { isUuid } from '../../shared/uuid.js';
import { recordAudit } from '../audit/audit.service.js';
import { assigneeOf } from '../casework/assignment.js';
import type { FamilyPreferencesInput, HousingInput } from '../families/family.inputs.js';
import { householdProblems, preferenceProblems } from '../families/family.rules.js';
import { getFamily, toHousing, toPreferences } from '../families/family.service.js';
import type { Family } from '../families/family.entity.js';
import { appliesChangeRequest } from '../history/change-origin.js';
import { RecordChange } from '../history/record-change.entity.js';
import { requireActor, scopeDistrict, scopeRegion } from '../identity/access-policy.js';
import { FamilyChangeRequest } from './family-change-request.entity.js';
import type { FamilyChangeRequestFilter, ReviewFamilyChangesInput, SubmitFamilyChangesInput } from './family-change.inputs.js';
import {
  alreadyReviewed,
  ChangeRequestStatus,
  changeableValues,
  decisionProblems,
  FieldDecision,
  mayReview,
  proposedFields,
  requestStatus,
  reviewedFields,
  supersededFields,
  valuesBefore,
  type FamilyChangeField,
  type FieldValues,
} from './family-change.rules.js';

/** The fields AVAILABILITY-CURRENT asks the family to keep confirming. */
const AVAILABILITY_FIELDS: readonly FamilyChangeField[] = ['acceptingPlacements', 'capacity'];

const STALE_REQUEST = 'The change request changed since you read it; reload and try again';
const STALE_FAMILY = 'The family record changed since you read it; reload and compare again';

/** The record's values of the fields a family may propose. */
export const currentValues = (family: Family): FieldValues => changeableValues(family as unknown as Record<FamilyChangeField, unknown>);

/**
 * The values the family read: the record's at the version it sent, its changes since undone from
 * the record history. Only changes up to the version loaded count, so a change committed meanwhile
 * cannot be undone from values that do not hold it yet.
 */
async function valuesAt(em: EntityManager, family: Family, version: number): Promise<FieldValues> {
  const current = currentValues(family);
  if (version === family.version) return current;
  const since = await em.find(RecordChange, { entityId: family.id, version: { $gt: version, $lte: family.version } }, { orderBy: { id: 'desc' } });
  return valuesBefore(current, since);
}

/** A family proposes changes to its own record: one change request, nothing of the record changed. */
export async function submitFamilyChanges(ctx: Context, input: SubmitFamilyChangesInput): Promise<FamilyChangeRequest> {
  const actor = requireActor(ctx.actor);
  if (actor.role !== Role.FAMILY || !actor.familyId) throw forbidden('Only a family account may propose changes to its own record');
  rejectProblems([...householdProblems(input, today()), ...(input.preferences ? preferenceProblems(input.preferences) : [])]);
  const familyId = actor.familyId;
  return ctx.em.transactional(async (em) => {
    const family = await getFamily(ctx, familyId, em);
    if (input.version > family.version) throw badInput('version', 'Your record has no such version yet; reload it');
    const fields = proposedFields(await valuesAt(em, family, input.version), input);
    if (fields.length === 0) throw badInput('version', 'Nothing to change: every value given is the one you read');
    const request = em.create(FamilyChangeRequest, { family, submittedBy: actor.userId, readVersion: input.version, fields });
    // Locked, so a review under way finishes first and this submit sees what it decided.
    const earlier = await em.find(FamilyChangeRequest, { family, status: ChangeRequestStatus.PENDING, id: { $ne: request.id } }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    for (const older of earlier) {
      const kept = supersededFields(older.fields, fields.map((field) => field.field), request.id);
      if (kept.every((field, index) => field === older.fields[index])) continue;
      older.fields = kept;
      older.status = requestStatus(kept);
      recordAudit(em, ctx, { action: 'family.supersede-changes', entityName: 'FamilyChangeRequest', entityId: older.id, changedFields: kept.filter((field) => field.supersededBy === request.id).map((field) => field.field) });
    }
    recordAudit(em, ctx, { action: 'family.submit-changes', entityName: 'FamilyChangeRequest', entityId: request.id, changedFields: fields.map((field) => field.field) });
    return request;
  });
}

/** A proposed value as the record holds it. */
function apply(family: Family, field: FamilyChangeField, value: unknown): void {
  if (field === 'housing') family.housing = toHousing(value as HousingInput);
  else if (field === 'preferences') family.preferences = toPreferences(value as FamilyPreferencesInput);
  else Object.assign(family, { [field]: value ?? undefined });
}

/**
 * The family's worker decides some fields of a request: an accepted value goes into the record
 * (the family's over staff's, in a conflict), a rejected one leaves it as it is. The request is
 * locked for the review, so two reviewers cannot both decide a field.
 */
export async function reviewFamilyChanges(ctx: Context, input: ReviewFamilyChangesInput): Promise<FamilyChangeRequest> {
  const actor = requireActor(ctx.actor);
  return ctx.em.transactional(async (em) => {
    const request = isUuid(input.id) ? await em.findOne(FamilyChangeRequest, { id: input.id }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
    if (!request) throw notFound('Change request');
    const family = await getFamily(ctx, request.family.id, em);
    if (!mayReview(actor, family.assignedWorker?.id)) throw forbidden('The family’s own worker or the region’s supervisor reviews its changes');
    if (request.version !== input.version) throw conflict(STALE_REQUEST);
    if (family.version !== input.familyVersion) throw conflict(STALE_FAMILY);
    rejectProblems(decisionProblems(request.fields, input.decisions));
    const again = alreadyReviewed(request.fields, input.decisions);
    if (again.length) throw conflict(`Already reviewed: ${again.join(', ')}`);
    request.fields = reviewedFields(request.fields, input.decisions, currentValues(family), actor.userId, new Date().toISOString());
    request.status = requestStatus(request.fields);
    const accepted = request.fields.filter((field) => field.decision === FieldDecision.ACCEPTED && input.decisions.some((decision) => decision.field === field.field));
    for (const field of accepted) apply(family, field.field, field.proposed);
    // The family stated its availability or capacity anew when it sent them: accepted, they count as confirmed from then.
    if (accepted.some((field) => AVAILABILITY_FIELDS.includes(field.field)) && request.createdAt > family.availabilityConfirmedAt) family.availabilityConfirmedAt = request.createdAt;
    recordAudit(em, ctx, { action: 'family.review-changes', entityName: 'FamilyChangeRequest', entityId: request.id, changedFields: input.decisions.map((decision) => decision.field) });
    if (accepted.length) {
      const event = recordAudit(em, ctx, { action: 'family.accept-changes', entityName: 'Family', entityId: family.id, changedFields: accepted.map((field) => field.field) });
      appliesChangeRequest(event, request.id);
    }
    return request;
  });
}

/** Change requests the caller may see: a family its own, staff those of the families of their region (and district). */
export function listFamilyChangeRequests(ctx: Context, filter: FamilyChangeRequestFilter = {}, page: PageArgs) {
  const actor = requireActor(ctx.actor);
  const conditions: FilterQuery<FamilyChangeRequest>[] = [];
  if (actor.role === Role.FAMILY) {
    if (!actor.familyId || (filter.familyId && filter.familyId !== actor.familyId)) throw forbidden();
    conditions.push({ family: actor.familyId });
  } else {
    const region = scopeRegion(actor, filter.regionCode);
    const district = scopeDistrict(actor);
    if (region) conditions.push({ family: { region: { code: region } } });
    if (district) conditions.push({ family: { district: { code: district } } });
    if (filter.familyId) conditions.push({ family: filter.familyId });
    const assignee = assigneeOf(actor, filter.assignedTo);
    if (assignee !== undefined) conditions.push({ family: { assignedWorker: assignee } });
  }
  if (filter.status?.length) conditions.push({ status: { $in: filter.status } });
  return paginate(ctx.em, FamilyChangeRequest, conditions.length ? { $and: conditions } : {}, page);
}

/** The requests of each family still waiting for a review, oldest first: one query per batch of families. */
export function pendingChangesLoader(em: EntityManager) {
  return new DataLoader<string, FamilyChangeRequest[]>(async (familyIds) => {
    const rows = await em.find(FamilyChangeRequest, { family: { $in: [...familyIds] }, status: ChangeRequestStatus.PENDING }, { orderBy: { id: 'asc' } });
    return familyIds.map((id) => rows.filter((row) => row.family.id === id));
  });
}
