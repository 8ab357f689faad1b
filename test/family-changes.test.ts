import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../src/modules/audit/audit-event.entity.js';
import { Family } from '../src/modules/families/family.entity.js';
import { FamilyChangeRequest } from '../src/modules/family-changes/family-change-request.entity.js';
import { Role } from '../src/shared/enums.js';
import {
  FamiliesDocument,
  FamilyChangeRequestsDocument,
  FamilyHistoryDocument,
  FamilyProvenanceDocument,
  MyPendingChangesDocument,
  QueuePageDocument,
  ReviewFamilyChangesDocument,
  SubmitFamilyChangesDocument,
  UpdateFamilyDocument,
  type FieldDecisionInput,
  type SubmitFamilyChangesInput,
} from './generated/graphql.js';
import { createChangeRequest, createFamily, createUser } from './support/factories.js';
import { startTestApp, type GraphQLResponse, type TestApp } from './support/test-app.js';

/** A family's own edits wait for its worker, field by field; every field says who set it (issue 10, section 2). */

let app: TestApp;
let worker: string;
let workerId: string;
let almatyWorker: string;
let coordinator: string;
let serial = 0;

const reload = (id: string) => app.orm.em.fork().findOneOrFail(Family, { id });
const requestRow = (id: string) => app.orm.em.fork().findOneOrFail(FamilyChangeRequest, { id });
const codeOf = (result: GraphQLResponse<unknown>) => result.errors?.[0]?.extensions?.code;
const ok = <T>(result: GraphQLResponse<T>): T => {
  expect(result.errors).toBeUndefined();
  return result.data!;
};

/** A family of Astana with its own account. */
async function familyWithAccount(assignedWorker?: string) {
  const family = await createFamily(app.orm, { contactPhone: '+7 701 111 11 11', assignedWorker });
  const email = `changes.family.${++serial}@test.kz`;
  const user = await createUser(app.orm, { email, role: Role.FAMILY, familyId: family.id });
  return { family, userId: user.id, token: await app.login(email) };
}

const submit = (input: SubmitFamilyChangesInput, token: string) => app.request(SubmitFamilyChangesDocument, { input }, token);
const review = (request: { id: string; version: number }, familyVersion: number, decisions: FieldDecisionInput[], token = worker) =>
  app.request(ReviewFamilyChangesDocument, { input: { id: request.id, version: request.version, familyVersion, decisions } }, token);

beforeAll(async () => {
  app = await startTestApp();
  workerId = (await createUser(app.orm, { email: 'changes.worker@test.kz', role: Role.SOCIAL_WORKER, regionCode: 'ASTANA' })).id;
  await createUser(app.orm, { email: 'changes.worker.almaty@test.kz', role: Role.SOCIAL_WORKER, regionCode: 'ALMATY' });
  await createUser(app.orm, { email: 'changes.coordinator@test.kz', role: Role.MENTOR_COORDINATOR, regionCode: 'ASTANA' });
  [worker, almatyWorker, coordinator] = await Promise.all(['changes.worker@test.kz', 'changes.worker.almaty@test.kz', 'changes.coordinator@test.kz'].map((email) => app.login(email)));
});

afterAll(() => app?.close());

describe('a family submitting changes', () => {
  it('makes a pending change request and leaves its record, and what staff and matching see, as it was', async () => {
    const { family, userId, token } = await familyWithAccount();
    const input = { version: family.version, acceptingPlacements: false, availabilityNote: 'Synthetic: away until spring', capacity: family.capacity };
    const { submitFamilyChanges: request } = ok(await submit(input, token));
    // The capacity given is the one read: it proposes nothing.
    expect(request).toMatchObject({ status: 'PENDING', readVersion: family.version, submittedBy: userId, family: { id: family.id, version: family.version } });
    expect(request.fields).toEqual([
      expect.objectContaining({ field: 'acceptingPlacements', readValue: true, proposedValue: false, currentValue: true, conflict: false, decision: 'PENDING' }),
      expect.objectContaining({ field: 'availabilityNote', readValue: null, proposedValue: 'Synthetic: away until spring', currentValue: null, conflict: false, decision: 'PENDING' }),
    ]);
    const stored = await reload(family.id);
    expect({ version: stored.version, acceptingPlacements: stored.acceptingPlacements, availabilityNote: stored.availabilityNote }).toEqual({ version: family.version, acceptingPlacements: true, availabilityNote: null });
    // Staff lists filter on the accepted value only.
    const notAccepting = ok(await app.request(FamiliesDocument, { first: 100, filter: { acceptingPlacements: false } }, worker));
    expect(notAccepting.families.edges.map((edge) => edge.node.id)).not.toContain(family.id);

    const events = await app.orm.em.fork().find(AuditEvent, { entityId: request.id }, { orderBy: { action: 'asc' } });
    // Reading the values back is audited too: they hold contacts and notes.
    expect(events.map((event) => [event.action, event.changedFields])).toEqual([
      ['family-change-request.read-personal', ['fields']],
      ['family.submit-changes', ['acceptingPlacements', 'availabilityNote']],
    ]);

    const mine = ok(await app.request(FamilyChangeRequestsDocument, { first: 10 }, token));
    expect(mine.familyChangeRequests.edges.map((edge) => [edge.node.id, edge.node.status])).toEqual([[request.id, 'PENDING']]);
    const pending = ok(await app.request(MyPendingChangesDocument, {}, token)).myFamily!.pendingChanges;
    expect(pending.map((each) => [each.id, each.fields.map((field) => field.field)])).toEqual([[request.id, ['acceptingPlacements', 'availabilityNote']]]);
  });

  it('refuses a submission that changes nothing, or names a version its record never had, writing nothing', async () => {
    const { family, token } = await familyWithAccount();
    const same = await submit({ version: family.version, contactPhone: family.contactPhone, preferences: { ...family.preferences } }, token);
    expect(codeOf(same)).toBe('BAD_USER_INPUT');
    const ahead = await submit({ version: family.version + 1, availabilityNote: 'Synthetic: later' }, token);
    expect(codeOf(ahead)).toBe('BAD_USER_INPUT');
    const invalid = await submit({ version: family.version, preferences: { childAgeMin: 12, childAgeMax: 3 } }, token);
    expect(codeOf(invalid)).toBe('BAD_USER_INPUT');
    expect(await app.orm.em.fork().count(FamilyChangeRequest, { family: family.id })).toBe(0);
  });

  it('takes the values the family read from its version, and marks a field staff changed since as a conflict', async () => {
    const { family, token } = await familyWithAccount();
    const read = family.version;
    ok(await app.request(UpdateFamilyDocument, { input: { id: family.id, version: read, contactPhone: '+7 702 222 22 22', housing: { kind: 'RENTED', areaSqm: 60, rooms: 2 } } }, worker));
    const { submitFamilyChanges: request } = ok(
      await submit({ version: read, contactPhone: '+7 703 333 33 33', housing: { kind: 'OWNED_APARTMENT', areaSqm: 80, rooms: 4 }, availabilityNote: 'Synthetic: evenings' }, token),
    );
    expect(request.fields).toEqual([
      expect.objectContaining({
        field: 'housing',
        readValue: { kind: 'OWNED_APARTMENT', areaSqm: 80, rooms: 3 },
        proposedValue: { kind: 'OWNED_APARTMENT', areaSqm: 80, rooms: 4 },
        currentValue: { kind: 'RENTED', areaSqm: 60, rooms: 2 },
        conflict: true,
      }),
      expect.objectContaining({ field: 'contactPhone', readValue: '+7 701 111 11 11', proposedValue: '+7 703 333 33 33', currentValue: '+7 702 222 22 22', conflict: true }),
      expect.objectContaining({ field: 'availabilityNote', readValue: null, conflict: false }),
    ]);
    // The staff value stands until the worker picks.
    expect((await reload(family.id)).contactPhone).toBe('+7 702 222 22 22');
  });
});

describe('a worker reviewing a change request', () => {
  it('accepts and rejects field by field: accepted values go into the record, a rejection keeps its reason for the family', async () => {
    const { family, token } = await familyWithAccount();
    const { submitFamilyChanges: request } = ok(await submit({ version: family.version, contactPhone: '+7 704 444 44 44', capacity: 1, availabilityNote: 'Synthetic: weekends' }, token));

    const first = ok(await review(request, family.version, [{ field: 'availabilityNote', accept: true }, { field: 'capacity', accept: false, reason: 'Synthetic: the home visit found room for two' }]));
    expect(first.reviewFamilyChanges.status).toBe('PENDING');
    expect(first.reviewFamilyChanges.fields.find((field) => field.field === 'capacity')).toMatchObject({ decision: 'REJECTED', rejectionReason: 'Synthetic: the home visit found room for two', reviewedById: workerId });
    let stored = await reload(family.id);
    expect({ note: stored.availabilityNote, capacity: stored.capacity, phone: stored.contactPhone, version: stored.version }).toEqual({ note: 'Synthetic: weekends', capacity: 4, phone: '+7 701 111 11 11', version: family.version + 1 });

    const second = ok(await review(first.reviewFamilyChanges, stored.version, [{ field: 'contactPhone', accept: true }]));
    expect(second.reviewFamilyChanges.status).toBe('PARTLY_ACCEPTED');
    // Reviewed: no longer among the family's pending changes.
    expect(ok(await app.request(MyPendingChangesDocument, {}, token)).myFamily!.pendingChanges).toEqual([]);
    stored = await reload(family.id);
    expect(stored.contactPhone).toBe('+7 704 444 44 44');

    // The family reads the outcome and the reason.
    const mine = ok(await app.request(FamilyChangeRequestsDocument, { first: 10 }, token)).familyChangeRequests.edges[0]!.node;
    expect(mine.fields.map((field) => [field.field, field.decision, field.rejectionReason ?? null])).toEqual([
      ['capacity', 'REJECTED', 'Synthetic: the home visit found room for two'],
      ['contactPhone', 'ACCEPTED', null],
      ['availabilityNote', 'ACCEPTED', null],
    ]);
    const events = await app.orm.em.fork().find(AuditEvent, { entityId: { $in: [request.id, family.id] }, action: { $in: ['family.review-changes', 'family.accept-changes'] } }, { orderBy: { id: 'asc' } });
    // Both events of one review share its instant; their order within it is not told.
    expect(events.map((event) => [event.action, event.changedFields]).sort()).toEqual([
      ['family.accept-changes', ['availabilityNote']],
      ['family.accept-changes', ['contactPhone']],
      ['family.review-changes', ['availabilityNote', 'capacity']],
      ['family.review-changes', ['contactPhone']],
    ]);
  });

  it("puts the family's value over staff's in a conflict when the worker accepts it", async () => {
    const { family, token } = await familyWithAccount();
    const updated = ok(await app.request(UpdateFamilyDocument, { input: { id: family.id, version: family.version, contactPhone: '+7 702 222 22 22' } }, worker)).updateFamily;
    const { submitFamilyChanges: request } = ok(await submit({ version: family.version, contactPhone: '+7 703 333 33 33' }, token));
    const reviewed = ok(await review(request, updated.version, [{ field: 'contactPhone', accept: true }])).reviewFamilyChanges;
    expect(reviewed.fields[0]).toMatchObject({ decision: 'ACCEPTED', conflict: true, standingValue: '+7 702 222 22 22', currentValue: '+7 703 333 33 33' });
    expect((await reload(family.id)).contactPhone).toBe('+7 703 333 33 33');
  });

  it('refuses a reviewed field, a stale version, a rejection without a reason and a field not proposed, writing nothing', async () => {
    const { family, token } = await familyWithAccount();
    const { submitFamilyChanges: request } = ok(await submit({ version: family.version, availabilityNote: 'Synthetic: mornings', settlement: 'Қосшы' }, token));
    const reviewed = ok(await review(request, family.version, [{ field: 'availabilityNote', accept: true }])).reviewFamilyChanges;
    const after = { request: await requestRow(request.id), family: await reload(family.id), events: await app.orm.em.fork().count(AuditEvent, {}) };

    const attempts = [
      [await review(reviewed, after.family.version, [{ field: 'availabilityNote', accept: false, reason: 'Synthetic: second thoughts' }]), 'CONFLICT'],
      [await review(request, after.family.version, [{ field: 'settlement', accept: true }]), 'CONFLICT'],
      [await review(reviewed, family.version, [{ field: 'settlement', accept: true }]), 'CONFLICT'],
      [await review(reviewed, after.family.version, [{ field: 'settlement', accept: false }]), 'BAD_USER_INPUT'],
      [await review(reviewed, after.family.version, [{ field: 'capacity', accept: true }]), 'BAD_USER_INPUT'],
      [await review(reviewed, after.family.version, [{ field: 'settlement', accept: true }], almatyWorker), 'FORBIDDEN'],
      [await review(reviewed, after.family.version, [{ field: 'settlement', accept: true }], coordinator), 'FORBIDDEN'],
      [await review(reviewed, after.family.version, [{ field: 'settlement', accept: true }], token), 'FORBIDDEN'],
    ] as const;
    expect(attempts.map(([result]) => codeOf(result))).toEqual(attempts.map(([, code]) => code));
    const now = { request: await requestRow(request.id), family: await reload(family.id), events: await app.orm.em.fork().count(AuditEvent, {}) };
    expect([now.request.version, now.request.fields, now.family.version, now.family.settlement, now.events]).toEqual([
      after.request.version, after.request.fields, after.family.version, after.family.settlement, after.events,
    ]);
  });

  it('lists the review queue of the region only, and a family only its own requests', async () => {
    const [own, another] = [await familyWithAccount(), await familyWithAccount()];
    const almaty = await createFamily(app.orm, { regionCode: 'ALMATY' });
    const almatyEmail = `changes.family.almaty.${++serial}@test.kz`;
    await createUser(app.orm, { email: almatyEmail, role: Role.FAMILY, familyId: almaty.id });
    const ids = [
      ok(await submit({ version: own.family.version, availabilityNote: 'Synthetic: own' }, own.token)).submitFamilyChanges.id,
      ok(await submit({ version: another.family.version, availabilityNote: 'Synthetic: another' }, another.token)).submitFamilyChanges.id,
      ok(await submit({ version: almaty.version, availabilityNote: 'Synthetic: almaty' }, await app.login(almatyEmail))).submitFamilyChanges.id,
    ];
    const listed = async (token: string, filter = {}) =>
      ok(await app.request(FamilyChangeRequestsDocument, { first: 100, filter: { status: ['PENDING'], ...filter } }, token)).familyChangeRequests.edges.map((edge) => edge.node.id);
    expect(await listed(worker)).toEqual(expect.arrayContaining(ids.slice(0, 2)));
    expect(await listed(worker)).not.toContain(ids[2]);
    expect(await listed(almatyWorker)).toContain(ids[2]);
    expect(await listed(own.token)).toEqual([ids[0]]);
    expect(codeOf(await app.request(FamilyChangeRequestsDocument, { first: 10, filter: { regionCode: 'ALMATY' } }, worker))).toBe('FORBIDDEN');
    expect(codeOf(await app.request(FamilyChangeRequestsDocument, { first: 10, filter: { familyId: another.family.id } }, own.token))).toBe('FORBIDDEN');
    expect(codeOf(await app.request(FamilyChangeRequestsDocument, { first: 10 }, coordinator))).toBe('FORBIDDEN');
  });

  it("leaves another worker's family to its owner or the supervisor: a colleague sees the request but may not decide it", async () => {
    const colleagueEmail = `changes.colleague.${++serial}@test.kz`;
    const supervisorEmail = `changes.supervisor.${serial}@test.kz`;
    await createUser(app.orm, { email: colleagueEmail, role: Role.SOCIAL_WORKER, regionCode: 'ASTANA' });
    await createUser(app.orm, { email: supervisorEmail, role: Role.SUPERVISOR, regionCode: 'ASTANA' });
    const { family, token } = await familyWithAccount(workerId);
    const request = ok(await submit({ version: family.version, availabilityNote: 'Synthetic: weekends', settlement: 'Қосшы' }, token)).submitFamilyChanges;
    const colleague = await app.login(colleagueEmail);
    const seen = ok(await app.request(FamilyChangeRequestsDocument, { first: 100, filter: { familyId: family.id } }, colleague)).familyChangeRequests.edges;
    expect(seen.map((edge) => edge.node.id)).toEqual([request.id]);
    expect(codeOf(await review(request, family.version, [{ field: 'settlement', accept: true }], colleague))).toBe('FORBIDDEN');
    expect((await requestRow(request.id)).version).toBe(request.version);
    const bySupervisor = ok(await review(request, family.version, [{ field: 'settlement', accept: true }], await app.login(supervisorEmail))).reviewFamilyChanges;
    expect(bySupervisor.status).toBe('PENDING');
    const byOwner = ok(await review(bySupervisor, (await reload(family.id)).version, [{ field: 'availabilityNote', accept: true }])).reviewFamilyChanges;
    expect(byOwner.status).toBe('ACCEPTED');
  });

  it("gives a worker the queue of the families assigned to it with assignedTo: ME", async () => {
    const mine = await familyWithAccount(workerId);
    const unassigned = await familyWithAccount();
    const ids = [];
    for (const { family, token } of [mine, unassigned]) ids.push(ok(await submit({ version: family.version, availabilityNote: 'Synthetic: queue' }, token)).submitFamilyChanges.id);
    const queue = async (assignedTo: string) =>
      ok(await app.request(FamilyChangeRequestsDocument, { first: 100, filter: { status: ['PENDING'], assignedTo } }, worker)).familyChangeRequests.edges.map((edge) => edge.node.id);
    expect(await queue('ME')).toContain(ids[0]);
    expect(await queue('ME')).not.toContain(ids[1]);
    expect(await queue('NONE')).toContain(ids[1]);
    expect(await queue(workerId)).toEqual(await queue('ME'));
  });
});

describe('a family proposing a field again', () => {
  it('supersedes the earlier pending proposal of that field: the worker reviews only the latest, and cannot accept the older after it', async () => {
    const { family, token } = await familyWithAccount();
    const first = ok(await submit({ version: family.version, availabilityNote: 'Synthetic: mornings', settlement: 'Қосшы' }, token)).submitFamilyChanges;
    const second = ok(await submit({ version: family.version, availabilityNote: 'Synthetic: evenings' }, token)).submitFamilyChanges;
    const older = await requestRow(first.id);
    expect(older.status).toBe('PENDING');
    expect(older.fields.map((field) => [field.field, field.decision, field.supersededBy])).toEqual([
      ['settlement', 'PENDING', undefined],
      ['availabilityNote', 'SUPERSEDED', second.id],
    ]);
    expect(codeOf(await review({ id: first.id, version: older.version }, family.version, [{ field: 'availabilityNote', accept: true }]))).toBe('CONFLICT');
    ok(await review(second, family.version, [{ field: 'availabilityNote', accept: true }]));
    expect((await reload(family.id)).availabilityNote).toBe('Synthetic: evenings');
    // Proposing the last pending field again leaves nothing of the first to review.
    const third = ok(await submit({ version: (await reload(family.id)).version, settlement: 'Талапкер' }, token)).submitFamilyChanges;
    expect((await requestRow(first.id)).status).toBe('SUPERSEDED');
    const pending = ok(await app.request(MyPendingChangesDocument, {}, token)).myFamily!.pendingChanges;
    expect(pending.map((request) => request.id)).toEqual([third.id]);
    expect(await app.orm.em.fork().count(AuditEvent, { entityId: first.id, action: 'family.supersede-changes' })).toBe(2);
  });
});

describe('household members', () => {
  const grandmother = { fullName: 'Синтетикова Айгуль', relation: 'GRANDPARENT', birthYear: 1950 } as const;
  const nephew = { fullName: 'Синтетиков Ерлан', relation: 'OTHER_RELATIVE', birthYear: 2008 } as const;

  it('are recorded by staff, proposed by the family as the whole list, and go in only when the worker accepts them', async () => {
    const { family, userId, token } = await familyWithAccount();
    const staffSet = ok(await app.request(UpdateFamilyDocument, { input: { id: family.id, version: family.version, householdMembers: [grandmother] } }, worker)).updateFamily;
    const { submitFamilyChanges: request } = ok(await submit({ version: staffSet.version, householdMembers: [grandmother, nephew] }, token));
    expect(request.fields).toEqual([
      expect.objectContaining({ field: 'householdMembers', readValue: [grandmother], proposedValue: [grandmother, nephew], currentValue: [grandmother], conflict: false }),
    ]);
    expect((await reload(family.id)).householdMembers).toEqual([grandmother]);
    ok(await review(request, staffSet.version, [{ field: 'householdMembers', accept: true }]));
    const read = ok(await app.request(FamilyProvenanceDocument, { id: family.id }, worker)).family!;
    expect(read.householdMembers).toEqual([grandmother, nephew]);
    expect(read.provenance.find((entry) => entry.field === 'householdMembers')).toMatchObject({ source: 'FAMILY', setById: userId, changeRequestId: request.id });
    // Names are personal data: sealed at rest, their reads audited.
    const [row] = await app.orm.em.getConnection().execute(`select household_members from family where id = ?`, [family.id]);
    expect(row.household_members).not.toContain('Синтетикова');
    expect(await app.orm.em.fork().count(AuditEvent, { entityId: family.id, action: 'family.read-personal' })).toBeGreaterThan(0);
  });

  it('refuses a birth year in the future or a blank name, naming the member, writing nothing', async () => {
    const { family, token } = await familyWithAccount();
    const future = await submit({ version: family.version, householdMembers: [grandmother, { ...nephew, birthYear: 2100 }] }, token);
    expect([codeOf(future), future.errors?.[0]?.extensions?.field]).toEqual(['BAD_USER_INPUT', 'householdMembers.1.birthYear']);
    const blank = await app.request(UpdateFamilyDocument, { input: { id: family.id, version: family.version, householdMembers: [{ ...grandmother, fullName: '  ' }] } }, worker);
    expect([codeOf(blank), blank.errors?.[0]?.extensions?.field]).toEqual(['BAD_USER_INPUT', 'householdMembers.0.fullName']);
    expect(await app.orm.em.fork().count(FamilyChangeRequest, { family: family.id })).toBe(0);
    expect((await reload(family.id)).version).toBe(family.version);
  });
});

describe('a page of the review queue', () => {
  it('costs the same few statements for 5 requests as for 30: no query per request', async () => {
    for (let i = 0; i < 30; i++) {
      const family = await createFamily(app.orm, { regionCode: 'ALMATY' });
      await createChangeRequest(app.orm, family.id, [{ field: 'availabilityNote', proposed: `Synthetic: ${i}` }, { field: 'capacity', read: 4, proposed: 3 }]);
    }
    const token = await app.login('changes.worker.almaty@test.kz');
    const statements = async (first: number) => {
      app.queries.reset();
      const page = ok(await app.request(QueuePageDocument, { first, filter: { status: ['PENDING'] } }, token)).familyChangeRequests;
      expect(page.edges).toHaveLength(first);
      return app.queries.count;
    };
    const few = await statements(5);
    expect(await statements(30)).toBe(few);
    // actor, page, count, families, their pending changes, provenance (changes, registrations), the audited reads
    expect(few).toBeLessThanOrEqual(9);
  });
});

describe('provenance of a family record', () => {
  it('names who set each current value: the registration, a worker, or the family through an accepted change request', async () => {
    const { family, userId, token } = await familyWithAccount();
    const updated = ok(await app.request(UpdateFamilyDocument, { input: { id: family.id, version: family.version, capacity: 2 } }, worker)).updateFamily;
    const { submitFamilyChanges: request } = ok(await submit({ version: updated.version, availabilityNote: 'Synthetic: summers' }, token));
    ok(await review(request, updated.version, [{ field: 'availabilityNote', accept: true }]));

    const answer = ok(await app.request(FamilyProvenanceDocument, { id: family.id }, worker)).family!;
    const of = (field: string) => answer.provenance.find((entry) => entry.field === field);
    expect(of('capacity')).toMatchObject({ source: 'STAFF', setById: workerId, setByRole: 'SOCIAL_WORKER', action: 'family.update', changeRequestId: null });
    expect(of('availabilityNote')).toMatchObject({ source: 'FAMILY', setById: userId, setByRole: 'FAMILY', acceptedById: workerId, action: 'family.accept-changes', changeRequestId: request.id });
    // Set by the fixture, outside any request: registered, by no one the trail knows.
    expect(of('settlement')).toMatchObject({ source: 'REGISTRATION', setById: null, at: family.createdAt.toISOString() });
    // The history the provenance is read from: the version each change made, and the request applied.
    const history = ok(await app.request(FamilyHistoryDocument, { id: family.id }, worker)).history.edges.map((edge) => edge.node);
    expect(history).toEqual([
      { action: 'family.accept-changes', actorId: workerId, version: updated.version + 1, changeRequestId: request.id, changes: [{ field: 'availabilityNote', old: null, new: 'Synthetic: summers' }] },
      { action: 'family.update', actorId: workerId, version: updated.version, changeRequestId: null, changes: [{ field: 'capacity', old: 4, new: 2 }] },
    ]);
    // The family reads its own record's provenance too.
    expect(ok(await app.request(FamilyProvenanceDocument, { id: family.id }, token)).family!.provenance).toEqual(answer.provenance);
  });
});

describe('races', () => {
  it('loses no value when a family submits while its worker reviews', { timeout: 60_000 }, async () => {
    const { family, token } = await familyWithAccount();
    for (let round = 0; round < 8; round++) {
      const read = (await reload(family.id)).version;
      const ours = `+7 705 000 ${String(round).padStart(4, '0')}`;
      const next = `+7 706 000 ${String(round).padStart(4, '0')}`;
      const pending = ok(await submit({ version: read, contactPhone: ours }, token)).submitFamilyChanges;
      // The worker accepts the first phone while the family, still on the version it read, proposes another.
      const [accepted, submitted] = await Promise.all([review(pending, read, [{ field: 'contactPhone', accept: true }]), submit({ version: read, contactPhone: next }, token)]);
      ok(accepted);
      const later = ok(submitted).submitFamilyChanges;
      expect((await reload(family.id)).contactPhone).toBe(ours);
      const stored = await requestRow(later.id);
      expect(stored.fields).toEqual([expect.objectContaining({ field: 'contactPhone', proposed: next, decision: 'PENDING' })]);
      // Read against the version before the acceptance, whichever committed first: now in conflict with it.
      const [queued] = ok(await app.request(FamilyChangeRequestsDocument, { first: 1, filter: { familyId: family.id, status: ['PENDING'] } }, worker)).familyChangeRequests.edges;
      expect(queued!.node.fields[0]).toMatchObject({ conflict: true, currentValue: ours, proposedValue: next });
      ok(await review(queued!.node, (await reload(family.id)).version, [{ field: 'contactPhone', accept: false, reason: 'Synthetic: round over' }]));
    }
  });

  it('lets one of two workers reviewing one field at once decide it; the other gets CONFLICT', { timeout: 60_000 }, async () => {
    const { family, token } = await familyWithAccount();
    const second = await app.login('changes.worker@test.kz');
    for (let round = 0; round < 6; round++) {
      const version = (await reload(family.id)).version;
      const request = ok(await submit({ version, availabilityNote: `Synthetic: round ${round}` }, token)).submitFamilyChanges;
      const results = await Promise.all([
        review(request, version, [{ field: 'availabilityNote', accept: true }]),
        review(request, version, [{ field: 'availabilityNote', accept: false, reason: 'Synthetic: no' }], second),
      ]);
      expect(results.map((result) => codeOf(result) ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
      const decided = await requestRow(request.id);
      expect(decided.version).toBe(request.version + 1);
      expect(await app.orm.em.fork().count(AuditEvent, { entityId: request.id, action: 'family.review-changes' })).toBe(1);
    }
  });
});
