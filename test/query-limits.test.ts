import 'reflect-metadata';
import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUERY_LIMITS } from '../src/graphql/limits.js';
import { Role } from '../src/shared/enums.js';
import { ChildrenPageDocument } from './generated/graphql.js';
import { createChild, createUser } from './support/factories.js';
import { startTestApp, type GraphQLResponse, type TestApp } from './support/test-app.js';

let app: TestApp;
let admin: string;

beforeAll(async () => {
  app = await startTestApp();
  await createUser(app.orm, { email: 'admin@test.kz', role: Role.ADMIN });
  for (let i = 0; i < 3; i++) await createChild(app.orm);
  admin = await app.login('admin@test.kz');
});

afterAll(() => app?.close());

function expectRefused(result: GraphQLResponse<unknown>, code: string, message: RegExp) {
  expect(result.status).toBe(400);
  expect(result.data ?? null).toBeNull();
  expect(result.errors).toHaveLength(1);
  expect(result.errors![0]).toMatchObject({ extensions: { code } });
  expect(result.errors![0]!.message).toMatch(message);
}

const repeat = (count: number, make: (i: number) => string) => Array.from({ length: count }, (_, i) => make(i)).join(' ');

describe('what the app itself asks stays allowed', () => {
  it.each([50, 100])('a page of %i children with region, siblings, placements and their families', async (first) => {
    const result = await app.request(ChildrenPageDocument, { first }, admin);
    expect(result.errors).toBeUndefined();
    expect(result.data!.children.totalCount).toBe(3);
  });

  it('the full introspection query of GraphiQL and codegen, in development', async () => {
    const query = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true });
    const result = await app.request(query);
    expect(result.errors).toBeUndefined();
  });
});

describe('malicious operations are refused before anything runs', () => {
  it('deep nesting', async () => {
    const deep = '{ children(first: 1) { edges { node { placements { family { placements { child { placements { id } } } } } } } } }';
    expectRefused(await app.request(deep, {}, admin), 'GRAPHQL_VALIDATION_FAILED', new RegExp(`depth limit of ${QUERY_LIMITS.maxDepth} exceeded, found 9`));
  });

  it('deep nesting hidden in fragments', async () => {
    const hidden = `{ children(first: 1) { edges { node { ...A } } } }
      fragment A on Child { placements { family { ...B } } }
      fragment B on Family { placements { child { placements { id } } } }`;
    expectRefused(await app.request(hidden, {}, admin), 'GRAPHQL_VALIDATION_FAILED', /depth limit/);
  });

  it('alias flooding', async () => {
    const flood = `{ ${repeat(QUERY_LIMITS.maxAliases + 1, (i) => `r${i}: regions { code }`)} }`;
    expectRefused(await app.request(flood), 'GRAPHQL_VALIDATION_FAILED', new RegExp(`Aliases limit of ${QUERY_LIMITS.maxAliases} exceeded`));
  });

  it('password guessing by aliases: many logins in one request', async () => {
    const guesses = `mutation { ${repeat(50, (i) => `g${i}: login(email: "admin@test.kz", password: "guess-${i}") { token }`)} }`;
    expectRefused(await app.request(guesses), 'GRAPHQL_VALIDATION_FAILED', /Aliases limit/);
    // Nothing ran: the account is not locked by fifty refused guesses.
    await expect(app.login('admin@test.kz')).resolves.toBeTruthy();
  });

  it('huge cost: nested lists under a page of 100', async () => {
    const costly = '{ children(first: 100) { edges { node { placements { family { placements { child { id } } } } } } } }';
    expectRefused(await app.request(costly, {}, admin), 'GRAPHQL_VALIDATION_FAILED', new RegExp(`cost limit of ${QUERY_LIMITS.maxCost} exceeded`));
  });

  it('counts the page size given in variables, and the default page size when none is given', async () => {
    const costly = 'query Costly($first: Int!) { children(first: $first) { edges { node { placements { family { placements { child { id } } } } } } } }';
    expectRefused(await app.request(costly, { first: 100 }, admin), 'GRAPHQL_VALIDATION_FAILED', /cost limit/);
    const small = await app.request(costly, { first: 5 }, admin);
    expect(small.errors).toBeUndefined();
    const defaulted = '{ children { edges { node { placements { family { placements { child { id } } } } } } } }';
    expectRefused(await app.request(defaulted, {}, admin), 'GRAPHQL_VALIDATION_FAILED', /cost limit/);
  });

  it('huge cost spread over aliases within the alias limit', async () => {
    const spread = `{ ${repeat(10, (i) => `c${i}: children(first: 100) { edges { node { siblings { id } placements { id } } } }`)} }`;
    expectRefused(await app.request(spread, {}, admin), 'GRAPHQL_VALIDATION_FAILED', /cost limit/);
  });

  it('token flood', async () => {
    const flood = `{ regions { ${repeat(QUERY_LIMITS.maxTokens, () => 'code')} } }`;
    // "more that" [sic]: graphql-js's own message.
    expectRefused(await app.request(flood), 'GRAPHQL_PARSE_FAILED', new RegExp(`more that ${QUERY_LIMITS.maxTokens} tokens`));
  });

  it('directive flood', async () => {
    const flood = `{ regions { ${repeat(QUERY_LIMITS.maxDirectives + 1, () => 'code @include(if: true)')} } }`;
    expectRefused(await app.request(flood), 'GRAPHQL_VALIDATION_FAILED', new RegExp(`Directives limit of ${QUERY_LIMITS.maxDirectives} exceeded`));
  });

  it('a page larger than 100 is refused by the resolver, as before', async () => {
    const result = await app.request(ChildrenPageDocument, { first: 101 }, admin);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});

describe('in production', () => {
  let production: TestApp;
  beforeAll(async () => {
    production = await startTestApp({ env: 'production' });
  });
  afterAll(() => production?.close());

  it('refuses the same way, and suggests no field names in any message', async () => {
    const deep = '{ children(first: 1) { edges { node { placements { family { placements { child { placements { id } } } } } } } } }';
    expectRefused(await production.request(deep), 'GRAPHQL_VALIDATION_FAILED', /depth limit/);
    const typos = `{ ${repeat(QUERY_LIMITS.maxAliases + 1, (i) => `r${i}: regoins { code }`)} }`;
    const result = await production.request(typos);
    expect(result.errors!.length).toBeGreaterThan(1);
    expect(JSON.stringify(result.errors)).not.toMatch(/Did you mean/);
  });
});
