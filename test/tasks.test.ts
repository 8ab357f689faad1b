import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { withDatabaseName } from '../src/db/databases.js';
import { startJobRunner } from '../src/jobs/job-runner.js';
import { silentLogger } from '../src/shared/logger.js';
import { Family } from '../src/modules/families/family.entity.js';
import { MentorshipMeeting } from '../src/modules/mentorships/mentorship-meeting.entity.js';
import { MeetingKind, MentorshipStatus } from '../src/modules/mentorships/mentorship.enums.js';
import { Mentorship } from '../src/modules/mentorships/mentorship.entity.js';
import { NotificationOutbox, NotificationTemplate } from '../src/modules/notifications/notification-outbox.entity.js';
import { PlacementStatus } from '../src/modules/placements/placement.enums.js';
import { Placement } from '../src/modules/placements/placement.entity.js';
import { queueTaskDigests, taskSweepJob } from '../src/modules/tasks/task.jobs.js';
import { Task } from '../src/modules/tasks/task.entity.js';
import { TaskKind, TaskStatus } from '../src/modules/tasks/task.enums.js';
import { sweepTasks } from '../src/modules/tasks/task.sweep.js';
import { addDays, addMonths, today } from '../src/shared/dates.js';
import { PlacementForm, Role } from '../src/shared/enums.js';
import { Locale } from '../src/shared/locale.js';
import { seedTasks } from '../seeds/task.seeder.js';
import { createChild, createFamily, createMentor, createTaskAbout, createUser } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * The law's deadlines as tasks: made by the sweep from the records on a day the test chooses,
 * handed to the case's worker, closed by the event that does what they ask; two sweeps at once
 * make each task once. Then the lists, counts and manual tasks over HTTP, and the daily digest.
 */

let app: TestApp;
let serial = 0;
const em = () => app.orm.em.fork();
const tasksOf = (subjectId: string) => em().find(Task, { subjectId }, { orderBy: { createdAt: 'asc', id: 'asc' } });

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

async function worker(regionCode = 'ASTANA') {
  return createUser(app.orm, { email: `task-worker-${++serial}-${Date.now()}@test.kz`, role: Role.SOCIAL_WORKER, regionCode });
}

/** An active professional foster placement that began on `startedAt`, its stay ending 6 months on, the child owned by `owner`. */
async function fosterStay(startedAt: string, ownerId: string) {
  const child = await createChild(app.orm, { regionCode: 'ASTANA', assignedWorker: ownerId });
  const family = await createFamily(app.orm, { regionCode: 'ASTANA' });
  const fork = em();
  const placement = fork.create(Placement, { child: child.id, family: family.id, form: PlacementForm.PROFESSIONAL_FOSTER_FAMILY, status: PlacementStatus.ACTIVE, startedAt, endsOn: addMonths(startedAt, 6) });
  await fork.flush();
  return placement;
}

describe('the task sweep', () => {
  it('asks for a decision 30 days before a professional foster stay ends, and closes it on the extension and on the end', async () => {
    const owner = await worker();
    const placement = await fosterStay('2026-06-10', owner.id);
    await sweepTasks(em(), { today: '2026-07-01' });
    let [task] = await tasksOf(placement.id);
    expect(task).toMatchObject({ kind: TaskKind.FOSTER_STAY_ENDING, status: TaskStatus.OPEN, dueOn: '2026-11-10', occurrence: '2026-12-10' });
    expect(task!.assignee?.id).toBe(owner.id);

    // Swept again: nothing new.
    expect((await sweepTasks(em(), { today: '2026-07-02' })).created).toBe(0);
    expect(await tasksOf(placement.id)).toHaveLength(1);

    // The extension to 12 months: this stay's task is done, the new last day has its own.
    await em().nativeUpdate(Placement, { id: placement.id }, { endsOn: '2027-06-10', extensionDecisionDate: '2026-11-20', extensionDecisionReference: '2-555/2026' });
    await sweepTasks(em(), { today: '2026-11-21' });
    const [extended, next] = await tasksOf(placement.id);
    expect(extended).toMatchObject({ status: TaskStatus.DONE, closedBy: 'placement.extend-stay' });
    expect(next).toMatchObject({ status: TaskStatus.OPEN, dueOn: '2027-05-11', occurrence: '2027-06-10' });

    await em().nativeUpdate(Placement, { id: placement.id }, { status: PlacementStatus.ENDED, endedAt: '2027-01-15' });
    await sweepTasks(em(), { today: '2027-01-16' });
    [task] = (await tasksOf(placement.id)).slice(1);
    expect(task).toMatchObject({ status: TaskStatus.DONE, closedBy: 'placement.end' });
  });

  it('asks for a re-check 60 days before an approval lapses, done when the family is approved again', async () => {
    const owner = await worker();
    const family = await createFamily(app.orm, { regionCode: 'ASTANA', approvedAt: '2026-04-01', approvalExpiresAt: '2027-04-01', assignedWorker: owner.id });
    await sweepTasks(em(), { today: '2026-04-02' });
    expect(await tasksOf(family.id)).toMatchObject([{ kind: TaskKind.FAMILY_RECHECK, dueOn: '2027-01-31', status: TaskStatus.OPEN }]);
    await em().nativeUpdate(Family, { id: family.id }, { approvedAt: '2027-02-15', approvalExpiresAt: '2028-02-15' });
    await sweepTasks(em(), { today: '2027-02-16' });
    expect(await tasksOf(family.id)).toMatchObject([
      { status: TaskStatus.DONE, closedBy: 'family.assess' },
      { status: TaskStatus.OPEN, dueOn: '2027-12-17', occurrence: '2028-02-15' },
    ]);
  });

  it("asks the coordinator to follow up a mentorship a week before a month passes without a meeting, done by the next meeting", async () => {
    const coordinator = await createUser(app.orm, { email: `task-coordinator-${Date.now()}@test.kz`, role: Role.MENTOR_COORDINATOR, regionCode: 'ASTANA' });
    const mentor = await createMentor(app.orm, { regionCode: 'ASTANA', assignedWorker: coordinator.id });
    const child = await createChild(app.orm, { regionCode: 'ASTANA', birthDate: '2012-05-05' });
    const fork = em();
    const mentorship = fork.create(Mentorship, { mentor: mentor.id, child: child.id, status: MentorshipStatus.ACTIVE, startedAt: '2026-09-01' });
    await fork.flush();

    expect((await sweepTasks(em(), { today: '2026-09-23' })).created).toBe(0);
    await sweepTasks(em(), { today: '2026-09-24' });
    expect(await tasksOf(mentorship.id)).toMatchObject([{ kind: TaskKind.MENTORSHIP_MEETING_DUE, dueOn: '2026-10-01', status: TaskStatus.OPEN }]);
    expect((await tasksOf(mentorship.id))[0]!.assignee?.id).toBe(coordinator.id);

    // A shorter interval is a parameter: the same occurrence, the same task.
    await sweepTasks(em(), { today: '2026-09-24', meetingIntervalDays: 14 });
    expect(await tasksOf(mentorship.id)).toHaveLength(1);

    fork.create(MentorshipMeeting, { mentorship: mentorship.id, date: '2026-10-03', durationMinutes: 45, kind: MeetingKind.ONLINE });
    await fork.flush();
    await sweepTasks(em(), { today: '2026-10-04' });
    expect(await tasksOf(mentorship.id)).toMatchObject([{ status: TaskStatus.DONE, closedBy: 'mentorship.record-meeting' }]);
  });

  it("asks for a child's consent from 10 before the placement goes on, done when it is recorded", async () => {
    const owner = await worker();
    const family = await createFamily(app.orm, { regionCode: 'ASTANA' });
    const [older, younger] = [await createChild(app.orm, { regionCode: 'ASTANA', birthDate: '2014-02-02', assignedWorker: owner.id }), await createChild(app.orm, { regionCode: 'ASTANA', birthDate: '2018-02-02' })];
    const fork = em();
    const asked = fork.create(Placement, { child: older.id, family: family.id, form: PlacementForm.GUARDIANSHIP, status: PlacementStatus.PROPOSED });
    const tooYoung = fork.create(Placement, { child: younger.id, family: family.id, form: PlacementForm.GUARDIANSHIP, status: PlacementStatus.PROPOSED });
    await fork.flush();
    await sweepTasks(em(), { today: '2026-09-01' });
    expect(await tasksOf(asked.id)).toMatchObject([{ kind: TaskKind.CHILD_CONSENT_NEEDED, dueOn: '2026-09-01', status: TaskStatus.OPEN }]);
    expect(await tasksOf(tooYoung.id)).toEqual([]);
    await em().getConnection().execute(`update placement set child_consents = '[{"kind":"OPINION"}]' where id = ?`, [asked.id]);
    await sweepTasks(em(), { today: '2026-09-02' });
    expect(await tasksOf(asked.id)).toMatchObject([{ status: TaskStatus.DONE, closedBy: 'placement.record-consent' }]);
  });

  it('asks for the reports of an intercountry adoption every 6 months for 3 years, then yearly, a month ahead', async () => {
    const owner = await worker();
    const child = await createChild(app.orm, { regionCode: 'ASTANA', birthDate: '2020-05-05', assignedWorker: owner.id });
    const [abroad, home] = [await createFamily(app.orm, { regionCode: 'ASTANA' }), await createFamily(app.orm, { regionCode: 'ASTANA' })];
    await em().getConnection().execute(`update family_applicant set resides_in_kazakhstan = false where family_id = ?`, [abroad.id]);
    const fork = em();
    const adoption = fork.create(Placement, { child: child.id, family: abroad.id, form: PlacementForm.ADOPTION, status: PlacementStatus.ACTIVE, startedAt: '2025-01-10' });
    const domestic = fork.create(Placement, { child: (await createChild(app.orm, { regionCode: 'ASTANA' })).id, family: home.id, form: PlacementForm.ADOPTION, status: PlacementStatus.ACTIVE, startedAt: '2025-01-10' });
    await fork.flush();
    const dues = async () => (await tasksOf(adoption.id)).map((task) => task.dueOn).sort();
    await sweepTasks(em(), { today: '2026-06-15' });
    expect(await dues()).toEqual(['2025-07-10', '2026-01-10', '2026-07-10']);
    await sweepTasks(em(), { today: '2028-12-15' });
    expect(await dues()).toEqual(['2025-07-10', '2026-01-10', '2026-07-10', '2027-01-10', '2027-07-10', '2028-01-10', '2029-01-10']);
    expect(await tasksOf(domestic.id)).toEqual([]);
  });

  it('follows the case to its new worker while the task is open', async () => {
    const [first, second] = [await worker(), await worker()];
    const placement = await fosterStay('2026-07-01', first.id);
    await sweepTasks(em(), { today: '2026-07-02' });
    await em().getConnection().execute(`update child set assigned_worker_id = ? where id = (select child_id from placement where id = ?)`, [second.id, placement.id]);
    await sweepTasks(em(), { today: '2026-07-03' });
    expect((await tasksOf(placement.id)).map((task) => task.assignee?.id)).toEqual([second.id]);
  });

  it('makes no task twice when two instances sweep at once', async () => {
    const owner = await worker();
    const placements = await Promise.all(Array.from({ length: 12 }, (_, n) => fosterStay(`2026-08-${String(n + 1).padStart(2, '0')}`, owner.id)));
    const runs = await Promise.all([sweepTasks(em(), { today: '2026-08-20' }), sweepTasks(em(), { today: '2026-08-20' }), sweepTasks(em(), { today: '2026-08-20' })]);
    const tasks = await em().find(Task, { subjectId: { $in: placements.map((p) => p.id) } });
    expect(tasks).toHaveLength(12);
    expect(new Set(tasks.map((task) => task.subjectId)).size).toBe(12);
    expect(runs.reduce((sum, run) => sum + run.created, 0)).toBeGreaterThanOrEqual(12);
  });
});

describe('the sweep on pg-boss', () => {
  it('makes the task soon after the change it follows commits', { timeout: 60_000 }, async () => {
    const databaseUrl = withDatabaseName(inject('databaseUrl'), app.orm.config.get('dbName')!);
    const runner = await startJobRunner(databaseUrl, app.orm, silentLogger, [taskSweepJob(databaseUrl)]);
    try {
      // Let the first run, at start, pass: the task below must come from the change's own wake-up.
      await sleep(3_000);
      const owner = await worker();
      const placement = await fosterStay(addDays(today(), -20), owner.id);
      for (const since = Date.now(); (await tasksOf(placement.id)).length === 0; await sleep(250)) {
        if (Date.now() - since > 40_000) throw new Error('no task was made');
      }
      expect(await tasksOf(placement.id)).toMatchObject([{ kind: TaskKind.FOSTER_STAY_ENDING, status: TaskStatus.OPEN }]);
    } finally {
      await runner.stop();
    }
  });
});

const LIST = `query($due: TaskDue!) { myTasks(first: 100, due: $due) { edges { node { id kind dueOn overdue status assignee { id } } } } }`;

/** Sunday of this week, as the service counts it. */
const sunday = (day: string) => addDays(day, (7 - new Date(`${day}T00:00:00Z`).getUTCDay()) % 7);

describe('tasks over HTTP', () => {
  it("lists the caller's own tasks overdue, due today, this week and all", async () => {
    const me = await worker();
    const token = await app.login(me.email);
    const child = await createChild(app.orm, { regionCode: 'ASTANA' });
    const day = today();
    const dues = { overdue: addDays(day, -2), today: day, week: sunday(day) === day ? day : addDays(day, 1), later: addDays(sunday(day), 10) };
    const ids = Object.fromEntries(await Promise.all(Object.entries(dues).map(async ([name, dueOn]) => [name, (await createTaskAbout(app.orm, child, { assigneeId: me.id, dueOn })).id])));
    await createTaskAbout(app.orm, child, { assigneeId: (await worker()).id, dueOn: day });
    const listed = async (due: string) => {
      const result = await app.request<{ myTasks: { edges: { node: { id: string } }[] } }>(LIST, { due }, token);
      expect(result.errors).toBeUndefined();
      return result.data!.myTasks.edges.map((edge) => edge.node.id).sort();
    };
    expect(await listed('OVERDUE')).toEqual([ids.overdue]);
    expect(await listed('TODAY')).toEqual([ids.today, ...(dues.week === day ? [ids.week] : [])].sort());
    expect(await listed('THIS_WEEK')).toEqual([ids.today, ids.week].sort());
    expect(await listed('ALL')).toEqual(Object.values(ids).sort());
  });

  it('gives a region its tasks and counts per worker, and no other region\'s', async () => {
    const region = 'KARAGANDA';
    const [a, b] = [await worker(region), await worker(region)];
    const child = await createChild(app.orm, { regionCode: region });
    await createTaskAbout(app.orm, child, { assigneeId: a.id, dueOn: addDays(today(), -3) });
    await createTaskAbout(app.orm, child, { assigneeId: a.id, dueOn: addDays(today(), 3) });
    await createTaskAbout(app.orm, child, { assigneeId: b.id, dueOn: addDays(today(), -1) });
    await createTaskAbout(app.orm, await createChild(app.orm, { regionCode: 'ALMATY' }), { dueOn: addDays(today(), -1) });
    const token = await app.login(a.email);
    const counts = await app.request<{ taskCounts: { assignee: { id: string } | null; open: number; overdue: number }[] }>(`{ taskCounts { assignee { id } open overdue } }`, {}, token);
    expect(counts.errors).toBeUndefined();
    expect(counts.data!.taskCounts).toEqual([{ assignee: { id: a.id }, open: 2, overdue: 1 }, { assignee: { id: b.id }, open: 1, overdue: 1 }]);
    const overdue = await app.request<{ tasks: { totalCount: number } }>(`{ tasks(first: 10, filter: { overdue: true }) { totalCount } }`, {}, token);
    expect(overdue.data!.tasks.totalCount).toBe(2);
    const other = await app.request(`{ taskCounts(regionCode: "ALMATY") { open } }`, {}, token);
    expect(other.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
  });

  it('makes, completes and cancels manual tasks, refusing a second close and a subject out of reach', async () => {
    const me = await worker();
    const token = await app.login(me.email);
    const child = await createChild(app.orm, { regionCode: 'ASTANA' });
    const created = await app.request<{ createTask: { id: string; kind: string; assignee: { id: string } } }>(
      `mutation($input: CreateTaskInput!) { createTask(input: $input) { id kind assignee { id } } }`,
      { input: { kind: 'MANUAL_HOME_VISIT', subjectKind: 'Child', subjectId: child.id, dueOn: addDays(today(), 5) } },
      token,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createTask).toMatchObject({ kind: 'MANUAL_HOME_VISIT', assignee: { id: me.id } });
    const id = created.data!.createTask.id;
    const done = await app.request<{ completeTask: { status: string; closedBy: string } }>(`mutation($id: ID!) { completeTask(id: $id) { status closedBy } }`, { id }, token);
    expect(done.data!.completeTask).toEqual({ status: 'DONE', closedBy: 'task.complete' });
    const again = await app.request(`mutation($id: ID!) { cancelTask(id: $id) { status } }`, { id }, token);
    expect(again.errors?.map((error) => error.extensions?.code)).toEqual(['CONFLICT']);

    const lawKind = await app.request(`mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }`, { input: { kind: 'FAMILY_RECHECK', subjectKind: 'Child', subjectId: child.id, dueOn: today() } }, token);
    expect(lawKind.errors?.map((error) => [error.extensions?.code, error.extensions?.field])).toEqual([['BAD_USER_INPUT', 'kind']]);
    const elsewhere = await createChild(app.orm, { regionCode: 'ALMATY' });
    const outOfReach = await app.request(`mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }`, { input: { kind: 'MANUAL_CONTACT', subjectKind: 'Child', subjectId: elsewhere.id, dueOn: today() } }, token);
    expect(outOfReach.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(await em().count(Task, { subjectId: elsewhere.id })).toBe(0);
  });
});

describe('the daily digest', () => {
  it('writes one message per worker and day, in their language, with counts and a link only', async () => {
    const me = await worker('PAVLODAR');
    await em().nativeUpdate('User', { id: me.id }, { language: Locale.KK });
    const child = await createChild(app.orm, { regionCode: 'PAVLODAR', lastName: 'Құпиялы' });
    const day = '2027-03-03';
    for (const dueOn of ['2027-03-01', '2027-03-03', '2027-03-03', '2027-03-10']) await createTaskAbout(app.orm, child, { assigneeId: me.id, dueOn });
    await Promise.all([queueTaskDigests(em(), day), queueTaskDigests(em(), day)]);
    const messages = await em().find(NotificationOutbox, { recipient: me.email, template: NotificationTemplate.TASK_DIGEST });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ language: Locale.KK, payload: { date: day, dueToday: '2', overdue: '1' } });
    expect(JSON.stringify(messages[0]!.payload)).not.toContain('Құпиялы');
    expect(await queueTaskDigests(em(), day)).toBe(0);
  });
});

describe('the demo tasks', () => {
  it('give every region tasks overdue and due today, and each demo worker a digest', async () => {
    const demo = await startTestApp();
    try {
      const regions = ['ASTANA', 'ALMATY', 'TURKISTAN'];
      for (const regionCode of regions) for (let n = 0; n < 5; n++) await createChild(demo.orm, { regionCode });
      const astana = await createUser(demo.orm, { email: `worker.${Date.now()}@shanyraq.demo`, role: Role.SOCIAL_WORKER, regionCode: 'ASTANA' });
      const day = today();
      await seedTasks(demo.orm.em.fork(), day);
      for (const regionCode of regions) {
        const tasks = await demo.orm.em.fork().find(Task, { region: regionCode });
        expect(tasks.some((task) => task.dueOn === day), regionCode).toBe(true);
        expect(tasks.some((task) => task.dueOn < day), regionCode).toBe(true);
        expect(tasks.every((task) => (regionCode === 'ASTANA' ? task.assignee?.id === astana.id : !task.assignee))).toBe(true);
      }
      const digests = await demo.orm.em.fork().find(NotificationOutbox, { template: NotificationTemplate.TASK_DIGEST });
      expect(digests.map((message) => [message.recipient, message.payload.dueToday, message.payload.overdue])).toEqual([[astana.email, '2', '2']]);
      // Seeded once: a second start adds nothing.
      await seedTasks(demo.orm.em.fork(), day);
      expect(await demo.orm.em.fork().count(Task, {})).toBe(regions.length * 5);
    } finally {
      await demo.close();
    }
  });
});
