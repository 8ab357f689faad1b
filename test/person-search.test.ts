import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../src/modules/audit/audit-event.entity.js';
import { Child } from '../src/modules/children/child.entity.js';
import { FamilyApplicant } from '../src/modules/families/family-applicant.entity.js';
import { Role, Sex } from '../src/shared/enums.js';
import { normalizeSearchText } from '../src/shared/search-text.js';
import { createChild, createFamily, createMentor, createUser } from './support/factories.js';
import { startTestApp, type GraphQLResponse, type TestApp } from './support/test-app.js';

/**
 * Issue 8, item 11: children, families and mentors are found by exact IIN through the keyed-hash
 * column, and by name in Kazakh, Russian or Latin spelling through an indexed search key.
 */

let app: TestApp;
const tokens: Record<string, string> = {};
let nurgalieva: Child;
let elsewhere: Child;

beforeAll(async () => {
  app = await startTestApp();
  for (const [name, role, regionCode] of [['admin', Role.ADMIN], ['worker', Role.SOCIAL_WORKER, 'ASTANA'], ['coordinator', Role.MENTOR_COORDINATOR, 'ASTANA']] as const) {
    await createUser(app.orm, { email: `${name}@test.kz`, role, regionCode });
    tokens[name] = await app.login(`${name}@test.kz`);
  }
  nurgalieva = await createChild(app.orm, { lastName: 'Нұрғалиева', firstName: 'Дана', searchName: normalizeSearchText('Нұрғалиева', 'Дана'), birthDate: '2015-07-07' });
  await createChild(app.orm, { lastName: 'Нұрғалиев', firstName: 'Ерлан', searchName: normalizeSearchText('Нұрғалиев', 'Ерлан'), sex: Sex.MALE });
  elsewhere = await createChild(app.orm, { regionCode: 'ALMATY', birthDate: '2015-07-07' });
});

afterAll(() => app?.close());

type Page = { edges: { node: { id: string; lastName?: string } }[] };
const ids = (page: Page | undefined) => (page?.edges ?? []).map((edge) => edge.node.id);
const children = (filter: object, token = tokens.worker!) =>
  app.request<{ children: Page }>(`query ($filter: ChildFilter) { children(first: 20, filter: $filter) { edges { node { id lastName } } } }`, { filter }, token);
const names = (result: GraphQLResponse<{ children: Page }>) => result.data!.children.edges.map((edge) => edge.node.lastName).sort();

describe('name search', () => {
  it.each(['Нұрғалиева', 'Нургалиева', 'Nurgalieva', 'NURGALIYEVA', 'нургалиева дана', 'Dana Nurgal'])('finds Нұрғалиева Дана as %s', async (query) => {
    expect(names(await children({ search: query }))).toEqual(['Нұрғалиева']);
  });

  it('finds by part of a word in any spelling, and only those who match every word', async () => {
    expect(names(await children({ search: 'Nurgal' }))).toEqual(['Нұрғалиев', 'Нұрғалиева']);
    expect(names(await children({ search: 'нургалиев ерлан' }))).toEqual(['Нұрғалиев']);
    expect(names(await children({ search: 'Nurgalieva Erlan' }))).toEqual([]);
  });

  it('finds families and mentors the same way', async () => {
    const family = await createFamily(app.orm, { regionCode: 'ASTANA', searchName: normalizeSearchText('Жақсыбеков', 'Әлихан') });
    const mentor = await createMentor(app.orm, { regionCode: 'ASTANA', lastName: 'Өмірбекова', searchName: normalizeSearchText('Өмірбекова', 'Дана') });
    const families = await app.request<{ families: Page }>(`{ families(first: 5, filter: { search: "Zhaksybekov Alihan" }) { edges { node { id } } } }`, {}, tokens.worker);
    expect(ids(families.data?.families)).toEqual([family.id]);
    const mentors = await app.request<{ mentors: Page }>(`{ mentors(first: 5, filter: { search: "Omirbekova" }) { edges { node { id } } } }`, {}, tokens.coordinator);
    expect(ids(mentors.data?.mentors)).toEqual([mentor.id]);
  });

  it('is served by a trigram index on the key', async () => {
    const connection = app.orm.em.getConnection();
    const plan = await connection.transactional(async (trx) => {
      await connection.execute('set local enable_seqscan = off', [], 'run', trx);
      return connection.execute(`explain select id from child where search_name like '%nurgal%'`, [], 'all', trx);
    });
    expect(JSON.stringify(plan)).toContain('child_search_name_trgm');
  });
});

describe('search by IIN', () => {
  it('finds the child with exactly that IIN, only within what the caller may see', async () => {
    expect(ids((await children({ iin: nurgalieva.iin })).data?.children)).toEqual([nurgalieva.id]);
    expect(ids((await children({ iin: elsewhere.iin })).data?.children)).toEqual([]);
    expect(ids((await children({ iin: elsewhere.iin }, tokens.admin)).data?.children)).toEqual([elsewhere.id]);
  });

  it('is reading the IIN: refused to a coordinator, audited for a worker', async () => {
    expect((await children({ iin: nurgalieva.iin }, tokens.coordinator)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await children({ iin: nurgalieva.iin });
    const reads = await app.orm.em.fork().find(AuditEvent, { entityId: nurgalieva.id, action: 'child.read-case-file' });
    expect(reads.some((event) => event.changedFields.includes('iin'))).toBe(true);
  });

  it('finds families by an applicant’s IIN and mentors by theirs', async () => {
    const family = await createFamily(app.orm, { regionCode: 'ASTANA' });
    const applicantIin = (await app.orm.em.fork().findOneOrFail(FamilyApplicant, { family: family.id })).iin;
    const families = await app.request<{ families: Page }>(`query ($iin: String) { families(first: 5, filter: { iin: $iin }) { edges { node { id } } } }`, { iin: applicantIin }, tokens.worker);
    expect(ids(families.data?.families)).toEqual([family.id]);
    const mentor = await createMentor(app.orm, { regionCode: 'ASTANA' });
    const mentors = await app.request<{ mentors: Page }>(`query ($iin: String) { mentors(first: 5, filter: { iin: $iin }) { edges { node { id } } } }`, { iin: mentor.iin }, tokens.coordinator);
    expect(ids(mentors.data?.mentors)).toEqual([mentor.id]);
  });

  it('refuses what is not an IIN, naming the field', async () => {
    const result = await children({ iin: '12345' });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'iin' });
  });
});

describe('the search-key migration', () => {
  it('rewrites the keys of rows already there', async () => {
    const migrator = app.orm.getMigrator();
    // Registered first, with the entity as it is now: the columns of later migrations go with their down.
    const child = await createChild(app.orm, { lastName: 'Әбілқасымова', firstName: 'Іңкәр' });
    await migrator.down({ to: 'Migration20261203004000' });
    const em = app.orm.em.fork();
    await em.getConnection().execute(`update child set search_name = 'әбілқасымова іңкәр' where id = ?`, [child.id]);
    await migrator.up();
    const [row] = await em.getConnection().execute(`select search_name from child where id = ?`, [child.id]);
    expect(row.search_name).toBe(normalizeSearchText('Abilkasymova', 'Inkar'));
  });
});
