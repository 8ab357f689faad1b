import fc from 'fast-check';
import {
  getNamedType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createSchema } from '../src/graphql/schema.js';
import { ErrorCode } from '../src/shared/app-error.js';
import { Role, Sex } from '../src/shared/enums.js';
import { silentLogger } from '../src/shared/logger.js';
import { ProposeMentorshipDocument, ProposePlacementDocument } from './generated/graphql.js';
import { createChild, createFamily, createMentor, createUser, validIin } from './support/factories.js';
import { startTestApp, type GraphQLResponse, type TestApp } from './support/test-app.js';

/**
 * Every mutation of the schema, as an administrator, a social worker, a mentor coordinator and
 * a family, with values built from its argument types: plausible ones (to get past the
 * validators into the services) mixed with hostile ones. The server must answer with a
 * documented error code, never an internal error, and a refused mutation must leave every
 * table as it was.
 *
 * FUZZ_RUNS=500 explores longer, FUZZ_SEED=<seed> replays a reported run, FUZZ_STATS=1 prints
 * how each mutation answered (to see that the services, not only the validators, are reached).
 */

const RUNS_PER_MUTATION = Number(process.env.FUZZ_RUNS ?? 50);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;

const schema = await createSchema();
const mutations = Object.values(schema.getMutationType()!.getFields());

const ALLOWED_CODES = new Set<string>([
  ...Object.values(ErrorCode).filter((code) => code !== ErrorCode.INTERNAL_SERVER_ERROR),
  'GRAPHQL_VALIDATION_FAILED',
]);

const HOSTILE_STRINGS = [
  '',
  ' ',
  '\u0000',
  'Ан\u0000на',
  '\u0007\u001b[31mred',
  'line\r\nbreak',
  '\t',
  "'; DROP TABLE child; --",
  "' OR '1'='1",
  '1; SELECT pg_sleep(5) --',
  '%',
  '_%_',
  '\\',
  '$1',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '{{7*7}}',
  '${7*7}',
  '../../etc/passwd',
  '\u202Eevil',
  '\u200B',
  '\uFEFF',
  '\uD800',
  '😀👨‍👩‍👧',
  'İı',
  'null',
  'undefined',
  'NaN',
  '__proto__',
  'constructor',
  '-1',
  '1e309',
];

const IMPOSSIBLE_DATES = [
  '2026-02-30',
  '2025-02-29',
  '2025-13-01',
  '2025-00-10',
  '2025-04-31',
  '0000-01-01',
  '9999-12-31',
  '1800-01-01',
  '2025-1-5',
  '2025-01-05T00:00:00Z',
  '05.01.2025',
  '+275760-09-13',
];

function nested(depth: number): unknown {
  let value: unknown = 'x';
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
}

/** Anything of the wrong shape: other JSON types, empty containers, deeply nested junk. */
const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.string(),
  fc.constant({}),
  fc.constant([]),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), { maxKeys: 3 }),
  fc.integer({ min: 50, max: 800 }).map(nested),
);

const dateBetween = (from: string, to: string) =>
  fc.date({ min: new Date(from), max: new Date(to), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
/** Mostly recent (children's birth dates, decisions), sometimes anything from adults' birth dates to the future. */
const date = fc.oneof({ weight: 3, arbitrary: dateBetween('2008-01-01', '2026-06-30') }, { weight: 1, arbitrary: dateBetween('1940-01-01', '2035-12-31') });

const hugeString = fc.integer({ min: 1_000, max: 60_000 }).map((n) => 'Ж'.repeat(n));

/** Existing ids by table, reloaded before each mutation's run. */
let ids: [table: string, ids: string[]][] = [];

/** Ids of the table a field name points at (placementId → placement, applicantId → family_applicant), else any. */
function idsFor(field: string): string[] {
  const stem = field.replace(/Id$/, '').replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
  const matching = ids.filter(([table]) => table === stem || table.endsWith(`_${stem}`)).flatMap(([, some]) => some);
  return matching.length > 0 ? matching : ids.flatMap(([, some]) => some);
}

/** Values that pass validators, chosen by the field's name, so the services get exercised too. */
function plausibleString(name: string): fc.Arbitrary<string> {
  const field = name.toLowerCase();
  if (field.includes('iin')) {
    return fc.tuple(date, fc.constantFrom(Sex.MALE, Sex.FEMALE), fc.integer({ min: 0, max: 3 })).map(([birth, sex]) => validIin(birth, sex));
  }
  if (field.includes('email')) return fc.nat(1000).map((n) => `fuzz${n}@test.kz`);
  if (field.includes('phone')) return fc.constantFrom('+7 701 123 45 67', '87011234567');
  if (field.includes('region')) return fc.constantFrom('ASTANA', 'ALMATY', 'NOWHERE');
  if (field.includes('name')) return fc.constantFrom('Айгерім', 'Нұрсұлтан', "O'Brien", 'Анна-Мария');
  if (field.includes('password')) return fc.constantFrom('correct-horse-battery', 'wrong');
  return fc.oneof(fc.constantFrom('Тест', 'Астана', 'chess'), fc.string({ maxLength: 40 }));
}

/** A gentle person gets an IIN that agrees with their birth date and sex, as validators demand. */
function coherentIin(value: Record<string, unknown>): Record<string, unknown> {
  const { iin, birthDate, sex } = value;
  if (typeof iin !== 'string' || typeof birthDate !== 'string' || (sex !== Sex.MALE && sex !== Sex.FEMALE)) return value;
  return { ...value, iin: validIin(birthDate, sex) };
}

/**
 * How hostile a run is: GENTLE keeps to values the validators accept (so the services run),
 * TYPED adds hostile values GraphQL still accepts (for the validators and services), WILD adds
 * values of the wrong type, nulls where forbidden, unknown keys and junk.
 */
enum Level {
  GENTLE,
  TYPED,
  WILD,
}

interface Choice {
  weight: number;
  arbitrary: fc.Arbitrary<unknown>;
  /** The lowest level that uses this choice; GENTLE when absent. */
  from?: Level;
}

function choose(level: Level, ...choices: Choice[]): fc.Arbitrary<unknown> {
  return fc.oneof(...choices.filter((choice) => (choice.from ?? Level.GENTLE) <= level).map(({ weight, arbitrary }) => ({ weight, arbitrary })));
}

function scalarValue(scalar: string, name: string, level: Level): fc.Arbitrary<unknown> {
  const wrong: Choice = { weight: 1, arbitrary: junk, from: Level.WILD };
  switch (scalar) {
    case 'ID':
      return choose(
        level,
        { weight: 4, arbitrary: fc.constantFrom(...idsFor(name)) },
        { weight: 2, arbitrary: fc.constantFrom(...ids.flatMap(([, some]) => some)) },
        { weight: 2, arbitrary: fc.uuid(), from: Level.TYPED },
        { weight: 1, arbitrary: fc.constantFrom('not-a-uuid', '00000000-0000-0000-0000-000000000000', ...HOSTILE_STRINGS), from: Level.TYPED },
        wrong,
      );
    case 'String':
      return choose(
        level,
        { weight: 6, arbitrary: plausibleString(name) },
        { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_STRINGS), from: Level.TYPED },
        { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }), from: Level.TYPED },
        { weight: 1, arbitrary: hugeString, from: Level.TYPED },
        wrong,
      );
    case 'Int':
      return choose(
        level,
        { weight: 5, arbitrary: name === 'version' ? fc.integer({ min: 1, max: 3 }) : fc.integer({ min: -5, max: 150 }) },
        { weight: 2, arbitrary: fc.integer(), from: Level.TYPED },
        { weight: 1, arbitrary: fc.constantFrom(2 ** 31, -(2 ** 31) - 1, 1e15, 1.5, Number.MAX_SAFE_INTEGER), from: Level.WILD },
        wrong,
      );
    case 'Float':
      return choose(level, { weight: 4, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) }, wrong);
    case 'Boolean':
      return choose(level, { weight: 4, arbitrary: fc.boolean() }, { weight: 1, arbitrary: fc.constantFrom('true', 1, 0), from: Level.WILD }, wrong);
    case 'LocalDate':
      return choose(level, { weight: 8, arbitrary: date }, { weight: 2, arbitrary: fc.constantFrom(...IMPOSSIBLE_DATES), from: Level.WILD }, wrong);
    case 'DateTimeISO':
      return choose(level, { weight: 4, arbitrary: date.map((d) => `${d}T10:00:00.000Z`) }, { weight: 1, arbitrary: fc.constantFrom(...IMPOSSIBLE_DATES), from: Level.WILD }, wrong);
    default:
      return choose(level, { weight: 1, arbitrary: fc.string() }, wrong);
  }
}

/**
 * A value for a GraphQL input type at a level of hostility: the choices of that level and
 * of every gentler one.
 */
function valueOf(type: GraphQLInputType, name: string, level: Level, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) {
    return choose(level, { weight: 25, arbitrary: innerValue(type.ofType, name, level, depth) }, { weight: 1, arbitrary: fc.constant(null), from: Level.WILD });
  }
  return choose(level, { weight: 8, arbitrary: innerValue(type, name, level, depth) }, { weight: 1, arbitrary: fc.constant(null) });
}

function innerValue(type: GraphQLInputType, name: string, level: Level, depth: number): fc.Arbitrary<unknown> {
  const wrong: Choice = { weight: 1, arbitrary: junk, from: Level.WILD };
  if (isListType(type)) {
    const item = valueOf(type.ofType, name, level, depth + 1);
    return choose(
      level,
      { weight: 6, arbitrary: fc.array(item, { maxLength: 4 }) },
      { weight: 1, arbitrary: item, from: Level.TYPED },
      { weight: 1, arbitrary: fc.array(item, { minLength: 100, maxLength: 200 }), from: Level.TYPED },
      wrong,
    );
  }
  if (isEnumType(type)) {
    const values = type.getValues().map((value) => value.name);
    return choose(
      level,
      { weight: 8, arbitrary: fc.constantFrom(...values) },
      { weight: 1, arbitrary: fc.constantFrom('NOT_A_VALUE', values[0]!.toLowerCase(), ''), from: Level.WILD },
      wrong,
    );
  }
  if (isInputObjectType(type)) {
    if (depth > 6) return fc.constant({});
    const fields = Object.values(type.getFields());
    const record = fc.record(
      Object.fromEntries(fields.map((field) => [field.name, valueOf(field.type, field.name, level, depth + 1)])),
      { requiredKeys: fields.filter((field) => isNonNullType(field.type) && field.defaultValue === undefined).map((field) => field.name) },
    );
    const unknownKey = fc.tuple(record, fc.constantFrom('__proto__', 'constructor', 'unknownField', 'id')).map(([value, key]) => ({ ...(value as object), [key]: 'x' }));
    return choose(level, { weight: 10, arbitrary: level === Level.GENTLE ? record.map(coherentIin) : record }, { weight: 1, arbitrary: unknownKey, from: Level.WILD }, wrong);
  }
  if (isScalarType(type)) return scalarValue(type.name, name, level);
  return junk;
}

function operationFor(mutation: GraphQLField<unknown, unknown>): string {
  const variables = mutation.args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const args = mutation.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  // Only __typename: a role that may write but not read some fields must not look like a failure.
  const selection = isCompositeType(getNamedType(mutation.type)) ? ' { __typename }' : '';
  return `mutation Fuzz${variables ? `(${variables})` : ''} { ${mutation.name}${args ? `(${args})` : ''}${selection} }`;
}

let app: TestApp;
const tokens: Partial<Record<Role, string>> = {};
let countRows: () => Promise<Record<string, number>>;
let seededMentorshipId: string | undefined;

async function loadIds() {
  const connection = app.orm.em.getConnection();
  const tables: { table_name: string }[] = await connection.execute(
    `select table_name from information_schema.columns where table_schema = 'public' and column_name = 'id' and data_type = 'uuid'`,
  );
  const rows = await Promise.all(tables.map(({ table_name }) => connection.execute<{ id: string }[]>(`select id from "${table_name}" order by id desc limit 6`)));
  ids = tables.map(({ table_name }, i): [string, string[]] => [table_name, rows[i]!.map((row) => row.id)]).filter(([, some]) => some.length > 0);
}

beforeAll(async () => {
  app = await startTestApp();
  await createUser(app.orm, { email: 'admin@test.kz', role: Role.ADMIN });
  await createUser(app.orm, { email: 'worker@test.kz', role: Role.SOCIAL_WORKER, regionCode: 'ASTANA' });
  for (const regionCode of ['ASTANA', 'ASTANA', 'ALMATY']) {
    await createChild(app.orm, { regionCode });
    await createChild(app.orm, { regionCode, birthDate: '2012-09-01', sex: Sex.MALE });
    await createFamily(app.orm, { regionCode });
    await createMentor(app.orm, { regionCode });
  }
  const ownFamily = await createFamily(app.orm);
  await createUser(app.orm, { email: 'coordinator@test.kz', role: Role.MENTOR_COORDINATOR, regionCode: 'ASTANA' });
  await createUser(app.orm, { email: 'family@test.kz', role: Role.FAMILY, familyId: ownFamily.id });
  tokens[Role.ADMIN] = await app.login('admin@test.kz');
  tokens[Role.SOCIAL_WORKER] = await app.login('worker@test.kz');
  tokens[Role.MENTOR_COORDINATOR] = await app.login('coordinator@test.kz');
  tokens[Role.FAMILY] = await app.login('family@test.kz');
  // Placements and mentorships to move along; best effort: without them the transitions only see unknown ids.
  const child = await createChild(app.orm, { birthDate: '2013-04-02' });
  const family = await createFamily(app.orm);
  const mentor = await createMentor(app.orm);
  await app.request(ProposePlacementDocument, { input: { childId: child.id, familyId: family.id, form: 'FOSTER_FAMILY' } }, tokens[Role.ADMIN]);
  const mentorship = await app.request(ProposeMentorshipDocument, { input: { childId: child.id, mentorId: mentor.id } }, tokens[Role.ADMIN]);
  seededMentorshipId = mentorship.data?.proposeMentorship.id;

  const connection = app.orm.em.getConnection();
  // limit_attempt is the limits' count: a refused sign-in is counted there, and must be.
  const tables: { table_name: string }[] = await connection.execute(
    `select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' and table_name not in ('mikro_orm_migrations', 'limit_attempt') order by table_name`,
  );
  const sql = `select ${tables.map(({ table_name }) => `(select count(*) from "${table_name}")::int as "${table_name}"`).join(', ')}`;
  countRows = async () => ((await connection.execute(sql)) as Record<string, number>[])[0]!;
});

afterAll(() => app?.close());

describe('hostile requests found by the fuzzer, kept as examples', () => {
  const login = 'mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { token } }';

  it('refuses text that is not valid Unicode (a lone surrogate crashed IsEmail)', async () => {
    const result = await app.request(login, { email: 'a\ud800@test.kz', password: 'x' });
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    const nested = await app.request(operationFor(schema.getMutationType()!.getFields().registerFamily!), { input: { applicants: [{ lastName: '\udc00' }] } }, tokens[Role.ADMIN]);
    expect(nested.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'applicants.0.lastName' });
  });

  it('refuses year 0, a real ISO date that PostgreSQL cannot store (it failed on write)', async () => {
    expect(seededMentorshipId).toBeTruthy();
    const activate = operationFor(schema.getMutationType()!.getFields().activateMentorship!);
    const result = await app.request(activate, { input: { mentorshipId: seededMentorshipId, version: 1, startedAt: '0000-01-01' } }, tokens[Role.ADMIN]);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'startedAt' });
  });

  it('answers more than 50 invalid variable values with BAD_USER_INPUT, not an internal error', async () => {
    const document = operationFor(schema.getMutationType()!.getFields().registerMentor!);
    const result = await app.request(document, { input: { interests: Array.from({ length: 80 }, () => null) } }, tokens[Role.ADMIN]);
    expect(result.status).toBe(400);
    expect(result.errors?.map((error) => error.extensions?.code)).toEqual(Array(result.errors!.length).fill('BAD_USER_INPUT'));
  });

  it('survives a variable nested 300,000 levels deep', async () => {
    const response = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[Role.ADMIN]}` },
      body: `{"query": ${JSON.stringify(login)}, "variables": {"email": ${'['.repeat(300_000)}${']'.repeat(300_000)}, "password": "x"}}`,
    });
    expect(response.status).toBe(400);
    expect((await app.request('{ regions { code } }')).status).toBe(200);
  });

  it('answers oversized bodies on a kept-alive connection with 413 every time, and then serves the next request', async () => {
    for (let i = 0; i < 5; i++) {
      const response = await fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: login, variables: { email: 'Ж'.repeat(700_000 + i * 100_000), password: 'x' } }) });
      expect(response.status).toBe(413);
      expect((await app.request('{ regions { code } }')).status).toBe(200);
    }
  });
});

/** Long strings and deep junk shortened, so a failure report stays readable. */
function brief(value: unknown): string {
  const text = JSON.stringify(value, (_key, v: unknown) => (typeof v === 'string' && v.length > 60 ? `${v.slice(0, 20)}…(${v.length} chars)` : v));
  return text.length > 1500 ? `${text.slice(0, 1500)}…` : text;
}

/** What the server logged about its last internal error: the cause behind a masked message. */
const serverLog = vi.spyOn(silentLogger, 'error');

function describeFailure(result: GraphQLResponse<unknown>): string {
  const errors = result.errors ?? [];
  const shown = errors.filter((e) => !ALLOWED_CODES.has(e.extensions?.code ?? '')).concat(errors).slice(0, 4);
  const logged = serverLog.mock.calls.at(-1)?.[1];
  const cause = logged instanceof Error ? logged.stack?.split('\n').slice(0, 6).join('\n') : undefined;
  return `${brief({ status: result.status, errors: shown.map((e) => ({ code: e.extensions?.code, message: e.message, path: e.path })), of: errors.length })}${cause ? `\nserver: ${cause}` : ''}`;
}

describe.each(mutations.map((mutation) => [mutation.name, mutation] as const))('%s', (name, mutation) => {
  beforeAll(loadIds);

  it('answers hostile input with documented errors and writes nothing when it refuses', async () => {
    const document = operationFor(mutation);
    const variablesAt = (level: Level) => fc.record(Object.fromEntries(mutation.args.map((arg) => [arg.name, valueOf(arg.type, arg.name, level)])));
    const variables = fc.oneof(
      { weight: 1, arbitrary: variablesAt(Level.GENTLE) },
      { weight: 2, arbitrary: variablesAt(Level.TYPED) },
      { weight: 1, arbitrary: variablesAt(Level.WILD) },
    );
    const outcomes = new Map<string, number>();
    const role = fc.constantFrom(Role.ADMIN, Role.SOCIAL_WORKER, Role.MENTOR_COORDINATOR, Role.FAMILY);
    const property = fc.asyncProperty(role, variables, async (role, values) => {
      const before = await countRows();
      serverLog.mockClear();
      const result = await app.request<Record<string, unknown>>(document, values, tokens[role]);
      const codes = (result.errors ?? []).map((error) => error.extensions?.code);
      const first = result.errors?.[0];
      const outcome = result.status === 400 ? 'refused before execution' : first ? `${first.extensions?.code} ${first.extensions?.field ?? ''}`.trim() : 'written';
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
      if (result.status >= 500 || codes.some((code) => !code || !ALLOWED_CODES.has(code))) {
        throw new Error(`${name} as ${role}: ${describeFailure(result)}`);
      }
      if (!result.data?.[name]) {
        const after = await countRows();
        const changed = Object.keys(after).filter((table) => after[table] !== before[table]);
        if (changed.length > 0) throw new Error(`${name} as ${role} was refused (${describeFailure(result)}) but wrote to ${changed.join(', ')}`);
      }
    });
    const run = await fc.check(property, { numRuns: RUNS_PER_MUTATION, seed: SEED, endOnFailure: true });
    if (process.env.FUZZ_STATS) console.log(name, Object.fromEntries(outcomes));
    if (run.failed) {
      const cause = run.errorInstance instanceof Error ? run.errorInstance.message : String(run.errorInstance);
      expect.fail(`${cause}\ninput: ${brief(run.counterexample)}\n(seed ${run.seed}, path "${run.counterexamplePath}", shrunk ${run.numShrinks} times)`);
    }
  });
});
