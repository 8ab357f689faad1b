import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Child } from '../src/modules/children/child.entity.js';
import { AuditEvent } from '../src/modules/audit/audit-event.entity.js';
import { Role, Sex } from '../src/shared/enums.js';
import {
  ChildByIdDocument,
  ChildrenDocument,
  RecordDataBankExitDocument,
  RegisterChildDocument,
  UpdateChildDocument,
  type RegisterChildInput,
} from './generated/graphql.js';
import { createChild, createUser, validIin } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let app: TestApp;
let worker: string;
let almatyWorker: string;
let coordinator: string;
let admin: string;

const countChildren = () => app.orm.em.fork().count(Child, {});

function registration(overrides: Partial<RegisterChildInput> = {}): RegisterChildInput {
  const birthDate = overrides.birthDate ?? '2016-04-02';
  const sex = overrides.sex ?? 'MALE';
  return {
    iin: validIin(birthDate, sex as never),
    lastName: 'Сәрсенов',
    firstName: 'Ұлан',
    birthDate,
    sex,
    regionCode: 'ASTANA',
    legalStatus: 'ORPHAN',
    registeredAt: '2024-09-01',
    healthGroup: 'II',
    specialNeeds: ['HEARING_IMPAIRMENT'],
    languages: ['KAZAKH', 'RUSSIAN'],
    healthNotes: 'synthetic note',
    ...overrides,
  };
}

beforeAll(async () => {
  app = await startTestApp();
  await createUser(app.orm, { email: 'worker@test.kz', role: Role.SOCIAL_WORKER, regionCode: 'ASTANA' });
  await createUser(app.orm, { email: 'worker.almaty@test.kz', role: Role.SOCIAL_WORKER, regionCode: 'ALMATY' });
  await createUser(app.orm, { email: 'coordinator@test.kz', role: Role.MENTOR_COORDINATOR, regionCode: 'ASTANA' });
  await createUser(app.orm, { email: 'admin@test.kz', role: Role.ADMIN });
  [worker, almatyWorker, coordinator, admin] = await Promise.all(
    ['worker@test.kz', 'worker.almaty@test.kz', 'coordinator@test.kz', 'admin@test.kz'].map((email) => app.login(email)),
  );
});

afterAll(() => app?.close());

describe('registering a child', () => {
  it('stores the child and its audit event in one go', async () => {
    const result = await app.request(RegisterChildDocument, { input: registration() }, worker);
    expect(result.errors).toBeUndefined();
    const child = result.data!.registerChild;
    expect(child).toMatchObject({ lastName: 'Сәрсенов', status: 'AWAITING_PLACEMENT', version: 1, region: { code: 'ASTANA' } });
    const events = await app.orm.em.fork().find(AuditEvent, { entityId: child.id }, { orderBy: { action: 'asc' } });
    // The answer shows the case file, so reading it back is audited too.
    expect(events.map((e) => e.action)).toEqual(['child.read-case-file', 'child.register']);
    expect(events[1]!.changedFields).toContain('iin');
  });

  it.each([
    ['a wrong IIN check digit', (input: RegisterChildInput) => ({ ...input, iin: input.iin.slice(0, 11) + String((Number(input.iin[11]) + 1) % 10) }), 'iin'],
    ['an IIN of another birth date', (input: RegisterChildInput) => ({ ...input, birthDate: '2016-04-03' }), 'iin'],
    ['a future birth date', (input: RegisterChildInput) => ({ ...input, birthDate: '2099-01-01', iin: validIin('2099-01-01', Sex.MALE) }), 'birthDate'],
    ['an oversized name', (input: RegisterChildInput) => ({ ...input, lastName: 'Ә'.repeat(10_000) }), 'lastName'],
    ['digits in a name', (input: RegisterChildInput) => ({ ...input, firstName: "Robert'); DROP TABLE child;--" }), 'firstName'],
    ['an unknown region', (input: RegisterChildInput) => ({ ...input, regionCode: 'ATLANTIS' }), 'regionCode'],
  ])('refuses %s with BAD_USER_INPUT naming the field, writing nothing', async (_, change, field) => {
    const before = await countChildren();
    const admin = await app.login('admin@test.kz');
    const result = await app.request(RegisterChildDocument, { input: change(registration()) }, admin);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await countChildren()).toBe(before);
  });

  it('refuses an unknown enum value', async () => {
    const result = await app.request(RegisterChildDocument, { input: { ...registration(), legalStatus: 'KIDNAPPED' as never } }, worker);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a worker registering a child in another region', async () => {
    const result = await app.request(RegisterChildDocument, { input: registration({ regionCode: 'SHYMKENT' }) }, worker);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('requires signing in', async () => {
    const result = await app.request(RegisterChildDocument, { input: registration() });
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('reading children', () => {
  it('hides another region’s child: FORBIDDEN by id, absent from lists', async () => {
    const almatyChild = await createChild(app.orm, { regionCode: 'ALMATY', lastName: 'Алматинова' });
    const byId = await app.request(ChildByIdDocument, { id: almatyChild.id }, worker);
    expect(byId.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const list = await app.request(ChildrenDocument, { first: 100, filter: { search: 'алматинова' } }, worker);
    expect(list.data!.children.totalCount).toBe(0);
    const asked = await app.request(ChildrenDocument, { first: 10, filter: { regionCode: 'ALMATY' } }, worker);
    expect(asked.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const own = await app.request(ChildrenDocument, { first: 100, filter: { search: 'алматинова' } }, almatyWorker);
    expect(own.data!.children.totalCount).toBe(1);
  });

  it('answers NOT_FOUND for an unknown id', async () => {
    const result = await app.request(ChildByIdDocument, { id: '018f0000-0000-7000-8000-000000000000' }, worker);
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('shows a coordinator the child without its case file', async () => {
    const child = await createChild(app.orm, { healthNotes: 'synthetic', caseNotes: 'synthetic' });
    const result = await app.request(ChildByIdDocument, { id: child.id }, coordinator);
    expect(result.data!.child).toMatchObject({ firstName: child.firstName, iin: null, healthNotes: null, legalStatus: null });
    const forbidden = result.errors!.filter((e) => e.extensions?.code === 'FORBIDDEN').map((e) => e.path?.at(-1));
    expect(forbidden).toEqual(expect.arrayContaining(['iin', 'healthNotes', 'legalStatus', 'specialNeeds']));
    expect(JSON.stringify(result.errors)).not.toContain(child.iin);
  });

  it('finds names written with Kazakh letters in any case', async () => {
    await createChild(app.orm, { lastName: 'Жұмабаева', firstName: 'Әсел', regionCode: 'KARAGANDA' });
    const result = await app.request(ChildrenDocument, { first: 10, filter: { search: 'ӘСЕЛ жұмаБАЕВА' } }, admin);
    expect(result.data!.children.edges.map((e) => e.node.firstName)).toEqual(['Әсел']);
  });

  it('pages through a filtered list with stable cursors', async () => {
    for (let i = 0; i < 5; i++) await createChild(app.orm, { regionCode: 'SHYMKENT', birthDate: `201${i}-01-15`, specialNeeds: i % 2 ? ['AUTISM_SPECTRUM' as never] : [] });
    const filter = { regionCode: 'SHYMKENT' };
    const first = await app.request(ChildrenDocument, { first: 2, filter }, admin);
    expect(first.data!.children).toMatchObject({ totalCount: 5, pageInfo: { hasNextPage: true, hasPreviousPage: false } });
    const second = await app.request(ChildrenDocument, { first: 2, after: first.data!.children.pageInfo.endCursor, filter }, admin);
    const third = await app.request(ChildrenDocument, { first: 2, after: second.data!.children.pageInfo.endCursor, filter }, admin);
    const ids = [first, second, third].flatMap((page) => page.data!.children.edges.map((e) => e.node.id));
    expect(new Set(ids).size).toBe(5);
    expect(third.data!.children.pageInfo.hasNextPage).toBe(false);

    const needs = await app.request(ChildrenDocument, { first: 10, filter: { ...filter, hasSpecialNeeds: true } }, admin);
    expect(needs.data!.children.totalCount).toBe(2);
    const ages = await app.request(ChildrenDocument, { first: 10, filter: { ...filter, ageMin: 13, ageMax: 14 } }, admin);
    expect(ages.data!.children.edges.map((e) => e.node.age).sort()).toEqual([13, 14]);
  });

  it('refuses a page larger than 100 and a forged cursor', async () => {
    const big = await app.request(ChildrenDocument, { first: 101 }, admin);
    expect(big.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const forged = await app.request(ChildrenDocument, { first: 5, after: 'bm90LWEtY3Vyc29y' }, admin);
    expect(forged.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});

describe('updating a child', () => {
  it('applies a change once and answers CONFLICT to a stale version', async () => {
    const child = await createChild(app.orm);
    const first = await app.request(UpdateChildDocument, { input: { id: child.id, version: 1, firstName: 'Дана' } }, worker);
    expect(first.data!.updateChild).toMatchObject({ firstName: 'Дана', version: 2 });
    const stale = await app.request(UpdateChildDocument, { input: { id: child.id, version: 1, firstName: 'Жанна' } }, worker);
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const stored = await app.orm.em.fork().findOneOrFail(Child, child.id);
    expect(stored.firstName).toBe('Дана');
  });

  it('records leaving the data bank on a lawful ground only', async () => {
    const child = await createChild(app.orm, { birthDate: '2012-01-01' });
    const early = await app.request(RecordDataBankExitDocument, { input: { childId: child.id, version: 1, reason: 'REACHED_MAJORITY', exitedAt: '2026-01-01' } }, worker);
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const ok = await app.request(RecordDataBankExitDocument, { input: { childId: child.id, version: 1, reason: 'RETURNED_TO_PARENTS', exitedAt: '2026-01-01' } }, worker);
    expect(ok.data!.recordDataBankExit).toMatchObject({ status: 'LEFT_DATA_BANK', exitReason: 'RETURNED_TO_PARENTS' });
  });
});
