import { Reference, type Ref } from '@mikro-orm/core';
import { defaultFieldResolver, getNamedType, getNullableType, isListType, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { AuditEvent } from '../modules/audit/audit-event.entity.js';
import { CaseTransfer } from '../modules/casework/case-transfer.entity.js';
import { Child } from '../modules/children/child.entity.js';
import { SiblingGroup } from '../modules/children/sibling-group.entity.js';
import { Document } from '../modules/documents/document.entity.js';
import { DocumentSubjectKind } from '../modules/documents/document.enums.js';
import { FamilyApplicant } from '../modules/families/family-applicant.entity.js';
import { FamilyKinship } from '../modules/families/family-kinship.entity.js';
import { Family } from '../modules/families/family.entity.js';
import { FamilyChangeRequest } from '../modules/family-changes/family-change-request.entity.js';
import { HistoryEntry } from '../modules/history/history-entry.js';
import { Inquiry } from '../modules/inquiries/inquiry.entity.js';
import { dependsOnRecord, maySee, requireActor, type RecordScope, type Viewer } from '../modules/identity/access-policy.js';
import { RECORD_ACCESS, RECORD_PARTS, UNGUARDED_EDGES, UNSCOPED_TYPES, type RecordKind } from '../modules/identity/authorization-matrix.js';
import { User } from '../modules/identity/user.entity.js';
import { Mentor } from '../modules/mentors/mentor.entity.js';
import { MentorshipMeeting } from '../modules/mentorships/mentorship-meeting.entity.js';
import { Mentorship } from '../modules/mentorships/mentorship.entity.js';
import { MentorshipStatus } from '../modules/mentorships/mentorship.enums.js';
import { NotificationOutbox } from '../modules/notifications/notification-outbox.entity.js';
import { PlacementTransition } from '../modules/placements/placement-transition.entity.js';
import { PlacementStatus } from '../modules/placements/placement.enums.js';
import { Placement } from '../modules/placements/placement.entity.js';
import type { District } from '../modules/regions/district.entity.js';
import { Task } from '../modules/tasks/task.entity.js';
import { TaskSubjectKind } from '../modules/tasks/task.enums.js';
import { forbidden } from '../shared/app-error.js';
import { Role } from '../shared/enums.js';
import type { Context } from './context.js';
import type { Loaders } from './loaders.js';

/**
 * The scope mechanism: every value of a record type that any field returns — a top-level query,
 * a list, a nested field, a sibling link, a mutation's result — passes `maySee` before GraphQL
 * sees it. The services still narrow their queries to the caller's scope (so pages and counts are
 * right); this is what makes a forgotten check on a new edge impossible: the guard is installed
 * by the field's type, not by the resolver's author.
 */

/** An entity in the request's identity map is used as is; otherwise its loader fetches it, batched. */
async function entityOf<T extends { id: string }>(ref: Ref<T>, loader: { load(id: string): Promise<T | null> }): Promise<T> {
  const entity = ref.isInitialized() ? Reference.unwrapReference(ref) : await loader.load(ref.id);
  // A dangling reference is a bug, not a record to hide: fail closed, loudly.
  if (!entity) throw new Error('A record refers to a missing record');
  return entity;
}

type ScopeOf<T> = (record: T, loaders: Loaders) => RecordScope | Promise<RecordScope>;

interface Kind<T> {
  entity: abstract new (...args: never[]) => T;
  scope: ScopeOf<T>;
  /** For a record that tells of another (a change of it, a task about it): that one, which the caller must be able to see too. */
  subject?: (record: T, loaders: Loaders) => { kind: RecordKind; record: object } | Promise<{ kind: RecordKind; record: object }>;
}

const kind = <T>(entity: abstract new (...args: never[]) => T, scope: ScopeOf<T>, subject?: Kind<T>['subject']): Kind<T> => ({ entity, scope, subject });

/** The district of a record kept by district: none when it is kept at region level. */
const districtsOf = (record: { district?: Ref<District> }): string[] => (record.district ? [record.district.code] : []);

const childScope: ScopeOf<Child> = (child) => ({ regions: [child.region.code], districts: districtsOf(child), children: [child.id] });
const familyScope: ScopeOf<Family> = (family) => ({ regions: [family.region.code], districts: districtsOf(family), families: [family.id] });

async function placementScope(placement: Placement, loaders: Loaders): Promise<RecordScope> {
  const child = await entityOf(placement.child, loaders.child);
  // A placement is its child's case, worked by the child's region and district; the family sees its own.
  return { regions: [child.region.code], districts: districtsOf(child), families: [placement.family.id] };
}

async function mentorshipScope(mentorship: Mentorship, loaders: Loaders): Promise<RecordScope> {
  const [mentor, child] = await Promise.all([entityOf(mentorship.mentor, loaders.mentor), entityOf(mentorship.child, loaders.child)]);
  return { regions: [mentor.region.code, child.region.code], mentors: [mentor.id] };
}

/** The record a document is attached to, as the kind of record the guard checks: a child's documents are of its case file. */
async function documentSubject(document: Document, loaders: Loaders): Promise<{ kind: RecordKind; record: object }> {
  const loader = {
    [DocumentSubjectKind.Child]: loaders.child,
    [DocumentSubjectKind.Family]: loaders.family,
    [DocumentSubjectKind.FamilyApplicant]: loaders.applicant,
    [DocumentSubjectKind.Placement]: loaders.placement,
    [DocumentSubjectKind.Mentorship]: loaders.mentorship,
  }[document.subjectKind];
  const record = await loader.load(document.subjectId);
  if (!record) throw new Error('A document refers to a missing record');
  return { kind: document.subjectKind === DocumentSubjectKind.Child ? 'ChildCaseFile' : document.subjectKind, record };
}

/** Where each record kind belongs, read from the record and the records it is part of. */
const KINDS: { [K in RecordKind]: Kind<any> } = {
  Child: kind(Child, childScope),
  SiblingGroup: kind(SiblingGroup, async (group: SiblingGroup, loaders) => {
    const members = await loaders.childrenBySiblingGroup.load(group.id);
    return { regions: members.map((member) => member.region.code), districts: members.flatMap(districtsOf), children: members.map((member) => member.id) };
  }),
  Family: kind(Family, familyScope),
  FamilyApplicant: kind(FamilyApplicant, async (applicant: FamilyApplicant, loaders) => familyScope(await entityOf(applicant.family, loaders.family), loaders)),
  FamilyKinship: kind(FamilyKinship, async (kinship: FamilyKinship, loaders) => familyScope(await entityOf(kinship.family, loaders.family), loaders)),
  FamilyChangeRequest: kind(FamilyChangeRequest, async (request: FamilyChangeRequest, loaders) => familyScope(await entityOf(request.family, loaders.family), loaders)),
  Placement: kind(Placement, placementScope),
  PlacementTransition: kind(PlacementTransition, async (transition: PlacementTransition, loaders) =>
    placementScope(await entityOf(transition.placement, loaders.placement), loaders),
  ),
  Mentor: kind(Mentor, (mentor: Mentor) => ({ regions: [mentor.region.code], mentors: [mentor.id] })),
  Mentorship: kind(Mentorship, mentorshipScope),
  MentorshipMeeting: kind(MentorshipMeeting, async (meeting: MentorshipMeeting, loaders) =>
    mentorshipScope(await entityOf(meeting.mentorship, loaders.mentorship), loaders),
  ),
  User: kind(User, (user: User) => ({ regions: [], users: [user.id] })),
  // Kept by region, like mentors: staff of one district see their region's colleagues too.
  StaffMember: kind(User, (user: User) => ({ regions: user.region ? [user.region.code] : [], staff: [user.id] })),
  // Kept by region: a district's staff see their region's transfers; the case itself is checked where it appears.
  CaseTransfer: kind(CaseTransfer, (transfer: CaseTransfer) => ({ regions: [transfer.fromRegion.code, transfer.toRegion.code] })),
  // The child's case (its region and district, following it across a transfer); the family sees its own.
  Inquiry: kind(Inquiry, async (inquiry: Inquiry, loaders) => ({ ...childScope(await entityOf(inquiry.child, loaders.child), loaders), children: [], families: [inquiry.family.id] })),
  AuditEvent: kind(AuditEvent, () => ({ regions: [] })),
  OutboxMessage: kind(NotificationOutbox, () => ({ regions: [] })),
  // In its record's region (and district; a mentorship's is kept by region), and shown only to who may see that record.
  Task: kind(
    Task,
    (task: Task) => ({ regions: [task.region.code], ...(task.subjectKind === TaskSubjectKind.Mentorship ? {} : { districts: districtsOf(task) }) }),
    async (task: Task, loaders) => {
      const loader = { Child: loaders.child, Family: loaders.family, Placement: loaders.placement, Mentorship: loaders.mentorship }[task.subjectKind];
      const record = await loader.load(task.subjectId);
      if (!record) throw new Error('A task refers to a missing record');
      return { kind: task.subjectKind, record };
    },
  ),
  // In its record's scope, and shown only to who may see that record (a child's case file, for a child's documents).
  Document: kind(
    Document,
    async (document: Document, loaders) => {
      const subject = await documentSubject(document, loaders);
      return KINDS[subject.kind].scope(subject.record, loaders);
    },
    documentSubject,
  ),
  ChildCaseFile: kind(Child, childScope),
  // In its record's scope, and shown only to who may see that record: a coordinator no family's change.
  HistoryEntry: kind(
    HistoryEntry,
    (entry: HistoryEntry, loaders) => KINDS[entry.recordKind].scope(entry.subject, loaders),
    (entry: HistoryEntry) => ({ kind: entry.recordKind, record: entry.subject }),
  ),
};

/** The caller as the policy sees it; the children a family or a mentor follows are read once per request. */
function viewerOf(ctx: Context): Promise<Viewer> {
  ctx.viewer ??= (async () => {
    const actor = requireActor(ctx.actor);
    if (actor.role === Role.MENTOR && actor.mentorId) {
      // A mentor follows the children of its mentorships until they close.
      const [mentorships, mentor] = await Promise.all([
        ctx.em.find(Mentorship, { mentor: actor.mentorId, status: { $ne: MentorshipStatus.CLOSED } }),
        ctx.loaders.mentor.load(actor.mentorId),
      ]);
      return { actor, ownChildIds: new Set(mentorships.map((mentorship) => mentorship.child.id)), ownWorkerId: mentor?.assignedWorker?.id };
    }
    if (actor.role !== Role.FAMILY || !actor.familyId) return { actor, ownChildIds: new Set<string>() };
    // Once a placement ends, the child's record is no longer the family's to follow.
    const [placements, family] = await Promise.all([ctx.loaders.placementsByFamily.load(actor.familyId), ctx.loaders.family.load(actor.familyId)]);
    const open = placements.filter((placement) => placement.status !== PlacementStatus.ENDED);
    return { actor, ownChildIds: new Set(open.map((placement) => placement.child.id)), ownWorkerId: family?.assignedWorker?.id };
  })();
  return ctx.viewer;
}

async function visible(ctx: Context, kindName: RecordKind, record: object): Promise<boolean> {
  const { entity, scope, subject } = KINDS[kindName];
  // A value of another shape cannot be placed in a scope: refuse it rather than guess.
  if (!(record instanceof entity)) throw new Error(`A ${kindName} field returned something that is not a ${kindName} record`);
  const told = await subject?.(record, ctx.loaders);
  if (told && !(await visible(ctx, told.kind, told.record))) return false;
  const actor = requireActor(ctx.actor);
  // Every record or none of this kind (an administrator's, a role's denied kinds): no scope to read.
  const recordScope = dependsOnRecord(actor, kindName) ? await scope(record, ctx.loaders) : { regions: [] };
  return maySee(await viewerOf(ctx), kindName, recordScope);
}

/** The record, or FORBIDDEN: for services that hand out one record by id. */
export async function assertVisible<T extends object>(ctx: Context, kindName: RecordKind, record: T): Promise<T> {
  if (!(await visible(ctx, kindName, record))) throw forbidden();
  return record;
}

/** Only the records the caller may see, in their order. */
export async function onlyVisible<T extends object>(ctx: Context, kindName: RecordKind, records: readonly T[]): Promise<T[]> {
  const shown = await Promise.all(records.map((record) => visible(ctx, kindName, record)));
  return records.filter((_, index) => shown[index]);
}

const isRecordKind = (name: string): name is RecordKind => name in RECORD_ACCESS;
const isPageType = (name: string) => /(Connection|Edge)$/.test(name);

/**
 * Installs the guard on every field of the schema whose type is a record kind, and refuses a
 * schema with an object type nobody has classified, or with a record part reached from outside its record.
 */
export function guardRecords(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    if (!isRecordKind(type.name) && !(type.name in RECORD_PARTS) && !UNSCOPED_TYPES.has(type.name) && !isPageType(type.name)) {
      throw new Error(`Object type ${type.name} is not classified: add it to RECORD_ACCESS, RECORD_PARTS or UNSCOPED_TYPES in authorization-matrix.ts`);
    }
    for (const field of Object.values(type.getFields())) {
      const target = getNamedType(field.type);
      const owners = RECORD_PARTS[target.name];
      if (owners && !owners.includes(type.name)) {
        throw new Error(`${type.name}.${field.name} leads to ${target.name}, a part of ${owners.join(' or ')} records, from outside them`);
      }
      const edge = `${type.name}.${field.name}`;
      if (!isRecordKind(target.name) || edge in UNGUARDED_EDGES) continue;
      field.resolve = guarded(field.resolve ?? defaultFieldResolver, target.name, isListType(getNullableType(field.type)));
    }
  }
  return schema;
}

function guarded(resolve: GraphQLFieldResolver<unknown, Context>, kindName: RecordKind, list: boolean): GraphQLFieldResolver<unknown, Context> {
  return async (source, args, ctx, info) => {
    const value: unknown = await resolve(source, args, ctx, info);
    if (value == null) return value;
    if (list) return onlyVisible(ctx, kindName, value as object[]);
    return assertVisible(ctx, kindName, value as object);
  };
}
