import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccountTokenPurpose } from '../src/modules/identity/account-token.entity.js';
import { LOGIN_LIMITS } from '../src/modules/identity/login-throttle.js';
import { Role } from '../src/shared/enums.js';
import { createAccountToken, createUser } from './support/factories.js';
import { startAnotherInstance, startTestApp, TEST_PASSWORD, type Instance, type TestApp } from './support/test-app.js';

/**
 * Two server instances on one database, as behind a load balancer: the limits count in the
 * database, so neither instance grants what the other already spent. (The placement races of
 * test/races.test.ts are fired over two instances too.)
 */

const LOGIN = 'mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { token } }';
const ACTIVATE = 'mutation($token: String!, $password: String!) { activateAccount(token: $token, password: $password) }';

let first: TestApp;
let second: Instance;

beforeAll(async () => {
  first = await startTestApp();
  second = await startAnotherInstance(first);
  await createUser(first.orm, { email: 'spread@test.kz', role: Role.SOCIAL_WORKER, regionCode: 'ASTANA' });
});

afterAll(async () => {
  await second?.close();
  await first?.close();
});

const instance = (index: number) => [first, second][index % 2]!;

describe('two instances, one database', () => {
  it(`lock an email after ${LOGIN_LIMITS.accountFailures} wrong passwords spread over both, with HTTP 429 and Retry-After`, async () => {
    for (let i = 0; i < LOGIN_LIMITS.accountFailures; i++) {
      const wrong = await instance(i).request(LOGIN, { email: 'spread@test.kz', password: `guess-${i}` });
      expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    for (const each of [first, second]) {
      const locked = await each.request(LOGIN, { email: 'spread@test.kz', password: TEST_PASSWORD });
      expect(locked.errors?.[0]?.extensions).toMatchObject({ code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: expect.any(Number) });
      expect(locked.status).toBe(429);
      const seconds = Number(locked.retryAfter);
      expect(seconds).toBeGreaterThan(LOGIN_LIMITS.lockMs / 1000 - 60);
      expect(seconds).toBeLessThanOrEqual(LOGIN_LIMITS.lockMs / 1000);
    }
  });

  it('let parallel guesses spread over both instances past the limit not at all', async () => {
    await createUser(first.orm, { email: 'parallel.spread@test.kz', role: Role.SOCIAL_WORKER, regionCode: 'ASTANA' });
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => instance(i).request(LOGIN, { email: 'parallel.spread@test.kz', password: `guess-${i}` })));
    const codes = answers.map((answer) => answer.errors?.[0]?.extensions?.code);
    expect(codes.filter((code) => code === 'UNAUTHENTICATED')).toHaveLength(LOGIN_LIMITS.accountFailures);
    expect(codes.filter((code) => code === 'TOO_MANY_ATTEMPTS')).toHaveLength(20 - LOGIN_LIMITS.accountFailures);
  });

  it('activate an account once when its token is sent 50 times at once, spread over both', async () => {
    const user = await createUser(first.orm, { email: 'race.spread@test.kz', role: Role.SOCIAL_WORKER, regionCode: 'ASTANA' });
    const token = await createAccountToken(first.orm, user.id, AccountTokenPurpose.ACTIVATION);
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => instance(i).request<{ activateAccount: boolean }>(ACTIVATE, { token, password: `steppe-lantern-wind-${i}` })));
    expect(results.filter((result) => result.data?.activateAccount === true)).toHaveLength(1);
  });
});
