import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChildStatus } from '../src/modules/children/child.enums.js';
import { Child } from '../src/modules/children/child.entity.js';
import { SiblingGroup } from '../src/modules/children/sibling-group.entity.js';
import { Placement } from '../src/modules/placements/placement.entity.js';
import { PlacementForm, Role, Sex } from '../src/shared/enums.js';
import { EligibilityDocument, PlacementCandidatesDocument, ProposePlacementDocument, RegisterChildDocument, type RegisterChildInput } from './generated/graphql.js';
import { createChild, createFamily, createUser, validIin } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { uniqueName } from './support/world.js';

/**
 * Sibling groups that reach across a regional border (made by an administrator, or old data):
 * a regional worker may neither join one nor match or place its children.
 */

let app: TestApp;
let worker: string;
let admin: string;

/** A sibling group of children in the given regions, written straight to the database. */
async function siblingGroup(regions: string[], status = ChildStatus.AWAITING_PLACEMENT) {
  const em = app.orm.em.fork();
  const group = em.create(SiblingGroup, {});
  await em.flush();
  const children = [];
  for (const [index, regionCode] of regions.entries()) {
    children.push(await createChild(app.orm, { regionCode, siblingGroup: group.id, birthDate: `201${index + 5}-05-10`, status: index === 0 ? ChildStatus.AWAITING_PLACEMENT : status }));
  }
  return { groupId: group.id, children };
}

const membersOf = async (groupId: string) => (await app.orm.em.fork().find(Child, { siblingGroup: groupId })).map((child) => child.id).sort();
const placementsOf = (childIds: string[]) => app.orm.em.fork().count(Placement, { child: { $in: childIds } });

function registration(overrides: Partial<RegisterChildInput> = {}): RegisterChildInput {
  return {
    iin: validIin('2016-04-02', Sex.MALE),
    // Names of their own: registrations alike in name and birth date are held as possible duplicates.
    lastName: uniqueName('Сәрсенов'),
    firstName: uniqueName('Ұлан'),
    birthDate: '2016-04-02',
    sex: 'MALE',
    regionCode: 'ASTANA',
    legalStatus: 'ORPHAN',
    registeredAt: '2024-09-01',
    healthGroup: 'II',
    ...overrides,
  };
}

beforeAll(async () => {
  app = await startTestApp();
  await createUser(app.orm, { email: 'worker@test.kz', role: Role.SOCIAL_WORKER, regionCode: 'ASTANA' });
  await createUser(app.orm, { email: 'admin@test.kz', role: Role.ADMIN });
  [worker, admin] = await Promise.all(['worker@test.kz', 'admin@test.kz'].map((email) => app.login(email)));
});

afterAll(() => app?.close());

describe('registerChild(siblingGroupId:)', () => {
  it('answers a group with a child of another region exactly like an unknown group, and joins nothing', async () => {
    const unknown = await app.request(RegisterChildDocument, { input: registration({ siblingGroupId: '018f0000-0000-7000-8000-000000000000' }) }, worker);
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'siblingGroupId' });
    const strip = (result: typeof unknown) => result.errors?.map(({ message, extensions }) => ({ message, extensions }));

    for (const regions of [['ALMATY', 'ALMATY'], ['ASTANA', 'ALMATY']]) {
      const { groupId } = await siblingGroup(regions);
      const before = await membersOf(groupId);
      const foreign = await app.request(RegisterChildDocument, { input: registration({ siblingGroupId: groupId }) }, worker);
      expect(foreign.data).toBeNull();
      expect(strip(foreign)).toEqual(strip(unknown));
      expect(await membersOf(groupId)).toEqual(before);
    }
  });

  it('lets a worker join a group of its own region, and an administrator any group', async () => {
    const own = await siblingGroup(['ASTANA']);
    const joined = await app.request(RegisterChildDocument, { input: registration({ siblingGroupId: own.groupId }) }, worker);
    expect(joined.errors).toBeUndefined();
    expect(await membersOf(own.groupId)).toHaveLength(2);

    const mixed = await siblingGroup(['ASTANA', 'ALMATY']);
    const byAdmin = await app.request(RegisterChildDocument, { input: registration({ siblingGroupId: mixed.groupId }) }, admin);
    expect(byAdmin.errors).toBeUndefined();
    expect(await membersOf(mixed.groupId)).toHaveLength(3);
  });

  it('refuses siblingOfChildId of an own child whose group reaches into another region', async () => {
    const { groupId, children } = await siblingGroup(['ASTANA', 'ALMATY']);
    const result = await app.request(RegisterChildDocument, { input: registration({ siblingOfChildId: children[0]!.id }) }, worker);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(result.errors?.[0]?.message).toMatch(/another region/);
    expect(await membersOf(groupId)).toHaveLength(2);
  });
});

describe('matching and placing a sibling group across regions', () => {
  it('refuses a worker proposing, ranking or evaluating a unit with a waiting sibling in another region', async () => {
    const { children } = await siblingGroup(['ASTANA', 'ALMATY']);
    const family = await createFamily(app.orm, { regionCode: 'ASTANA' });
    const ids = children.map((child) => child.id);
    const input = { childId: ids[0]!, familyId: family.id, form: PlacementForm.FOSTER_FAMILY };

    const proposed = await app.request(ProposePlacementDocument, { input }, worker);
    expect(proposed.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(proposed.errors?.[0]?.message).toMatch(/another region/);
    // Separating the siblings is not a way round it: that decision is an administrator's here.
    const separated = await app.request(ProposePlacementDocument, { input: { ...input, overrides: [{ code: 'SIB', reason: 'synthetic reason' }] } }, worker);
    expect(separated.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await placementsOf(ids)).toBe(0);

    const candidates = await app.request(PlacementCandidatesDocument, { childId: ids[0]!, form: PlacementForm.FOSTER_FAMILY, includeIneligible: true }, worker);
    expect(candidates.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const eligibility = await app.request(EligibilityDocument, { childId: ids[0]!, familyId: family.id, form: PlacementForm.FOSTER_FAMILY }, worker);
    expect(eligibility.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // An administrator places the group whole.
    const byAdmin = await app.request(ProposePlacementDocument, { input }, admin);
    expect(byAdmin.errors).toBeUndefined();
    expect(await placementsOf(ids)).toBe(2);
  });

  it('lets a worker place its child when the sibling in another region no longer waits', async () => {
    const { children } = await siblingGroup(['ASTANA', 'ALMATY'], ChildStatus.ADOPTED);
    const family = await createFamily(app.orm, { regionCode: 'ASTANA' });
    const result = await app.request(ProposePlacementDocument, { input: { childId: children[0]!.id, familyId: family.id, form: PlacementForm.FOSTER_FAMILY } }, worker);
    expect(result.errors).toBeUndefined();
    expect(await placementsOf([children[0]!.id])).toBe(1);
    expect(await placementsOf([children[1]!.id])).toBe(0);
  });
});
