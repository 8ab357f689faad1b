import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Placement } from '../src/modules/placements/placement.entity.js';
import { PlacementStatus } from '../src/modules/placements/placement.enums.js';
import { ChildStatus } from '../src/modules/children/child.enums.js';
import { PlacementForm, Role, Sex } from '../src/shared/enums.js';
import { createChild, createFamily, createUser, validIin } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/** Where children live: the institution registry, a child's institution, settlement and family, districts, and LOCATION. */

let app: TestApp;
const tokens: Record<string, string> = {};
const tag = `${process.pid}-${Date.now()}`;

beforeAll(async () => {
  app = await startTestApp();
  const users: [string, Role, string | undefined][] = [
    ['admin', Role.ADMIN, undefined],
    ['akmola', Role.SOCIAL_WORKER, 'AKMOLA'],
    ['coordinator', Role.MENTOR_COORDINATOR, 'ALMATY'],
  ];
  for (const [name, role, regionCode] of users) {
    const email = `institutions-${name}-${tag}@test.kz`;
    await createUser(app.orm, { email, role, regionCode });
    tokens[name] = await app.login(email);
  }
});
afterAll(() => app?.close());

const ask = (who: string, query: string, variables: Record<string, unknown> = {}) => app.request<Record<string, any>>(query, variables, tokens[who]);
const codes = (result: { errors?: { extensions?: { code?: string; field?: string } }[] }) => result.errors?.map((error) => [error.extensions?.code, error.extensions?.field]);

const REGISTER = 'mutation($input: RegisterInstitutionInput!) { registerInstitution(input: $input) { id name kind settlement capacity version region { code } district { code kind } } }';
const home = (data: Record<string, unknown> = {}) => ({
  name: 'Көкшетау балалар үйі (тест)', kind: 'CHILDRENS_HOME', regionCode: 'AKMOLA', districtCode: 'AKMOLA-KOKSHETAU', settlement: 'Көкшетау', address: 'ул. Тестовая, 10', capacity: 90, ...data,
});

describe('the institution registry', () => {
  it('registers an institution in a district of its region, for staff of the region', async () => {
    const result = await ask('akmola', REGISTER, { input: home() });
    expect(result.errors).toBeUndefined();
    expect(result.data?.registerInstitution).toMatchObject({ kind: 'CHILDRENS_HOME', settlement: 'Көкшетау', capacity: 90, region: { code: 'AKMOLA' }, district: { code: 'AKMOLA-KOKSHETAU', kind: 'TOWN' } });
  });

  it('refuses a district of another region, an unknown one, another region and a capacity of 0, naming the field', async () => {
    expect(codes(await ask('akmola', REGISTER, { input: home({ districtCode: 'ASTANA-YESIL' }) }))).toEqual([['BAD_USER_INPUT', 'districtCode']]);
    expect(codes(await ask('akmola', REGISTER, { input: home({ districtCode: 'AKMOLA-NOWHERE' }) }))).toEqual([['BAD_USER_INPUT', 'districtCode']]);
    expect(codes(await ask('akmola', REGISTER, { input: home({ regionCode: 'ASTANA', districtCode: null }) }))?.[0]?.[0]).toBe('FORBIDDEN');
    expect(codes(await ask('akmola', REGISTER, { input: home({ capacity: 0 }) }))?.[0]).toEqual(['BAD_USER_INPUT', 'capacity']);
  });

  it('updates an institution with its version, and refuses a stale one', async () => {
    const created = (await ask('admin', REGISTER, { input: home({ districtCode: null }) })).data!.registerInstitution;
    const UPDATE = 'mutation($input: UpdateInstitutionInput!) { updateInstitution(input: $input) { capacity version district { code } } }';
    const updated = await ask('akmola', UPDATE, { input: { id: created.id, version: created.version, capacity: 120, districtCode: 'AKMOLA-BURABAI' } });
    expect(updated.data?.updateInstitution).toEqual({ capacity: 120, version: created.version + 1, district: { code: 'AKMOLA-BURABAI' } });
    expect(codes(await ask('akmola', UPDATE, { input: { id: created.id, version: created.version, capacity: 100 } }))?.[0]?.[0]).toBe('CONFLICT');
  });

  it('is read by staff of every region, filtered by region, district and kind', async () => {
    const name = `Сәби үйі ${tag}`;
    await ask('admin', REGISTER, { input: home({ name, kind: 'INFANT_HOME', districtCode: 'AKMOLA-STEPNOGORSK', settlement: 'Степногорск' }) });
    const query = 'query($filter: InstitutionFilter) { institutions(first: 10, filter: $filter) { totalCount edges { node { name kind } } } }';
    const found = await ask('coordinator', query, { filter: { regionCode: 'AKMOLA', districtCode: 'AKMOLA-STEPNOGORSK', kind: ['INFANT_HOME'] } });
    expect(found.data?.institutions.edges.map((edge: { node: { name: string } }) => edge.node.name)).toContain(name);
    const none = await ask('coordinator', query, { filter: { regionCode: 'AKMOLA', districtCode: 'AKMOLA-STEPNOGORSK', kind: ['YOUTH_HOUSE'] } });
    expect(none.data?.institutions.totalCount).toBe(0);
  });

  it('lists the districts of a region, real names for the cities', async () => {
    const result = await app.request<Record<string, any>>('{ districts(regionCode: "ALMATY") { code nameRu kind regionCode } }');
    expect(result.data?.districts).toHaveLength(8);
    expect(result.data?.districts).toContainEqual({ code: 'ALMATY-MEDEU', nameRu: 'Медеуский район', kind: 'CITY_DISTRICT', regionCode: 'ALMATY' });
  });
});

const REGISTER_CHILD = 'mutation($input: RegisterChildInput!) { registerChild(input: $input) { id settlement institution { id } district { code } } }';
const childInput = (data: Record<string, unknown>) => ({
  iin: validIin('2017-02-03', Sex.FEMALE), lastName: 'Институтова', firstName: 'Алия', birthDate: '2017-02-03', sex: 'FEMALE', regionCode: 'AKMOLA',
  legalStatus: 'ORPHAN', registeredAt: '2025-01-10', healthGroup: 'I', languages: ['KAZAKH'], status: 'IN_INSTITUTION', ...data,
});

describe('where a child lives', () => {
  let institutionId: string;
  beforeAll(async () => {
    institutionId = (await ask('admin', REGISTER, { input: home({ name: `Қосшы орталығы ${tag}`, kind: 'FAMILY_SUPPORT_CENTRE', districtCode: 'AKMOLA-KOSSHY', settlement: 'Қосшы' }) })).data!.registerInstitution.id;
  });

  it("takes the institution's settlement, and refuses another", async () => {
    const result = await ask('akmola', REGISTER_CHILD, { input: childInput({ institutionId, districtCode: 'AKMOLA-KOSSHY' }) });
    expect(result.data?.registerChild).toMatchObject({ settlement: 'Қосшы', institution: { id: institutionId }, district: { code: 'AKMOLA-KOSSHY' } });
    const mismatch = await ask('akmola', REGISTER_CHILD, { input: childInput({ iin: validIin('2017-02-03', Sex.FEMALE), institutionId, settlement: 'Көкшетау' }) });
    expect(codes(mismatch)).toEqual([['BAD_USER_INPUT', 'settlement']]);
    const unknown = await ask('akmola', REGISTER_CHILD, { input: childInput({ iin: validIin('2017-02-03', Sex.FEMALE), institutionId: '01900000-0000-7000-8000-000000000000' }) });
    expect(codes(unknown)).toEqual([['BAD_USER_INPUT', 'institutionId']]);
  });

  it('names the family of its active placement, and no institution then', async () => {
    const family = await createFamily(app.orm, { regionCode: 'AKMOLA', settlement: 'Қосшы' });
    const child = await createChild(app.orm, { regionCode: 'AKMOLA', status: ChildStatus.IN_FAMILY_PLACEMENT, institution: institutionId, settlement: 'Қосшы' });
    const em = app.orm.em.fork();
    em.create(Placement, { child: child.id, family: family.id, form: PlacementForm.GUARDIANSHIP, status: PlacementStatus.ACTIVE });
    await em.flush();
    const result = await ask('akmola', 'query($id: ID!) { child(id: $id) { currentFamily { id } institution { id } } }', { id: child.id });
    expect(result.data?.child).toEqual({ currentFamily: { id: family.id }, institution: null });
  });

  it('scores the same settlement above the same region (LOCATION)', async () => {
    const child = (await ask('akmola', REGISTER_CHILD, { input: childInput({ iin: validIin('2016-05-06', Sex.FEMALE), birthDate: '2016-05-06', institutionId }) })).data!.registerChild;
    const near = await createFamily(app.orm, { regionCode: 'AKMOLA', settlement: 'Қосшы' });
    const far = await createFamily(app.orm, { regionCode: 'AKMOLA', settlement: 'Көкшетау' });
    const location = async (familyId: string) => {
      const result = await ask('akmola', 'query($c: ID!, $f: ID!) { eligibility(childId: $c, familyId: $f, form: GUARDIANSHIP) { reasons { code message } } }', { c: child.id, f: familyId });
      return result.data?.eligibility.reasons.find((reason: { code: string }) => reason.code === 'LOCATION')?.message;
    };
    expect(await location(near.id)).toBe('Same settlement');
    expect(await location(far.id)).toBe('Same region');
  });
});
