import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSchema } from '../src/graphql/schema.js';
import { AuditEvent } from '../src/modules/audit/audit-event.entity.js';
import { ANONYMOUS, OPERATION_ACCESS, type Caller, type OperationKey } from '../src/modules/identity/authorization-matrix.js';
import { Role } from '../src/shared/enums.js';
import {
  ApplicantCheckDetailsDocument,
  ApplicantChecksDocument,
  AuditEventsDocument,
  ChildCaseFileTwiceDocument,
  ChildrenWithIinsDocument,
  ChildrenWithNamesDocument,
  UpdateChildShowingIinDocument,
  type AuditEventFilter,
  type AuditEventsQuery,
} from './generated/graphql.js';
import { createChild, createFamily } from './support/factories.js';
import { placementWithCheckDetails, SCENARIOS } from './support/scenarios.js';
import { startTestApp, type GraphQLResponse, type TestApp } from './support/test-app.js';
import { createWorld, OWN_REGION, uniqueName, type World } from './support/world.js';

/**
 * Who saw it: every mutation leaves exactly its audit events, every read of a case file or a
 * background check leaves one event per record and request, and the trail cannot be rewritten.
 */

const schema = await createSchema();
let app: TestApp;
let world: World;
const userIds: Partial<Record<Role, string>> = {};

let requestSerial = 0;
const newRequestId = (stem: string) => `audit-${stem}-${++requestSerial}-${Date.now()}`;

/** A typed request sent with its own `x-request-id`, so the events it wrote can be found by that correlation id. */
async function send<T, V>(document: TypedDocumentNode<T, V>, variables: V, caller: Caller, requestId: string): Promise<GraphQLResponse<T>> {
  const token = world.tokens[caller];
  const response = await fetch(app.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-request-id': requestId, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json()) as GraphQLResponse<T>;
  return { status: response.status, data: body.data, errors: body.errors };
}

type Event = AuditEventsQuery['auditEvents']['edges'][number]['node'];

/** The audit trail through its own API, as an administrator. */
async function auditEvents(filter: AuditEventFilter, first = 100, after?: string) {
  const result = await app.request(AuditEventsDocument, { filter, first, after }, world.tokens[Role.ADMIN]);
  expect(result.errors).toBeUndefined();
  return result.data!.auditEvents;
}

const eventsOf = async (correlationId: string): Promise<Event[]> => (await auditEvents({ correlationId })).edges.map((edge) => edge.node);

beforeAll(async () => {
  app = await startTestApp();
  world = await createWorld(app, schema);
  for (const role of Object.values(Role)) {
    const me = await world.must('Query.me', {}, role);
    userIds[role] = me.id;
  }
});

afterAll(() => app?.close());

/** What each mutation writes to the trail, for one successful call on a record with no siblings. */
const EXPECTED_ACTIONS: Record<string, string[]> = {
  login: ['user.login'],
  logout: ['user.logout'],
  changePassword: ['user.change-password'],
  setMyLanguage: ['user.set-language'],
  createTask: ['task.create'],
  completeTask: ['task.complete'],
  cancelTask: ['task.cancel'],
  supersedeDocument: ['document.supersede'],
  activateAccount: ['user.activate'],
  requestPasswordReset: ['user.request-password-reset'],
  resetPassword: ['user.reset-password'],
  createStaffAccount: ['user.create-staff'],
  updateStaffAccount: ['user.update-staff'],
  disableAccount: ['user.disable'],
  enableAccount: ['user.enable'],
  inviteFamily: ['user.invite-family'],
  inviteMentor: ['user.invite-mentor'],
  registerChild: ['child.register'],
  updateChild: ['child.update'],
  recordDataBankExit: ['child.exit-data-bank'],
  recordDataBankRegistration: ['child.record-data-bank-registration'],
  correctChildIdentity: ['child.correct-identity'],
  // Two children with no group: both join a new one. Two alone in a group: it is dissolved.
  linkSiblings: ['child.link-siblings', 'child.link-siblings'],
  unlinkSibling: ['child.unlink-sibling', 'child.unlink-sibling'],
  registerInstitution: ['institution.register'],
  updateInstitution: ['institution.update'],
  registerFamily: ['family.register'],
  updateFamily: ['family.update'],
  recordFamilyAssessment: ['family.assess'],
  recordApplicantChecks: ['family.record-checks'],
  correctApplicantIdentity: ['family.correct-applicant-identity'],
  submitFamilyChanges: ['family.submit-changes'],
  // The accepted field goes into the family record, audited on it; the review, on the request.
  reviewFamilyChanges: ['family.accept-changes', 'family.review-changes'],
  registerMentor: ['mentor.register'],
  updateMentor: ['mentor.update'],
  correctMentorIdentity: ['mentor.correct-identity'],
  proposeMentorship: ['mentorship.propose'],
  activateMentorship: ['mentorship.activate'],
  pauseMentorship: ['mentorship.pause'],
  resumeMentorship: ['mentorship.resume'],
  closeMentorship: ['mentorship.close'],
  recordMentorshipMeeting: ['mentorship.record-meeting'],
  proposePlacement: ['placement.propose'],
  recordChildConsent: ['placement.record-consent'],
  startPlacementIntroduction: ['placement.start-introduction'],
  startPlacementTrial: ['placement.start-trial'],
  approvePlacement: ['placement.approve'],
  activatePlacement: ['child.placement-status', 'placement.activate'],
  endPlacement: ['placement.end'],
  extendPlacementStay: ['placement.extend-stay'],
  updateMatchingPolicy: ['matching-policy.update'],
  requestTransfer: ['case-transfer.request'],
  // Within one region: the case changes hands and stays.
  acceptTransfer: ['case-transfer.accept', 'child.transfer'],
  declineTransfer: ['case-transfer.decline'],
  withdrawTransfer: ['case-transfer.withdraw'],
  confirmMyAvailability: ['family.confirm-availability'],
  shareChildWithFamily: ['inquiry.share'],
  expressInterest: ['inquiry.express-interest'],
  answerInquiry: ['inquiry.answer'],
};

const mutations = Object.keys(schema.getMutationType()!.getFields());

/** The caller a mutation is tried as: an administrator unless the matrix keeps it for someone else. */
function callerOf(key: OperationKey): Caller {
  const row = OPERATION_ACCESS[key];
  if (row[ANONYMOUS] !== 'DENIED') return ANONYMOUS;
  return row[Role.ADMIN] !== 'DENIED' ? Role.ADMIN : Role.FAMILY;
}

describe('every mutation', () => {
  it('has its expected audit events listed', () => {
    expect(Object.keys(EXPECTED_ACTIONS).sort()).toEqual(mutations.slice().sort());
  });

  it.each(mutations)('%s leaves exactly its audit events, with who, role, request and correlation id', async (name) => {
    const key = `Mutation.${name}` as OperationKey;
    const caller = callerOf(key);
    const call = await SCENARIOS[key](world, { regionCode: OWN_REGION, ...(caller === Role.FAMILY ? { familyId: world.ownFamilyId } : {}) });
    const requestId = newRequestId(name);
    const result = await world.call(key, call.variables, caller, { 'x-request-id': requestId });
    expect(result.errors).toBeUndefined();

    const events = await eventsOf(requestId);
    expect(events.map((event) => event.action).sort()).toEqual(EXPECTED_ACTIONS[name]);
    // A sign-in (a one-time token) acts for the user who signed in (whose token it is); a reset request, for no one.
    const actorId = caller === ANONYMOUS ? (call.actorId ?? call.recordId ?? null) : userIds[caller as Role];
    const actorRole = caller === ANONYMOUS ? (actorId ? Role.SOCIAL_WORKER : null) : caller;
    for (const event of events) {
      expect(event).toMatchObject({ correlationId: requestId, actorId, actorRole });
      expect(event.requestId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(event.entityId).toBeTruthy();
      // Names of fields, never values.
      for (const field of event.fields) expect(field).toMatch(/^[A-Za-z.]+$/);
    }
  });

  it('leaves nothing when it is refused', async () => {
    const call = await SCENARIOS['Mutation.updateChild'](world, { regionCode: 'ALMATY' });
    const requestId = newRequestId('refused');
    const result = await world.call('Mutation.updateChild', call.variables, Role.SOCIAL_WORKER, { 'x-request-id': requestId });
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await eventsOf(requestId)).toEqual([]);
  });
});

describe('reading a case file', () => {
  it('writes one event per child, naming the fields read, in one statement for a whole page', async () => {
    const lastName = uniqueName('Бетбе');
    const children = [];
    for (let i = 0; i < 50; i++) children.push(await createChild(app.orm, { lastName, regionCode: OWN_REGION }));
    const variables = { first: 50, filter: { search: lastName } };

    app.queries.reset();
    const names = await send(ChildrenWithNamesDocument, variables, Role.SOCIAL_WORKER, newRequestId('names'));
    const statementsWithoutReads = app.queries.count;
    app.queries.reset();
    const requestId = newRequestId('page');
    const page = await send(ChildrenWithIinsDocument, variables, Role.SOCIAL_WORKER, requestId);
    const statementsWithReads = app.queries.count;

    expect(names.errors).toBeUndefined();
    expect(page.errors).toBeUndefined();
    expect(page.data!.children.edges.map((edge) => edge.node.iin).sort()).toEqual(children.map((child) => child.iin).sort());
    expect(statementsWithReads).toBe(statementsWithoutReads + 1);
    const events = await eventsOf(requestId);
    expect(events).toHaveLength(50);
    expect(events.map((event) => event.entityId).sort()).toEqual(children.map((child) => child.id).sort());
    for (const event of events) {
      expect(event).toMatchObject({ action: 'child.read-case-file', entityName: 'Child', fields: ['iin'], actorRole: 'SOCIAL_WORKER', actorId: userIds[Role.SOCIAL_WORKER] });
    }
  });

  it('writes one event for a child read twice in one request, with every field read', async () => {
    const child = await createChild(app.orm, { regionCode: OWN_REGION, caseNotes: 'synthetic case note' });
    const requestId = newRequestId('twice');
    const result = await send(ChildCaseFileTwiceDocument, { id: child.id }, Role.ADMIN, requestId);
    expect(result.errors).toBeUndefined();
    const events = await eventsOf(requestId);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: 'child.read-case-file', entityId: child.id, fields: ['caseNotes', 'healthNotes', 'iin'], actorRole: 'ADMIN' });
  });

  it('writes nothing when no case-file field is read, or when the read is refused', async () => {
    const child = await createChild(app.orm, { regionCode: OWN_REGION });
    const plain = newRequestId('plain');
    expect((await world.call('Query.child', { id: child.id }, Role.SOCIAL_WORKER, { 'x-request-id': plain })).errors).toBeUndefined();
    const refused = newRequestId('refused-read');
    const result = await send(ChildCaseFileTwiceDocument, { id: child.id }, Role.MENTOR_COORDINATOR, refused);
    expect(result.data!.identity.iin).toBeNull();
    expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
    expect(await eventsOf(plain)).toEqual([]);
    expect(await eventsOf(refused)).toEqual([]);
  });

  it('is audited when a mutation answers with it, beside the change', async () => {
    const child = await createChild(app.orm, { regionCode: OWN_REGION });
    const requestId = newRequestId('update-read');
    const result = await send(UpdateChildShowingIinDocument, { input: { id: child.id, version: child.version, firstName: 'Әлия' } }, Role.SOCIAL_WORKER, requestId);
    expect(result.data!.updateChild.iin).toBe(child.iin);
    const events = await eventsOf(requestId);
    expect(events.map((event) => [event.action, event.fields])).toEqual(
      expect.arrayContaining([
        ['child.update', ['firstName']],
        ['child.read-case-file', ['iin']],
      ]),
    );
    expect(events).toHaveLength(2);
  });

  it('is not handed out when its reading cannot be recorded', async () => {
    const child = await createChild(app.orm, { regionCode: OWN_REGION });
    const connection = app.orm.em.getConnection();
    await connection.execute(`alter table audit_event add constraint test_refuse_reads check (action not like '%.read-%') not valid`);
    try {
      const requestId = newRequestId('unrecorded');
      const result = await send(ChildCaseFileTwiceDocument, { id: child.id }, Role.ADMIN, requestId);
      expect(result.status).toBe(503);
      expect(result.data ?? null).toBeNull();
      expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['SERVICE_UNAVAILABLE']);
      expect(JSON.stringify(result)).not.toContain(child.iin);
    } finally {
      await connection.execute('alter table audit_event drop constraint test_refuse_reads');
    }
    // Reads without audited fields are unaffected, and audited reads work again.
    expect((await send(ChildCaseFileTwiceDocument, { id: child.id }, Role.ADMIN, newRequestId('recorded'))).status).toBe(200);
  });
});

describe('reading background checks', () => {
  it('writes one event per applicant: checks, and their details when read', async () => {
    const { familyId, applicantId } = await placementWithCheckDetails(world, { regionCode: OWN_REGION });
    const checksOnly = newRequestId('checks');
    const withDetails = newRequestId('details');
    expect((await send(ApplicantChecksDocument, { id: familyId }, Role.SOCIAL_WORKER, checksOnly)).errors).toBeUndefined();
    const details = await send(ApplicantCheckDetailsDocument, { id: familyId }, Role.SOCIAL_WORKER, withDetails);
    expect(details.data!.family.applicants[0]!.checks!.some((check) => check.detail)).toBe(true);

    expect(await eventsOf(checksOnly)).toEqual([
      expect.objectContaining({ action: 'family-applicant.read-personal', entityName: 'FamilyApplicant', entityId: applicantId, fields: ['checks'] }),
    ]);
    expect(await eventsOf(withDetails)).toEqual([
      expect.objectContaining({ action: 'family-applicant.read-personal', entityName: 'FamilyApplicant', entityId: applicantId, fields: ['checks', 'checks.detail'] }),
    ]);
  });

  it('writes nothing for a family reading its own record, whose checks it may not see', async () => {
    const requestId = newRequestId('own-checks');
    const result = await send(ApplicantChecksDocument, { id: world.ownFamilyId }, Role.FAMILY, requestId);
    expect(result.data!.family.applicants[0]!.checks).toBeNull();
    expect(await eventsOf(requestId)).toEqual([]);
  });
});

describe('the audit table', () => {
  it.each([
    ['UPDATE', `update audit_event set action = 'forged'`],
    ['UPDATE of no row', `update audit_event set action = 'forged' where false`],
    ['DELETE', 'delete from audit_event'],
    ['TRUNCATE', 'truncate audit_event'],
  ])('refuses %s at the database', async (_name, sql) => {
    const em = app.orm.em.fork();
    const before = await em.count(AuditEvent, {});
    expect(before).toBeGreaterThan(0);
    await expect(em.getConnection().execute(sql)).rejects.toThrow(/append-only/);
    expect(await em.count(AuditEvent, { action: 'forged' })).toBe(0);
    expect(await app.orm.em.fork().count(AuditEvent, {})).toBe(before);
  });

  it('gives every event a request id', async () => {
    expect(await app.orm.em.fork().count(AuditEvent, { requestId: null })).toBe(0);
  });
});

describe('auditEvents', () => {
  it('filters by actor, action, record and time, oldest first', async () => {
    const family = await createFamily(app.orm, { regionCode: OWN_REGION });
    const from = new Date();
    const call = await SCENARIOS['Mutation.updateFamily'](world, { regionCode: OWN_REGION, familyId: family.id });
    expect((await world.call('Mutation.updateFamily', call.variables, Role.SOCIAL_WORKER)).errors).toBeUndefined();
    const again = await SCENARIOS['Mutation.updateFamily'](world, { regionCode: OWN_REGION, familyId: family.id });
    expect((await world.call('Mutation.updateFamily', again.variables, Role.ADMIN)).errors).toBeUndefined();

    const onFamily = await auditEvents({ entityName: 'Family', entityId: family.id });
    expect(onFamily.edges.map((edge) => [edge.node.action, edge.node.actorRole])).toEqual([
      ['family.update', 'SOCIAL_WORKER'],
      ['family.update', 'ADMIN'],
    ]);
    const byWorker = await auditEvents({ entityId: family.id, actorId: userIds[Role.SOCIAL_WORKER] });
    expect(byWorker.totalCount).toBe(1);
    expect((await auditEvents({ entityId: family.id, action: 'family.register' })).totalCount).toBe(0);
    expect((await auditEvents({ entityId: family.id, from: from.toISOString() })).totalCount).toBe(2);
    expect((await auditEvents({ entityId: family.id, to: from.toISOString() })).totalCount).toBe(0);
  });

  it('pages through the trail with stable cursors', async () => {
    const firstPage = await auditEvents({}, 3);
    expect(firstPage.edges).toHaveLength(3);
    expect(firstPage.pageInfo.hasNextPage).toBe(true);
    const secondPage = await auditEvents({}, 3, firstPage.pageInfo.endCursor!);
    const ids = [...firstPage.edges, ...secondPage.edges].map((edge) => edge.node.id);
    expect(new Set(ids).size).toBe(6);
    expect((await auditEvents({}, 6)).edges.map((edge) => edge.node.id)).toEqual(ids);
  });

  it('is for administrators only', async () => {
    for (const role of [Role.SOCIAL_WORKER, Role.MENTOR_COORDINATOR, Role.FAMILY]) {
      const result = await app.request(AuditEventsDocument, { first: 1 }, world.tokens[role]);
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});
