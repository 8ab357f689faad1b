import { ref, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { assigneeOf, registrarOf } from '../casework/assignment.js';
import { hashIin, hashPassport } from '../../db/encryption.js';
import type { Context } from '../../graphql/context.js';
import type { ApplicantIdentityCorrectionInput, PersonNameInput } from '../../graphql/person.inputs.js';
import { assertVisible, onlyVisible } from '../../graphql/record-guard.js';
import { paginate, type PageArgs } from '../../graphql/connection.js';
import { badInput, conflict, forbidden, notFound, possibleDuplicates, rejectProblems } from '../../shared/app-error.js';
import { today } from '../../shared/dates.js';
import { Role } from '../../shared/enums.js';
import { isUuid } from '../../shared/uuid.js';
import { correctedIdentity } from '../../shared/identity-correction.js';
import { normalizePassportNumber } from '../../shared/passport.js';
import { isNearName, normalizeSearchText, searchTerms } from '../../shared/search-text.js';
import { recordAudit, suppliedFields } from '../audit/audit.service.js';
import { Child } from '../children/child.entity.js';
import { assertRegionAccess, districtFor, regionLimit, requireActor, scopeDistrict, scopeRegion } from '../identity/access-policy.js';
import { answeringDuplicates, DuplicateIdentity } from '../identity/duplicate-identity.js';
import { checksRequiredForApproval } from '../matching/matching-policy.service.js';
import { findDistrict, findRegion } from '../regions/region.service.js';
import { FamilyPreferences, Housing, type HouseholdMember } from './family.embeddables.js';
import { AssessmentStatus } from './family.enums.js';
import { Family } from './family.entity.js';
import { FamilyApplicant } from './family-applicant.entity.js';
import { FamilyKinship } from './family-kinship.entity.js';
import type {
  FamilyFilter,
  FamilyPreferencesInput,
  HouseholdMemberInput,
  HousingInput,
  RecordApplicantChecksInput,
  RecordFamilyAssessmentInput,
  RegisterFamilyInput,
  UpdateFamilyInput,
} from './family.inputs.js';
import {
  applicantProblems,
  type ApplicantFacts,
  approvalCheckGaps,
  approvalProblems,
  approvalTerm,
  assessmentProblems,
  checkDateProblems,
  describeCheckGaps,
  householdProblems,
  mergeChecks,
  preferenceProblems,
} from './family.rules.js';

const STALE = 'The family was changed by someone else; reload and try again';


/** The list as kept: only the parts of each member, names trimmed (inputs may carry more). */
export const toHouseholdMembers = (members: readonly HouseholdMemberInput[]): HouseholdMember[] =>
  members.map((member) => ({ fullName: member.fullName.trim(), relation: member.relation, birthYear: member.birthYear }));

export const toHousing = (input: HousingInput) => Object.assign(new Housing(), { kind: input.kind, areaSqm: input.areaSqm, rooms: input.rooms });

/** A fresh embeddable, so a preference left out of the input goes back to its default instead of keeping an old value. */
export function toPreferences(input: FamilyPreferencesInput): FamilyPreferences {
  return Object.assign(new FamilyPreferences(), {
    childAgeMin: input.childAgeMin,
    childAgeMax: input.childAgeMax,
    childSex: input.childSex ?? undefined,
    maxChildren: input.maxChildren,
    acceptsSiblings: input.acceptsSiblings,
    specialNeedsAccepted: [...new Set(input.specialNeedsAccepted)],
    languages: [...new Set(input.languages)],
  });
}

/** The family as written, read back: the status it reads as is the database's to compute from the decision and its dates. */
async function withCurrentStatus(em: EntityManager, family: Family): Promise<Family> {
  await em.flush();
  return em.refreshOrFail(family);
}

/** Loads a family the actor may see, or fails with NOT_FOUND / FORBIDDEN. */
export async function getFamily(ctx: Context, id: string, em: EntityManager = ctx.em): Promise<Family> {
  const actor = requireActor(ctx.actor);
  // A family learns nothing about other records, not even whether an id exists.
  if (actor.role === Role.FAMILY && actor.familyId !== id) throw forbidden();
  const family = isUuid(id) ? await em.findOne(Family, { id }) : null;
  if (!family) throw notFound('Family');
  return assertVisible(ctx, 'Family', family);
}

/** The signed-in family's own record; null when the account is not linked to one. */
export async function getMyFamily(ctx: Context): Promise<Family | null> {
  const actor = requireActor(ctx.actor);
  return actor.familyId ? getFamily(ctx, actor.familyId) : null;
}

export function familyFilterQuery(ctx: Context, filter: FamilyFilter = {}): FilterQuery<Family> {
  const actor = requireActor(ctx.actor);
  const conditions: FilterQuery<Family>[] = [];
  const region = scopeRegion(actor, filter.regionCode);
  if (region) conditions.push({ region: { code: region } });
  const district = scopeDistrict(actor, filter.districtCode);
  if (district) conditions.push({ district: { code: district } });
  const assignee = assigneeOf(actor, filter.assignedTo);
  if (assignee !== undefined) conditions.push({ assignedWorker: assignee });
  if (filter.assessmentStatus?.length) conditions.push({ assessmentStatus: { $in: filter.assessmentStatus } });
  if (filter.forms?.length) conditions.push({ forms: { $overlap: filter.forms } });
  if (filter.acceptingPlacements != null) conditions.push({ acceptingPlacements: filter.acceptingPlacements });
  // Through the keyed hash: an IIN is never opened to be compared.
  if (filter.iin) conditions.push({ applicants: { iinHash: hashIin(filter.iin) } });
  for (const term of searchTerms(filter.search ?? '')) {
    conditions.push({ searchName: { $like: `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%` } });
  }
  return conditions.length ? { $and: conditions } : {};
}

export function listFamilies(ctx: Context, filter: FamilyFilter | undefined, page: PageArgs) {
  return paginate(ctx.em, Family, familyFilterQuery(ctx, filter), page);
}


/** Kinship children must be data-bank children of the family's own region, each named once. */
async function kinshipChildren(em: EntityManager, input: RegisterFamilyInput, regionCode: string): Promise<Child[]> {
  const ids = input.kinships.map((kinship) => kinship.childId);
  const repeated = ids.findIndex((id, index) => ids.indexOf(id) !== index);
  if (repeated >= 0) throw badInput(`kinships.${repeated}.childId`, 'The same child is listed twice');
  const children = ids.length ? await em.find(Child, { id: { $in: ids }, region: { code: regionCode } }) : [];
  const found = new Map(children.map((child) => [child.id, child]));
  return ids.map((id, index) => {
    const child = found.get(id);
    if (!child) throw badInput(`kinships.${index}.childId`, 'Unknown child in this region');
    return child;
  });
}

export async function registerFamily(ctx: Context, input: RegisterFamilyInput): Promise<Family> {
  const actor = requireActor(ctx.actor);
  assertRegionAccess(actor, input.regionCode);
  const districtCode = districtFor(actor, input.districtCode);
  const on = today();
  rejectProblems([
    ...applicantProblems(input.applicants, on),
    ...householdProblems(input, on),
    ...preferenceProblems(input.preferences),
  ]);
  return answeringDuplicates(ctx, actor, 'family.register-duplicate', () => ctx.em.transactional(async (em) => {
    const region = await findRegion(em, input.regionCode);
    const district = districtCode ? await findDistrict(em, districtCode, region.code) : undefined;
    const relatives = await kinshipChildren(em, input, region.code);
    const duplicates = await likelyDuplicateFamilies(em, ctx, input.applicants);
    if (duplicates.length > 0 && !input.confirmNotDuplicate) throw possibleDuplicates('confirmNotDuplicate', 'An applicant', duplicates.map((other) => other.id));
    await refuseRegisteredApplicants(em, input.applicants);
    const family = em.create(Family, {
      forms: [...new Set(input.forms)],
      region,
      district,
      assignedWorker: registrarOf(actor),
      settlement: input.settlement,
      searchName: normalizeSearchText(...input.applicants.flatMap((a) => [a.lastName, a.firstName, a.middleName])),
      monthlyIncome: input.monthlyIncome,
      housing: toHousing(input.housing),
      decidedStatus: AssessmentStatus.APPLIED,
      trainingCertificateDate: input.trainingCertificateDate,
      preferences: toPreferences(input.preferences),
      capacity: input.capacity,
      childrenInHousehold: input.childrenInHousehold,
      householdMembers: toHouseholdMembers(input.householdMembers),
      contactPhone: input.contactPhone,
      contactEmail: input.contactEmail,
      address: input.address,
      acceptingPlacements: true,
    });
    input.applicants.forEach((applicant, index) =>
      em.create(FamilyApplicant, {
        family,
        position: index + 1,
        iin: applicant.iin ?? undefined,
        passportNumber: applicant.passport ? normalizePassportNumber(applicant.passport.number) : undefined,
        passportCountry: applicant.passport?.country,
        lastName: applicant.lastName,
        firstName: applicant.firstName,
        middleName: applicant.middleName,
        birthDate: applicant.birthDate,
        sex: applicant.sex,
        citizenship: applicant.citizenship,
        residesInKazakhstan: applicant.residesInKazakhstan,
        maritalStatus: applicant.maritalStatus,
        checks: applicant.checks.map((check) => ({ kind: check.kind, result: check.result, checkedAt: check.checkedAt, detail: check.detail })),
      }),
    );
    input.kinships.forEach((kinship, index) => em.create(FamilyKinship, { family, child: relatives[index]!, relation: kinship.relation }));
    recordAudit(em, ctx, { action: 'family.register', entityName: 'Family', entityId: family.id, changedFields: suppliedFields(input) });
    // The worker said these are someone else: on record with each of them.
    for (const other of duplicates) recordAudit(em, ctx, { action: 'family.dismiss-duplicate', entityName: 'Family', entityId: other.id, changedFields: ['confirmNotDuplicate'] });
    return withCurrentStatus(em, family);
  }));
}

/** One answer wherever the other applicant's family is: the attempt is audited and throttled (duplicate-identity.ts). */
const DUPLICATE_APPLICANT_IIN = 'An applicant with this IIN already belongs to a registered family; the attempt was recorded and staff will resolve it';
const DUPLICATE_APPLICANT_PASSPORT = 'An applicant with this passport already belongs to a registered family; the attempt was recorded and staff will resolve it';

/** One person, one candidate record: a re-application re-opens the old record instead. */
async function refuseRegisteredApplicants(em: EntityManager, applicants: Pick<ApplicantFacts, 'iin' | 'passport'>[], except?: FamilyApplicant): Promise<void> {
  const iins = applicants.flatMap((applicant) => (applicant.iin ? [hashIin(applicant.iin)] : []));
  const passports = applicants.flatMap((applicant) => (applicant.passport ? [hashPassport(applicant.passport.country, applicant.passport.number)] : []));
  const others = except ? { id: { $ne: except.id } } : {};
  const byIin = iins.length ? await em.findOne(FamilyApplicant, { iinHash: { $in: iins }, ...others }, { fields: ['id'] }) : null;
  if (byIin) throw new DuplicateIdentity('FamilyApplicant', byIin.id, DUPLICATE_APPLICANT_IIN);
  const byPassport = passports.length ? await em.findOne(FamilyApplicant, { passportHash: { $in: passports }, ...others }, { fields: ['id'] }) : null;
  if (byPassport) throw new DuplicateIdentity('FamilyApplicant', byPassport.id, DUPLICATE_APPLICANT_PASSPORT, 'passport');
}

/**
 * Families the actor may see with an applicant likely one of those applying: born the same day,
 * with a near name. Only visible ones count, so the answer tells nothing of other regions.
 */
async function likelyDuplicateFamilies(em: EntityManager, ctx: Context, applicants: PersonNameInput[]): Promise<Family[]> {
  const region = regionLimit(requireActor(ctx.actor));
  const born = await em.find(
    FamilyApplicant,
    { birthDate: { $in: applicants.map((applicant) => applicant.birthDate) }, ...(region === undefined ? {} : { family: { region: { code: region } } }) },
    { populate: ['family'], orderBy: { id: 'asc' } },
  );
  const near = born.filter((existing) =>
    applicants.some((applicant) => applicant.birthDate === existing.birthDate && isNearName(`${existing.lastName} ${existing.firstName}`, `${applicant.lastName} ${applicant.firstName}`)),
  );
  return onlyVisible(ctx, 'Family', [...new Set(near.map((existing) => existing.family.getEntity()))]);
}

const applicantFacts = (applicant: FamilyApplicant): ApplicantFacts => ({
  ...applicant,
  passport: applicant.passportNumber && applicant.passportCountry ? { number: applicant.passportNumber, country: applicant.passportCountry } : null,
});

/** Corrects one applicant's IIN, names, birth date or sex, with the reason; the IIN must still agree with birth date and sex. */
export async function correctApplicantIdentity(ctx: Context, input: ApplicantIdentityCorrectionInput): Promise<Family> {
  const actor = requireActor(ctx.actor);
  return answeringDuplicates(ctx, actor, 'family-applicant.correct-duplicate', () => ctx.em.transactional(async (em) => {
    const family = await getFamily(ctx, input.id, em);
    if (family.version !== input.version) throw conflict(STALE);
    const applicants = await em.find(FamilyApplicant, { family }, { orderBy: { position: 'asc' } });
    const applicant = applicants.find((candidate) => candidate.id === input.applicantId);
    if (!applicant) throw badInput('applicantId', 'No such applicant in this family');
    const { after, changed } = correctedIdentity(applicant, input);
    const facts = applicants.map((each) => (each === applicant ? { ...applicantFacts(each), ...after } : applicantFacts(each)));
    // The input names the applicant's fields directly, not by their place in the family.
    rejectProblems(applicantProblems(facts, today()).map((problem) => ({ ...problem, field: problem.field.replace(/^applicants\.\d+\./, '') })));
    if (changed.includes('iin')) await refuseRegisteredApplicants(em, [after], applicant);
    Object.assign(applicant, after);
    family.searchName = normalizeSearchText(...applicants.flatMap((each) => [each.lastName, each.firstName, each.middleName]));
    family.updatedAt = new Date();
    recordAudit(em, ctx, { action: 'family.correct-applicant-identity', entityName: 'FamilyApplicant', entityId: applicant.id, changedFields: changed, reason: input.reason });
    return withCurrentStatus(em, family);
  }));
}

export async function updateFamily(ctx: Context, input: UpdateFamilyInput): Promise<Family> {
  const on = today();
  rejectProblems([
    ...householdProblems(input, on),
    ...(input.preferences ? preferenceProblems(input.preferences) : []),
  ]);
  return ctx.em.transactional(async (em) => {
    const family = await getFamily(ctx, input.id, em);
    if (family.version !== input.version) throw conflict(STALE);
    if (input.forms != null) family.forms = [...new Set(input.forms)];
    if (input.districtCode !== undefined) {
      const code = districtFor(requireActor(ctx.actor), input.districtCode);
      family.district = code ? ref(await findDistrict(em, code, family.region.code)) : undefined;
    }
    if (input.settlement != null) family.settlement = input.settlement;
    if (input.monthlyIncome != null) family.monthlyIncome = input.monthlyIncome;
    if (input.housing != null) family.housing = toHousing(input.housing);
    if (input.trainingCertificateDate !== undefined) family.trainingCertificateDate = input.trainingCertificateDate ?? undefined;
    if (input.preferences != null) family.preferences = toPreferences(input.preferences);
    if (input.capacity != null) family.capacity = input.capacity;
    if (input.childrenInHousehold != null) family.childrenInHousehold = input.childrenInHousehold;
    if (input.householdMembers != null) family.householdMembers = toHouseholdMembers(input.householdMembers);
    if (input.contactPhone !== undefined) family.contactPhone = input.contactPhone ?? undefined;
    if (input.contactEmail !== undefined) family.contactEmail = input.contactEmail ?? undefined;
    if (input.address !== undefined) family.address = input.address ?? undefined;
    recordAudit(em, ctx, { action: 'family.update', entityName: 'Family', entityId: family.id, changedFields: suppliedFields(input) });
    return family;
  });
}

/** Moves a family through its assessment; approval opens a 12-month window and needs clear checks and training. */
export async function recordFamilyAssessment(ctx: Context, input: RecordFamilyAssessmentInput): Promise<Family> {
  return ctx.em.transactional(async (em) => {
    const family = await getFamily(ctx, input.familyId, em);
    if (family.version !== input.version) throw conflict(STALE);
    const decision = { from: family.assessmentStatus, to: input.status, decidedAt: input.decidedAt };
    rejectProblems(assessmentProblems(decision, today()));
    const changedFields = ['assessmentStatus'];
    if (input.status === AssessmentStatus.APPROVED) {
      const [applicants, kinships] = await Promise.all([
        em.find(FamilyApplicant, { family }, { orderBy: { position: 'asc' } }),
        em.count(FamilyKinship, { family }),
      ]);
      // Every check any of its forms requires, clear and current on the decision date: the same list CHECKS-CURRENT asks for.
      const missing = approvalCheckGaps(applicants, await checksRequiredForApproval(em, family.forms, input.decidedAt));
      if (missing.length) throw badInput('status', `Approval needs every required check clear and current: ${describeCheckGaps(missing)}`, { missing });
      rejectProblems(approvalProblems({ trainingCertificateDate: family.trainingCertificateDate, hasKinship: kinships > 0 }));
      Object.assign(family, approvalTerm(input.decidedAt));
      changedFields.push('approvedAt', 'approvalExpiresAt');
    }
    family.decidedStatus = input.status;
    recordAudit(em, ctx, { action: 'family.assess', entityName: 'Family', entityId: family.id, changedFields });
    return withCurrentStatus(em, family);
  });
}

/** Records new check results for one applicant; the family's version moves so assessors see the change. */
export async function recordApplicantChecks(ctx: Context, input: RecordApplicantChecksInput): Promise<Family> {
  rejectProblems(checkDateProblems(input.checks, today()));
  return ctx.em.transactional(async (em) => {
    const family = await getFamily(ctx, input.familyId, em);
    if (family.version !== input.version) throw conflict(STALE);
    const applicant = await em.findOne(FamilyApplicant, { id: input.applicantId, family });
    if (!applicant) throw badInput('applicantId', 'No such applicant in this family');
    applicant.checks = mergeChecks(applicant.checks, input.checks.map((check) => ({ ...check })));
    family.updatedAt = new Date();
    recordAudit(em, ctx, { action: 'family.record-checks', entityName: 'Family', entityId: family.id, changedFields: input.checks.map((check) => `checks.${check.kind}`) });
    return family;
  });
}
