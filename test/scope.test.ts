import 'reflect-metadata';
import fc from 'fast-check';
import {
  execute,
  getNamedType,
  isNonNullType,
  isObjectType,
  parse,
  validate,
  type GraphQLField,
  type GraphQLObjectType,
} from 'graphql';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Context } from '../src/graphql/context.js';
import { QUERY_LIMITS } from '../src/graphql/limits.js';
import { createLoaders } from '../src/graphql/loaders.js';
import { createSchema } from '../src/graphql/schema.js';
import { AuditedReads } from '../src/modules/audit/read-audit.js';
import type { Actor } from '../src/modules/identity/actor.js';
import { Access, FIELD_ACCESS, OPERATION_ACCESS, RECORD_ACCESS, type FieldKey, type OperationKey, type RecordKind } from '../src/modules/identity/authorization-matrix.js';
import { AppError, ErrorCode } from '../src/shared/app-error.js';
import { Role } from '../src/shared/enums.js';
import { createCrossingWorld, DISTRICT_WORKER, OWN, roleOf, visibleIds, WALKED_CALLERS, type Caller, type CrossingWorld } from './support/crossing-world.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * Scope holds on every path. From each entry point open to a caller, the walk follows every
 * field of the schema that leads to an object, to the depth limit, over records that cross the
 * border between two regions and between families (support/crossing-world.ts); every record
 * in the answers is held against the scope rule written again in SQL. A new edge, a new entry
 * point or a new type is walked the moment it is in the schema: an entry point needs arguments
 * here, a type needs a class in authorization-matrix.ts, or the suite fails.
 *
 * The fuzzer's cross-scope mode then sends random single paths from random records, in scope
 * and out of it, over HTTP with every limit on. FUZZ_RUNS and FUZZ_SEED as in hostile-input;
 * SCOPE_STATS=1 prints how many paths the walk covered.
 */

const schema = await createSchema();
const MAX_DEPTH = QUERY_LIMITS.maxDepth;
const isRecordKind = (name: string): name is RecordKind => name in RECORD_ACCESS;

let app: TestApp;
let world: CrossingWorld;
let visible: Record<Caller, Record<RecordKind, Set<string>>>;

beforeAll(async () => {
  app = await startTestApp();
  world = await createCrossingWorld(app.orm);
  const entries = await Promise.all(WALKED_CALLERS.map(async (caller) => [caller, await visibleIds(app.orm, world.actors[caller])] as const));
  visible = Object.fromEntries(entries) as typeof visible;
});

afterAll(() => app?.close());

/** Arguments for each entry point: records whose links cross the border, and some that lie beyond it. */
function entryArguments(ids: Record<string, string>): Record<string, Record<string, unknown>[]> {
  const page = [{ first: 100 }];
  return {
    regions: [{}],
    districts: [{}, { regionCode: OWN }],
    institution: [{ id: ids.home }],
    institutions: page,
    me: [{}],
    myFamily: [{}],
    matchingPolicy: [{}],
    child: [{ id: ids.a1 }, { id: ids.a4 }],
    children: page,
    family: [{ id: ids.ownFamily }, { id: ids.ownFamily2 }],
    families: page,
    placement: [{ id: ids.pA1Own }, { id: ids.pA3Other }, { id: ids.pX2Own }],
    placements: page,
    mentor: [{ id: ids.ownMentor }],
    mentors: page,
    mentorship: [{ id: ids.mOwnX1 }, { id: ids.mOtherA2 }],
    mentorships: page,
    placementCandidates: [{ childId: ids.a4, form: 'GUARDIANSHIP', first: 20, includeIneligible: true }],
    childCandidates: [{ familyId: ids.ownFamily, form: 'GUARDIANSHIP', first: 20 }],
    eligibility: [{ childId: ids.a4, familyId: ids.ownFamily, form: 'GUARDIANSHIP' }],
    proposeAssignments: [{ regionCode: OWN, form: 'GUARDIANSHIP' }],
    mentorCandidates: [{ childId: ids.a1, first: 20 }],
    menteeCandidates: [{ mentorId: ids.ownMentor, first: 20 }],
    auditEvents: page,
    staffAccounts: page,
    outboxMessages: page,
    myTasks: [{ first: 100 }, { first: 100, due: 'OVERDUE' }],
    tasks: [{ first: 100 }, { first: 100, filter: { status: ['OPEN', 'DONE'] } }],
    taskCounts: [{}],
    regionFigures: [{ from: '2025-01-01', to: '2026-12-31' }],
    history: [{ recordId: ids.a1, first: 100 }, { recordId: ids.x1 }, { recordId: ids.ownFamily }, { recordId: ids.pA3Other }, { recordId: ids.mOtherA2 }, { recordId: ids.ownMentor }],
    childTimeline: [{ childId: ids.a1 }, { childId: ids.a2 }],
    familyChangeRequests: [{ first: 100 }, { first: 100, filter: { status: ['PENDING'] } }],
    myCaseload: [{}],
    transfer: [{ id: ids.tX1 }, { id: ids.tOwnMentor }],
    transfers: page,
    caseloads: [{ regionCode: OWN }],
    inquiry: [{ id: ids.iA3Own }, { id: ids.iA4Other }, { id: ids.iX2Own }],
    inquiries: page,
    staffMembers: [{ regionCode: OWN }],
  };
}

/** Fields of a type that lead to objects and that the caller is not refused by role. */
function edgesOf(type: GraphQLObjectType, caller: Caller): GraphQLField<unknown, unknown>[] {
  return Object.values(type.getFields()).filter((field) => {
    if (!isObjectType(getNamedType(field.type))) return false;
    if (field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined)) {
      throw new Error(`${type.name}.${field.name} takes required arguments: teach the walk to give them`);
    }
    return FIELD_ACCESS[`${type.name}.${field.name}` as FieldKey]?.[roleOf(caller)] !== Access.DENIED;
  });
}

/** Every path under a type, to the depth limit, as one selection; `paths` counts the fields in it. */
function tree(type: GraphQLObjectType, caller: Caller, depth: number, counter: { paths: number }): string {
  const parts = ['__typename', ...('id' in type.getFields() ? ['id'] : [])];
  if (depth < MAX_DEPTH) {
    for (const field of edgesOf(type, caller)) {
      counter.paths++;
      parts.push(`${field.name} ${tree(getNamedType(field.type) as GraphQLObjectType, caller, depth + 1, counter)}`);
    }
  }
  return `{ ${parts.join(' ')} }`;
}

/** `query Walk($id: ID!) { child(id: $id) <selection> }` for the arguments given. */
function documentFor(field: GraphQLField<unknown, unknown>, args: Record<string, unknown>, selection: string): string {
  const used = field.args.filter((arg) => arg.name in args);
  const declared = used.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const passed = used.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  return `query Walk${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''} ${selection} }`;
}

/** Every record in an answer, by kind. */
function recordsIn(value: unknown, found: [RecordKind, string][] = []): [RecordKind, string][] {
  if (Array.isArray(value)) for (const item of value) recordsIn(item, found);
  else if (value && typeof value === 'object') {
    const { __typename: typename, id } = value as { __typename?: string; id?: unknown };
    if (typename && isRecordKind(typename) && typeof id === 'string') found.push([typename, id]);
    for (const inner of Object.values(value)) recordsIn(inner, found);
  }
  return found;
}

function outOfScope(caller: Caller, records: [RecordKind, string][]): string[] {
  return records.filter(([kind, id]) => !visible[caller][kind].has(id)).map(([kind, id]) => `${kind} ${id}`);
}

/** The request context the server builds, for in-process execution without the size limits. */
function contextFor(actor: Actor): Context {
  const em = app.orm.em.fork();
  return { em, actor, loaders: createLoaders(em), requestId: randomUUID(), clientAddress: '127.0.0.1', auditedReads: new AuditedReads() } as Partial<Context> as Context;
}

const entryPoints = (caller: Caller) =>
  Object.values(schema.getQueryType()!.getFields()).filter((field) => OPERATION_ACCESS[`Query.${field.name}` as OperationKey]?.[roleOf(caller)] !== Access.DENIED);

/** What each caller must still see: the walk is worthless if the guard hides everything. */
const MUST_REACH: Record<Caller, string[]> = {
  [Role.SOCIAL_WORKER]: ['a1', 'a2', 'a3', 'a4', 'ownFamily', 'ownFamily2', 'pA1Own', 'pA3Other', 'pA2Own2', 'groupAcross', 'groupAcross2', 'historyA1', 'correctionA1', 'historyOwnFamily', 'ownWorker', 'crOwnFamily', 'crOwnFamily2', 'taskA1', 'taskA2', 'taskOwnFamily', 'tA1', 'tX1', 'tOwnFamily2', 'iA3Own', 'iA4Other', 'docA1', 'docOwnFamily', 'docOwnApplicant', 'docPA1Own', 'docPA3Other'],
  [Role.MENTOR_COORDINATOR]: ['a1', 'a2', 'a4', 'ownMentor', 'mOwnX1', 'mOtherA2', 'mOwnA1', 'groupAcross', 'historyA1', 'correctionA1', 'taskMOwnX1', 'docMOwnX1', 'docMOtherA2'],
  [Role.FAMILY]: ['ownFamily', 'a1', 'x2', 'pA1Own', 'pX2Own', 'pA4OwnEnded', 'groupAcross', 'crOwnFamily', 'iA3Own', 'iX2Own', 'docOwnFamily', 'docOwnApplicant', 'docPA1Own', 'docPX2Own'],
  // Its own mentorships and their children, across the border too; nothing of their siblings or families.
  [Role.MENTOR]: ['ownMentor', 'mOwnX1', 'mOwnA1', 'x1', 'a1', 'docMOwnX1'],
  // A worker's and a coordinator's records together.
  [Role.SUPERVISOR]: ['a1', 'a2', 'a3', 'a4', 'ownFamily', 'ownFamily2', 'pA1Own', 'pA3Other', 'ownMentor', 'mOwnX1', 'mOtherA2', 'groupAcross', 'historyA1', 'correctionA1', 'historyOwnFamily', 'ownWorker', 'docA1', 'docPA1Own', 'docMOwnX1'],
  // Its district's: not a2 of the other district, nor a4 and ownFamily2 kept at region level.
  [DISTRICT_WORKER]: ['a1', 'a3', 'ownFamily', 'pA1Own', 'pA3Other', 'groupAcross', 'historyA1', 'historyOwnFamily', 'crOwnFamily', 'taskPA3Other', 'taskOwnFamily', 'iA3Own', 'docA1', 'docOwnFamily', 'docPA3Other'],
};

/** Single-valued edges into the other region or family that must answer null with FORBIDDEN. */
const MUST_REFUSE: Record<Caller, string[]> = {
  // a3 is ours, owned by a worker of the other region: the child is shown, its owner is not.
  // The transfer of x1 addressed to a worker of ours: the request is shown, the child not until it is accepted.
  [Role.SOCIAL_WORKER]: ['Placement.family', 'FamilyKinship.child', 'Child.assignedWorker', 'CaseTransfer.child'],
  [Role.MENTOR_COORDINATOR]: ['Mentorship.child', 'Mentorship.mentor'],
  [Role.FAMILY]: ['FamilyKinship.child', 'Placement.child'],
  [Role.MENTOR]: ['Child.siblingGroup'],
  [Role.SUPERVISOR]: ['Placement.family', 'FamilyKinship.child', 'Mentorship.mentor', 'Child.assignedWorker'],
  [DISTRICT_WORKER]: ['Placement.family', 'FamilyKinship.child'],
};

describe('the schema walk', () => {
  it('has arguments for every entry point of the schema', () => {
    const given = Object.keys(entryArguments({}));
    expect(Object.keys(schema.getQueryType()!.getFields()).filter((name) => !given.includes(name))).toEqual([]);
  });

  it('covers through queries every type a mutation answers with', () => {
    const reachedFrom = (root: GraphQLObjectType) => {
      const reached = new Set<string>();
      const visit = (type: GraphQLObjectType) => {
        if (reached.has(type.name)) return;
        reached.add(type.name);
        for (const field of Object.values(type.getFields())) {
          const named = getNamedType(field.type);
          if (isObjectType(named)) visit(named);
        }
      };
      for (const field of Object.values(root.getFields())) {
        const named = getNamedType(field.type);
        if (isObjectType(named)) visit(named);
      }
      return reached;
    };
    const byQueries = reachedFrom(schema.getQueryType()!);
    // `login`'s answer holds only the account just signed in, which `me` reaches; an invitation, only the new account's id.
    const byMutations = [...reachedFrom(schema.getMutationType()!)].filter((name) => name !== 'AuthPayload' && name !== 'AccountInvitation');
    expect(byMutations.filter((name) => !byQueries.has(name))).toEqual([]);
  });

  it.each(WALKED_CALLERS)('returns nothing out of scope, at any depth, to a %s', { timeout: 120_000 }, async (caller) => {
    const args = entryArguments(world.ids);
    const counter = { paths: 0 };
    const reached = new Set<string>();
    const refusedAt = new Set<string>();
    for (const field of entryPoints(caller)) {
      const selection = isObjectType(getNamedType(field.type)) ? tree(getNamedType(field.type) as GraphQLObjectType, caller, 1, counter) : '';
      counter.paths++;
      for (const entry of args[field.name]!) {
        const document = parse(documentFor(field, entry, selection));
        expect(validate(schema, document)).toEqual([]);
        const result = await execute({ schema, document, variableValues: entry, contextValue: contextFor(world.actors[caller]) });
        const records = recordsIn(result.data);
        expect(outOfScope(caller, records), `${field.name}(${JSON.stringify(entry)})`).toEqual([]);
        for (const [, id] of records) reached.add(id);
        for (const error of result.errors ?? []) {
          // Only refusals: an internal error would hide what the branch beneath it holds.
          const code = error.originalError instanceof AppError ? error.originalError.code : error.message;
          expect([ErrorCode.FORBIDDEN, ErrorCode.NOT_FOUND], `${error.path?.join('.')}: ${code}`).toContain(code);
          const [parentPath, last] = [error.path?.slice(0, -1) ?? [], error.path?.at(-1)];
          if (typeof last === 'string' && parentPath.length) refusedAt.add(`${typeNameAt(result.data, parentPath)}.${last}`);
        }
      }
    }
    if (process.env.SCOPE_STATS) console.info(`${caller}: ${counter.paths} paths from ${entryPoints(caller).length} entry points`);
    expect(MUST_REACH[caller].filter((name) => !reached.has(world.ids[name]!))).toEqual([]);
    expect(MUST_REFUSE[caller].filter((edge) => !refusedAt.has(edge))).toEqual([]);
  });
});

function typeNameAt(data: unknown, path: readonly (string | number)[]): string | undefined {
  const value = path.reduce<unknown>((inner, step) => (inner as Record<string | number, unknown> | null)?.[step], data);
  return (value as { __typename?: string } | null)?.__typename;
}

/** One path down from a type: at each level the edge the step picks, `__typename` and `id` all along. */
function pathSelection(type: GraphQLObjectType, caller: Caller, steps: number[]): string {
  const own = ['__typename', ...('id' in type.getFields() ? ['id'] : [])];
  const edges = edgesOf(type, caller);
  const [step, ...rest] = steps;
  if (step === undefined || !edges.length) return `{ ${own.join(' ')} }`;
  const edge = edges[step % edges.length]!;
  return `{ ${own.join(' ')} ${edge.name} ${pathSelection(getNamedType(edge.type) as GraphQLObjectType, caller, rest)} }`;
}

describe('the paths the probe found open', () => {
  const tokens = {} as Record<Caller, string>;
  beforeAll(async () => {
    for (const caller of WALKED_CALLERS) tokens[caller] = await app.login(world.emails[caller]);
  });
  const ask = (caller: Caller, query: string, variables: Record<string, unknown>) => app.request<Record<string, any>>(query, variables, tokens[caller]);
  const forbiddenAt = (result: { errors?: { path?: (string | number)[]; extensions?: { code?: string } }[] }) =>
    (result.errors ?? []).filter((error) => error.extensions?.code === 'FORBIDDEN').map((error) => error.path?.join('.'));

  it("keeps another region's case file out of a family's placements", async () => {
    const result = await ask(Role.SOCIAL_WORKER, 'query($id: ID!) { family(id: $id) { id placements { id child { id iin healthNotes legalStatus } } } }', { id: world.ids.ownFamily });
    expect(result.data?.family.id).toBe(world.ids.ownFamily);
    // The other region's child proposed to this family is that region's case: its placement is left out.
    const placements = result.data?.family.placements as { id: string; child: { id: string } }[];
    expect(placements.map((p) => p.id).sort()).toEqual([world.ids.pA1Own, world.ids.pA4OwnEnded].sort());
    expect(placements.map((p) => p.child.id).sort()).toEqual([world.ids.a1, world.ids.a4].sort());
    expect(result.errors).toBeUndefined();
  });

  it("keeps another region's family out of a child's placements", async () => {
    const result = await ask(Role.SOCIAL_WORKER, 'query($id: ID!) { child(id: $id) { id placements { id family { id address contactPhone applicants { iin } } } } }', { id: world.ids.a3 });
    expect(result.data?.child.placements).toEqual([{ id: world.ids.pA3Other, family: null }]);
    expect(forbiddenAt(result)).toEqual(['child.placements.0.family']);
  });

  it("lists only the siblings of the caller's region, and no sibling group reaches across", async () => {
    const result = await ask(Role.SOCIAL_WORKER, 'query($id: ID!) { child(id: $id) { siblings { id iin } siblingGroup { id } } }', { id: world.ids.a1 });
    expect(result.data?.child.siblings.map((c: { id: string }) => c.id)).toEqual([world.ids.a2]);
    expect(result.data?.child.siblingGroup.id).toBe(world.ids.groupAcross);
  });

  it("gives no kinship's child of another region", async () => {
    const result = await ask(Role.SOCIAL_WORKER, 'query($id: ID!) { family(id: $id) { kinships { id child { id iin } } } }', { id: world.ids.ownFamily2 });
    const children = result.data?.family.kinships.map((k: { child: { id: string } | null }) => k.child?.id ?? null);
    expect(children.sort()).toEqual([world.ids.a2, null].sort());
    expect(forbiddenAt(result)).toHaveLength(1);
  });

  it('shows a family only the siblings placed with it', async () => {
    const result = await ask(Role.FAMILY, '{ myFamily { placements { child { id siblings { id } } } } }', {});
    const placements = result.data?.myFamily.placements as { child: { id: string; siblings: { id: string }[] } | null }[];
    const children = placements.flatMap((p) => (p.child ? [p.child] : []));
    expect(children.map((c) => c.id).sort()).toEqual([world.ids.a1, world.ids.x2].sort());
    // The ended placement stays in the family's history, its child no longer: null with FORBIDDEN.
    expect(placements.filter((p) => p.child === null)).toHaveLength(1);
    // a1's brother a2 and sister x1 wait elsewhere: not this family's to see.
    expect(children.flatMap((c) => c.siblings)).toEqual([]);
  });

  it("answers a family the same for someone else's placement and for none at all", async () => {
    const others = await ask(Role.FAMILY, 'query($id: ID!) { placement(id: $id) { id } }', { id: world.ids.pA3Other });
    const none = await ask(Role.FAMILY, 'query($id: ID!) { placement(id: $id) { id } }', { id: '01900000-0000-7000-8000-000000000000' });
    const malformed = await ask(Role.FAMILY, 'query($id: ID!) { placement(id: $id) { id } }', { id: 'nope' });
    for (const result of [others, none, malformed]) {
      expect(result.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([['FORBIDDEN', others.errors![0]!.message]]);
    }
  });
});

describe('staff of one district', () => {
  let token: string;
  beforeAll(async () => {
    token = await app.login(world.emails[DISTRICT_WORKER]);
  });
  const ask = (query: string, variables: Record<string, unknown> = {}) => app.request<Record<string, any>>(query, variables, token);

  it('lists only the children, families and placements of the district, with counts to match', async () => {
    const result = await ask('{ children(first: 100) { totalCount edges { node { id } } } families(first: 100) { totalCount edges { node { id } } } placements(first: 100) { totalCount edges { node { id } } } }');
    const ids = (connection: { edges: { node: { id: string } }[] }) => connection.edges.map((edge) => edge.node.id).sort();
    expect(ids(result.data?.children)).toEqual([world.ids.a1, world.ids.a3].sort());
    expect(result.data?.children.totalCount).toBe(2);
    expect(ids(result.data?.families)).toEqual([world.ids.ownFamily]);
    expect(ids(result.data?.placements)).toEqual([world.ids.pA1Own, world.ids.pA3Other].sort());
    expect(result.errors).toBeUndefined();
  });

  it("refuses the region's other districts and its region-level records, by id and by filter", async () => {
    for (const id of [world.ids.a2, world.ids.a4]) {
      const result = await ask('query($id: ID!) { child(id: $id) { id } }', { id });
      expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    }
    const family = await ask('query($id: ID!) { family(id: $id) { id } }', { id: world.ids.ownFamily2 });
    expect(family.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    const other = await ask('{ children(first: 5, filter: { districtCode: "ASTANA-SARYARKA" }) { totalCount } }');
    expect(other.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
  });

  it('matches within its district: candidates and assignments hold no family or child of another', async () => {
    const candidates = await ask(
      'query($id: ID!) { placementCandidates(childId: $id, form: GUARDIANSHIP, first: 100, includeIneligible: true) { family { id } } }',
      { id: world.ids.a3 },
    );
    expect(candidates.errors).toBeUndefined();
    expect(candidates.data?.placementCandidates.map((c: { family: { id: string } }) => c.family.id)).toEqual([world.ids.ownFamily]);
    const children = await ask('query($id: ID!) { childCandidates(familyId: $id, form: GUARDIANSHIP, first: 100) { children { id } } }', { id: world.ids.ownFamily });
    expect(children.errors).toBeUndefined();
    const inDistrict = new Set([world.ids.a1, world.ids.a3]);
    expect(children.data?.childCandidates.flatMap((c: { children: { id: string }[] }) => c.children.map((child) => child.id)).every((id: string) => inDistrict.has(id))).toBe(true);
    const plan = await ask(`{ proposeAssignments(regionCode: "${OWN}", form: GUARDIANSHIP) { proposals { family { __typename id } children { __typename id } } } }`);
    expect(plan.errors).toBeUndefined();
    expect(outOfScope(DISTRICT_WORKER, recordsIn(plan.data))).toEqual([]);
  });

  it('registers into its own district only', async () => {
    const input = { name: 'Центр (тест района)', kind: 'FAMILY_SUPPORT_CENTRE', regionCode: OWN, settlement: 'Астана', address: 'пр. Тестовый, 2', capacity: 30 };
    const own = await ask('mutation($input: RegisterInstitutionInput!) { registerInstitution(input: $input) { id district { code } } }', { input });
    expect(own.data?.registerInstitution.district.code).toBe('ASTANA-YESIL');
    const other = await ask('mutation($input: RegisterInstitutionInput!) { registerInstitution(input: $input) { id } }', { input: { ...input, districtCode: 'ASTANA-SARYARKA' } });
    expect(other.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
  });
});

const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;

describe('the fuzzer, across scopes', () => {
  const tokens = {} as Record<Caller, string>;
  beforeAll(async () => {
    for (const caller of WALKED_CALLERS) tokens[caller] = await app.login(world.emails[caller]);
  });

  it('finds no path to another region or family, over HTTP with every limit on', { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...WALKED_CALLERS),
        fc.nat(),
        fc.constantFrom(...Object.keys(world.ids)),
        fc.array(fc.nat(), { minLength: 1, maxLength: MAX_DEPTH - 1 }),
        async (caller, rootChoice, recordName, steps) => {
          const roots = entryPoints(caller);
          const root = roots[rootChoice % roots.length]!;
          // Entry arguments as in the walk, with any id argument pointed at a random record, often one out of scope.
          const base = entryArguments(world.ids)[root.name]![0]!;
          const entry = Object.fromEntries(Object.entries(base).map(([key, value]) => [key, /(^id|Id)$/.test(key) ? world.ids[recordName] : value]));
          const document = documentFor(root, entry, isObjectType(getNamedType(root.type)) ? pathSelection(getNamedType(root.type) as GraphQLObjectType, caller, steps) : '');
          const result = await app.request(document, entry, tokens[caller]);
          const records = recordsIn(result.data);
          expect(outOfScope(caller, records), document).toEqual([]);
          for (const error of result.errors ?? []) expect(error.extensions?.code, `${document}: ${error.message}`).not.toBe(ErrorCode.INTERNAL_SERVER_ERROR);
        },
      ),
      { numRuns: RUNS, seed: SEED },
    );
  });
});
