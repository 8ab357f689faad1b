import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../src/modules/audit/audit-event.entity.js';
import { Child } from '../src/modules/children/child.entity.js';
import { ChildStatus } from '../src/modules/children/child.enums.js';
import { dataBankDeadline } from '../src/modules/tasks/data-bank.rules.js';
import { Task } from '../src/modules/tasks/task.entity.js';
import { TaskKind, TaskStatus } from '../src/modules/tasks/task.enums.js';
import { sweepTasks } from '../src/modules/tasks/task.sweep.js';
import { Role } from '../src/shared/enums.js';
import { createChild, createUser } from './support/factories.js';
import { childInput } from './support/registrations.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { uniqueName } from './support/world.js';

/**
 * A child identified is due in the Republican Data Bank within 1 working day: its registration
 * opens the task in its own transaction, due at the end of that working day in Kazakhstan, and
 * recording the data bank's entry closes it in its own. The sweep follows the case's owner, makes
 * a task a child lacks and cancels it when the child leaves the data bank.
 */

let app: TestApp;
let serial = 0;
const em = () => app.orm.em.fork();
const dataBankTasks = (subjectId: string) => em().find(Task, { subjectId, kind: TaskKind.DATA_BANK_REGISTRATION });

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

async function signedInWorker(regionCode = 'ASTANA') {
  const user = await createUser(app.orm, { email: `data-bank-${++serial}-${Date.now()}@test.kz`, role: Role.SOCIAL_WORKER, regionCode });
  return { user, token: await app.login(user.email) };
}

const REGISTER = `mutation($input: RegisterChildInput!) { registerChild(input: $input) { id version identifiedAt dataBankRegisteredAt } }`;
const RECORD = `mutation($input: RecordDataBankRegistrationInput!) { recordDataBankRegistration(input: $input) { id version dataBankRegisteredAt dataBankNumber } }`;
const MY_TASKS = `{ myTasks(first: 100) { edges { node { id kind subjectId dueOn dueAt overdue status assignee { id } } } } }`;

type Registered = { registerChild: { id: string; version: number; identifiedAt: string; dataBankRegisteredAt: string | null } };
type MyTasks = { myTasks: { edges: { node: { id: string; kind: string; subjectId: string; dueOn: string; dueAt: string | null; overdue: boolean; status: string; assignee: { id: string } } }[] } };

const register = (token: string, overrides: Record<string, unknown> = {}) =>
  app.request<Registered>(REGISTER, { input: childInput({ lastName: uniqueName('Деректер'), firstName: uniqueName('Айша'), ...overrides }) }, token);

describe('registering a child', () => {
  it('asks its worker for the data bank entry by the end of the next working day in Kazakhstan, closed by recording it', async () => {
    const { user, token } = await signedInWorker();
    // A Friday afternoon in Kazakhstan: due by the end of Monday there.
    const registered = await register(token, { identifiedAt: '2026-11-27T10:00:00.000Z' });
    expect(registered.errors).toBeUndefined();
    const child = registered.data!.registerChild;
    expect(child).toMatchObject({ identifiedAt: '2026-11-27T10:00:00.000Z', dataBankRegisteredAt: null });

    const listed = await app.request<MyTasks>(MY_TASKS, {}, token);
    expect(listed.data!.myTasks.edges.map((edge) => edge.node)).toEqual([
      { id: expect.any(String), kind: 'DATA_BANK_REGISTRATION', subjectId: child.id, dueOn: '2026-11-30', dueAt: '2026-11-30T18:59:59.999Z', overdue: true, status: 'OPEN', assignee: { id: user.id } },
    ]);

    const recorded = await app.request<{ recordDataBankRegistration: { dataBankRegisteredAt: string; dataBankNumber: string } }>(
      RECORD, { input: { childId: child.id, version: child.version, registrationNumber: 'RDB-0000-TEST' } }, token);
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data!.recordDataBankRegistration.dataBankNumber).toBe('RDB-0000-TEST');
    expect(Date.parse(recorded.data!.recordDataBankRegistration.dataBankRegisteredAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(await dataBankTasks(child.id)).toMatchObject([{ status: TaskStatus.DONE, closedBy: 'child.record-data-bank-registration' }]);
    expect((await app.request<MyTasks>(MY_TASKS, {}, token)).data!.myTasks.edges).toEqual([]);
    expect(await em().count(AuditEvent, { action: 'child.record-data-bank-registration', entityId: child.id })).toBe(1);

    // Entered once: again is a CONFLICT, and nothing changes.
    const version = (await em().findOneOrFail(Child, child.id)).version;
    const again = await app.request(RECORD, { input: { childId: child.id, version, registrationNumber: 'RDB-OTHER' } }, token);
    expect(again.errors?.map((error) => error.extensions?.code)).toEqual(['CONFLICT']);
    expect((await em().findOneOrFail(Child, child.id)).dataBankNumber).toBe('RDB-0000-TEST');
  });

  it('counts from now when no identification time is given', async () => {
    const { token } = await signedInWorker();
    const before = Date.now();
    const registered = await register(token);
    expect(registered.errors).toBeUndefined();
    const identifiedAt = new Date(registered.data!.registerChild.identifiedAt);
    expect(identifiedAt.getTime()).toBeGreaterThanOrEqual(before - 1_000);
    expect(identifiedAt.getTime()).toBeLessThanOrEqual(Date.now());
    const [task] = await dataBankTasks(registered.data!.registerChild.id);
    expect(task).toMatchObject({ status: TaskStatus.OPEN, ...dataBankDeadline(identifiedAt) });
  });

  it('refuses an identification in the future or before the birth, writing nothing', async () => {
    const { token } = await signedInWorker();
    for (const identifiedAt of [new Date(Date.now() + 3_600_000).toISOString(), '2017-03-01T12:00:00.000Z']) {
      const lastName = uniqueName('Болашақ');
      const refused = await register(token, { identifiedAt, lastName });
      expect(refused.errors?.map((error) => [error.extensions?.code, error.extensions?.field])).toEqual([['BAD_USER_INPUT', 'identifiedAt']]);
      expect(await em().count(Child, { lastName })).toBe(0);
    }
  });

  it('lets only staff who read case files see the data bank number', async () => {
    const { token } = await signedInWorker();
    const child = (await register(token)).data!.registerChild;
    await app.request(RECORD, { input: { childId: child.id, version: child.version, registrationNumber: 'RDB-SEEN' } }, token);
    const coordinator = await createUser(app.orm, { email: `data-bank-coordinator-${Date.now()}@test.kz`, role: Role.MENTOR_COORDINATOR, regionCode: 'ASTANA' });
    const read = await app.request<{ child: { dataBankNumber: string | null } }>(`query($id: ID!) { child(id: $id) { dataBankNumber } }`, { id: child.id }, await app.login(coordinator.email));
    expect(read.data!.child.dataBankNumber).toBeNull();
    expect(read.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
  });
});

describe('the sweep of data bank tasks', () => {
  it('makes the task a child lacks, follows the case to its new worker, and cancels it when the child leaves the data bank', async () => {
    const [first, second] = [await createUser(app.orm, { email: `data-bank-a-${Date.now()}@test.kz`, role: Role.SOCIAL_WORKER, regionCode: 'ASTANA' }), await createUser(app.orm, { email: `data-bank-b-${Date.now()}@test.kz`, role: Role.SOCIAL_WORKER, regionCode: 'ASTANA' })];
    // Identified on the eve of Independence Day 2026: due the day after it.
    const child = await createChild(app.orm, { regionCode: 'ASTANA', assignedWorker: first.id, identifiedAt: new Date('2026-12-15T04:00:00Z'), dataBankRegisteredAt: null });
    await sweepTasks(em(), { today: '2026-12-15' });
    expect(await dataBankTasks(child.id)).toMatchObject([{ status: TaskStatus.OPEN, dueOn: '2026-12-17', dueAt: new Date('2026-12-17T18:59:59.999Z') }]);
    expect((await sweepTasks(em(), { today: '2026-12-15' })).created).toBe(0);

    await em().nativeUpdate(Child, { id: child.id }, { assignedWorker: second.id });
    await sweepTasks(em(), { today: '2026-12-16' });
    expect((await dataBankTasks(child.id)).map((task) => task.assignee?.id)).toEqual([second.id]);

    await em().nativeUpdate(Child, { id: child.id }, { status: ChildStatus.LEFT_DATA_BANK });
    await sweepTasks(em(), { today: '2026-12-17' });
    expect(await dataBankTasks(child.id)).toMatchObject([{ status: TaskStatus.CANCELLED, closedBy: 'child.exit-data-bank' }]);
  });

  it('asks nothing of a child already in the data bank', async () => {
    const child = await createChild(app.orm, { regionCode: 'ASTANA' });
    await sweepTasks(em(), { today: '2026-12-04' });
    expect(await dataBankTasks(child.id)).toEqual([]);
  });
});
