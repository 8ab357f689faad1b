import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { assigneeOf, registrarOf } from '../casework/assignment.js';
import { hashIin } from '../../db/encryption.js';
import type { Context } from '../../graphql/context.js';
import { identityColumns } from '../../graphql/person.inputs.js';
import type { IdentityCorrectionInput } from '../../graphql/person.inputs.js';
import { assertVisible } from '../../graphql/record-guard.js';
import { paginate, type PageArgs } from '../../graphql/connection.js';
import { conflict, notFound, rejectProblems } from '../../shared/app-error.js';
import { today } from '../../shared/dates.js';
import { isUuid } from '../../shared/uuid.js';
import { correctedIdentity } from '../../shared/identity-correction.js';
import { normalizeSearchText, searchTerms } from '../../shared/search-text.js';
import { recordAudit, suppliedFields } from '../audit/audit.service.js';
import { assertRegionAccess, requireActor, scopeRegion } from '../identity/access-policy.js';
import { answeringDuplicates, DuplicateIdentity } from '../identity/duplicate-identity.js';
import { MentorshipStatus } from '../mentorships/mentorship.enums.js';
import { Mentorship } from '../mentorships/mentorship.entity.js';
import { Region } from '../regions/region.entity.js';
import { findRegion } from '../regions/region.service.js';
import { Mentor } from './mentor.entity.js';
import type { MentorFilter, RegisterMentorInput, UpdateMentorInput } from './mentor.inputs.js';
import { menteeLimitProblem, mentorFactProblems } from './mentor.rules.js';

/** One answer wherever the other mentor is: the attempt is audited and throttled (duplicate-identity.ts). */
const DUPLICATE_MENTOR = 'A mentor with this IIN is already registered; the attempt was recorded and staff will resolve it';



/** Loads a mentor of the actor's region, or fails with NOT_FOUND / FORBIDDEN. */
export async function getMentor(ctx: Context, id: string, em: EntityManager = ctx.em): Promise<Mentor> {
  requireActor(ctx.actor);
  const mentor = isUuid(id) ? await em.findOne(Mentor, { id }) : null;
  if (!mentor) throw notFound('Mentor');
  return assertVisible(ctx, 'Mentor', mentor);
}

export function mentorFilterQuery(ctx: Context, filter: MentorFilter = {}): FilterQuery<Mentor> {
  const actor = requireActor(ctx.actor);
  const conditions: FilterQuery<Mentor>[] = [];
  const region = scopeRegion(actor, filter.regionCode);
  if (region) conditions.push({ region: { code: region } });
  const assignee = assigneeOf(actor, filter.assignedTo);
  if (assignee !== undefined) conditions.push({ assignedWorker: assignee });
  if (filter.available != null) conditions.push({ available: filter.available });
  // Through the keyed hash: an IIN is never opened to be compared.
  if (filter.iin) conditions.push({ iinHash: hashIin(filter.iin) });
  if (filter.languages?.length) conditions.push({ languages: { $overlap: filter.languages } });
  for (const term of searchTerms(filter.search ?? '')) {
    conditions.push({ searchName: { $like: `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%` } });
  }
  return conditions.length ? { $and: conditions } : {};
}

export function listMentors(ctx: Context, filter: MentorFilter | undefined, page: PageArgs) {
  return paginate(ctx.em, Mentor, mentorFilterQuery(ctx, filter), page);
}

export async function registerMentor(ctx: Context, input: RegisterMentorInput): Promise<Mentor> {
  const actor = requireActor(ctx.actor);
  assertRegionAccess(actor, input.regionCode);
  rejectProblems(mentorFactProblems(input, today()));
  return answeringDuplicates(ctx, actor, 'mentor.register-duplicate', () => ctx.em.transactional(async (em) => {
    const region = await findRegion(em, input.regionCode);
    await refuseRegisteredMentor(em, input.iin);
    const mentor = em.create(Mentor, {
      ...identityColumns(input),
      citizenship: input.citizenship,
      region,
      assignedWorker: registrarOf(actor),
      city: input.city,
      trainingCertificateDate: input.trainingCertificateDate,
      backgroundCheckResult: input.backgroundCheckResult,
      backgroundCheckDate: input.backgroundCheckDate,
      languages: [...new Set(input.languages)],
      interests: [...new Set(input.interests.map((interest) => interest.trim()).filter(Boolean))],
      maxMentees: input.maxMentees,
      available: input.available,
      contactPhone: input.contactPhone,
      contactEmail: input.contactEmail,
    });
    recordAudit(em, ctx, { action: 'mentor.register', entityName: 'Mentor', entityId: mentor.id, changedFields: suppliedFields(input) });
    return mentor;
  }));
}

export async function updateMentor(ctx: Context, input: UpdateMentorInput): Promise<Mentor> {
  const actor = requireActor(ctx.actor);
  return ctx.em.transactional(async (em) => {
    const mentor = await getMentor(ctx, input.id, em);
    if (mentor.version !== input.version) throw conflict('The mentor was changed by someone else; reload and try again');
    // The whole record is re-checked as it would be after the change, before anything is assigned.
    const after = {
      iin: mentor.iin,
      birthDate: mentor.birthDate,
      sex: mentor.sex,
      citizenship: input.citizenship ?? mentor.citizenship,
      maxMentees: input.maxMentees ?? mentor.maxMentees,
      trainingCertificateDate: input.trainingCertificateDate === undefined ? mentor.trainingCertificateDate : input.trainingCertificateDate,
      backgroundCheckDate: input.backgroundCheckDate === undefined ? mentor.backgroundCheckDate : input.backgroundCheckDate,
    };
    const active = input.maxMentees != null ? await em.count(Mentorship, { mentor, status: MentorshipStatus.ACTIVE }) : 0;
    rejectProblems([...mentorFactProblems(after, today()), menteeLimitProblem(after.maxMentees, active)]);
    if (input.regionCode != null && input.regionCode !== mentor.region.code) {
      // Moving a mentor to another region: the actor must be allowed in both.
      assertRegionAccess(actor, input.regionCode);
      mentor.region = em.getReference(Region, (await findRegion(em, input.regionCode)).code, { wrapped: true });
    }
    if (input.lastName != null) mentor.lastName = input.lastName;
    if (input.firstName != null) mentor.firstName = input.firstName;
    if (input.middleName !== undefined) mentor.middleName = input.middleName ?? undefined;
    mentor.searchName = normalizeSearchText(mentor.lastName, mentor.firstName, mentor.middleName);
    if (input.citizenship != null) mentor.citizenship = input.citizenship;
    if (input.city != null) mentor.city = input.city;
    if (input.trainingCertificateDate !== undefined) mentor.trainingCertificateDate = input.trainingCertificateDate ?? undefined;
    if (input.backgroundCheckResult != null) mentor.backgroundCheckResult = input.backgroundCheckResult;
    if (input.backgroundCheckDate !== undefined) mentor.backgroundCheckDate = input.backgroundCheckDate ?? undefined;
    if (input.languages != null) mentor.languages = [...new Set(input.languages)];
    if (input.interests != null) mentor.interests = [...new Set(input.interests.map((interest) => interest.trim()).filter(Boolean))];
    if (input.maxMentees != null) mentor.maxMentees = input.maxMentees;
    if (input.available != null) mentor.available = input.available;
    if (input.contactPhone !== undefined) mentor.contactPhone = input.contactPhone ?? undefined;
    if (input.contactEmail !== undefined) mentor.contactEmail = input.contactEmail ?? undefined;
    recordAudit(em, ctx, { action: 'mentor.update', entityName: 'Mentor', entityId: mentor.id, changedFields: suppliedFields(input) });
    return mentor;
  });
}

/** Corrects a mentor's IIN, names, birth date or sex, with the reason; the IIN must still agree with birth date and sex. */
export async function correctMentorIdentity(ctx: Context, input: IdentityCorrectionInput): Promise<Mentor> {
  const actor = requireActor(ctx.actor);
  return answeringDuplicates(ctx, actor, 'mentor.correct-duplicate', () => ctx.em.transactional(async (em) => {
    const mentor = await getMentor(ctx, input.id, em);
    if (mentor.version !== input.version) throw conflict('The mentor was changed by someone else; reload and try again');
    const { after, changed } = correctedIdentity(mentor, input);
    rejectProblems(mentorFactProblems({ ...mentor, ...after, iin: after.iin! }, today()));
    if (changed.includes('iin')) await refuseRegisteredMentor(em, after.iin!);
    Object.assign(mentor, after);
    mentor.searchName = normalizeSearchText(mentor.lastName, mentor.firstName, mentor.middleName);
    recordAudit(em, ctx, { action: 'mentor.correct-identity', entityName: 'Mentor', entityId: mentor.id, changedFields: changed, reason: input.reason });
    return mentor;
  }));
}

async function refuseRegisteredMentor(em: EntityManager, iin: string): Promise<void> {
  const existing = await em.findOne(Mentor, { iinHash: hashIin(iin) }, { fields: ['id'] });
  if (existing) throw new DuplicateIdentity('Mentor', existing.id, DUPLICATE_MENTOR);
}
