import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createSchema } from '../src/graphql/schema.js';
import type { OperationKey } from '../src/modules/identity/authorization-matrix.js';
import { Role } from '../src/shared/enums.js';
import { createLogger, silentLogger } from '../src/shared/logger.js';
import { SiblingGroup } from '../src/modules/children/sibling-group.entity.js';
import { LegalStatus, SpecialNeed } from '../src/modules/children/child.enums.js';
import { BackgroundCheckKind } from '../src/modules/families/family.enums.js';
import { MentorshipStatus } from '../src/modules/mentorships/mentorship.enums.js';
import { Mentorship } from '../src/modules/mentorships/mentorship.entity.js';
import { PlacementTransition } from '../src/modules/placements/placement-transition.entity.js';
import { PlacementStatus } from '../src/modules/placements/placement.enums.js';
import { Placement } from '../src/modules/placements/placement.entity.js';
import { CheckResult, PlacementForm } from '../src/shared/enums.js';
import { createChild, createFamily, createMentor } from './support/factories.js';
import { mentorshipWithMeeting, placementWithCheckDetails, SCENARIOS, SENSITIVE } from './support/scenarios.js';
import { startTestApp, type GraphQLResponse, type TestApp } from './support/test-app.js';
import { createWorld, OWN_REGION, type World } from './support/world.js';

/**
 * IINs, health and case notes, check details and meeting notes never reach a log line or an
 * error message: hostile requests that quote them, and internal errors on rows that hold them,
 * are answered and logged while everything written is searched for them. Nor does any of the
 * sealed columns (addresses, step and mentorship notes, decision numbers, categories) hold them
 * in clear.
 */

/** Free text of the columns sealed by Migration20261203000300, recognisable wherever it leaks. */
const SEALED_TEXT = {
  address: 'synthetic address: Сарыарқа 7, пәтер 12',
  availabilityNote: 'synthetic availability: away in August',
  decisionReference: 'synthetic decision 2-31415/2026',
  foreignConclusion: 'synthetic foreign conclusion 271',
  overrideReason: 'synthetic override: grandmother is the guardian',
  stepNote: 'synthetic step note: the family visited twice',
  mentorshipNote: 'synthetic mentorship note: likes football',
  siblingNote: 'synthetic sibling note: twins, one in hospital',
  interest: 'synthetic interest: домбыра',
};

const schema = await createSchema();
let app: TestApp;
let world: World;
/** Every line the server's logger would have written, formatted by the production logger. */
const lines: string[] = [];
/** Every answer the server gave in this file. */
const answers: string[] = [];

beforeAll(async () => {
  // The test server logs to silentLogger; the production logger formats what it receives.
  const production = createLogger((line) => lines.push(line));
  vi.spyOn(silentLogger, 'error').mockImplementation((message, error, fields) => production.error(message, error, fields));
  vi.spyOn(silentLogger, 'info').mockImplementation((message, fields) => production.info(message, fields));
  app = await startTestApp();
  world = await createWorld(app, schema);
  await placementWithCheckDetails(world, { regionCode: OWN_REGION, familyId: world.ownFamilyId });
  await mentorshipWithMeeting(world, { regionCode: OWN_REGION });
  await sealedRecords();
});

/** One record of each kind whose sealed columns hold SEALED_TEXT and sensitive categories. */
async function sealedRecords() {
  const em = app.orm.em.fork();
  const group = em.create(SiblingGroup, { note: SEALED_TEXT.siblingNote });
  await em.flush();
  const child = await createChild(app.orm, { regionCode: OWN_REGION, legalStatus: LegalStatus.PARENTS_SERVING_SENTENCE, specialNeeds: [SpecialNeed.HIV, SpecialNeed.AUTISM_SPECTRUM], siblingGroup: group.id });
  world.iins.push(child.iin);
  const family = await createFamily(app.orm, { regionCode: OWN_REGION, address: SEALED_TEXT.address, availabilityNote: SEALED_TEXT.availabilityNote });
  const mentor = await createMentor(app.orm, { regionCode: OWN_REGION, backgroundCheckResult: CheckResult.FLAGGED, interests: [SEALED_TEXT.interest] });
  world.iins.push(mentor.iin);
  const placement = em.create(Placement, {
    child: child.id, family: family.id, form: PlacementForm.GUARDIANSHIP, status: PlacementStatus.APPROVED,
    decisionReference: SEALED_TEXT.decisionReference, foreignPlacementConclusion: SEALED_TEXT.foreignConclusion,
    evaluation: { policyVersion: 1, asOf: '2026-01-01', eligible: true, score: 1, rules: [], overrides: [{ code: 'SIB', reason: SEALED_TEXT.overrideReason }] },
  });
  em.create(PlacementTransition, { placement, to: PlacementStatus.PROPOSED, note: SEALED_TEXT.stepNote });
  em.create(Mentorship, { mentor: mentor.id, child: child.id, status: MentorshipStatus.PROPOSED, note: SEALED_TEXT.mentorshipNote });
  await em.flush();
  return { family, placement };
}

afterAll(async () => {
  vi.restoreAllMocks();
  await app?.close();
});

async function request(document: string, variables: Record<string, unknown>, role: Role | undefined = Role.ADMIN): Promise<GraphQLResponse<Record<string, unknown>>> {
  const result = await app.request<Record<string, unknown>>(document, variables, role ? world.tokens[role] : undefined);
  answers.push(JSON.stringify(result));
  return result;
}

async function call(key: OperationKey, variables: Record<string, unknown>, role: Role = Role.ADMIN) {
  const result = await world.call(key, variables, role);
  answers.push(JSON.stringify(result));
  return result;
}

/** A child of the caller's region with every case-file field set. */
async function sensitiveChild() {
  const child = await createChild(app.orm, { regionCode: OWN_REGION, healthNotes: SENSITIVE.healthNotes, caseNotes: SENSITIVE.caseNotes });
  world.iins.push(child.iin);
  return child;
}

const codeOf = (result: GraphQLResponse<unknown>) => result.errors?.[0]?.extensions?.code;

/** Everything that must stay out of logs and errors: the fixtures' IINs and the stems of their notes. */
const secrets = () => [...world.iins, ...Object.values(SENSITIVE).map((text) => text.split(':')[0]!), ...Object.values(SEALED_TEXT)];

describe('sensitive values', () => {
  it('are held by no column in clear: every table, read past the ORM, is searched for them (before the tests below write some in clear)', async () => {
    const connection = app.orm.em.getConnection();
    const dump = async (table: string) => JSON.stringify(await connection.execute(`select * from "${table}"`));
    const records = ['child', 'sibling_group', 'family', 'family_applicant', 'mentor', 'mentorship', 'mentorship_meeting', 'placement', 'placement_transition'];
    const everything = (await Promise.all(records.map(dump))).join('\n');
    for (const secret of secrets()) expect(everything).not.toContain(secret);
    // Categories too: no legal status, need, check kind or result is stored in clear.
    const categories = [...Object.values(LegalStatus), ...Object.values(SpecialNeed), ...Object.values(BackgroundCheckKind), CheckResult.FLAGGED, CheckResult.CLEAR];
    for (const category of categories) {
      expect(await dump('child'), category).not.toContain(category);
      expect(await dump('family_applicant'), category).not.toContain(category);
      expect(await dump('mentor'), category).not.toContain(category);
    }
  });

  it('stay out of errors answering hostile requests that quote them', async () => {
    const [iin] = world.iins;
    const child = await sensitiveChild();
    const registration = (await SCENARIOS['Mutation.registerChild'](world, { regionCode: OWN_REGION })).variables.input as Record<string, unknown>;

    expect(codeOf(await request('query ($id: ID!) { child(id: $id) { id } }', { id: iin }))).toBe('NOT_FOUND');
    expect(codeOf(await request('query ($id: ID!) { mentorship(id: $id) { id } }', { id: iin }))).toBe('NOT_FOUND');
    expect(codeOf(await request('query ($after: String) { children(after: $after) { totalCount } }', { after: Buffer.from(child.iin).toString('base64url') }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await call('Mutation.registerChild', { input: { ...registration, iin: child.iin, birthDate: child.birthDate, sex: child.sex } }))).toBe('CONFLICT');
    expect(codeOf(await call('Mutation.registerChild', { input: { ...registration, birthDate: child.birthDate, sex: child.sex, iin: `${child.iin.slice(0, 11)}${(Number(child.iin[11]) + 1) % 10}` } }))).toBe('BAD_USER_INPUT');
    const update = { id: child.id, version: child.version };
    expect(codeOf(await call('Mutation.updateChild', { input: { ...update, caseNotes: `${SENSITIVE.caseNotes}\u0000` } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await call('Mutation.updateChild', { input: { ...update, healthNotes: SENSITIVE.healthNotes.repeat(500) } }))).toBe('BAD_USER_INPUT');
    // Coercion errors quote the value they could not coerce; the API keeps only where and why.
    expect(codeOf(await call('Mutation.updateChild', { input: { ...update, version: child.iin } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await call('Mutation.updateChild', { input: { ...update, legalStatus: SENSITIVE.caseNotes } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await request('mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }', { email: `${child.iin}@test.kz`, password: SENSITIVE.healthNotes }, undefined))).toBe('UNAUTHENTICATED');
    // Refused reads name the field, not its value.
    const refused = await request('query ($id: ID!) { child(id: $id) { id iin healthNotes caseNotes } }', { id: child.id }, Role.MENTOR_COORDINATOR);
    expect(refused.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
  });

  it('stay out of the log when a row holding them fails to load', async () => {
    // A value written past the application (a faulty import) cannot be opened: an internal error.
    const child = await sensitiveChild();
    await app.orm.em.getConnection().execute('update child set iin = ?, health_notes = ?, case_notes = ? where id = ?', [child.iin, SENSITIVE.healthNotes, SENSITIVE.caseNotes, child.id]);
    const result = await request('query ($id: ID!) { child(id: $id) { id iin healthNotes } }', { id: child.id });
    expect(result.errors?.[0]).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(lines.some((line) => JSON.parse(line).message === 'internal error')).toBe(true);
  });

  it('stay out of the log when a sealed column holds one in clear (written past the application)', async () => {
    const { family, placement } = await sealedRecords();
    const connection = app.orm.em.getConnection();
    await connection.execute('update family set address = ? where id = ?', [SEALED_TEXT.address, family.id]);
    await connection.execute('update placement set decision_reference = ? where id = ?', [SEALED_TEXT.decisionReference, placement.id]);
    for (const [document, id] of [
      ['query ($id: ID!) { family(id: $id) { id address } }', family.id],
      ['query ($id: ID!) { placement(id: $id) { id decisionReference } }', placement.id],
    ] as const) {
      const result = await request(document, { id });
      expect(result.errors?.[0]).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    }
  });

  it('stay out of the log when the database fails with a message quoting them', async () => {
    // PostgreSQL quotes values in its messages ("invalid input syntax for type uuid: …"): here one quotes an IIN.
    const child = await sensitiveChild();
    const connection = app.orm.em.getConnection();
    await connection.execute(`create function test_quote_iin() returns trigger language plpgsql as $$ begin raise exception 'refused child with IIN ${child.iin}'; end $$`);
    await connection.execute('create trigger test_quote_iin before update on child for each row execute function test_quote_iin()');
    try {
      const logged = lines.length;
      const result = await call('Mutation.updateChild', { input: { id: child.id, version: child.version, firstName: 'Әлия' } });
      expect(result.errors?.[0]).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      expect(lines.slice(logged).map((line) => JSON.parse(line).message)).toContain('internal error');
    } finally {
      await connection.execute('drop trigger test_quote_iin on child');
      await connection.execute('drop function test_quote_iin()');
    }
  });

  it('stay out of the log when reading them cannot be audited', async () => {
    const id = (await SCENARIOS['Query.child'](world, { regionCode: OWN_REGION })).recordId!;
    const connection = app.orm.em.getConnection();
    await connection.execute(`alter table audit_event add constraint test_refuse_reads check (action not like '%.read-%') not valid`);
    try {
      expect(codeOf(await request('query ($id: ID!) { child(id: $id) { id iin healthNotes caseNotes } }', { id }))).toBe('SERVICE_UNAVAILABLE');
    } finally {
      await connection.execute('alter table audit_event drop constraint test_refuse_reads');
    }
    expect(lines.some((line) => JSON.parse(line).message === 'read audit failed')).toBe(true);
  });

  it('were found in no log line and no answer of this file', () => {
    expect(lines.length).toBeGreaterThan(0);
    expect(answers.length).toBeGreaterThan(10);
    for (const secret of secrets()) {
      for (const line of lines) expect(line, 'a log line').not.toContain(secret);
      for (const answer of answers) expect(answer, 'an answer').not.toContain(secret);
    }
  });
});
