import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOGIN_LIMITS } from '../src/modules/identity/login-throttle.js';
import { startTestApp, TEST_PASSWORD, type TestApp } from './support/test-app.js';
import { createUser } from './support/factories.js';
import { Role } from '../src/shared/enums.js';

/** Behind a trusted reverse proxy every request comes from the proxy: the sign-in limit per address must count the real clients. */

const LOGIN = 'mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { token } }';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ trustProxy: true });
  await createUser(app.orm, { email: 'behind-proxy@test.kz', role: Role.SOCIAL_WORKER, regionCode: 'ASTANA' });
});
afterAll(() => app?.close());

async function loginVia(forwardedFor: string, email: string, password: string) {
  const response = await fetch(app.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
    body: JSON.stringify({ query: LOGIN, variables: { email, password } }),
  });
  const body = (await response.json()) as { data?: { login?: { token: string } }; errors?: { extensions?: { code?: string } }[] };
  return body.errors?.[0]?.extensions?.code ?? (body.data?.login?.token ? 'OK' : 'NONE');
}

describe('behind a trusted proxy', () => {
  it('locks the client the proxy names, not every client of the proxy, and ignores addresses the client forged', async () => {
    // Different emails each time, so only the per-address count is reached.
    for (let i = 0; i < LOGIN_LIMITS.addressFailures; i++) {
      expect(await loginVia(`198.51.100.${i}, 203.0.113.9`, `nobody-${i}@test.kz`, 'wrong')).toBe('UNAUTHENTICATED');
    }
    expect(await loginVia('203.0.113.9', 'behind-proxy@test.kz', TEST_PASSWORD)).toBe('TOO_MANY_ATTEMPTS');
    // Another client behind the same proxy, even one claiming the locked address first, signs in.
    expect(await loginVia('203.0.113.9, 203.0.113.10', 'behind-proxy@test.kz', TEST_PASSWORD)).toBe('OK');
  });
});
