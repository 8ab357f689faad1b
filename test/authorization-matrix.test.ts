import { getNamedType, isObjectType, type GraphQLOutputType } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSchema } from '../src/graphql/schema.js';
import {
  Access,
  ANONYMOUS,
  CALLERS,
  FIELD_ACCESS,
  isPublic,
  OPERATION_ACCESS,
  rolesFor,
  type Caller,
  type FieldKey,
  type OperationKey,
} from '../src/modules/identity/authorization-matrix.js';
import { CaseTransfer } from '../src/modules/casework/case-transfer.entity.js';
import { FamilyApplicant } from '../src/modules/families/family-applicant.entity.js';
import { MaritalStatus } from '../src/modules/families/family.enums.js';
import { Citizenship, PlacementForm, Role, Sex } from '../src/shared/enums.js';
import { ChildStatus } from '../src/modules/children/child.enums.js';
import { PlacementStatus } from '../src/modules/placements/placement.enums.js';
import { Placement } from '../src/modules/placements/placement.entity.js';
import { createChild } from './support/factories.js';
import { mentorshipWithMeeting, placementWithCheckDetails, SCENARIOS } from './support/scenarios.js';
import { startTestApp, type GraphQLResponse, type TestApp } from './support/test-app.js';
import { createWorld, idsIn, OTHER_REGION, OWN_REGION, type Scope, type World } from './support/world.js';
import { Inquiry } from '../src/modules/inquiries/inquiry.entity.js';

/**
 * The authorization matrix (src/modules/identity/authorization-matrix.ts) holds: every Query
 * and Mutation field is called as every role and signed out, for a record of the caller's own
 * region or family and for someone else's; every narrower field of personal data is read by
 * every role that can reach its record.
 */

const schema = await createSchema();
let app: TestApp;
let world: World;

beforeAll(async () => {
  app = await startTestApp();
  world = await createWorld(app, schema);
});

afterAll(() => app?.close());

const operationKeys = Object.keys(OPERATION_ACCESS) as OperationKey[];
const fieldKeys = Object.keys(FIELD_ACCESS) as FieldKey[];

/** Operations that name no record: they act on the caller's own, so there is no one else's to try. */
const SELF_ONLY = new Set<OperationKey>(['Query.me', 'Query.myFamily', 'Mutation.submitFamilyChanges', 'Query.myCaseload', 'Mutation.confirmMyAvailability']);

const { ADMIN, SOCIAL_WORKER, MENTOR_COORDINATOR, FAMILY, MENTOR, SUPERVISOR } = Role;

/**
 * Types holding personal data, and the only callers some path of the schema leads to them. A
 * mentor's mentorship leads to the Child type, but RECORD_ACCESS refuses every child to a mentor.
 */
const TYPE_READERS: Record<string, Caller[]> = {
  Child: [ADMIN, SOCIAL_WORKER, MENTOR_COORDINATOR, FAMILY, MENTOR, SUPERVISOR],
  Family: [ADMIN, SOCIAL_WORKER, FAMILY, SUPERVISOR],
  FamilyApplicant: [ADMIN, SOCIAL_WORKER, FAMILY, SUPERVISOR],
  FamilyChangeRequest: [ADMIN, SOCIAL_WORKER, FAMILY, SUPERVISOR],
  BackgroundCheck: [ADMIN, SOCIAL_WORKER, SUPERVISOR],
  Placement: [ADMIN, SOCIAL_WORKER, FAMILY, SUPERVISOR],
  PlacementEvaluation: [ADMIN, SOCIAL_WORKER, SUPERVISOR],
  Mentor: [ADMIN, MENTOR_COORDINATOR, MENTOR, SUPERVISOR],
  Mentorship: [ADMIN, MENTOR_COORDINATOR, MENTOR, SUPERVISOR],
  MentorshipMeeting: [ADMIN, MENTOR_COORDINATOR, MENTOR, SUPERVISOR],
  AuditEvent: [ADMIN],
};

/** Every object type a caller can reach from the operations open to them, through fields not refused to them. */
function reachableTypes(caller: Caller): Set<string> {
  const reached = new Set<string>();
  const visit = (type: GraphQLOutputType) => {
    const named = getNamedType(type);
    if (!isObjectType(named) || reached.has(named.name)) return;
    reached.add(named.name);
    for (const field of Object.values(named.getFields())) {
      const row = FIELD_ACCESS[`${named.name}.${field.name}` as FieldKey];
      if (!row || row[caller] !== Access.DENIED) visit(field.type);
    }
  };
  for (const key of operationKeys.filter((key) => OPERATION_ACCESS[key][caller] !== Access.DENIED)) {
    const [operation, name] = key.split('.') as ['Query' | 'Mutation', string];
    visit((operation === 'Query' ? schema.getQueryType() : schema.getMutationType())!.getFields()[name]!.type);
  }
  return reached;
}

const codes = (result: GraphQLResponse<unknown>) => (result.errors ?? []).map((error) => error.extensions?.code);
const describeResult = (result: GraphQLResponse<unknown>) => JSON.stringify({ status: result.status, errors: result.errors?.map((e) => [e.extensions?.code, e.message]) });

describe('the matrix', () => {
  it('has an entry for every Query and Mutation field of the schema, and for nothing else', () => {
    const inSchema = [
      ...Object.keys(schema.getQueryType()!.getFields()).map((name) => `Query.${name}`),
      ...Object.keys(schema.getMutationType()!.getFields()).map((name) => `Mutation.${name}`),
    ].sort();
    expect(operationKeys.slice().sort()).toEqual(inSchema);
  });

  it('names only fields the schema has, for every caller', () => {
    for (const key of fieldKeys) {
      const [type, field] = key.split('.') as [string, string];
      expect(schema.getType(type), key).toBeDefined();
      expect(Object.keys((schema.getType(type) as { getFields(): object }).getFields()), key).toContain(field);
    }
    for (const row of [...Object.values(OPERATION_ACCESS), ...Object.values(FIELD_ACCESS)]) expect(Object.keys(row).sort()).toEqual([...CALLERS].sort());
  });

  it('is what every @Authorized in the code says, and every guarded field is in it', () => {
    const storage = getMetadataStorage();
    const keyOf = (target: Function, member: string): string => {
      const query = storage.queries.find((q) => q.target === target && q.methodName === member);
      if (query) return `Query.${query.schemaName}`;
      const mutation = storage.mutations.find((m) => m.target === target && m.methodName === member);
      if (mutation) return `Mutation.${mutation.schemaName}`;
      const resolver = storage.fieldResolvers.find((r) => r.target === target && r.methodName === member);
      const objectTarget = resolver ? storage.resolverClasses.find((r) => r.target === target)!.getObjectType() : target;
      const objectType = storage.objectTypes.find((o) => o.target === objectTarget);
      return `${objectType?.name ?? objectTarget.name}.${resolver?.schemaName ?? member}`;
    };
    const guarded = new Map(storage.authorizedFields.map((entry) => [keyOf(entry.target, entry.fieldName), [...entry.roles].sort()]));
    const expected = new Map(
      [...operationKeys.filter((key) => !isPublic(key)), ...fieldKeys].map((key) => [key as string, rolesFor(key).sort()]),
    );
    expect(Object.fromEntries(guarded)).toEqual(Object.fromEntries(expected));
  });

  it.each(Object.entries(TYPE_READERS))('lets only the callers listed reach %s, by any path of the schema', (type, readers) => {
    const reaching = CALLERS.filter((caller) => reachableTypes(caller).has(type));
    expect(reaching.sort()).toEqual([...readers].sort());
  });

  it('has a scenario for every operation', () => {
    expect(Object.keys(SCENARIOS).sort()).toEqual(operationKeys.slice().sort());
  });
});

/** The scopes a call is tried in: those that must succeed, and the one that must not reach the record. */
function scopesFor(key: OperationKey, caller: Caller, access: Access): { inside: Scope[]; outside?: Scope } {
  const own: Scope = {
    regionCode: OWN_REGION,
    ...(caller === Role.FAMILY ? { familyId: world.ownFamilyId } : {}),
    ...(caller === Role.MENTOR ? { mentorId: world.ownMentorId } : {}),
    ...(access === Access.OWN_RECORD && caller !== Role.FAMILY && caller !== Role.MENTOR && caller !== ANONYMOUS ? { worker: { id: world.userIds[caller], role: caller } } : {}),
  };
  switch (access) {
    case Access.ALLOWED:
      return { inside: [{ regionCode: OWN_REGION }, { regionCode: OTHER_REGION }] };
    case Access.OWN_REGION:
      return { inside: [own], outside: SELF_ONLY.has(key) ? undefined : { regionCode: OTHER_REGION } };
    case Access.OWN_RECORD:
      // No familyId (mentorId): the scenario sets up a new family (mentor), someone else's.
      return { inside: [own], outside: SELF_ONLY.has(key) ? undefined : { regionCode: OWN_REGION } };
    case Access.DENIED:
      return { inside: [own] };
  }
}

describe.each(operationKeys)('%s', (key) => {
  const name = key.split('.')[1]!;

  it.each(CALLERS)('holds for %s', { timeout: 60_000 }, async (caller) => {
    const access = OPERATION_ACCESS[key][caller];
    const { inside, outside } = scopesFor(key, caller, access);
    for (const scope of inside) {
      const call = await SCENARIOS[key](world, scope);
      const result = await world.call(key, call.variables, caller);
      if (access === Access.DENIED) {
        expect(codes(result), describeResult(result)).toEqual([caller === ANONYMOUS ? 'UNAUTHENTICATED' : 'FORBIDDEN']);
        expect(result.data?.[name] ?? null).toBeNull();
        continue;
      }
      expect(result.errors, `${access} in ${JSON.stringify(scope)}: ${describeResult(result)}`).toBeUndefined();
      if (call.recordId) expect(idsIn(result.data)).toContain(call.recordId);
    }
    if (outside) {
      const call = await SCENARIOS[key](world, outside);
      const result = await world.call(key, call.variables, caller);
      if (result.errors) {
        expect(codes(result), describeResult(result)).toEqual(['FORBIDDEN']);
      } else {
        // A list leaves other regions' or families' records out instead.
        expect(call.recordId, `${key} reached a record out of scope without naming it`).toBeDefined();
        expect(idsIn(result.data)).not.toContain(call.recordId);
      }
    }
  });
});

/** How a caller reaches a record of each type with narrower fields, for the records set up below. */
type Reach = 'child' | 'placedChild' | 'family' | 'placement' | 'mentorship' | 'familyTransfer' | 'mentorTransfer' | 'inquiry';

interface Probe {
  reach: Reach;
  /** The selection under the reached record. */
  select: string;
  /** The value read, from the reached record. */
  value: (record: Record<string, any>) => unknown;
  /** Where a refusal shows in the error path: the field, or an enclosing field refused first. */
  guardedBy: string[];
}

const PROBES: Record<FieldKey, Probe> = {
  'Child.iin': { reach: 'child', select: 'iin', value: (r) => r.iin, guardedBy: ['iin'] },
  'Child.legalStatus': { reach: 'child', select: 'legalStatus', value: (r) => r.legalStatus, guardedBy: ['legalStatus'] },
  'Child.healthGroup': { reach: 'child', select: 'healthGroup', value: (r) => r.healthGroup, guardedBy: ['healthGroup'] },
  'Child.specialNeeds': { reach: 'child', select: 'specialNeeds', value: (r) => r.specialNeeds, guardedBy: ['specialNeeds'] },
  'Child.healthNotes': { reach: 'child', select: 'healthNotes', value: (r) => r.healthNotes, guardedBy: ['healthNotes'] },
  'Child.caseNotes': { reach: 'child', select: 'caseNotes', value: (r) => r.caseNotes, guardedBy: ['caseNotes'] },
  'Child.dataBankNumber': { reach: 'child', select: 'dataBankNumber', value: (r) => r.dataBankNumber, guardedBy: ['dataBankNumber'] },
  'Child.placements': { reach: 'child', select: 'placements { id }', value: (r) => r.placements?.[0]?.id, guardedBy: ['placements'] },
  'Child.currentFamily': { reach: 'placedChild', select: 'currentFamily { id }', value: (r) => r.currentFamily?.id, guardedBy: ['currentFamily'] },
  'Family.placements': { reach: 'family', select: 'placements { id }', value: (r) => r.placements?.[0]?.id, guardedBy: ['placements'] },
  'FamilyApplicant.iin': { reach: 'family', select: 'applicants { iin }', value: (r) => r.applicants?.[0]?.iin, guardedBy: ['iin'] },
  'FamilyApplicant.passportNumber': {
    reach: 'family',
    select: 'applicants { passportNumber }',
    value: (r) => r.applicants?.find((applicant: { passportNumber: string | null }) => applicant.passportNumber)?.passportNumber,
    guardedBy: ['passportNumber'],
  },
  'FamilyApplicant.checks': { reach: 'family', select: 'applicants { checks { kind } }', value: (r) => r.applicants?.[0]?.checks?.[0]?.kind, guardedBy: ['checks'] },
  'BackgroundCheck.detail': {
    reach: 'family',
    select: 'applicants { checks { detail } }',
    value: (r) => r.applicants?.[0]?.checks?.find((check: { detail: string | null }) => check.detail)?.detail,
    guardedBy: ['checks', 'detail'],
  },
  'Placement.evaluation': { reach: 'placement', select: 'evaluation { eligible }', value: (r) => r.evaluation?.eligible, guardedBy: ['evaluation'] },
  'PlacementTransition.note': { reach: 'placement', select: 'transitions { note }', value: (r) => r.transitions?.[0]?.note, guardedBy: ['note'] },
  'MentorshipMeeting.notes': { reach: 'mentorship', select: 'meetings { notes }', value: (r) => r.meetings?.[0]?.notes, guardedBy: ['notes'] },
  'CaseTransfer.family': { reach: 'familyTransfer', select: 'family { id }', value: (r) => r.family?.id, guardedBy: ['family'] },
  'CaseTransfer.mentor': { reach: 'mentorTransfer', select: 'mentor { id }', value: (r) => r.mentor?.id, guardedBy: ['mentor'] },
  'Inquiry.child': { reach: 'inquiry', select: 'child { id }', value: (r) => r.child?.id, guardedBy: ['child'] },
};

/** Records of the caller's region, of the family's own placement, with every narrower field set. */
let records: {
  childId: string; familyId: string; placementId: string; mentorshipId: string; ownMentorshipId: string; placedChildId: string; activePlacementId: string; familyTransferId: string; mentorTransferId: string; inquiryId: string;
};

/** The query that reaches a record of the type as this caller; undefined when no operation does. */
function reachFor(reach: Reach, caller: Caller, select: string): { document: string; variables: Record<string, string>; path: string[] } | undefined {
  if (caller === ANONYMOUS) return undefined;
  // A mentor reaches only its own mentorships.
  if (caller === Role.MENTOR) {
    return reach === 'mentorship'
      ? { document: `query Probe($id: ID!) { mentorship(id: $id) { id ${select} } }`, variables: { id: records.ownMentorshipId }, path: ['mentorship'] }
      : undefined;
  }
  const staff = caller !== Role.FAMILY;
  switch (reach) {
    case 'child':
      // A family sees a child only through its own placement.
      return staff
        ? { document: `query Probe($id: ID!) { child(id: $id) { id ${select} } }`, variables: { id: records.childId }, path: ['child'] }
        : { document: `query Probe($id: ID!) { placement(id: $id) { id child { id ${select} } } }`, variables: { id: records.placementId }, path: ['placement', 'child'] };
    case 'placedChild':
      // A child living with the family of the FAMILY caller, by an active placement.
      return staff
        ? { document: `query Probe($id: ID!) { child(id: $id) { id ${select} } }`, variables: { id: records.placedChildId }, path: ['child'] }
        : { document: `query Probe($id: ID!) { placement(id: $id) { id child { id ${select} } } }`, variables: { id: records.activePlacementId }, path: ['placement', 'child'] };
    case 'family':
      if (caller === Role.MENTOR_COORDINATOR) return undefined;
      return { document: `query Probe($id: ID!) { family(id: $id) { id ${select} } }`, variables: { id: records.familyId }, path: ['family'] };
    case 'placement':
      if (caller === Role.MENTOR_COORDINATOR) return undefined;
      return { document: `query Probe($id: ID!) { placement(id: $id) { id ${select} } }`, variables: { id: records.placementId }, path: ['placement'] };
    case 'familyTransfer':
    case 'mentorTransfer':
      // Transfers are staff's: every worker, coordinator and supervisor of the region reads them.
      if (caller === Role.FAMILY) return undefined;
      return {
        document: `query Probe($id: ID!) { transfer(id: $id) { id ${select} } }`, variables: { id: reach === 'familyTransfer' ? records.familyTransferId : records.mentorTransferId }, path: ['transfer'],
      };
    case 'inquiry':
      // A child of the region shown to the FAMILY caller's family: staff of the region and the family read the inquiry.
      if (caller === Role.MENTOR_COORDINATOR) return undefined;
      return { document: `query Probe($id: ID!) { inquiry(id: $id) { id ${select} } }`, variables: { id: records.inquiryId }, path: ['inquiry'] };
    case 'mentorship':
      if (caller === Role.SOCIAL_WORKER || caller === Role.FAMILY) return undefined;
      return { document: `query Probe($id: ID!) { mentorship(id: $id) { id ${select} } }`, variables: { id: records.mentorshipId }, path: ['mentorship'] };
  }
}

describe('fields of personal data narrower than their type', () => {
  beforeAll(async () => {
    const placed = await placementWithCheckDetails(world, { regionCode: OWN_REGION, familyId: world.ownFamilyId });
    const mentored = await mentorshipWithMeeting(world, { regionCode: OWN_REGION });
    const ownMentored = await mentorshipWithMeeting(world, { regionCode: OWN_REGION, mentorId: world.ownMentorId });
    const livingWith = await createChild(app.orm, { regionCode: OWN_REGION, status: ChildStatus.IN_FAMILY_PLACEMENT });
    const active = app.orm.em.fork().create(Placement, { child: livingWith.id, family: world.ownFamilyId, form: PlacementForm.GUARDIANSHIP, status: PlacementStatus.ACTIVE });
    await app.orm.em.fork().persistAndFlush(active);
    // A family's and a mentor's case handed to the supervisor, both waiting.
    const transfers = app.orm.em.fork();
    const transfer = (record: Record<string, string>) =>
      transfers.create(CaseTransfer, { ...record, toWorker: world.userIds[Role.SUPERVISOR], requestedBy: world.userIds[Role.SUPERVISOR], fromRegion: OWN_REGION, toRegion: OWN_REGION });
    const [familyTransfer, mentorTransfer] = [transfer({ family: placed.familyId }), transfer({ mentor: world.ownMentorId })];
    const shown = transfers.create(Inquiry, { child: placed.childId, family: world.ownFamilyId, sharedBy: world.userIds[Role.SOCIAL_WORKER] });
    await transfers.flush();
    records = {
      childId: placed.childId, familyId: placed.familyId, placementId: placed.placementId, mentorshipId: mentored.id, ownMentorshipId: ownMentored.id, placedChildId: livingWith.id, activePlacementId: active.id,
      familyTransferId: familyTransfer.id, mentorTransferId: mentorTransfer.id, inquiryId: shown.id,
    };
    // A foreign second applicant, registered by passport.
    const em = app.orm.em.fork();
    em.create(FamilyApplicant, {
      family: placed.familyId, position: 2, passportNumber: 'FA1234567', passportCountry: 'DE', lastName: 'Schmidt', firstName: 'Anna',
      birthDate: '1986-03-03', sex: Sex.FEMALE, citizenship: Citizenship.FOREIGN, maritalStatus: MaritalStatus.MARRIED,
    });
    await em.flush();
  });

  describe.each(fieldKeys)('%s', (key) => {
    it.each(CALLERS)('holds for %s', async (caller) => {
      const access = FIELD_ACCESS[key][caller];
      const probe = PROBES[key];
      const reach = reachFor(probe.reach, caller, probe.select);
      if (!reach) {
        // Nothing leads this caller to the record: the field cannot be granted to them.
        expect(access).toBe(Access.DENIED);
        return;
      }
      const result = await app.request<Record<string, any>>(reach.document, reach.variables, world.tokens[caller]);
      const record = reach.path.reduce<Record<string, any> | undefined>((value, step) => value?.[step], result.data ?? undefined);
      // A refused field is null on its own: the record around it stays (the field is nullable).
      expect(record?.id, `the record itself is readable: ${describeResult(result)}`).toBeTruthy();
      if (access === Access.DENIED) {
        expect(probe.value(record!) ?? null).toBeNull();
        const refusals = (result.errors ?? []).filter((error) => probe.guardedBy.includes(String(error.path?.at(-1))));
        expect(refusals.length, describeResult(result)).toBeGreaterThan(0);
        expect(codes({ ...result, errors: refusals })).toEqual(refusals.map(() => 'FORBIDDEN'));
      } else {
        expect(result.errors, describeResult(result)).toBeUndefined();
        expect(probe.value(record!)).not.toBeNull();
        expect(probe.value(record!)).toBeDefined();
      }
    });
  });
});
