import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role, Sex } from '../src/shared/enums.js';
import { createChild, createFamily, createMentor, createUser, validIin } from './support/factories.js';
import { childInput } from './support/registrations.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/** Case ownership: every child, family and mentor has an assigned worker, new records their registrar, and lists filter by it. */

let app: TestApp;
const tokens: Record<string, string> = {};
const userIds: Record<string, string> = {};
const tag = `${process.pid}-${Date.now()}`;

beforeAll(async () => {
  app = await startTestApp();
  const users: [string, Role, string | undefined][] = [
    ['admin', Role.ADMIN, undefined],
    ['aigerim', Role.SOCIAL_WORKER, 'KARAGANDA'],
    ['bolat', Role.SOCIAL_WORKER, 'KARAGANDA'],
    ['coordinator', Role.MENTOR_COORDINATOR, 'KARAGANDA'],
    ['elsewhere', Role.SOCIAL_WORKER, 'ATYRAU'],
  ];
  for (const [name, role, regionCode] of users) {
    const email = `ownership-${name}-${tag}@test.kz`;
    userIds[name] = (await createUser(app.orm, { email, role, regionCode })).id;
    tokens[name] = await app.login(email);
  }
});
afterAll(() => app?.close());

const ask = (who: string, query: string, variables: Record<string, unknown> = {}) => app.request<Record<string, any>>(query, variables, tokens[who]);
const REGISTER = 'mutation($input: RegisterChildInput!) { registerChild(input: $input) { id assignedWorker { id displayName role active region { code } } } }';
let serial = 0;
const register = (who: string) =>
  ask(who, REGISTER, { input: childInput({ regionCode: 'KARAGANDA', birthDate: `2016-02-${String(++serial).padStart(2, '0')}`, confirmNotDuplicate: true }) });
const ids = (connection: { edges: { node: { id: string } }[] }) => connection.edges.map((edge) => edge.node.id).sort();

describe('the assigned worker', () => {
  it('is the registrar of a new child; an administrator’s registration stays unassigned', async () => {
    const byWorker = await register('aigerim');
    expect(byWorker.errors).toBeUndefined();
    expect(byWorker.data?.registerChild.assignedWorker).toEqual({ id: userIds.aigerim, displayName: expect.any(String), role: 'SOCIAL_WORKER', active: true, region: { code: 'KARAGANDA' } });
    const byAdmin = await register('admin');
    expect(byAdmin.data?.registerChild.assignedWorker).toBeNull();
  });

  it('is the registrar of a new mentor, a coordinator', async () => {
    const input = {
      iin: validIin('1990-01-01', Sex.FEMALE), lastName: 'Серікова', firstName: 'Айым', birthDate: '1990-01-01', sex: 'FEMALE', citizenship: 'KAZAKHSTAN', regionCode: 'KARAGANDA', city: 'Қарағанды',
      trainingCertificateDate: '2025-03-01', backgroundCheckResult: 'CLEAR', backgroundCheckDate: '2025-03-01', maxMentees: 2,
    };
    const result = await ask('coordinator', 'mutation($input: RegisterMentorInput!) { registerMentor(input: $input) { assignedWorker { id role } } }', { input });
    expect(result.errors).toBeUndefined();
    expect(result.data?.registerMentor.assignedWorker).toEqual({ id: userIds.coordinator, role: 'MENTOR_COORDINATOR' });
  });

  it('filters children, families and mentors by ME, NONE and a worker’s id, within the caller’s region', async () => {
    const mine = await createChild(app.orm, { regionCode: 'KARAGANDA', assignedWorker: userIds.bolat });
    const colleagues = await createChild(app.orm, { regionCode: 'KARAGANDA', assignedWorker: userIds.aigerim });
    const nobodys = await createChild(app.orm, { regionCode: 'KARAGANDA' });
    const family = await createFamily(app.orm, { regionCode: 'KARAGANDA', assignedWorker: userIds.bolat });
    const mentor = await createMentor(app.orm, { regionCode: 'KARAGANDA', assignedWorker: userIds.coordinator });
    const LIST = 'query($assignedTo: String) { children(first: 100, filter: { assignedTo: $assignedTo }) { totalCount edges { node { id } } } }';
    const me = (await ask('bolat', LIST, { assignedTo: 'ME' })).data!.children;
    expect(ids(me)).toEqual([mine.id]);
    expect(me.totalCount).toBe(1);
    expect(ids((await ask('bolat', LIST, { assignedTo: userIds.aigerim })).data!.children)).toContain(colleagues.id);
    expect(ids((await ask('bolat', LIST, { assignedTo: userIds.aigerim })).data!.children)).not.toContain(mine.id);
    const unassigned = ids((await ask('bolat', LIST, { assignedTo: 'NONE' })).data!.children);
    expect(unassigned).toContain(nobodys.id);
    expect(unassigned).not.toContain(mine.id);
    // Another region's worker asking for this one's cases sees none of them: the region still decides.
    expect((await ask('elsewhere', LIST, { assignedTo: userIds.bolat })).data!.children.totalCount).toBe(0);
    const families = await ask('bolat', '{ families(first: 100, filter: { assignedTo: "ME" }) { edges { node { id assignedWorker { id } } } } }');
    expect(families.data?.families.edges.map((edge: any) => edge.node)).toEqual([{ id: family.id, assignedWorker: { id: userIds.bolat } }]);
    const mentors = await ask('coordinator', '{ mentors(first: 100, filter: { assignedTo: "ME" }) { edges { node { id } } } }');
    expect(ids(mentors.data!.mentors)).toContain(mentor.id);
  });

  it('refuses an assignedTo that is neither ME, NONE nor an id, naming the field', async () => {
    const result = await ask('bolat', '{ children(first: 5, filter: { assignedTo: "someone" }) { totalCount } }');
    expect(result.errors?.map((error) => [error.extensions?.code, error.extensions?.field])).toEqual([['BAD_USER_INPUT', 'assignedTo']]);
  });

  it('names the owner only to staff of the owner’s region', async () => {
    const child = await createChild(app.orm, { regionCode: 'KARAGANDA', assignedWorker: userIds.elsewhere });
    const result = await ask('bolat', 'query($id: ID!) { child(id: $id) { id assignedWorker { id } } }', { id: child.id });
    expect(result.data?.child).toEqual({ id: child.id, assignedWorker: null });
    expect(result.errors?.map((error) => [error.extensions?.code, error.path?.join('.')])).toEqual([['FORBIDDEN', 'child.assignedWorker']]);
  });

  it('is named to the family and the mentor whose case it owns, and no other colleague to them', async () => {
    const family = await createFamily(app.orm, { regionCode: 'KARAGANDA', assignedWorker: userIds.aigerim });
    const mentor = await createMentor(app.orm, { regionCode: 'KARAGANDA', assignedWorker: userIds.coordinator });
    const familyEmail = `ownership-family-${tag}@test.kz`;
    const mentorEmail = `ownership-mentor-${tag}@test.kz`;
    await createUser(app.orm, { email: familyEmail, role: Role.FAMILY, familyId: family.id });
    await createUser(app.orm, { email: mentorEmail, role: Role.MENTOR, mentorId: mentor.id });
    const own = await app.request<Record<string, any>>('{ myFamily { assignedWorker { id displayName role } } }', {}, await app.login(familyEmail));
    expect(own.errors).toBeUndefined();
    expect(own.data?.myFamily.assignedWorker).toMatchObject({ id: userIds.aigerim, role: 'SOCIAL_WORKER', displayName: expect.any(String) });
    const mentorToken = await app.login(mentorEmail);
    const mine = await app.request<Record<string, any>>('query($id: ID!) { mentor(id: $id) { assignedWorker { id } } }', { id: mentor.id }, mentorToken);
    expect(mine.data?.mentor.assignedWorker).toEqual({ id: userIds.coordinator });
    // Once the case is someone else's, the family no longer sees the worker it had.
    await app.orm.em.fork().nativeUpdate('Family', { id: family.id }, { assignedWorker: userIds.bolat });
    const after = await app.request<Record<string, any>>('{ myFamily { assignedWorker { id } } }', {}, await app.login(familyEmail));
    expect(after.data?.myFamily.assignedWorker).toEqual({ id: userIds.bolat });
  });
});
