import { ref, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { assigneeOf, registrarOf } from '../casework/assignment.js';
import { hashIin } from '../../db/encryption.js';
import type { Context } from '../../graphql/context.js';
import { identityColumns } from '../../graphql/person.inputs.js';
import { assertVisible, onlyVisible } from '../../graphql/record-guard.js';
import { paginate, paginateIds, type PageArgs } from '../../graphql/connection.js';
import type { IdentityCorrectionInput, PersonNameInput } from '../../graphql/person.inputs.js';
import { badInput, conflict, forbidden, notFound, possibleDuplicates, rejectProblems } from '../../shared/app-error.js';
import { addYears, today } from '../../shared/dates.js';
import { correctedIdentity } from '../../shared/identity-correction.js';
import { isNearName, normalizeSearchText, searchTerms } from '../../shared/search-text.js';
import { isUuid } from '../../shared/uuid.js';
import { recordAudit, suppliedFields } from '../audit/audit.service.js';
import type { Actor } from '../identity/actor.js';
import { assertRegionAccess, districtFor, districtLimit, regionLimit, requireActor, scopeDistrict, scopeRegion } from '../identity/access-policy.js';
import { rolesFor } from '../identity/authorization-matrix.js';
import { Institution } from '../institutions/institution.entity.js';
import { findDistrict, findRegion } from '../regions/region.service.js';
import { ChildStatus } from './child.enums.js';
import { Child } from './child.entity.js';
import type { ChildFilter, RecordDataBankExitInput, RecordDataBankRegistrationInput, RegisterChildInput, UpdateChildInput } from './child.inputs.js';
import { caseFileFieldsFiltered, caseFileMatcher, childFactProblems, dataBankExitProblem } from './child.rules.js';
import { CASE_FILE_READ_ACTION } from './child.type.js';
import { SiblingGroup } from './sibling-group.entity.js';
import { answeringDuplicates, DuplicateIdentity } from '../identity/duplicate-identity.js';
import { closeDataBankTask, openDataBankTask } from '../tasks/task.service.js';

/**
 * One answer for every duplicate, in the actor's region or not: it must not tell where the child
 * is. Staff who can see both records resolve it from the audit trail.
 */
export const DUPLICATE_IIN_MESSAGE = 'A child with this IIN is already in the data bank; the attempt was recorded and staff will resolve the duplicate';


/** Loads a child the actor may work with, or fails with NOT_FOUND / FORBIDDEN. */
export async function getChild(ctx: Context, id: string, em: EntityManager = ctx.em): Promise<Child> {
  requireActor(ctx.actor);
  const child = isUuid(id) ? await em.findOne(Child, { id }) : null;
  if (!child) throw notFound('Child');
  return assertVisible(ctx, 'Child', child);
}

export function childFilterQuery(ctx: Context, filter: ChildFilter = {}, on: string = today()): FilterQuery<Child> {
  const actor = requireActor(ctx.actor);
  const conditions: FilterQuery<Child>[] = [];
  const region = scopeRegion(actor, filter.regionCode);
  if (region) conditions.push({ region: { code: region } });
  const district = scopeDistrict(actor, filter.districtCode);
  if (district) conditions.push({ district: { code: district } });
  const assignee = assigneeOf(actor, filter.assignedTo);
  if (assignee !== undefined) conditions.push({ assignedWorker: assignee });
  if (filter.institutionId) conditions.push({ institution: filter.institutionId });
  if (filter.status?.length) conditions.push({ status: { $in: filter.status } });
  if (filter.sex) conditions.push({ sex: filter.sex });
  // Through the keyed hash: an IIN is never opened to be compared.
  if (filter.iin) conditions.push({ iinHash: hashIin(filter.iin) });
  // Age N in full years ⇔ born in (on − N − 1 years, on − N years].
  if (filter.ageMin != null) conditions.push({ birthDate: { $lte: addYears(on, -filter.ageMin) } });
  if (filter.ageMax != null) conditions.push({ birthDate: { $gt: addYears(on, -filter.ageMax - 1) } });
  for (const term of searchTerms(filter.search ?? '')) {
    conditions.push({ searchName: { $like: `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%` } });
  }
  return conditions.length ? { $and: conditions } : {};
}

/**
 * Legal status and special needs are sealed: a filter on them opens those two columns of every
 * child the rest of the filter (the caller's region first) selects, and keeps the matching ones.
 * It tells of every child returned what it filtered on (so does a filter by IIN), so it is for
 * those who may read those fields, and it is audited like reading them.
 */
export async function listChildren(ctx: Context, filter: ChildFilter = {}, page: PageArgs) {
  const where = childFilterQuery(ctx, filter);
  const fields = caseFileFieldsFiltered(filter);
  if (!fields.every((field) => rolesFor(`Child.${field}`).includes(ctx.actor!.role))) throw forbidden('Only staff who may read case files may filter by them');
  const matches = caseFileMatcher(filter);
  const candidates = matches && (await ctx.em.find(Child, where, { fields: ['legalStatus', 'specialNeeds'], orderBy: { id: 'asc' }, disableIdentityMap: true }));
  const connection = candidates ? await paginateIds(ctx.em, Child, candidates.filter(matches).map((child) => child.id), page) : await paginate(ctx.em, Child, where, page);
  for (const { node } of connection.edges) {
    for (const field of fields) ctx.auditedReads.add({ action: CASE_FILE_READ_ACTION, entityName: 'Child', entityId: node.id }, field);
  }
  return connection;
}

/** Whether every child of the group lies in the actor's region (and district); any group does for an actor of every region. */
export async function groupWithin(em: EntityManager, groupId: string, actor: Actor): Promise<boolean> {
  const [region, district] = [regionLimit(actor), districtLimit(actor)];
  if (region === undefined) return true;
  const outside: FilterQuery<Child>[] = [{ region: { $ne: region } }];
  if (district !== undefined) outside.push({ district: null }, { district: { $ne: district } });
  return (await em.count(Child, { siblingGroup: groupId, $or: outside })) === 0;
}

/** Where a child lives: in an institution, the institution's settlement; otherwise the settlement given (null: unknown, undefined: unchanged). */
async function homeOf(em: EntityManager, institutionId: string | undefined, settlement: string | null | undefined) {
  if (!institutionId) return { institution: undefined, settlement };
  const institution = await em.findOne(Institution, { id: institutionId });
  if (!institution) throw badInput('institutionId', 'Unknown institution');
  if (settlement !== undefined && settlement !== institution.settlement) {
    throw badInput('settlement', 'A child in an institution lives in the institution’s settlement');
  }
  return { institution, settlement: institution.settlement };
}

async function siblingGroupFor(em: EntityManager, actor: Actor, input: RegisterChildInput, regionCode: string): Promise<SiblingGroup | undefined> {
  if (input.siblingGroupId && input.siblingOfChildId) {
    throw badInput('siblingGroupId', 'Give either siblingGroupId or siblingOfChildId, not both');
  }
  if (input.siblingGroupId) {
    const group = await em.findOne(SiblingGroup, { id: input.siblingGroupId });
    // A group reaching into another region is answered like an unknown one: no probing for ids.
    if (!group || !(await groupWithin(em, group.id, actor))) throw badInput('siblingGroupId', 'Unknown sibling group');
    return group;
  }
  if (input.siblingOfChildId) {
    const sibling = await em.findOne(Child, { id: input.siblingOfChildId });
    const limit = districtLimit(actor);
    if (!sibling || sibling.region.code !== regionCode || (limit !== undefined && sibling.district?.code !== limit)) {
      throw badInput('siblingOfChildId', 'Unknown child in this region');
    }
    if (!sibling.siblingGroup) {
      const group = em.create(SiblingGroup, {});
      sibling.siblingGroup = ref(group);
      return group;
    }
    // The sibling is the actor's own, so its group is no secret; its brothers and sisters elsewhere are.
    if (!(await groupWithin(em, sibling.siblingGroup.id, actor))) {
      throw forbidden('The sibling group includes children of another region: an administrator adds children to it');
    }
    return sibling.siblingGroup.loadOrFail();
  }
  return undefined;
}

/**
 * Registers a child. Everything else is checked before the IIN, so a duplicate is the last
 * answer a registration can get; each duplicate is audited and the attempts are throttled.
 */
export async function registerChild(ctx: Context, input: RegisterChildInput): Promise<Child> {
  const actor = requireActor(ctx.actor);
  return answeringDuplicates(ctx, actor, 'child.register-duplicate', async () => {
    assertRegionAccess(actor, input.regionCode);
    districtFor(actor, input.districtCode);
    rejectProblems(childFactProblems(input, today(), new Date()));
    if (input.status !== ChildStatus.AWAITING_PLACEMENT && input.status !== ChildStatus.IN_INSTITUTION) {
      throw badInput('status', 'A new child is awaiting placement or in an institution');
    }
    return ctx.em.transactional((em) => writeChild(em, ctx, actor, input));
  });
}

/**
 * Children the actor may see who are likely the one being registered: born the same day, with a
 * near name (search-text.ts). Only visible ones count, so the answer tells nothing of other
 * regions; an IIN registered elsewhere is the generic duplicate above.
 */
async function likelyDuplicates(em: EntityManager, ctx: Context, person: PersonNameInput): Promise<Child[]> {
  const region = regionLimit(requireActor(ctx.actor));
  const born = await em.find(Child, { birthDate: person.birthDate, ...(region === undefined ? {} : { region: { code: region } }) }, { orderBy: { id: 'asc' } });
  const name = `${person.lastName} ${person.firstName}`;
  return onlyVisible(ctx, 'Child', born.filter((child) => isNearName(`${child.lastName} ${child.firstName}`, name)));
}

async function writeChild(em: EntityManager, ctx: Context, actor: Actor, input: RegisterChildInput): Promise<Child> {
  const region = await findRegion(em, input.regionCode);
  const districtCode = districtFor(actor, input.districtCode);
  const district = districtCode ? await findDistrict(em, districtCode, region.code) : undefined;
  const home = await homeOf(em, input.institutionId, input.settlement);
  const siblingGroup = await siblingGroupFor(em, actor, input, region.code);
  const duplicates = await likelyDuplicates(em, ctx, input);
  if (duplicates.length > 0 && !input.confirmNotDuplicate) throw possibleDuplicates('confirmNotDuplicate', 'A child', duplicates.map((child) => child.id));
  await refuseDuplicateIin(em, input.iin);
  const child = em.create(Child, {
    ...identityColumns(input),
    region,
    district,
    assignedWorker: registrarOf(actor),
    settlement: home.settlement ?? undefined,
    institution: home.institution,
    legalStatus: input.legalStatus,
    registeredAt: input.registeredAt,
    identifiedAt: input.identifiedAt ?? new Date(),
    healthGroup: input.healthGroup,
    specialNeeds: [...new Set(input.specialNeeds)],
    healthNotes: input.healthNotes,
    languages: [...new Set(input.languages)],
    siblingGroup,
    status: input.status,
    caseNotes: input.caseNotes,
  });
  openDataBankTask(em, child);
  recordAudit(em, ctx, { action: 'child.register', entityName: 'Child', entityId: child.id, changedFields: suppliedFields(input) });
  // The worker said these are someone else: on record with each of them, for whoever finds them alike later.
  for (const other of duplicates) recordAudit(em, ctx, { action: 'child.dismiss-duplicate', entityName: 'Child', entityId: other.id, changedFields: ['confirmNotDuplicate'] });
  return child;
}

async function refuseDuplicateIin(em: EntityManager, iin: string): Promise<void> {
  const existing = await em.findOne(Child, { iinHash: hashIin(iin) }, { fields: ['id'] });
  if (existing) throw new DuplicateIdentity('Child', existing.id, DUPLICATE_IIN_MESSAGE);
}

/**
 * Corrects a child's IIN, names, birth date or sex, with the reason. The IIN must still agree
 * with birth date and sex; a new IIN already in the data bank is the duplicate of registration.
 */
export async function correctChildIdentity(ctx: Context, input: IdentityCorrectionInput): Promise<Child> {
  const actor = requireActor(ctx.actor);
  return answeringDuplicates(ctx, actor, 'child.correct-duplicate', () =>
    ctx.em.transactional(async (em) => {
      const child = await getChild(ctx, input.id, em);
      if (child.version !== input.version) throw conflict('The child was changed by someone else; reload and try again');
      const { after, changed } = correctedIdentity(child, input);
      rejectProblems(childFactProblems({ ...after, iin: after.iin!, registeredAt: child.registeredAt }, today()));
      if (changed.includes('iin')) await refuseDuplicateIin(em, after.iin!);
      Object.assign(child, after);
      child.searchName = normalizeSearchText(child.lastName, child.firstName, child.middleName);
      recordAudit(em, ctx, { action: 'child.correct-identity', entityName: 'Child', entityId: child.id, changedFields: changed, reason: input.reason });
      return child;
    }),
  );
}

export async function updateChild(ctx: Context, input: UpdateChildInput): Promise<Child> {
  const actor = requireActor(ctx.actor);
  return ctx.em.transactional(async (em) => {
    const child = await getChild(ctx, input.id, em);
    if (child.version !== input.version) throw conflict('The child was changed by someone else; reload and try again');
    if (input.regionCode != null && input.regionCode !== child.region.code) {
      // Transfer to another region: the actor must be allowed in both.
      assertRegionAccess(actor, input.regionCode);
      child.region = ref(await findRegion(em, input.regionCode));
      // A district is of one region: a transfer leaves the child at the new region's level unless one is named.
      if (input.districtCode === undefined) child.district = undefined;
    }
    if (input.districtCode !== undefined) {
      const code = districtFor(actor, input.districtCode);
      child.district = code ? ref(await findDistrict(em, code, child.region.code)) : undefined;
    }
    if (input.institutionId !== undefined || input.settlement !== undefined) {
      const inCare = child.status === ChildStatus.AWAITING_PLACEMENT || child.status === ChildStatus.IN_INSTITUTION;
      const institutionId = input.institutionId === undefined ? (inCare ? child.institution?.id : undefined) : (input.institutionId ?? undefined);
      const home = await homeOf(em, institutionId, input.settlement);
      if (input.institutionId !== undefined) child.institution = home.institution ? ref(home.institution) : undefined;
      if (home.settlement !== undefined) child.settlement = home.settlement ?? undefined;
    }
    if (input.lastName != null) child.lastName = input.lastName;
    if (input.firstName != null) child.firstName = input.firstName;
    if (input.middleName !== undefined) child.middleName = input.middleName ?? undefined;
    child.searchName = normalizeSearchText(child.lastName, child.firstName, child.middleName);
    if (input.legalStatus != null) child.legalStatus = input.legalStatus;
    if (input.healthGroup != null) child.healthGroup = input.healthGroup;
    if (input.specialNeeds != null) child.specialNeeds = [...new Set(input.specialNeeds)];
    if (input.healthNotes !== undefined) child.healthNotes = input.healthNotes ?? undefined;
    if (input.languages != null) child.languages = [...new Set(input.languages)];
    if (input.caseNotes !== undefined) child.caseNotes = input.caseNotes ?? undefined;
    recordAudit(em, ctx, { action: 'child.update', entityName: 'Child', entityId: child.id, changedFields: suppliedFields(input) });
    return child;
  });
}

export async function recordDataBankExit(ctx: Context, input: RecordDataBankExitInput): Promise<Child> {
  return ctx.em.transactional(async (em) => {
    const child = await getChild(ctx, input.childId, em);
    if (child.version !== input.version) throw conflict('The child was changed by someone else; reload and try again');
    rejectProblems([dataBankExitProblem(child.status, input.reason, input.exitedAt, child.birthDate, today())]);
    child.status = ChildStatus.LEFT_DATA_BANK;
    child.exitReason = input.reason;
    child.exitedAt = input.exitedAt;
    recordAudit(em, ctx, { action: 'child.exit-data-bank', entityName: 'Child', entityId: child.id, changedFields: ['status', 'exitReason', 'exitedAt'] });
    return child;
  });
}


/** The child is entered in the Republican Data Bank (once): its task is done in the same transaction. */
export async function recordDataBankRegistration(ctx: Context, input: RecordDataBankRegistrationInput): Promise<Child> {
  return ctx.em.transactional(async (em) => {
    const child = await getChild(ctx, input.childId, em);
    if (child.version !== input.version) throw conflict('The child was changed by someone else; reload and try again');
    if (child.dataBankRegisteredAt) throw conflict('The child is already entered in the data bank');
    child.dataBankRegisteredAt = new Date();
    child.dataBankNumber = input.registrationNumber ?? undefined;
    await closeDataBankTask(em, child.id);
    recordAudit(em, ctx, { action: 'child.record-data-bank-registration', entityName: 'Child', entityId: child.id, changedFields: ['dataBankRegisteredAt', ...(input.registrationNumber ? ['dataBankNumber'] : [])] });
    return child;
  });
}
