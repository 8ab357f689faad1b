import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../src/modules/audit/audit-event.entity.js';
import { LOGIN_LIMITS } from '../src/modules/identity/login-throttle.js';
import { User } from '../src/modules/identity/user.entity.js';
import { Role } from '../src/shared/enums.js';
import { createUser } from './support/factories.js';
import { startTestApp, TEST_PASSWORD, type GraphQLResponse, type TestApp } from './support/test-app.js';

/**
 * Sign-in throttling over HTTP. Each scenario signs in from its own loopback address
 * (127.0.0.x), so the per-address counts of one do not touch another. The expiry of locks is
 * tested with an injected clock in src/modules/identity/login-throttle.test.ts.
 */

const LOGIN = 'mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { token } }';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
  const emails = ['worker@test.kz', 'colleague@test.kz', 'target@test.kz', 'parallel@test.kz', 'frequent@test.kz', 'eager@test.kz', 'aliased@test.kz'];
  for (let i = 0; i < 7; i++) emails.push(`office${i}@test.kz`);
  for (const email of emails) {
    await createUser(app.orm, { email, role: Role.SOCIAL_WORKER, regionCode: 'ASTANA' });
  }
});

afterAll(() => app?.close());

/** Signs in from a chosen local address; the server sees it as the client address. */
function loginFrom(localAddress: string, email: string, password: string): Promise<GraphQLResponse<{ login: { token: string } }>> {
  return postFrom(localAddress, JSON.stringify({ query: LOGIN, variables: { email, password } }));
}

/** Posts a GraphQL body from a chosen local address. */
function postFrom<T>(localAddress: string, body: string): Promise<GraphQLResponse<T>> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(app.url, { method: 'POST', localAddress, agent: false, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as GraphQLResponse<T>;
        resolve({ ...parsed, status: response.statusCode ?? 0 });
      });
    });
    request.on('error', reject);
    request.end(body);
  });
}

const codeOf = (result: GraphQLResponse<unknown>) => result.errors?.[0]?.extensions?.code;

describe('per account', () => {
  it(`locks an email after ${LOGIN_LIMITS.accountFailures} wrong passwords, from every address, even for the right password`, async () => {
    for (let i = 0; i < LOGIN_LIMITS.accountFailures; i++) {
      expect(codeOf(await loginFrom('127.0.0.2', 'worker@test.kz', `guess-${i}`))).toBe('UNAUTHENTICATED');
    }
    const locked = await loginFrom('127.0.0.3', 'Worker@Test.kz', TEST_PASSWORD);
    expect(locked.errors?.[0]).toMatchObject({ message: 'Too many sign-in attempts; try again in 15 min', extensions: { code: 'TOO_MANY_ATTEMPTS' } });
    expect(locked.data?.login).toBeFalsy();
    // Another account from the same address signs in.
    expect((await loginFrom('127.0.0.2', 'colleague@test.kz', TEST_PASSWORD)).data?.login.token).toBeTruthy();
  });

  it('locks an unknown email exactly like a known one, so locking reveals nothing', async () => {
    const answers: (string | undefined)[] = [];
    for (let i = 0; i <= LOGIN_LIMITS.accountFailures; i++) answers.push(codeOf(await loginFrom('127.0.0.4', 'nobody@test.kz', `guess-${i}`)));
    expect(answers).toEqual([...Array<string>(LOGIN_LIMITS.accountFailures).fill('UNAUTHENTICATED'), 'TOO_MANY_ATTEMPTS']);
  });

  it('does not count a successful sign-in, and forgets earlier failures after one', async () => {
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < LOGIN_LIMITS.accountFailures - 1; i++) await loginFrom('127.0.0.5', 'colleague@test.kz', 'wrong');
      expect((await loginFrom('127.0.0.6', 'colleague@test.kz', TEST_PASSWORD)).data?.login.token).toBeTruthy();
    }
  });

  it('lets no more than the limit of parallel guesses through', async () => {
    const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => loginFrom('127.0.0.7', 'parallel@test.kz', `guess-${i}`)));
    const codes = answers.map(codeOf);
    expect(codes.filter((code) => code === 'UNAUTHENTICATED')).toHaveLength(LOGIN_LIMITS.accountFailures);
    expect(codes.filter((code) => code === 'TOO_MANY_ATTEMPTS')).toHaveLength(30 - LOGIN_LIMITS.accountFailures);
  });
});

describe('per address', () => {
  it(`locks an address after ${LOGIN_LIMITS.addressFailures} failures, whatever the emails; other addresses still sign in`, async () => {
    for (let i = 0; i < LOGIN_LIMITS.addressFailures; i++) {
      expect(codeOf(await loginFrom('127.0.0.8', `guess${i}@test.kz`, 'password'))).toBe('UNAUTHENTICATED');
    }
    expect(codeOf(await loginFrom('127.0.0.8', 'target@test.kz', TEST_PASSWORD))).toBe('TOO_MANY_ATTEMPTS');
    expect((await loginFrom('127.0.0.9', 'target@test.kz', TEST_PASSWORD)).data?.login.token).toBeTruthy();
  });
});

describe('successful sign-ins', () => {
  it(`lets one email sign in ${LOGIN_LIMITS.accountSuccesses} times within 15 minutes, then locks it from every address with the same answer`, async () => {
    for (let i = 0; i < LOGIN_LIMITS.accountSuccesses; i++) {
      expect((await loginFrom('127.0.0.10', 'frequent@test.kz', TEST_PASSWORD)).data?.login.token).toBeTruthy();
    }
    const locked = await loginFrom('127.0.0.11', 'frequent@test.kz', TEST_PASSWORD);
    expect(locked.errors?.[0]).toMatchObject({ message: 'Too many sign-in attempts; try again in 15 min', extensions: { code: 'TOO_MANY_ATTEMPTS' } });
    expect(locked.data?.login).toBeFalsy();
    // Another account from the same address still signs in.
    expect((await loginFrom('127.0.0.10', 'colleague@test.kz', TEST_PASSWORD)).data?.login.token).toBeTruthy();
  });

  it('counts sign-ins in flight: parallel ones cannot pass the limit', async () => {
    const early = LOGIN_LIMITS.accountSuccesses - 2;
    for (let i = 0; i < early; i++) expect((await loginFrom('127.0.0.12', 'eager@test.kz', TEST_PASSWORD)).data?.login.token).toBeTruthy();
    // As many at once as the failure limit lets start together: all pass the first check, two may finish.
    const answers = await Promise.all(Array.from({ length: LOGIN_LIMITS.accountFailures }, () => loginFrom('127.0.0.12', 'eager@test.kz', TEST_PASSWORD)));
    expect(answers.filter((answer) => answer.data?.login.token)).toHaveLength(2);
    expect(answers.map(codeOf).filter((code) => code === 'TOO_MANY_ATTEMPTS')).toHaveLength(LOGIN_LIMITS.accountFailures - 2);
  });

  it(`locks an address after ${LOGIN_LIMITS.addressSuccesses} sign-ins, whatever the emails; other addresses still sign in`, async () => {
    const perAccount = LOGIN_LIMITS.accountSuccesses;
    for (let i = 0; i < LOGIN_LIMITS.addressSuccesses; i++) {
      expect((await loginFrom('127.0.0.13', `office${Math.floor(i / perAccount)}@test.kz`, TEST_PASSWORD)).data?.login.token).toBeTruthy();
    }
    expect(codeOf(await loginFrom('127.0.0.13', 'office6@test.kz', TEST_PASSWORD))).toBe('TOO_MANY_ATTEMPTS');
    expect((await loginFrom('127.0.0.14', 'office6@test.kz', TEST_PASSWORD)).data?.login.token).toBeTruthy();
  });
});

describe('one login per request', () => {
  const two = (email: string) =>
    `mutation { first: login(email: "${email}", password: "guess-1") { token } second: login(email: "${email}", password: "${TEST_PASSWORD}") { token } }`;
  const inFragments = (email: string) => `mutation { ...Guesses } fragment Guesses on Mutation { ... on Mutation { a: login(email: "${email}", password: "guess-2") { token } } ...Right }
    fragment Right on Mutation { b: login(email: "${email}", password: "${TEST_PASSWORD}") { token } }`;

  it.each([
    ['two aliased logins', two],
    ['logins hidden in fragments', inFragments],
  ])('refuses %s before any runs: no token, nothing signed in, nothing audited', async (_name, document) => {
    const user = await app.orm.em.fork().findOneOrFail(User, { email: 'aliased@test.kz' });
    const signIns = () => app.orm.em.fork().count(AuditEvent, { action: 'user.login', entityId: user.id });
    const before = await signIns();
    for (let i = 0; i < 3; i++) {
      const result = await postFrom<Record<string, unknown>>('127.0.0.15', JSON.stringify({ query: document('aliased@test.kz') }));
      expect(result.status).toBe(400);
      expect(result.data ?? null).toBeNull();
      expect(result.errors).toEqual([expect.objectContaining({ message: 'At most one login per request', extensions: { code: 'BAD_USER_INPUT' } })]);
    }
    expect(await signIns()).toBe(before);
    expect((await loginFrom('127.0.0.15', 'aliased@test.kz', TEST_PASSWORD)).data?.login.token).toBeTruthy();
    expect(await signIns()).toBe(before + 1);
  });

  it('runs a single login beside other fields', async () => {
    const result = await postFrom<{ login: { token: string } }>('127.0.0.16', JSON.stringify({ query: `mutation { __typename login(email: "colleague@test.kz", password: "${TEST_PASSWORD}") { token } }` }));
    expect(result.data?.login.token).toBeTruthy();
  });
});
