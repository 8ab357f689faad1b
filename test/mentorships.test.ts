import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../src/modules/audit/audit-event.entity.js';
import { MentorshipMeeting } from '../src/modules/mentorships/mentorship-meeting.entity.js';
import { Mentorship } from '../src/modules/mentorships/mentorship.entity.js';
import { addDays, addYears, today } from '../src/shared/dates.js';
import { CheckResult, Role } from '../src/shared/enums.js';
import {
  ActivateMentorshipDocument,
  CloseMentorshipDocument,
  MentorshipByIdDocument,
  MentorshipsDocument,
  PauseMentorshipDocument,
  ProposeMentorshipDocument,
  RecordMentorshipMeetingDocument,
  ResumeMentorshipDocument,
  type MentorshipFieldsFragment,
} from './generated/graphql.js';
import { createChild, createMentor, createUser } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let app: TestApp;
let coordinator: string;
let almatyCoordinator: string;
let worker: string;
let admin: string;

const TWELVE = addYears(today(), -12);
/** The changes audited on a record (reads of its notes and references are audited too: test/read-audit.test.ts). */
const auditActions = async (entityId: string) =>
  (await app.orm.em.fork().find(AuditEvent, { entityId }, { orderBy: { at: 'asc' } })).map((e) => e.action).filter((action) => !action.includes('.read-'));

async function propose(mentorId: string, childId: string, token = coordinator): Promise<MentorshipFieldsFragment> {
  const result = await app.request(ProposeMentorshipDocument, { input: { mentorId, childId, note: 'likes chess' } }, token);
  expect(result.errors).toBeUndefined();
  return result.data!.proposeMentorship;
}

async function activeMentorship(): Promise<MentorshipFieldsFragment> {
  const proposed = await propose((await createMentor(app.orm)).id, (await createChild(app.orm, { birthDate: TWELVE })).id);
  const result = await app.request(ActivateMentorshipDocument, { input: { mentorshipId: proposed.id, version: proposed.version, startedAt: addDays(today(), -30) } }, coordinator);
  return result.data!.activateMentorship;
}

beforeAll(async () => {
  app = await startTestApp();
  await createUser(app.orm, { email: 'coordinator@test.kz', role: Role.MENTOR_COORDINATOR, regionCode: 'ASTANA' });
  await createUser(app.orm, { email: 'coordinator.almaty@test.kz', role: Role.MENTOR_COORDINATOR, regionCode: 'ALMATY' });
  await createUser(app.orm, { email: 'worker@test.kz', role: Role.SOCIAL_WORKER, regionCode: 'ASTANA' });
  await createUser(app.orm, { email: 'admin@test.kz', role: Role.ADMIN });
  [coordinator, almatyCoordinator, worker, admin] = await Promise.all(
    ['coordinator@test.kz', 'coordinator.almaty@test.kz', 'worker@test.kz', 'admin@test.kz'].map((email) => app.login(email)),
  );
});

afterAll(() => app?.close());

describe('proposing a mentorship', () => {
  it('pairs a cleared mentor with a 12-year-old', async () => {
    const mentor = await createMentor(app.orm);
    const child = await createChild(app.orm, { birthDate: TWELVE });
    const proposed = await propose(mentor.id, child.id);
    expect(proposed).toMatchObject({ status: 'PROPOSED', note: 'likes chess', version: 1, mentor: { id: mentor.id }, child: { id: child.id }, meetings: [] });
    expect(await auditActions(proposed.id)).toEqual(['mentorship.propose']);
  });

  it('refuses a 9-year-old (M-AGE) and writes nothing', async () => {
    const child = await createChild(app.orm, { birthDate: addYears(today(), -9) });
    const result = await app.request(ProposeMentorshipDocument, { input: { mentorId: (await createMentor(app.orm)).id, childId: child.id } }, coordinator);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_ELIGIBLE', ruleCodes: ['M-AGE'] });
    expect(await app.orm.em.fork().count(Mentorship, { child: child.id })).toBe(0);
  });

  it.each([
    ['without a training certificate', { trainingCertificateDate: undefined }, 'M-CERT'],
    ['who is not available', { available: false }, 'M-AVAILABLE'],
  ])('refuses a mentor %s as NOT_ELIGIBLE naming the rule', async (_, mentorData, rule) => {
    const mentor = await createMentor(app.orm, mentorData);
    const result = await app.request(ProposeMentorshipDocument, { input: { mentorId: mentor.id, childId: (await createChild(app.orm, { birthDate: TWELVE })).id } }, coordinator);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_ELIGIBLE', ruleCodes: [rule] });
  });

  it('lets a mentor with a pending background check be proposed but not start (M-CHECK)', async () => {
    const mentor = await createMentor(app.orm, { backgroundCheckResult: CheckResult.PENDING });
    const proposed = await propose(mentor.id, (await createChild(app.orm, { birthDate: TWELVE })).id);
    const start = await app.request(ActivateMentorshipDocument, { input: { mentorshipId: proposed.id, version: proposed.version } }, coordinator);
    expect(start.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_ELIGIBLE', ruleCodes: ['M-CHECK'] });
  });

  it('refuses a mentor who already has as many mentees as they can take', async () => {
    const mentor = await createMentor(app.orm, { maxMentees: 1 });
    await propose(mentor.id, (await createChild(app.orm, { birthDate: TWELVE })).id);
    const result = await app.request(ProposeMentorshipDocument, { input: { mentorId: mentor.id, childId: (await createChild(app.orm, { birthDate: TWELVE })).id } }, coordinator);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_ELIGIBLE', ruleCodes: ['M-CAPACITY'] });
  });

  it('answers CONFLICT to a second open mentorship of the same pair, even when requested at once', async () => {
    const mentor = await createMentor(app.orm, { maxMentees: 5 });
    const child = await createChild(app.orm, { birthDate: TWELVE });
    const results = await Promise.all([1, 2, 3].map(() => app.request(ProposeMentorshipDocument, { input: { mentorId: mentor.id, childId: child.id } }, coordinator)));
    expect(results.filter((r) => r.data?.proposeMentorship)).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(2);
    expect(await app.orm.em.fork().count(Mentorship, { mentor: mentor.id, child: child.id })).toBe(1);

    const open = results.find((r) => r.data?.proposeMentorship)!.data!.proposeMentorship;
    await app.request(CloseMentorshipDocument, { input: { mentorshipId: open.id, version: open.version, reason: 'DECLINED' } }, coordinator);
    expect((await propose(mentor.id, child.id)).status).toBe('PROPOSED'); // a closed pair may start again
  });
});

describe('the mentorship lifecycle', () => {
  it('activates, pauses, resumes and closes, auditing every step', async () => {
    const proposed = await propose((await createMentor(app.orm)).id, (await createChild(app.orm, { birthDate: TWELVE })).id);
    const step = (document: typeof PauseMentorshipDocument, version: number) => app.request(document, { input: { mentorshipId: proposed.id, version } }, coordinator);
    const active = (await app.request(ActivateMentorshipDocument, { input: { mentorshipId: proposed.id, version: 1 } }, coordinator)).data!.activateMentorship;
    expect(active).toMatchObject({ status: 'ACTIVE', startedAt: today(), version: 2 });
    const paused = (await step(PauseMentorshipDocument, 2)).data!.pauseMentorship;
    expect(paused.status).toBe('PAUSED');
    const pausedAgain = await step(PauseMentorshipDocument, 3);
    expect(pausedAgain.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
    const resumed = (await app.request(ResumeMentorshipDocument, { input: { mentorshipId: proposed.id, version: 3 } }, coordinator)).data!.resumeMentorship;
    expect(resumed.status).toBe('ACTIVE');
    const declined = await app.request(CloseMentorshipDocument, { input: { mentorshipId: proposed.id, version: 4, reason: 'DECLINED' } }, coordinator);
    expect(declined.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const closed = (await app.request(CloseMentorshipDocument, { input: { mentorshipId: proposed.id, version: 4, reason: 'GOALS_REACHED' } }, coordinator)).data!
      .closeMentorship;
    expect(closed).toMatchObject({ status: 'CLOSED', closeReason: 'GOALS_REACHED', closedAt: today(), version: 5 });
    expect(await auditActions(proposed.id)).toEqual(['mentorship.propose', 'mentorship.activate', 'mentorship.pause', 'mentorship.resume', 'mentorship.close']);
  });

  it('answers CONFLICT to a stale version', async () => {
    const active = await activeMentorship();
    const stale = await app.request(PauseMentorshipDocument, { input: { mentorshipId: active.id, version: active.version - 1 } }, coordinator);
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await app.orm.em.fork().findOneOrFail(Mentorship, active.id)).toMatchObject({ status: 'ACTIVE', version: active.version });
  });
});

describe('meetings', () => {
  it('records a meeting of an active mentorship and lists it', async () => {
    const active = await activeMentorship();
    const input = { mentorshipId: active.id, date: addDays(today(), -1), durationMinutes: 90, kind: 'IN_PERSON' as const, notes: 'synthetic note' };
    const result = await app.request(RecordMentorshipMeetingDocument, { input }, coordinator);
    expect(result.data!.recordMentorshipMeeting).toMatchObject({ date: input.date, durationMinutes: 90, kind: 'IN_PERSON' });
    const read = await app.request(MentorshipByIdDocument, { id: active.id }, coordinator);
    expect(read.data!.mentorship.meetings).toEqual([{ date: input.date, durationMinutes: 90, kind: 'IN_PERSON' }]);
    const events = await app.orm.em.fork().find(AuditEvent, { entityId: active.id, action: 'mentorship.record-meeting' });
    expect(events.map((e) => e.changedFields)).toEqual([['date', 'durationMinutes', 'kind', 'notes']]);
  });

  it.each([
    ['a meeting tomorrow', { date: addDays(today(), 1) }, 'date'],
    ['a meeting before the start', { date: addDays(today(), -31) }, 'date'],
    ['a zero-minute meeting', { durationMinutes: 0 }, 'durationMinutes'],
    ['a meeting of more than ten hours', { durationMinutes: 601 }, 'durationMinutes'],
  ])('refuses %s', async (_, change, field) => {
    const active = await activeMentorship();
    const input = { mentorshipId: active.id, date: today(), durationMinutes: 60, kind: 'ONLINE' as const, ...change };
    const result = await app.request(RecordMentorshipMeetingDocument, { input }, coordinator);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await app.orm.em.fork().count(MentorshipMeeting, { mentorship: active.id })).toBe(0);
  });

  it('refuses a meeting of a paused mentorship', async () => {
    const active = await activeMentorship();
    await app.request(PauseMentorshipDocument, { input: { mentorshipId: active.id, version: active.version } }, coordinator);
    const result = await app.request(RecordMentorshipMeetingDocument, { input: { mentorshipId: active.id, date: today(), durationMinutes: 30, kind: 'PHONE' } }, coordinator);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'mentorshipId' });
  });
});

describe('who works with which mentorship', () => {
  it('keeps a mentorship from a coordinator of another region', async () => {
    const mentor = await createMentor(app.orm);
    const child = await createChild(app.orm, { birthDate: TWELVE });
    const proposed = await propose(mentor.id, child.id);
    expect((await app.request(MentorshipByIdDocument, { id: proposed.id }, almatyCoordinator)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const list = await app.request(MentorshipsDocument, { first: 100, filter: { mentorId: mentor.id } }, almatyCoordinator);
    expect(list.data!.mentorships.totalCount).toBe(0);
    expect((await app.request(MentorshipsDocument, { first: 10, filter: { regionCode: 'ASTANA' } }, almatyCoordinator)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const step = await app.request(ActivateMentorshipDocument, { input: { mentorshipId: proposed.id, version: 1 } }, almatyCoordinator);
    expect(step.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const foreign = await app.request(ProposeMentorshipDocument, { input: { mentorId: mentor.id, childId: child.id } }, almatyCoordinator);
    expect(foreign.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const own = await app.request(MentorshipsDocument, { first: 100, filter: { mentorId: mentor.id } }, coordinator);
    expect(own.data!.mentorships.edges.map((e) => e.node.id)).toEqual([proposed.id]);
    expect(await auditActions(proposed.id)).toEqual(['mentorship.propose']);
  });

  it('refuses social workers altogether', async () => {
    const proposed = await propose((await createMentor(app.orm)).id, (await createChild(app.orm, { birthDate: TWELVE })).id, admin);
    expect((await app.request(MentorshipByIdDocument, { id: proposed.id }, worker)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await app.request(MentorshipsDocument, { first: 10 }, worker)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const step = await app.request(CloseMentorshipDocument, { input: { mentorshipId: proposed.id, version: 1, reason: 'OTHER' } }, worker);
    expect(step.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
