import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openJson } from '../src/db/encrypted-text.type.js';
import { RecordChange } from '../src/modules/history/record-change.entity.js';
import { MeetingKind, MentorshipStatus } from '../src/modules/mentorships/mentorship.enums.js';
import { MentorshipMeeting } from '../src/modules/mentorships/mentorship-meeting.entity.js';
import { Mentorship } from '../src/modules/mentorships/mentorship.entity.js';
import { DecisionKind, PlacementStatus } from '../src/modules/placements/placement.enums.js';
import { Placement } from '../src/modules/placements/placement.entity.js';
import { addDays, today } from '../src/shared/dates.js';
import { PlacementForm, Role, Sex } from '../src/shared/enums.js';
import { createChild, createFamily, createMentor, createUser, validIin } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/** Record history over HTTP: what a change keeps, in which transaction, sealed how, and shown to whom. */

let app: TestApp;
let worker: string;
let coordinator: string;
let admin: string;

const CASE_NOTE = 'synthetic case note for the history: father unknown';

beforeAll(async () => {
  app = await startTestApp();
  await createUser(app.orm, { email: 'history.worker@test.kz', role: Role.SOCIAL_WORKER, regionCode: 'ASTANA' });
  await createUser(app.orm, { email: 'history.coordinator@test.kz', role: Role.MENTOR_COORDINATOR, regionCode: 'ASTANA' });
  await createUser(app.orm, { email: 'history.admin@test.kz', role: Role.ADMIN });
  [worker, coordinator, admin] = [await app.login('history.worker@test.kz'), await app.login('history.coordinator@test.kz'), await app.login('history.admin@test.kz')];
});

afterAll(() => app?.close());

const HISTORY = `query History($id: ID!, $first: Int, $after: String) {
  history(recordId: $id, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id recordKind recordId actorId actorRole action reason changes { field old new } } }
  }
}`;

interface Entry {
  recordKind: string;
  recordId: string;
  actorRole: string | null;
  action: string | null;
  reason: string | null;
  changes: { field: string; old: unknown; new: unknown }[];
}

async function historyOf(id: string, token: string, first = 20) {
  const result = await app.request<{ history: { totalCount: number; edges: { node: Entry }[] } }>(HISTORY, { id, first }, token);
  return { ...result, entries: result.data?.history.edges.map((edge) => edge.node) ?? [] };
}

const changesOf = (id: string) => app.orm.em.fork().find(RecordChange, { entityId: id }, { orderBy: { id: 'asc' } });

async function updateChild(child: { id: string; version: number }, fields: Record<string, unknown>, token = worker) {
  const result = await app.request<{ updateChild: { version: number } }>(
    'mutation($input: UpdateChildInput!) { updateChild(input: $input) { id version } }',
    { input: { id: child.id, version: child.version, ...fields } },
    token,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.updateChild;
}

describe('a change of a record', () => {
  it('writes one history entry with the old and new value of each changed field, who and why', async () => {
    const child = await createChild(app.orm, { settlement: 'Астана', caseNotes: 'first note' });
    await updateChild(child, { settlement: 'Косшы', caseNotes: CASE_NOTE });

    const rows = await changesOf(child.id);
    expect(rows).toHaveLength(1);
    const { entries } = await historyOf(child.id, worker);
    expect(entries).toEqual([
      expect.objectContaining({ recordKind: 'Child', recordId: child.id, actorRole: 'SOCIAL_WORKER', action: 'child.update', reason: null }),
    ]);
    expect(entries[0]!.changes).toEqual(
      expect.arrayContaining([
        { field: 'settlement', old: 'Астана', new: 'Косшы' },
        { field: 'caseNotes', old: 'first note', new: CASE_NOTE },
      ]),
    );
    // The search key and the version follow from the change: no entry of their own.
    expect(entries[0]!.changes.map((change) => change.field).sort()).toEqual(['caseNotes', 'settlement']);
  });

  it('keeps the reason of an identity correction, and pages newest first', async () => {
    const child = await createChild(app.orm, { lastName: 'Ахметова', birthDate: '2018-06-01', sex: Sex.FEMALE });
    const updated = await updateChild(child, { settlement: 'Астана' });
    const iin = validIin('2018-06-01', Sex.FEMALE);
    const corrected = await app.request(
      'mutation($input: IdentityCorrectionInput!) { correctChildIdentity(input: $input) { id } }',
      { input: { id: child.id, version: updated.version, lastName: 'Ахметовa', iin, reason: 'the birth certificate reads so' } },
      worker,
    );
    expect(corrected.errors).toBeUndefined();

    const first = await app.request<{ history: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: Entry }[] } }>(HISTORY, { id: child.id, first: 1 }, worker);
    expect(first.data!.history.totalCount).toBe(2);
    expect(first.data!.history.pageInfo.hasNextPage).toBe(true);
    const newest = first.data!.history.edges[0]!.node;
    expect(newest).toMatchObject({ action: 'child.correct-identity', reason: 'the birth certificate reads so' });
    expect(newest.changes).toEqual(expect.arrayContaining([{ field: 'iin', old: child.iin, new: iin }, { field: 'lastName', old: 'Ахметова', new: 'Ахметовa' }]));
    const second = await app.request<{ history: { pageInfo: { hasNextPage: boolean }; edges: { node: Entry }[] } }>(HISTORY, { id: child.id, first: 1, after: first.data!.history.pageInfo.endCursor }, worker);
    expect(second.data!.history.edges.map((edge) => edge.node.action)).toEqual(['child.update']);
    expect(second.data!.history.pageInfo.hasNextPage).toBe(false);
  });

  it("names a family's embedded fields under their owner and opens its sealed address", async () => {
    const family = await createFamily(app.orm, { address: 'ул. Прежняя, 1' });
    const result = await app.request(
      'mutation($input: UpdateFamilyInput!) { updateFamily(input: $input) { id } }',
      { input: { id: family.id, version: family.version, address: 'ул. Новая, 2', housing: { kind: family.housing.kind, areaSqm: family.housing.areaSqm, rooms: family.housing.rooms + 1 } } },
      worker,
    );
    expect(result.errors).toBeUndefined();
    const { entries } = await historyOf(family.id, worker);
    expect(entries.map((entry) => entry.changes)).toEqual([
      expect.arrayContaining([{ field: 'address', old: 'ул. Прежняя, 1', new: 'ул. Новая, 2' }, { field: 'housing.rooms', old: family.housing.rooms, new: family.housing.rooms + 1 }]),
    ]);
    expect(entries[0]!.changes).toHaveLength(2);
  });

  it('writes nothing when the mutation is rolled back', async () => {
    // Two approved placements of one child: the second activation passes every check, then fails on the index in its flush.
    const child = await createChild(app.orm);
    const em = app.orm.em.fork();
    const approved = await Promise.all(
      [0, 1].map(async () => {
        const family = await createFamily(app.orm);
        return em.create(Placement, {
          child: child.id, family: family.id, form: PlacementForm.GUARDIANSHIP, status: PlacementStatus.APPROVED,
          decisionKind: DecisionKind.GUARDIANSHIP_AUTHORITY_ACT, decisionReference: 'R-7/2026', decisionDate: today(),
        });
      }),
    );
    await em.flush();
    const activate = (placement: Placement) =>
      app.request('mutation($input: ActivatePlacementInput!) { activatePlacement(input: $input) { id } }', { input: { placementId: placement.id, version: placement.version, startedAt: today() } }, worker);

    expect((await activate(approved[0]!)).errors).toBeUndefined();
    const refused = await activate(approved[1]!);
    expect(refused.errors?.map((error) => error.extensions?.code)).toEqual(['CONFLICT']);

    expect(await changesOf(approved[0]!.id)).toHaveLength(1);
    expect(await changesOf(approved[1]!.id)).toEqual([]);
    // The first activation moved the child too: its entry is the child's own, under the request's actor.
    expect((await changesOf(child.id)).map((row) => [row.action, row.actorRole, row.changes.map((change) => change.field)])).toEqual([
      ['child.placement-status', Role.SOCIAL_WORKER, ['status']],
    ]);
  });

  it('keeps the values sealed: the column holds no plain text and opens only as record_change.changes', async () => {
    const child = await createChild(app.orm);
    await updateChild(child, { caseNotes: CASE_NOTE });
    const [row] = await app.orm.em.getConnection().execute<{ changes: string }[]>(`select * from record_change where entity_id = ?`, [child.id]);
    expect(row!.changes).toMatch(/^v1:/);
    expect(JSON.stringify(row)).not.toContain('synthetic case note');
    expect(openJson<{ field: string; new: unknown }[]>('record_change.changes', row!.changes)).toEqual([{ field: 'caseNotes', old: null, new: CASE_NOTE }]);
    expect(() => openJson('child.case_notes', row!.changes)).toThrow(/Cannot decrypt/);
  });
});

describe('who reads a history', () => {
  it('gives a mentor coordinator no case-file value of a child, nor the reason of a change that touched one', async () => {
    const child = await createChild(app.orm, { settlement: 'Астана' });
    const updated = await updateChild(child, { settlement: 'Косшы', caseNotes: CASE_NOTE, healthNotes: 'synthetic health note' });
    await app.request(
      'mutation($input: IdentityCorrectionInput!) { correctChildIdentity(input: $input) { id } }',
      { input: { id: child.id, version: updated.version, iin: validIin('2019-03-14', Sex.FEMALE), reason: 'synthetic reason naming the mother' } },
      worker,
    );

    const seen = await historyOf(child.id, coordinator);
    expect(seen.errors).toBeUndefined();
    expect(seen.entries.map((entry) => entry.changes)).toEqual([[], [{ field: 'settlement', old: 'Астана', new: 'Косшы' }]]);
    expect(seen.entries.map((entry) => entry.reason)).toEqual([null, null]);
    const text = JSON.stringify(seen.data);
    for (const secret of [CASE_NOTE, 'synthetic health note', 'synthetic reason', child.iin]) expect(text).not.toContain(secret);
    // The worker of the case reads it whole.
    expect((await historyOf(child.id, worker)).entries[0]!.reason).toBe('synthetic reason naming the mother');
  });

  it("refuses the history of a record the caller may not see: a coordinator a family's, a worker another region's child", async () => {
    const family = await createFamily(app.orm);
    const other = await createChild(app.orm, { regionCode: 'ALMATY' });
    expect((await historyOf(family.id, coordinator)).errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    expect((await historyOf(other.id, worker)).errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    expect((await historyOf('01900000-0000-7000-8000-000000000000', admin)).errors?.map((error) => error.extensions?.code)).toEqual(['NOT_FOUND']);
  });
});

describe("a child's timeline", () => {
  const TIMELINE = `query($id: ID!) { childTimeline(childId: $id) { kind at recordKind recordId status child { id } change { id changes { field } } } }`;
  type TimelineEntry = { kind: string; at: string; recordKind: string; recordId: string; status: string | null; child: { id: string } | null; change: { id: string; changes: { field: string }[] } | null };

  it('merges registration, corrections, placement steps, mentorships and meetings, newest first, each as its reader may see it', async () => {
    const child = await createChild(app.orm, { birthDate: '2013-04-02' });
    const family = await createFamily(app.orm);
    const mentor = await createMentor(app.orm);
    const proposed = await app.request<{ proposePlacement: { id: string; version: number } }>(
      'mutation($input: ProposePlacementInput!) { proposePlacement(input: $input) { id version } }',
      { input: { childId: child.id, familyId: family.id, form: 'GUARDIANSHIP' } },
      worker,
    );
    expect(proposed.errors).toBeUndefined();
    const corrected = await app.request(
      'mutation($input: IdentityCorrectionInput!) { correctChildIdentity(input: $input) { id } }',
      { input: { id: child.id, version: child.version, firstName: 'Айгерiм', reason: 'spelling' } },
      worker,
    );
    expect(corrected.errors).toBeUndefined();
    const em = app.orm.em.fork();
    const mentorship = em.create(Mentorship, { mentor: mentor.id, child: child.id, status: MentorshipStatus.ACTIVE, startedAt: addDays(today(), -30) });
    em.create(MentorshipMeeting, { mentorship, date: addDays(today(), -10), durationMinutes: 60, kind: MeetingKind.IN_PERSON });
    await em.flush();

    const forWorker = await app.request<{ childTimeline: TimelineEntry[] }>(TIMELINE, { id: child.id }, worker);
    expect(forWorker.errors).toBeUndefined();
    expect(forWorker.data!.childTimeline.map((entry) => [entry.kind, entry.recordKind, entry.recordId, entry.status])).toEqual([
      ['CORRECTED', 'Child', child.id, null],
      ['PLACEMENT_STEP', 'Placement', proposed.data!.proposePlacement.id, 'PROPOSED'],
      ['REGISTERED', 'Child', child.id, null],
    ]);
    expect(forWorker.data!.childTimeline[0]!.change!.changes).toEqual([{ field: 'firstName' }]);
    expect(forWorker.data!.childTimeline[2]!.child).toEqual({ id: child.id });

    const forCoordinator = await app.request<{ childTimeline: TimelineEntry[] }>(TIMELINE, { id: child.id }, coordinator);
    expect(forCoordinator.errors).toBeUndefined();
    // Mentorships, not placements, for a coordinator: the days of a start and a meeting sort as their midnight.
    expect(forCoordinator.data!.childTimeline.map((entry) => [entry.kind, entry.recordKind])).toEqual([
      ['MENTORSHIP_PROPOSED', 'Mentorship'], ['CORRECTED', 'Child'], ['REGISTERED', 'Child'], ['MEETING', 'Mentorship'], ['MENTORSHIP_STARTED', 'Mentorship'],
    ]);
    expect(forCoordinator.data!.childTimeline.find((entry) => entry.kind === 'MEETING')!.recordId).toBe(mentorship.id);
  });
});
