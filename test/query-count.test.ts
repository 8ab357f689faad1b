import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SiblingGroup } from '../src/modules/children/sibling-group.entity.js';
import { Placement } from '../src/modules/placements/placement.entity.js';
import { PlacementForm, Role } from '../src/shared/enums.js';
import { ChildrenPageDocument } from './generated/graphql.js';
import { createChild, createFamily, createUser } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let app: TestApp;
let admin: string;

beforeAll(async () => {
  app = await startTestApp();
  await createUser(app.orm, { email: 'admin@test.kz', role: Role.ADMIN });
  admin = await app.login('admin@test.kz');
  const families = await Promise.all(['ASTANA', 'ALMATY', 'SHYMKENT'].map((regionCode) => createFamily(app.orm, { regionCode })));
  const em = app.orm.em.fork();
  const regions = ['ASTANA', 'ALMATY', 'SHYMKENT', 'KARAGANDA', 'TURKISTAN'];
  for (let i = 0; i < 60; i++) {
    const child = await createChild(app.orm, { regionCode: regions[i % regions.length], birthDate: `20${10 + (i % 8)}-0${1 + (i % 9)}-1${i % 10}` });
    if (i % 3 === 0) {
      const group = em.create(SiblingGroup, {});
      await em.flush();
      await createChild(app.orm, { regionCode: regions[i % regions.length], siblingGroup: group.id });
      await em.getConnection().execute('update child set sibling_group_id = ? where id = ?', [group.id, child.id]);
    }
    for (const family of families.slice(0, 1 + (i % 3))) {
      em.create(Placement, { child: child.id, family: family.id, form: PlacementForm.FOSTER_FAMILY });
    }
  }
  await em.flush();
});

afterAll(() => app?.close());

describe('a page of 50 children with region, siblings, placements and their families', () => {
  it('costs a handful of SQL statements, not one per child', async () => {
    app.queries.reset();
    const result = await app.request(ChildrenPageDocument, { first: 50 }, admin);
    expect(result.errors).toBeUndefined();
    const nodes = result.data!.children.edges.map((edge) => edge.node);
    expect(nodes).toHaveLength(50);
    expect(nodes.some((node) => node.siblings.length > 0)).toBe(true);
    const placements = nodes.flatMap((node) => node.placements ?? []);
    expect(placements.length).toBeGreaterThan(50);
    expect(placements.every((placement) => placement.family?.id)).toBe(true);
    // actor, page, count (totalCount is selected), regions, sibling groups, siblings, placements, families
    expect(app.queries.count).toBeLessThanOrEqual(8);
  });

  it('counts the children only when the query selects totalCount', async () => {
    const page = (selection: string) => `{ children(first: 50) { ${selection} edges { node { id region { code } placements { id family { id } } } } } }`;
    app.queries.reset();
    const bare = await app.request<{ children: { edges: unknown[] } }>(page(''), {}, admin);
    const withoutCount = app.queries.count;
    app.queries.reset();
    const counted = await app.request<{ children: { total: number; again: number } }>(page('total: totalCount again: totalCount'), {}, admin);
    expect(bare.errors ?? counted.errors).toBeUndefined();
    expect(bare.data!.children.edges).toHaveLength(50);
    expect(counted.data!.children).toMatchObject({ total: 80, again: 80 });
    // One count statement, for both aliases, and none without the field.
    expect(app.queries.count).toBe(withoutCount + 1);
  });
});
