import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../src/modules/audit/audit-event.entity.js';
import { Child } from '../src/modules/children/child.entity.js';
import { SiblingGroup } from '../src/modules/children/sibling-group.entity.js';
import { FamilyApplicant } from '../src/modules/families/family-applicant.entity.js';
import { Role, Sex } from '../src/shared/enums.js';
import { createChild, createFamily, createMentor, createUser, validIin } from './support/factories.js';
import { startTestApp, type GraphQLResponse, type TestApp } from './support/test-app.js';

/**
 * Issue 8, item 10: identity corrections with a reason, by staff of the record's region; sibling
 * links made and undone after registration, across regions by an administrator, with each
 * region's staff seeing the link but not the other region's children.
 */

let app: TestApp;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  app = await startTestApp();
  const users: [string, Role, string?][] = [
    ['admin', Role.ADMIN],
    ['astana', Role.SOCIAL_WORKER, 'ASTANA'],
    ['almaty', Role.SOCIAL_WORKER, 'ALMATY'],
    ['coordinator', Role.MENTOR_COORDINATOR, 'ASTANA'],
  ];
  for (const [name, role, regionCode] of users) {
    await createUser(app.orm, { email: `${name}@test.kz`, role, regionCode });
    tokens[name] = await app.login(`${name}@test.kz`);
  }
});

afterAll(() => app?.close());

const CORRECT_CHILD = `mutation ($input: IdentityCorrectionInput!) { correctChildIdentity(input: $input) { id version iin lastName birthDate sex } }`;
const code = (result: GraphQLResponse<unknown>) => result.errors?.[0]?.extensions?.code;
const field = (result: GraphQLResponse<unknown>) => result.errors?.[0]?.extensions?.field;
const reload = (id: string) => app.orm.em.fork().findOneOrFail(Child, { id });
const eventsOf = (entityId: string, action: string) => app.orm.em.fork().find(AuditEvent, { entityId, action });
const reasonOf = async (eventId: string) =>
  (await app.request<{ auditEvents: { edges: { node: { id: string; reason: string | null } }[] } }>(`{ auditEvents(first: 100) { edges { node { id reason } } } }`, {}, tokens.admin)).data!.auditEvents.edges.find(
    (edge) => edge.node.id === eventId,
  )?.node.reason;

describe('correctChildIdentity', () => {
  it('corrects the birth date and IIN together, audits the fields with the reason kept sealed, and finds the child by the new IIN', async () => {
    const child = await createChild(app.orm, { birthDate: '2018-05-01', sex: Sex.FEMALE });
    const iin = validIin('2018-05-02', Sex.FEMALE);
    const reason = 'The birth certificate says 2 May: synthetic';
    const result = await app.request(CORRECT_CHILD, { input: { id: child.id, version: child.version, reason, birthDate: '2018-05-02', iin } }, tokens.astana);
    expect(result.errors).toBeUndefined();
    expect(result.data).toMatchObject({ correctChildIdentity: { iin, birthDate: '2018-05-02', version: child.version + 1 } });

    const [event] = await eventsOf(child.id, 'child.correct-identity');
    expect(event!.changedFields).toEqual(['birthDate', 'iin']);
    // The audit row holds names only; the reason is sealed in its own table and opened for an administrator.
    const row = (await app.orm.em.getConnection().execute(`select * from audit_event where id = ?`, [event!.id]))[0];
    expect(JSON.stringify(row)).not.toContain('2 May');
    const [stored] = await app.orm.em.getConnection().execute(`select reason from audit_reason where id = ?`, [event!.id]);
    expect(stored.reason).toMatch(/^v1:/);
    expect(await reasonOf(event!.id)).toBe(reason);

    const found = await app.request<{ children: { edges: { node: { id: string } }[] } }>(`query ($iin: String) { children(first: 5, filter: { iin: $iin }) { edges { node { id } } } }`, { iin }, tokens.astana);
    expect(found.data!.children.edges.map((edge) => edge.node.id)).toEqual([child.id]);
  });

  it.each([
    ['an IIN of another birth date', { iin: 'WRONG_DATE' }, 'iin'],
    ['a birth date the IIN does not encode', { birthDate: '2018-06-01' }, 'iin'],
    ['a sex the IIN does not encode', { sex: 'MALE' }, 'iin'],
    ['a bad check digit', { iin: 'BAD_CHECK' }, 'iin'],
    ['a blank reason', { lastName: 'Басқа', reason: '  ' }, 'reason'],
    ['no change at all', {}, 'reason'],
  ])('refuses %s and changes nothing', async (_, change: Record<string, string>, expectedField) => {
    const child = await createChild(app.orm, { birthDate: '2018-05-01', sex: Sex.FEMALE });
    const iin = change.iin === 'WRONG_DATE' ? validIin('2018-05-03', Sex.FEMALE) : change.iin === 'BAD_CHECK' ? `${child.iin.slice(0, 11)}${(Number(child.iin[11]) + 1) % 10}` : undefined;
    const input = { id: child.id, version: child.version, reason: 'synthetic reason', ...change, ...(iin ? { iin } : {}) };
    const result = await app.request(CORRECT_CHILD, { input }, tokens.astana);
    expect([code(result), field(result)]).toEqual(['BAD_USER_INPUT', expectedField]);
    expect((await reload(child.id)).version).toBe(child.version);
  });

  it('is for staff of the child’s region: another region’s worker and a coordinator are refused', async () => {
    const child = await createChild(app.orm, { regionCode: 'ASTANA' });
    const input = { id: child.id, version: child.version, reason: 'synthetic', lastName: 'Басқаова' };
    expect(code(await app.request(CORRECT_CHILD, { input }, tokens.almaty))).toBe('FORBIDDEN');
    expect(code(await app.request(CORRECT_CHILD, { input }, tokens.coordinator))).toBe('FORBIDDEN');
    expect((await reload(child.id)).lastName).toBe(child.lastName);
  });

  it('answers an IIN registered in another region with the generic duplicate, audited', async () => {
    const elsewhere = await createChild(app.orm, { regionCode: 'ALMATY', birthDate: '2016-02-02', sex: Sex.MALE });
    const child = await createChild(app.orm, { regionCode: 'ASTANA', birthDate: '2016-02-02', sex: Sex.MALE });
    const result = await app.request(CORRECT_CHILD, { input: { id: child.id, version: child.version, reason: 'synthetic', iin: elsewhere.iin } }, tokens.astana);
    expect(code(result)).toBe('CONFLICT');
    expect(JSON.stringify(result)).not.toContain('ALMATY');
    expect(await eventsOf(elsewhere.id, 'child.correct-duplicate')).toHaveLength(1);
    expect((await reload(child.id)).iin).toBe(child.iin);
  });
});

describe('correcting applicants and mentors', () => {
  it('corrects an applicant’s name and IIN; the family is found by both', async () => {
    const family = await createFamily(app.orm, { regionCode: 'ASTANA' });
    const applicant = await app.orm.em.fork().findOneOrFail(FamilyApplicant, { family: family.id });
    const iin = validIin('1985-06-20', Sex.MALE);
    const result = await app.request(
      `mutation ($input: ApplicantIdentityCorrectionInput!) { correctApplicantIdentity(input: $input) { id version applicants { lastName iin } } }`,
      { input: { id: family.id, version: family.version, applicantId: applicant.id, reason: 'synthetic', lastName: 'Нұрғалиев', iin } },
      tokens.astana,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toMatchObject({ correctApplicantIdentity: { applicants: [{ lastName: 'Нұрғалиев', iin }] } });
    const [event] = await eventsOf(applicant.id, 'family.correct-applicant-identity');
    expect(event!.changedFields).toEqual(['iin', 'lastName']);
    const search = (filter: object) => app.request<{ families: { edges: { node: { id: string } }[] } }>(`query ($filter: FamilyFilter) { families(first: 5, filter: $filter) { edges { node { id } } } }`, { filter }, tokens.astana);
    expect((await search({ iin })).data!.families.edges.map((edge) => edge.node.id)).toEqual([family.id]);
    expect((await search({ search: 'Nurgaliev' })).data!.families.edges.map((edge) => edge.node.id)).toEqual([family.id]);
  });

  it('refuses a mentor’s sex the IIN does not encode, naming the field', async () => {
    const mentor = await createMentor(app.orm, { regionCode: 'ASTANA' });
    const result = await app.request(`mutation ($input: IdentityCorrectionInput!) { correctMentorIdentity(input: $input) { id } }`, { input: { id: mentor.id, version: mentor.version, reason: 'synthetic', sex: 'MALE' } }, tokens.coordinator);
    expect([code(result), field(result)]).toEqual(['BAD_USER_INPUT', 'iin']);
    const ok = await app.request(`mutation ($input: IdentityCorrectionInput!) { correctMentorIdentity(input: $input) { lastName } }`, { input: { id: mentor.id, version: mentor.version, reason: 'synthetic', lastName: 'Жаңаева' } }, tokens.coordinator);
    expect(ok.data).toEqual({ correctMentorIdentity: { lastName: 'Жаңаева' } });
  });
});

const LINK = `mutation ($input: LinkSiblingsInput!) { linkSiblings(input: $input) { id siblings { id } siblingsElsewhere { region { code } count } } }`;
const UNLINK = `mutation ($input: UnlinkSiblingInput!) { unlinkSibling(input: $input) { id siblings { id } } }`;
const SIBLINGS_OF = `query ($id: ID!) { child(id: $id) { siblings { id caseNotes } siblingsElsewhere { region { code } count } } }`;
const groupOf = async (id: string) => (await reload(id)).siblingGroup?.id;

describe('sibling links after registration', () => {
  it('a worker links two children of the region, then a third, merging groups', async () => {
    const [a, b, c, d] = await Promise.all([0, 1, 2, 3].map((i) => createChild(app.orm, { birthDate: `201${i}-04-04` })));
    expect((await app.request(LINK, { input: { childId: a.id, siblingId: b.id } }, tokens.astana)).errors).toBeUndefined();
    expect((await app.request(LINK, { input: { childId: c.id, siblingId: d.id } }, tokens.astana)).errors).toBeUndefined();
    const merged = await app.request<{ linkSiblings: { siblings: { id: string }[] } }>(LINK, { input: { childId: a.id, siblingId: c.id } }, tokens.astana);
    expect(merged.data!.linkSiblings.siblings.map((s) => s.id).sort()).toEqual([b.id, c.id, d.id].sort());
    expect(new Set(await Promise.all([a, b, c, d].map((child) => groupOf(child.id)))).size).toBe(1);
    expect(await app.orm.em.fork().count(SiblingGroup, {})).toBeGreaterThan(0);
    expect(code(await app.request(LINK, { input: { childId: b.id, siblingId: d.id } }, tokens.astana))).toBe('BAD_USER_INPUT');
  });

  it('a worker cannot link a child of another region, and is answered as for an unknown child', async () => {
    const [own, other] = [await createChild(app.orm, { regionCode: 'ASTANA' }), await createChild(app.orm, { regionCode: 'ALMATY' })];
    const foreign = await app.request(LINK, { input: { childId: own.id, siblingId: other.id } }, tokens.astana);
    const unknown = await app.request(LINK, { input: { childId: own.id, siblingId: '018f0000-0000-7000-8000-000000000000' } }, tokens.astana);
    expect([code(foreign), field(foreign)]).toEqual(['BAD_USER_INPUT', 'siblingId']);
    expect(foreign.errors).toEqual(unknown.errors);
    expect(await groupOf(own.id)).toBeUndefined();
  });

  it('an administrator links across regions: each region sees its own child and a count of the others, no case files', async () => {
    const astana = await createChild(app.orm, { regionCode: 'ASTANA', caseNotes: 'synthetic astana note' });
    const almaty = await createChild(app.orm, { regionCode: 'ALMATY', caseNotes: 'synthetic almaty note', birthDate: '2015-01-01' });
    const linked = await app.request(LINK, { input: { childId: astana.id, siblingId: almaty.id } }, tokens.admin);
    expect(linked.data).toMatchObject({ linkSiblings: { siblings: [{ id: almaty.id }], siblingsElsewhere: [] } });

    const fromAstana = await app.request(SIBLINGS_OF, { id: astana.id }, tokens.astana);
    expect(fromAstana.data).toEqual({ child: { siblings: [], siblingsElsewhere: [{ region: { code: 'ALMATY' }, count: 1 }] } });
    const fromAlmaty = await app.request(SIBLINGS_OF, { id: almaty.id }, tokens.almaty);
    expect(fromAlmaty.data).toEqual({ child: { siblings: [], siblingsElsewhere: [{ region: { code: 'ASTANA' }, count: 1 }] } });
    expect(JSON.stringify([fromAstana, fromAlmaty])).not.toMatch(/synthetic (astana|almaty) note/);

    // The worker may not add to a group that reaches into another region.
    const third = await createChild(app.orm, { regionCode: 'ASTANA', birthDate: '2013-01-01' });
    expect(code(await app.request(LINK, { input: { childId: third.id, siblingId: astana.id } }, tokens.astana))).toBe('FORBIDDEN');
  });

  it('unlinks with a reason; a group left with one child is dissolved', async () => {
    const [a, b] = await Promise.all([createChild(app.orm), createChild(app.orm, { birthDate: '2016-06-06' })]);
    await app.request(LINK, { input: { childId: a.id, siblingId: b.id } }, tokens.astana);
    const group = await groupOf(a.id);
    expect(code(await app.request(UNLINK, { input: { childId: a.id, reason: ' ' } }, tokens.astana))).toBe('BAD_USER_INPUT');
    const result = await app.request(UNLINK, { input: { childId: a.id, reason: 'Not siblings after all: synthetic' } }, tokens.astana);
    expect(result.data).toEqual({ unlinkSibling: { id: a.id, siblings: [] } });
    expect([await groupOf(a.id), await groupOf(b.id)]).toEqual([undefined, undefined]);
    expect(await app.orm.em.fork().count(SiblingGroup, { id: group })).toBe(0);
    const [event] = await eventsOf(a.id, 'child.unlink-sibling');
    expect(await reasonOf(event!.id)).toBe('Not siblings after all: synthetic');
  });

  it('two links of one child made at once leave it in one group with both', async () => {
    const [a, b, c] = await Promise.all([0, 1, 2].map((i) => createChild(app.orm, { birthDate: `201${i}-08-08` })));
    await Promise.all([b, c].map((other) => app.request(LINK, { input: { childId: a.id, siblingId: other.id } }, tokens.astana)));
    const groups = await Promise.all([a, b, c].map((child) => groupOf(child.id)));
    expect(new Set(groups).size).toBe(1);
    expect(groups[0]).toBeDefined();
  });
});
