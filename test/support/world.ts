import { getNamedType, isObjectType, type GraphQLField, type GraphQLOutputType, type GraphQLSchema } from 'graphql';
import { ANONYMOUS, FIELD_ACCESS, type Caller, type OperationKey } from '../../src/modules/identity/authorization-matrix.js';
import { Language, Role } from '../../src/shared/enums.js';
import { createFamily, createMentor, createUser } from './factories.js';
import type { GraphQLResponse, TestApp } from './test-app.js';

/**
 * A test server with one user of each role (staff of OWN_REGION, a family and a mentor of their own), and calls
 * of any Query or Mutation field by name with a minimal selection, generated from the schema.
 */

export const OWN_REGION = 'ASTANA';
export const OTHER_REGION = 'ALMATY';

/** Where the records of a call live; `familyId` (`mentorId`) is the family (mentor) they belong to, a new one when absent. */
export interface Scope {
  regionCode: string;
  familyId?: string;
  mentorId?: string;
  /** A staff caller whose own records the call names (its cases, the transfers addressed to it); absent: someone else's. */
  worker?: { id: string; role: Role };
}

export interface Call {
  variables: Record<string, unknown>;
  /** The record the call names or should list: present in scope, absent out of it. */
  recordId?: string;
  /** For a call that proves who it is without a session (a one-time token): the account it acts for. */
  actorId?: string;
}

export interface World {
  app: TestApp;
  schema: GraphQLSchema;
  tokens: Record<Caller, string | undefined>;
  /** The family of the FAMILY user, in OWN_REGION. */
  ownFamilyId: string;
  /** The mentor the MENTOR user is, in OWN_REGION. */
  ownMentorId: string;
  /** The account of each role's user. */
  userIds: Record<Role, string>;
  /** Every IIN the fixtures were given. */
  iins: string[];
  /** Calls a field with a minimal selection (ids, versions, the records it leads to). */
  call(key: OperationKey, variables: Record<string, unknown>, caller?: Caller, headers?: Record<string, string>): Promise<GraphQLResponse<Record<string, unknown>>>;
  /** Like call, as an administrator by default, and fails unless it succeeds. */
  must(key: OperationKey, variables: Record<string, unknown>, caller?: Caller): Promise<Record<string, unknown> & { id: string; version: number }>;
}

/** Calls that end the caller's sessions: the caller signs in again after one, so later calls still have a token. */
const ENDS_SESSIONS: ReadonlySet<OperationKey> = new Set(['Mutation.logout', 'Mutation.changePassword']);

/** Fields followed from a result to the records it holds; never a field narrower than its type. */
const FOLLOWED = ['edges', 'node', 'family', 'child', 'children', 'mentor', 'proposals', 'user', 'worker'];

function selectionOf(type: GraphQLOutputType, depth = 0): string {
  const named = getNamedType(type);
  if (!isObjectType(named)) return '';
  const fields = named.getFields();
  const parts = ['__typename', ...['id', 'version'].filter((name) => name in fields)];
  const followed = FOLLOWED.filter((name) => name in fields && !(`${named.name}.${name}` in FIELD_ACCESS));
  if (depth < 3) for (const name of followed) parts.push(`${name} ${selectionOf(fields[name]!.type, depth + 1)}`);
  return `{ ${parts.join(' ')} }`;
}

export function fieldOf(schema: GraphQLSchema, key: OperationKey): GraphQLField<unknown, unknown> {
  const [operation, name] = key.split('.') as ['Query' | 'Mutation', string];
  const type = operation === 'Query' ? schema.getQueryType()! : schema.getMutationType()!;
  const field = type.getFields()[name];
  if (!field) throw new Error(`${key} is not in the schema`);
  return field;
}

/** `query Call($id: ID!) { child(id: $id) { __typename id version } }`, for the variables given. */
export function documentFor(schema: GraphQLSchema, key: OperationKey, variables: Record<string, unknown>): string {
  const field = fieldOf(schema, key);
  const args = field.args.filter((arg) => arg.name in variables);
  const declared = args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const passed = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const operation = key.startsWith('Query.') ? 'query' : 'mutation';
  return `${operation} Call${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''} ${selectionOf(field.type)} }`;
}

/** Every `id` in a result. */
export function idsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(idsIn);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, inner]) => (key === 'id' && typeof inner === 'string' ? [inner] : idsIn(inner)));
  }
  return [];
}

let serial = 0;
/** A name no other fixture has, in letters the name validators and search accept. */
export function uniqueName(stem = 'Тест'): string {
  let n = ++serial;
  let suffix = '';
  do {
    suffix = 'абвгдежзиклмнопрстуфхцчшэюя'[n % 27]! + suffix;
    n = Math.floor(n / 27);
  } while (n > 0);
  return `${stem}${suffix}`;
}

export async function createWorld(app: TestApp, schema: GraphQLSchema): Promise<World> {
  const ownFamily = await createFamily(app.orm, {
    regionCode: OWN_REGION,
    capacity: 10,
    preferences: { childAgeMin: 0, childAgeMax: 17, maxChildren: 10, acceptsSiblings: true, specialNeedsAccepted: [], languages: [Language.KAZAKH] },
  });
  const ownMentor = await createMentor(app.orm, { regionCode: OWN_REGION, maxMentees: 10 });
  const suffix = `${process.pid}-${Date.now()}`;
  const users: [Role, string, { regionCode?: string; familyId?: string; mentorId?: string }][] = [
    [Role.ADMIN, `admin-${suffix}@test.kz`, {}],
    [Role.SOCIAL_WORKER, `worker-${suffix}@test.kz`, { regionCode: OWN_REGION }],
    [Role.MENTOR_COORDINATOR, `coordinator-${suffix}@test.kz`, { regionCode: OWN_REGION }],
    [Role.FAMILY, `family-${suffix}@test.kz`, { familyId: ownFamily.id }],
    [Role.MENTOR, `mentor-${suffix}@test.kz`, { mentorId: ownMentor.id }],
    [Role.SUPERVISOR, `supervisor-${suffix}@test.kz`, { regionCode: OWN_REGION }],
  ];
  const tokens: Record<Caller, string | undefined> = { [ANONYMOUS]: undefined } as Record<Caller, string | undefined>;
  const emails = Object.fromEntries(users.map(([role, email]) => [role, email])) as Record<Role, string>;
  const userIds = {} as Record<Role, string>;
  for (const [role, email, data] of users) {
    userIds[role] = (await createUser(app.orm, { email, role, ...data })).id;
    tokens[role] = await app.login(email);
  }

  const world: World = {
    app,
    schema,
    tokens,
    ownFamilyId: ownFamily.id,
    ownMentorId: ownMentor.id,
    userIds,
    iins: [ownMentor.iin],
    async call(key, variables, caller = Role.ADMIN, headers = {}) {
      const token = world.tokens[caller];
      const response = await fetch(app.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
        body: JSON.stringify({ query: documentFor(schema, key, variables), variables }),
      });
      const body = (await response.json()) as GraphQLResponse<Record<string, unknown>>;
      if (ENDS_SESSIONS.has(key) && caller !== ANONYMOUS && !body.errors) world.tokens[caller] = await app.login(emails[caller]);
      return { status: response.status, data: body.data, errors: body.errors };
    },
    async must(key, variables, caller = Role.ADMIN) {
      const result = await world.call(key, variables, caller);
      const value = result.data?.[fieldOf(schema, key).name];
      if (result.errors || value == null) throw new Error(`${key} failed in a setup step: ${JSON.stringify(result.errors)}`);
      return value as Record<string, unknown> & { id: string; version: number };
    },
  };
  return world;
}
