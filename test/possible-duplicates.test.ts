import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../src/modules/audit/audit-event.entity.js';
import { Child } from '../src/modules/children/child.entity.js';
import { Family } from '../src/modules/families/family.entity.js';
import { Role } from '../src/shared/enums.js';
import { createUser } from './support/factories.js';
import { applicantInput, childInput, familyInput } from './support/registrations.js';
import { startTestApp, type GraphQLResponse, type TestApp } from './support/test-app.js';

/**
 * Issue 8, item 12: registering a child or an applicant born the same day as someone of a near
 * name that the caller can see is held as POSSIBLE_DUPLICATE until the worker confirms it is
 * someone else; nothing is told of records the caller cannot see.
 */

let app: TestApp;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  app = await startTestApp();
  for (const [name, role, regionCode] of [['admin', Role.ADMIN], ['astana', Role.SOCIAL_WORKER, 'ASTANA'], ['almaty', Role.SOCIAL_WORKER, 'ALMATY']] as const) {
    await createUser(app.orm, { email: `${name}@test.kz`, role, regionCode });
    tokens[name] = await app.login(`${name}@test.kz`);
  }
});

afterAll(() => app?.close());

const REGISTER_CHILD = `mutation ($input: RegisterChildInput!) { registerChild(input: $input) { id } }`;
const REGISTER_FAMILY = `mutation ($input: RegisterFamilyInput!) { registerFamily(input: $input) { id } }`;
type Registered = GraphQLResponse<{ registerChild?: { id: string }; registerFamily?: { id: string } }>;
const registerChild = (input: object, token = tokens.astana): Promise<Registered> => app.request(REGISTER_CHILD, { input }, token);
const registerFamily = (input: object, token = tokens.astana): Promise<Registered> => app.request(REGISTER_FAMILY, { input }, token);
const countChildren = () => app.orm.em.fork().count(Child, {});

describe('registering a child', () => {
  it('holds a near name of the same birth date, in any spelling, naming the record; confirmed, registers and says so in the trail', async () => {
    const first = (await registerChild(childInput({ birthDate: '2017-03-03' }))).data!.registerChild!.id;
    const before = await countChildren();
    for (const [lastName, firstName] of [['Nurgalieva', 'Dana'], ['Нургалиева', 'Дана'], ['Нұрғалиева', 'Дина']]) {
      const held = await registerChild(childInput({ birthDate: '2017-03-03', lastName, firstName }));
      expect(held.errors?.[0]?.extensions, `${lastName} ${firstName}`).toEqual({ code: 'POSSIBLE_DUPLICATE', field: 'confirmNotDuplicate', possibleDuplicates: [first] });
    }
    expect(await countChildren()).toBe(before);

    const confirmed = await registerChild(childInput({ birthDate: '2017-03-03', lastName: 'Nurgalieva', confirmNotDuplicate: true }));
    expect(confirmed.errors).toBeUndefined();
    expect(await countChildren()).toBe(before + 1);
    const dismissed = await app.orm.em.fork().find(AuditEvent, { entityId: first, action: 'child.dismiss-duplicate' });
    expect(dismissed).toHaveLength(1);
  });

  it('lets a different name or another birth date through without asking', async () => {
    await registerChild(childInput({ birthDate: '2017-04-04', lastName: 'Сапарова', firstName: 'Әсем' }));
    expect((await registerChild(childInput({ birthDate: '2017-04-05', lastName: 'Сапарова', firstName: 'Әсем' }))).errors).toBeUndefined();
    expect((await registerChild(childInput({ birthDate: '2017-04-04', lastName: 'Сапарова', firstName: 'Айжан' }))).errors).toBeUndefined();
  });

  it('tells a worker nothing of a near name in another region; an administrator, who sees it, is asked', async () => {
    const almaty = (await registerChild(childInput({ regionCode: 'ALMATY', birthDate: '2016-01-09', lastName: 'Ахметова', firstName: 'Мадина' }), tokens.almaty)).data!.registerChild!.id;
    expect((await registerChild(childInput({ birthDate: '2016-01-09', lastName: 'Akhmetova', firstName: 'Madina' }))).errors).toBeUndefined();
    const asAdmin = await registerChild(childInput({ birthDate: '2016-01-09', lastName: 'Ахметова', firstName: 'Мадина' }), tokens.admin);
    expect(asAdmin.errors?.[0]?.extensions?.code).toBe('POSSIBLE_DUPLICATE');
    expect(asAdmin.errors?.[0]?.extensions?.possibleDuplicates).toContain(almaty);
  });

  it('answers the same IIN in another region with the generic duplicate, confirmed or not', async () => {
    const input = childInput({ regionCode: 'ALMATY', birthDate: '2015-10-10', lastName: 'Серікова', firstName: 'Алма' });
    await registerChild(input, tokens.almaty);
    const again = await registerChild({ ...input, regionCode: 'ASTANA', lastName: 'Басқа', firstName: 'Бала', confirmNotDuplicate: true });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });
});

describe('registering a family', () => {
  it('holds an applicant of a near name born the same day, naming the family, until confirmed', async () => {
    const first = (await registerFamily(familyInput([applicantInput({ birthDate: '1980-02-02' })]))).data!.registerFamily!.id;
    const held = await registerFamily(familyInput([applicantInput({ birthDate: '1980-02-02', lastName: 'Kasymov', firstName: 'Nurlan' })]));
    expect(held.errors?.[0]?.extensions).toEqual({ code: 'POSSIBLE_DUPLICATE', field: 'confirmNotDuplicate', possibleDuplicates: [first] });
    const before = await app.orm.em.fork().count(Family, {});
    const confirmed = await registerFamily(familyInput([applicantInput({ birthDate: '1980-02-02', lastName: 'Kasymov' })], { confirmNotDuplicate: true }));
    expect(confirmed.errors).toBeUndefined();
    expect(await app.orm.em.fork().count(Family, {})).toBe(before + 1);
  });
});
