import type { Orm } from '../../src/db/orm.js';
import { CaseTransfer, TransferStatus } from '../../src/modules/casework/case-transfer.entity.js';
import { Child } from '../../src/modules/children/child.entity.js';
import { ChildStatus } from '../../src/modules/children/child.enums.js';
import { SiblingGroup } from '../../src/modules/children/sibling-group.entity.js';
import { FamilyApplicant } from '../../src/modules/families/family-applicant.entity.js';
import { FamilyKinship } from '../../src/modules/families/family-kinship.entity.js';
import { Family } from '../../src/modules/families/family.entity.js';
import { KinshipRelation } from '../../src/modules/families/family.enums.js';
import { HISTORY_KINDS, RecordChange } from '../../src/modules/history/record-change.entity.js';
import type { Actor } from '../../src/modules/identity/actor.js';
import type { RecordKind } from '../../src/modules/identity/authorization-matrix.js';
import { Institution, InstitutionKind } from '../../src/modules/institutions/institution.entity.js';
import { Mentor } from '../../src/modules/mentors/mentor.entity.js';
import { MentorshipMeeting } from '../../src/modules/mentorships/mentorship-meeting.entity.js';
import { MeetingKind, MentorshipStatus } from '../../src/modules/mentorships/mentorship.enums.js';
import { Mentorship } from '../../src/modules/mentorships/mentorship.entity.js';
import { PlacementTransition } from '../../src/modules/placements/placement-transition.entity.js';
import { PlacementStatus } from '../../src/modules/placements/placement.enums.js';
import { Placement } from '../../src/modules/placements/placement.entity.js';
import { DocumentSubjectKind } from '../../src/modules/documents/document.enums.js';
import { TaskKind, TaskSubjectKind } from '../../src/modules/tasks/task.enums.js';
import { Task } from '../../src/modules/tasks/task.entity.js';
import { PlacementForm, Role } from '../../src/shared/enums.js';
import { createChangeRequest, createChild, createDocumentRow, createFamily, createMentor, createUser } from './factories.js';
import { Inquiry } from '../../src/modules/inquiries/inquiry.entity.js';

/**
 * Records of two regions tied together across the border, as real casework ties them: a family
 * of one region with a child of the other, sibling groups and kinships over both, mentorships
 * whose mentor and child live apart, steps recorded by staff of both. The callers are staff of
 * OWN and a family of OWN; every path from their records leads, somewhere, into OTHER.
 */

export const OWN = 'ASTANA';
export const OTHER = 'ALMATY';

/** Inside OWN, a district: the district worker's. Some of OWN's records are in it, some in another district, some at region level. */
export const OWN_DISTRICT = 'ASTANA-YESIL';
const OTHER_DISTRICT = 'ASTANA-SARYARKA';

/** The roles walked, and a social worker scoped to one district of OWN. */
export const DISTRICT_WORKER = 'DISTRICT_WORKER';
export type Caller = Role.SOCIAL_WORKER | Role.MENTOR_COORDINATOR | Role.FAMILY | Role.MENTOR | Role.SUPERVISOR | typeof DISTRICT_WORKER;
export const WALKED_CALLERS: readonly Caller[] = [Role.SOCIAL_WORKER, Role.MENTOR_COORDINATOR, Role.FAMILY, Role.MENTOR, Role.SUPERVISOR, DISTRICT_WORKER];
export const roleOf = (caller: Caller): Role => (caller === DISTRICT_WORKER ? Role.SOCIAL_WORKER : caller);

export interface CrossingWorld {
  actors: Record<Caller, Actor>;
  emails: Record<Caller, string>;
  /** Named records, for entry points and for the records each caller must be able to reach. */
  ids: Record<string, string>;
}

let serial = 0;

export async function createCrossingWorld(orm: Orm): Promise<CrossingWorld> {
  const tag = `${process.pid}-${Date.now()}-${serial++}`;
  const ownFamily = await createFamily(orm, { regionCode: OWN, district: OWN_DISTRICT });
  const ownFamily2 = await createFamily(orm, { regionCode: OWN });
  const otherFamily = await createFamily(orm, { regionCode: OTHER, settlement: 'Алматы' });

  const em = orm.em.fork();
  // Another region's home: the registry is read by all staff, and a child may live in a home elsewhere.
  const home = em.create(Institution, {
    name: 'Дом ребёнка (тест)', searchName: 'дом ребёнка (тест)', kind: InstitutionKind.INFANT_HOME, region: OTHER, settlement: 'Алматы', address: 'ул. Тестовая, 5', capacity: 50,
  });
  const groupAcross = em.create(SiblingGroup, { note: 'across the border' });
  const groupAcross2 = em.create(SiblingGroup, { note: 'across the border, the other way' });
  await em.flush();

  const child = (regionCode: string, data: Record<string, unknown> = {}) => createChild(orm, { regionCode, ...data });
  const a1 = await child(OWN, { siblingGroup: groupAcross.id, status: ChildStatus.IN_FAMILY_PLACEMENT, birthDate: '2012-05-01', district: OWN_DISTRICT });
  const a2 = await child(OWN, { siblingGroup: groupAcross.id, birthDate: '2013-07-02', district: OTHER_DISTRICT, institution: home.id, settlement: 'Алматы' });
  const x1 = await child(OTHER, { siblingGroup: groupAcross.id, birthDate: '2011-02-03' });
  const x2 = await child(OTHER, { birthDate: '2014-01-04' });
  const a3 = await child(OWN, { birthDate: '2015-03-05', district: OWN_DISTRICT });
  const x3 = await child(OTHER, { siblingGroup: groupAcross2.id, status: ChildStatus.IN_FAMILY_PLACEMENT, birthDate: '2010-04-06' });
  const a4 = await child(OWN, { siblingGroup: groupAcross2.id, birthDate: '2012-08-07' });

  const ownWorker = await createUser(orm, { email: `walk-worker-${tag}@test.kz`, role: Role.SOCIAL_WORKER, regionCode: OWN });
  const otherWorker = await createUser(orm, { email: `walk-other-worker-${tag}@test.kz`, role: Role.SOCIAL_WORKER, regionCode: OTHER });
  const districtWorker = await createUser(orm, { email: `walk-district-worker-${tag}@test.kz`, role: Role.SOCIAL_WORKER, regionCode: OWN, districtCode: OWN_DISTRICT });
  const coordinator = await createUser(orm, { email: `walk-coordinator-${tag}@test.kz`, role: Role.MENTOR_COORDINATOR, regionCode: OWN });
  const supervisor = await createUser(orm, { email: `walk-supervisor-${tag}@test.kz`, role: Role.SUPERVISOR, regionCode: OWN });
  const familyUser = await createUser(orm, { email: `walk-family-${tag}@test.kz`, role: Role.FAMILY, familyId: ownFamily.id });
  // Owners on both sides: a3, a child of ours, is (by an administrator's doing) owned by a worker of the other region.
  for (const [id, owner] of [[a1.id, ownWorker.id], [x1.id, otherWorker.id], [a3.id, otherWorker.id]]) await em.nativeUpdate(Child, { id }, { assignedWorker: owner });
  await em.nativeUpdate(Family, { id: ownFamily.id }, { assignedWorker: districtWorker.id });
  await em.nativeUpdate(Family, { id: otherFamily.id }, { assignedWorker: otherWorker.id });

  const placements: [string, typeof a1, typeof ownFamily, PlacementStatus, PlacementForm, typeof ownWorker][] = [
    ['pA1Own', a1, ownFamily, PlacementStatus.ACTIVE, PlacementForm.GUARDIANSHIP, ownWorker],
    // A child of the other region proposed to a family of ours: the other region's case.
    ['pX2Own', x2, ownFamily, PlacementStatus.PROPOSED, PlacementForm.FOSTER_FAMILY, otherWorker],
    // A child of ours proposed to a family of the other region: our case, their family.
    ['pA3Other', a3, otherFamily, PlacementStatus.PROPOSED, PlacementForm.FOSTER_FAMILY, ownWorker],
    ['pX3Other', x3, otherFamily, PlacementStatus.ACTIVE, PlacementForm.GUARDIANSHIP, otherWorker],
    ['pA2Own2', a2, ownFamily2, PlacementStatus.ENDED, PlacementForm.GUARDIANSHIP, ownWorker],
    // Ended: the family keeps the placement in its history, no longer the child's record.
    ['pA4OwnEnded', a4, ownFamily, PlacementStatus.ENDED, PlacementForm.GUARDIANSHIP, ownWorker],
  ];
  const ids: Record<string, string> = {
    ownFamily: ownFamily.id, ownFamily2: ownFamily2.id, otherFamily: otherFamily.id,
    a1: a1.id, a2: a2.id, a3: a3.id, a4: a4.id, x1: x1.id, x2: x2.id, x3: x3.id,
    groupAcross: groupAcross.id, groupAcross2: groupAcross2.id, home: home.id, ownWorker: ownWorker.id, otherWorker: otherWorker.id,
  };
  for (const [name, placed, family, status, form, by] of placements) {
    const placement = em.create(Placement, { child: placed.id, family: family.id, form, status, ...(status === PlacementStatus.ENDED ? { endedAt: '2025-01-01' } : {}) });
    em.create(PlacementTransition, { placement, actor: by.id, to: PlacementStatus.PROPOSED, note: 'proposed' });
    ids[name] = placement.id;
  }
  em.create(FamilyKinship, { family: ownFamily2.id, child: x1.id, relation: KinshipRelation.AUNT_OR_UNCLE });
  em.create(FamilyKinship, { family: ownFamily2.id, child: a2.id, relation: KinshipRelation.AUNT_OR_UNCLE });
  em.create(FamilyKinship, { family: ownFamily.id, child: x3.id, relation: KinshipRelation.GRANDPARENT });
  await em.flush();

  const ownMentor = await createMentor(orm, { regionCode: OWN, maxMentees: 4 });
  const otherMentor = await createMentor(orm, { regionCode: OTHER, city: 'Алматы', maxMentees: 4 });
  ids.ownMentor = ownMentor.id;
  ids.otherMentor = otherMentor.id;
  await em.nativeUpdate(Mentor, { id: ownMentor.id }, { assignedWorker: coordinator.id });
  await em.nativeUpdate(Mentor, { id: otherMentor.id }, { assignedWorker: otherWorker.id });
  // Transfers over the border both ways, waiting; one inside OWN, answered.
  const transfers: [string, Record<string, string>, typeof ownWorker, typeof ownWorker, TransferStatus][] = [
    ['tA1', { child: a1.id }, ownWorker, otherWorker, TransferStatus.PENDING],
    ['tX1', { child: x1.id }, otherWorker, ownWorker, TransferStatus.PENDING],
    ['tOwnFamily2', { family: ownFamily2.id }, ownWorker, districtWorker, TransferStatus.DECLINED],
    ['tOwnMentor', { mentor: ownMentor.id }, coordinator, supervisor, TransferStatus.PENDING],
  ];
  for (const [name, record, from, to, status] of transfers) {
    const transfer = em.create(CaseTransfer, { ...record, fromWorker: from.id, toWorker: to.id, requestedBy: from.id, fromRegion: from.region!.code, toRegion: to.region!.code, status, note: 'передаю' });
    ids[name] = transfer.id;
  }
  await em.flush();
  const mentorships: [string, string, string][] = [
    ['mOwnX1', ownMentor.id, x1.id],
    ['mOtherA2', otherMentor.id, a2.id],
    ['mOtherX3', otherMentor.id, x3.id],
    ['mOwnA1', ownMentor.id, a1.id],
  ];
  for (const [name, mentor, mentee] of mentorships) {
    const mentorship = em.create(Mentorship, { mentor, child: mentee, status: MentorshipStatus.ACTIVE, startedAt: '2026-01-10' });
    em.create(MentorshipMeeting, { mentorship, date: '2026-02-01', durationMinutes: 60, kind: MeetingKind.IN_PERSON, notes: 'met' });
    ids[name] = mentorship.id;
  }
  await em.flush();

  // A change of every kind that keeps a history, on both sides of the border (RecordHistory writes them as the flush goes).
  const edits = orm.em.fork();
  for (const id of [a1.id, a2.id, x1.id]) (await edits.findOneOrFail(Child, id)).settlement = 'Изменено';
  for (const id of [ownFamily.id, otherFamily.id]) (await edits.findOneOrFail(Family, id)).contactPhone = '+77010000000';
  for (const id of [ownFamily.id, otherFamily.id]) (await edits.findOneOrFail(FamilyApplicant, { family: id, position: 1 })).middleName = 'Изменённая';
  for (const id of [ownMentor.id, otherMentor.id]) (await edits.findOneOrFail(Mentor, id)).city = 'Изменено';
  for (const name of ['pA1Own', 'pA3Other', 'pX2Own', 'pX3Other']) (await edits.findOneOrFail(Placement, ids[name]!)).foreignPlacementConclusion = 'изменено';
  for (const name of ['mOwnX1', 'mOtherA2', 'mOtherX3']) (await edits.findOneOrFail(Mentorship, ids[name]!)).note = 'изменено';
  await edits.flush();
  // An identity correction of a1, case-file field included: on a1's timeline.
  const correction = edits.create(RecordChange, { entityName: 'Child', entityId: a1.id, action: 'child.correct-identity', changes: [{ field: 'iin', old: '000000000000', new: a1.iin }, { field: 'lastName', old: 'Прежняя', new: a1.lastName }] });
  await edits.flush();
  ids.correctionA1 = correction.id;
  for (const [name, id] of [['historyA1', a1.id], ['historyOwnFamily', ownFamily.id]] as const) {
    ids[name] = (await edits.findOneOrFail(RecordChange, { entityId: id, action: null })).id;
  }

  // A pending change request of a family of each place: the district's, the region level's, the other region's.
  for (const [name, id] of [['crOwnFamily', ownFamily.id], ['crOwnFamily2', ownFamily2.id], ['crOtherFamily', otherFamily.id]] as const) {
    ids[name] = (await createChangeRequest(orm, id)).id;
  }

  // The mentor of a child across the border (x1) and of one at home (a1).
  const mentorUser = await createUser(orm, { email: `walk-mentor-${tag}@test.kz`, role: Role.MENTOR, mentorId: ownMentor.id });

  // Tasks on both sides of the border, all given to the walkers, so their own lists hold some they may not see.
  const tasks: [string, TaskSubjectKind, string, string, string | undefined, typeof ownWorker][] = [
    ['taskA1', TaskSubjectKind.Child, a1.id, OWN, OWN_DISTRICT, ownWorker],
    ['taskA2', TaskSubjectKind.Child, a2.id, OWN, OTHER_DISTRICT, ownWorker],
    ['taskX1', TaskSubjectKind.Child, x1.id, OTHER, undefined, ownWorker],
    ['taskPA3Other', TaskSubjectKind.Placement, ids.pA3Other!, OWN, OWN_DISTRICT, districtWorker],
    ['taskPX2Own', TaskSubjectKind.Placement, ids.pX2Own!, OTHER, undefined, ownWorker],
    ['taskOwnFamily', TaskSubjectKind.Family, ownFamily.id, OWN, OWN_DISTRICT, districtWorker],
    ['taskOtherFamily', TaskSubjectKind.Family, otherFamily.id, OTHER, undefined, ownWorker],
    ['taskMOwnX1', TaskSubjectKind.Mentorship, ids.mOwnX1!, OWN, undefined, coordinator],
    ['taskMOtherA2', TaskSubjectKind.Mentorship, ids.mOtherA2!, OTHER, undefined, coordinator],
  ];
  // Children shown to families across both borders: ours to our family and to theirs, theirs to ours.
  for (const [name, shown, family] of [['iA3Own', a3, ownFamily], ['iA4Other', a4, otherFamily], ['iX2Own', x2, ownFamily]] as const) {
    ids[name] = em.create(Inquiry, { child: shown.id, family: family.id, sharedBy: ownWorker.id }).id;
  }
  for (const [name, subjectKind, subjectId, region, district, assignee] of tasks) {
    const task = em.create(Task, { kind: TaskKind.MANUAL_OTHER, subjectKind, subjectId, occurrence: name, region, district, assignee: assignee.id, dueOn: '2026-01-15' });
    ids[name] = task.id;
  }
  await em.flush();

  // Documents of every kind of record, on both sides of the border: the walk reads them through each record's `documents`.
  const applicant = (familyId: string) => em.findOneOrFail(FamilyApplicant, { family: familyId, position: 1 });
  const documents: [string, DocumentSubjectKind, string][] = [
    ['docA1', DocumentSubjectKind.Child, a1.id],
    ['docX1', DocumentSubjectKind.Child, x1.id],
    ['docOwnFamily', DocumentSubjectKind.Family, ownFamily.id],
    ['docOtherFamily', DocumentSubjectKind.Family, otherFamily.id],
    ['docOwnApplicant', DocumentSubjectKind.FamilyApplicant, (await applicant(ownFamily.id)).id],
    ['docPA1Own', DocumentSubjectKind.Placement, ids.pA1Own!],
    ['docPX2Own', DocumentSubjectKind.Placement, ids.pX2Own!],
    ['docPA3Other', DocumentSubjectKind.Placement, ids.pA3Other!],
    ['docMOwnX1', DocumentSubjectKind.Mentorship, ids.mOwnX1!],
    ['docMOtherA2', DocumentSubjectKind.Mentorship, ids.mOtherA2!],
  ];
  for (const [name, kind, id] of documents) ids[name] = (await createDocumentRow(orm, { kind, id }, ownWorker.id)).id;

  return {
    ids,
    emails: { [Role.SOCIAL_WORKER]: ownWorker.email, [Role.MENTOR_COORDINATOR]: coordinator.email, [Role.FAMILY]: familyUser.email, [Role.MENTOR]: mentorUser.email, [Role.SUPERVISOR]: supervisor.email, [DISTRICT_WORKER]: districtWorker.email },
    actors: {
      [Role.SOCIAL_WORKER]: { userId: ownWorker.id, role: Role.SOCIAL_WORKER, regionCode: OWN },
      [Role.MENTOR_COORDINATOR]: { userId: coordinator.id, role: Role.MENTOR_COORDINATOR, regionCode: OWN },
      [Role.FAMILY]: { userId: familyUser.id, role: Role.FAMILY, familyId: ownFamily.id },
      [Role.MENTOR]: { userId: mentorUser.id, role: Role.MENTOR, mentorId: ownMentor.id },
      [Role.SUPERVISOR]: { userId: supervisor.id, role: Role.SUPERVISOR, regionCode: OWN },
      [DISTRICT_WORKER]: { userId: districtWorker.id, role: Role.SOCIAL_WORKER, regionCode: OWN, districtCode: OWN_DISTRICT },
    },
  };
}

/**
 * The scope rule written again, independently, in SQL over the tables: the ids of each record
 * kind the caller may see. The test holds the server's answers against it.
 */
export async function visibleIds(orm: Orm, actor: Actor): Promise<Record<RecordKind, Set<string>>> {
  const region = actor.regionCode ?? null;
  const district = actor.districtCode ?? null;
  // Staff of one district: its records only, neither other districts' nor those kept at region level (null).
  const inPlace = (alias: string) => `${alias}.region_code = :region and (cast(:district as text) is null or ${alias}.district_code = :district)`;
  const family = actor.familyId ?? null;
  const mentor = actor.mentorId ?? null;
  // A supervisor sees what the region's workers and its coordinators see.
  const staff = actor.role === Role.SOCIAL_WORKER || actor.role === Role.SUPERVISOR;
  const coordinator = actor.role === Role.MENTOR_COORDINATOR || actor.role === Role.SUPERVISOR;
  const placedChildren = `select child_id from placement where family_id = :family and status <> 'ENDED'`;
  const mentees = `select child_id from mentorship where mentor_id = :mentor and status <> 'CLOSED'`;
  const records: Record<Exclude<RecordKind, 'HistoryEntry' | 'Task' | 'Document'>, string> = {
    Child: staff || coordinator ? `select id from child c where ${inPlace('c')}` : `select id from child where id in (${placedChildren}) or id in (${mentees})`,
    SiblingGroup:
      staff || coordinator
        ? `select distinct sibling_group_id as id from child c where sibling_group_id is not null and ${inPlace('c')}`
        : `select distinct sibling_group_id as id from child where sibling_group_id is not null and id in (${placedChildren})`,
    Family: staff ? `select id from family f where ${inPlace('f')}` : coordinator ? `select null::uuid as id where false` : `select id from family where id = :family`,
    FamilyApplicant: staff
      ? `select a.id from family_applicant a join family f on f.id = a.family_id where ${inPlace('f')}`
      : coordinator ? `select null::uuid as id where false` : `select id from family_applicant where family_id = :family`,
    FamilyKinship: staff
      ? `select k.id from family_kinship k join family f on f.id = k.family_id where ${inPlace('f')}`
      : coordinator ? `select null::uuid as id where false` : `select id from family_kinship where family_id = :family`,
    Placement: staff
      ? `select p.id from placement p join child c on c.id = p.child_id where ${inPlace('c')}`
      : coordinator ? `select null::uuid as id where false` : `select id from placement where family_id = :family`,
    PlacementTransition: staff
      ? `select t.id from placement_transition t join placement p on p.id = t.placement_id join child c on c.id = p.child_id where ${inPlace('c')}`
      : coordinator ? `select null::uuid as id where false`
      : `select t.id from placement_transition t join placement p on p.id = t.placement_id where p.family_id = :family`,
    Mentor: coordinator ? `select id from mentor where region_code = :region` : `select id from mentor where id = :mentor`,
    Mentorship: coordinator
      ? `select m.id from mentorship m join mentor r on r.id = m.mentor_id join child c on c.id = m.child_id where r.region_code = :region or c.region_code = :region`
      : `select id from mentorship where mentor_id = :mentor`,
    MentorshipMeeting: coordinator
      ? `select g.id from mentorship_meeting g join mentorship m on m.id = g.mentorship_id join mentor r on r.id = m.mentor_id join child c on c.id = m.child_id
         where r.region_code = :region or c.region_code = :region`
      : `select g.id from mentorship_meeting g join mentorship m on m.id = g.mentorship_id where m.mentor_id = :mentor`,
    User: `select id from app_user where id = :user`,
    StaffMember: staff || coordinator
      ? `select id from app_user where region_code = :region`
      : `select assigned_worker_id as id from family where id = :family union select assigned_worker_id from mentor where id = :mentor`,
    // Of the region a case leaves and of the one it goes to, districts aside.
    CaseTransfer: staff || coordinator ? `select id from case_transfer where from_region_code = :region or to_region_code = :region` : `select null::uuid as id where false`,
    AuditEvent: `select null::uuid as id where false`,
    OutboxMessage: `select null::uuid as id where false`,
    // Of the child's region and district; a family's own.
    Inquiry: staff
      ? `select i.id from inquiry i join child c on c.id = i.child_id where ${inPlace('c')}`
      : coordinator ? `select null::uuid as id where false` : `select id from inquiry where family_id = :family`,
    FamilyChangeRequest: staff
      ? `select r.id from family_change_request r join family f on f.id = r.family_id where ${inPlace('f')}`
      : coordinator ? `select null::uuid as id where false` : `select id from family_change_request where family_id = :family`,
    // A child's case file: its region's social workers and supervisors (district staff: their district's), no one else.
    ChildCaseFile: staff ? `select id from child c where ${inPlace('c')}` : `select null::uuid as id where false`,
  };
  // A change is seen by staff who see its record; families have no history to read.
  const subjects = HISTORY_KINDS.map((kind) => `(h.entity_name = '${kind}' and h.entity_id in (${records[kind]}))`).join(' or ');
  // A task is seen by who sees its record, within the task's own region and district (a mentorship's: its region).
  const taskSubjects = (['Child', 'Family', 'Placement', 'Mentorship'] as const).map((kind) => `(t.subject_kind = '${kind}' and t.subject_id in (${records[kind]}))`).join(' or ');
  // A document is seen by who sees its record; a child's, by who sees the child's case file.
  const documentSubjects = (['Family', 'FamilyApplicant', 'Placement', 'Mentorship'] as const)
    .map((kind) => `(d.subject_kind = '${kind}' and d.subject_id in (${records[kind]}))`)
    .concat(`(d.subject_kind = 'Child' and d.subject_id in (${records.ChildCaseFile}))`)
    .join(' or ');
  const sql: Record<RecordKind, string> = {
    ...records,
    Document: `select d.id from document d where ${documentSubjects}`,
    Task: staff || coordinator
      ? `select t.id from task t where (${taskSubjects}) and t.region_code = :region and (cast(:district as text) is null or t.subject_kind = 'Mentorship' or t.district_code = :district)`
      : `select null::uuid as id where false`,
    HistoryEntry: staff || coordinator ? `select h.id from record_change h where ${subjects}` : `select null::uuid as id where false`,
  };
  const knex = orm.em.getKnex();
  const entries = await Promise.all(
    Object.entries(sql).map(async ([kind, text]) => {
      const rows = (await knex.raw(text, { region, district, family, mentor, user: actor.userId })).rows as { id: string }[];
      return [kind, new Set(rows.map((row) => row.id))] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<RecordKind, Set<string>>;
}
