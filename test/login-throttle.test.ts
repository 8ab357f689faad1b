import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOGIN_LIMITS } from '../src/modules/identity/login-throttle.js';
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
  for (const email of ['worker@test.kz', 'colleague@test.kz', 'target@test.kz', 'parallel@test.kz']) {
    await createUser(app.orm, { email, role: Role.SOCIAL_WORKER, regionCode: 'ASTANA' });
  }
});

afterAll(() => app?.close());

/** Signs in from a chosen local address; the server sees it as the client address. */
function loginFrom(localAddress: string, email: string, password: string): Promise<GraphQLResponse<{ login: { token: string } }>> {
  const body = JSON.stringify({ query: LOGIN, variables: { email, password } });
  return new Promise((resolve, reject) => {
    const request = httpRequest(app.url, { method: 'POST', localAddress, agent: false, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as GraphQLResponse<{ login: { token: string } }>;
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
    expect(locked.errors?.[0]).toMatchObject({ message: 'Too many failed sign-in attempts; try again in 15 min', extensions: { code: 'TOO_MANY_ATTEMPTS' } });
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
