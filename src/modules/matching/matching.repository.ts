import type { EntityManager } from '@mikro-orm/postgresql';
import { openJson } from '../../db/encrypted-text.type.js';
import type { CheckResult, PlacementForm } from '../../shared/enums.js';
import { ChildStatus, type LegalStatus, type SpecialNeed } from '../children/child.enums.js';
import type { BackgroundCheck } from '../families/family.embeddables.js';
import { assessmentStatusSql } from '../families/family.status.js';
import { PlacementEndReason } from '../placements/placement.enums.js';
import type { CheckFacts, ChildFacts, FamilyFacts, MentorFacts } from './matching.facts.js';
import type { Confinement } from '../identity/access-policy.js';

/**
 * Loads matching facts with one SQL statement per side, as plain rows: thousands of families
 * are ranked per request, so no entities are hydrated and nothing is queried per family.
 * Sealed columns (legal status, special needs, checks, a mentor's check result) are opened
 * here, one value per row: each applicant's checks are one sealed list.
 */

/** Children who can still be matched: waiting in the data bank or in an institution. */
export const MATCHABLE_CHILD_STATUSES = [ChildStatus.AWAITING_PLACEMENT, ChildStatus.IN_INSTITUTION];

const CHILD_COLUMNS = `c.id, c.birth_date::text as "birthDate", c.sex, c.region_code as "regionCode", c.legal_status as "legalStatus",
  c.status, c.registered_at::text as "registeredAt", c.special_needs as "specialNeeds", c.languages, c.sibling_group_id as "siblingGroupId",
  c.settlement, c.district_code as "districtCode"`;

type Row = Record<string, unknown>;

/** Knex spreads a JS array bound to `?` into a list, so arrays travel as PostgreSQL array literals. */
export function arrayLiteral(values: readonly string[]): string {
  return `{${values.map((value) => `"${value.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}

const openSpecialNeeds = (sealed: string) => openJson<SpecialNeed[]>('child.special_needs', sealed);

function childFacts(row: Row): ChildFacts {
  return {
    ...(row as unknown as ChildFacts),
    legalStatus: openJson<LegalStatus>('child.legal_status', row.legalStatus as string),
    specialNeeds: openSpecialNeeds(row.specialNeeds as string),
    siblingGroupId: (row.siblingGroupId as string | null) ?? undefined,
    settlement: (row.settlement as string | null) ?? undefined,
    districtCode: (row.districtCode as string | null) ?? undefined,
  };
}

/** The child and every brother or sister of its sibling group, the child first. */
export async function loadChildWithSiblings(em: EntityManager, childId: string): Promise<ChildFacts[]> {
  const rows: Row[] = await em.execute(
    `select ${CHILD_COLUMNS} from child c
     where c.id = ? or c.sibling_group_id = (select sibling_group_id from child where id = ?)
     order by (c.id = ?) desc, c.birth_date, c.id`,
    [childId, childId, childId],
  );
  return rows.map(childFacts);
}

/** Matchable children of a region or district (or of all regions), siblings next to each other. */
export async function loadMatchableChildren(em: EntityManager, within: Confinement): Promise<ChildFacts[]> {
  return loadChildren(em, within, false);
}

/**
 * Who a mentor may support: children of the data bank and care leavers (left it at majority;
 * M-AGE's upper age bounds how long after).
 */
export async function loadPossibleMentees(em: EntityManager, within: Confinement): Promise<ChildFacts[]> {
  return loadChildren(em, within, true);
}

async function loadChildren(em: EntityManager, within: Confinement, withCareLeavers: boolean): Promise<ChildFacts[]> {
  const rows: Row[] = await em.execute(
    `select ${CHILD_COLUMNS} from child c
     where (c.status = any(?::text[]) or (?::boolean and c.status = 'LEFT_DATA_BANK' and c.exit_reason = 'REACHED_MAJORITY'))
       and (?::text is null or c.region_code = ?)
       and (?::text is null or c.district_code = ?)
     order by coalesce(c.sibling_group_id, c.id), c.birth_date, c.id`,
    [arrayLiteral(MATCHABLE_CHILD_STATUSES), withCareLeavers, within.regionCode ?? null, within.regionCode ?? null, within.districtCode ?? null, within.districtCode ?? null],
  );
  return rows.map(childFacts);
}

export interface FamilyQuery {
  form: PlacementForm;
  asOf: string;
  /** Limit to one region (a social worker's own); undefined for every region. */
  regionCode?: string;
  /** Limit to one district (a district worker's own) within the region. */
  districtCode?: string;
  familyIds?: string[];
  /**
   * Keep only families whose hard facts already allow a placement (approved and in term,
   * accepting, room for `unitSize`): the rest would fail a HARD rule anyway.
   */
  prefilter?: { unitSize: number };
}

/**
 * NEEDS-EXPERIENCE: placements that ran their course by the date (the child grew up, the term ended,
 * the child went home or moved on as planned). A breakdown, a revoked adoption, a proposal withdrawn
 * or refused, or a placement still under way is no experience yet.
 */
export const COURSE_RUN_END_REASONS: readonly string[] = [
  PlacementEndReason.CHILD_REACHED_MAJORITY,
  PlacementEndReason.TERM_EXPIRED,
  PlacementEndReason.RETURNED_TO_PARENTS,
  PlacementEndReason.TRANSFERRED,
];

/** The family's assessment as of the matching date (bound as `asOf` wherever it appears): a lapsed approval reads EXPIRED. */
const FAMILY_STATUS = assessmentStatusSql('f', '?::date');

// The filter runs first; applicants, placements and kinships are then aggregated for the
// families that passed it with one hash join each, not one sub-query per family. `placed` is
// materialized: misjudging the filter (one family, say), the planner would otherwise recompute
// it, and sort the sealed lists of needs again, for every family.
const FAMILY_SQL = `
with fam as (
  select * from family f
  where f.forms @> array[?]::text[]
    and (?::text is null or f.region_code = ?)
    and (?::text is null or f.district_code = ?)
    and (?::uuid[] is null or f.id = any(?::uuid[]))
    and (not ?::boolean or (${FAMILY_STATUS} = 'APPROVED' and f.accepting_placements and f.capacity >= ?::int))
), applicants as (
  select a.family_id, json_agg(json_build_object('birthDate', a.birth_date::text, 'sex', a.sex, 'citizenship', a.citizenship,
    'residesInKazakhstan', a.resides_in_kazakhstan, 'maritalStatus', a.marital_status, 'checks', a.checks) order by a.position) as list
  from family_applicant a join fam on fam.id = a.family_id group by a.family_id
), kinships as (
  select k.family_id, json_agg(json_build_object('childId', k.child_id, 'relation', k.relation)) as list
  from family_kinship k join fam on fam.id = k.family_id group by k.family_id
), placed as materialized (
  select p.family_id, count(*) filter (where p.status = 'ACTIVE')::int as active,
    coalesce(array_agg(distinct c.special_needs) filter (where p.end_reason = any(?::text[]) and p.ended_at <= ?::date), '{}') as needs
  from placement p join fam on fam.id = p.family_id join child c on c.id = p.child_id
  where p.status in ('ACTIVE', 'ENDED') group by p.family_id
)
select f.id, f.forms, f.region_code as "regionCode", f.settlement, f.monthly_income as "monthlyIncome",
  f.housing_kind as "housingKind", ${FAMILY_STATUS} as "assessmentStatus",
  f.approved_at::text as "approvedAt", f.approval_expires_at::text as "approvalExpiresAt",
  f.training_certificate_date::text as "trainingCertificateDate",
  f.preferences_child_age_min as "childAgeMin", f.preferences_child_age_max as "childAgeMax", f.preferences_child_sex as "childSex",
  f.preferences_max_children as "maxChildren", f.preferences_accepts_siblings as "acceptsSiblings",
  f.preferences_special_needs_accepted as "specialNeedsAccepted", f.preferences_languages as "languages",
  f.capacity, f.children_in_household as "childrenInHousehold", f.accepting_placements as "acceptingPlacements",
  (f.availability_confirmed_at at time zone 'UTC')::date::text as "availabilityConfirmedOn",
  coalesce(placed.active, 0) as "activePlacements", coalesce(placed.needs, '{}') as "specialNeedsExperience",
  coalesce(applicants.list, '[]') as applicants, coalesce(kinships.list, '[]') as kinships
from fam f
  left join applicants on applicants.family_id = f.id
  left join kinships on kinships.family_id = f.id
  left join placed on placed.family_id = f.id
order by f.id`;

/** An applicant's checks arrive as one sealed list. */
interface StoredApplicant extends Omit<FamilyFacts['applicants'][number], 'checks'> {
  checks: string;
}

function applicantFacts(stored: StoredApplicant): FamilyFacts['applicants'][number] {
  const checks = openJson<BackgroundCheck[]>('family_applicant.checks', stored.checks);
  return { ...stored, checks: checks.map((check): CheckFacts => ({ kind: check.kind, result: check.result, checkedAt: check.checkedAt })) };
}

/** What the children a family has raised needed, from their sealed lists of special needs. */
function specialNeedsExperience(sealedLists: string[]): SpecialNeed[] {
  return [...new Set(sealedLists.flatMap(openSpecialNeeds))];
}

export async function loadFamilies(em: EntityManager, query: FamilyQuery): Promise<FamilyFacts[]> {
  const ids = query.familyIds ? arrayLiteral(query.familyIds) : null;
  const region = query.regionCode ?? null;
  const district = query.districtCode ?? null;
  const rows: Row[] = await em.execute(FAMILY_SQL, [
    query.form,
    region,
    region,
    district,
    district,
    ids,
    ids,
    Boolean(query.prefilter),
    query.asOf,
    query.prefilter?.unitSize ?? 0,
    arrayLiteral(COURSE_RUN_END_REASONS),
    query.asOf,
    query.asOf,
  ]);
  return rows.map((row) => {
    const r = row as Record<string, never>;
    return {
      id: r.id,
      forms: r.forms,
      regionCode: r.regionCode,
      settlement: r.settlement,
      monthlyIncome: r.monthlyIncome,
      housingKind: r.housingKind ?? undefined,
      assessmentStatus: r.assessmentStatus,
      approvedAt: r.approvedAt ?? undefined,
      approvalExpiresAt: r.approvalExpiresAt ?? undefined,
      trainingCertificateDate: r.trainingCertificateDate ?? undefined,
      preferences: {
        childAgeMin: r.childAgeMin,
        childAgeMax: r.childAgeMax,
        childSex: r.childSex ?? undefined,
        maxChildren: r.maxChildren,
        acceptsSiblings: r.acceptsSiblings,
        specialNeedsAccepted: r.specialNeedsAccepted,
        languages: r.languages,
      },
      capacity: r.capacity,
      childrenInHousehold: r.childrenInHousehold,
      activePlacements: r.activePlacements,
      acceptingPlacements: r.acceptingPlacements,
      availabilityConfirmedOn: r.availabilityConfirmedOn,
      applicants: (r.applicants as StoredApplicant[]).map(applicantFacts),
      kinships: r.kinships,
      specialNeedsExperience: specialNeedsExperience(r.specialNeedsExperience),
    };
  });
}

const MENTOR_SQL = `
select m.id, m.birth_date::text as "birthDate", m.citizenship, m.region_code as "regionCode", m.city,
  m.training_certificate_date::text as "trainingCertificateDate", m.background_check_result as "backgroundCheckResult",
  m.background_check_date::text as "backgroundCheckDate", m.languages, m.max_mentees as "maxMentees", m.available,
  (select count(*) from mentorship s where s.mentor_id = m.id and s.status <> 'CLOSED')::int as "openMentorships"
from mentor m
where (?::text is null or m.region_code = ?) and (?::uuid[] is null or m.id = any(?::uuid[]))
order by m.id`;

export async function loadMentors(em: EntityManager, query: { regionCode?: string; mentorIds?: string[] }): Promise<MentorFacts[]> {
  const region = query.regionCode ?? null;
  const ids = query.mentorIds ? arrayLiteral(query.mentorIds) : null;
  const rows: Row[] = await em.execute(MENTOR_SQL, [region, region, ids, ids]);
  return rows.map((row) => ({
    ...(row as unknown as MentorFacts),
    backgroundCheckResult: openJson<CheckResult>('mentor.background_check_result', row.backgroundCheckResult as string),
    trainingCertificateDate: (row.trainingCertificateDate as string | null) ?? undefined,
    backgroundCheckDate: (row.backgroundCheckDate as string | null) ?? undefined,
  }));
}

/** Region code → its bordering regions. Twenty rows: read once per request. */
export async function loadNeighbours(em: EntityManager): Promise<Map<string, string[]>> {
  const rows: { code: string; neighbours: string[] }[] = await em.execute('select code, neighbours from region');
  return new Map(rows.map((row) => [row.code, row.neighbours]));
}
