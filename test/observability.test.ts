import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { useEncryptionKeys } from '../src/db/encryption.js';
import { keyMismatch } from '../src/db/key-check.js';
import { Role } from '../src/shared/enums.js';
import { createLogger, silentLogger } from '../src/shared/logger.js';
import { createChild, createUser } from './support/factories.js';
import { startTestApp, TEST_ENCRYPTION, TEST_PASSWORD, type TestApp } from './support/test-app.js';

/** What an operator reads: one access-log line per request, Prometheus metrics, readiness that knows the keys. */

const LOGIN = 'mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { token } }';
const EMAIL = 'observed.worker@test.kz';

let app: TestApp;
/** Every line the server logged, formatted by the production logger. */
const lines: string[] = [];
const logged = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>);

beforeAll(async () => {
  const production = createLogger((line) => lines.push(line));
  vi.spyOn(silentLogger, 'info').mockImplementation((message, fields) => production.info(message, fields));
  vi.spyOn(silentLogger, 'error').mockImplementation((message, error, fields) => production.error(message, error, fields));
  app = await startTestApp();
  await createUser(app.orm, { email: EMAIL, role: Role.SOCIAL_WORKER, regionCode: 'ASTANA' });
  await createChild(app.orm, { regionCode: 'ASTANA' });
});

afterAll(async () => {
  vi.restoreAllMocks();
  await app?.close();
});

const post = (body: object, headers: Record<string, string> = {}) =>
  fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
const origin = () => app.url.replace('/graphql', '');

describe('access log', () => {
  it('writes one line per request: request id (echoed in x-request-id), operation, status, duration, error codes; never the variables', async () => {
    const good = await post({ query: LOGIN, operationName: 'Login', variables: { email: EMAIL, password: TEST_PASSWORD } }, { 'x-request-id': 'client-7' });
    const bad = await post({ query: LOGIN, variables: { email: EMAIL, password: 'wrong-password-here' } });
    await good.text();
    await bad.text();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const requests = logged().filter((line) => line.message === 'request');
    const first = requests.find((line) => line.requestId === good.headers.get('x-request-id'));
    expect(first).toMatchObject({ level: 'info', correlationId: 'client-7', method: 'POST', route: 'graphql', operation: 'Login', status: 200, durationMs: expect.any(Number) });
    expect(first!.errorCodes).toBeUndefined();
    const second = requests.find((line) => line.requestId === bad.headers.get('x-request-id'));
    expect(second).toMatchObject({ operation: 'Login', status: 200, errorCodes: ['UNAUTHENTICATED'] });
    const text = lines.join('\n');
    expect(text).not.toContain(EMAIL);
    expect(text).not.toContain(TEST_PASSWORD);
    expect(text).not.toContain('wrong-password-here');
  });

  it('names a request whose document does not parse `invalid`, with its error code', async () => {
    const response = await post({ query: '{ regions { code ' });
    await response.text();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const line = logged().find((each) => each.requestId === response.headers.get('x-request-id'));
    expect(line).toMatchObject({ operation: 'invalid', status: 400, errorCodes: ['GRAPHQL_PARSE_FAILED'] });
  });

  it('redacts personal fields by path, even when a caller passes them by mistake', () => {
    const written: string[] = [];
    createLogger((line) => written.push(line)).info('careless', { requestId: 'r', email: 'a@b.kz', user: { iin: '000101500123', lastName: 'Ахметова', id: 7 } });
    expect(JSON.parse(written[0]!)).toMatchObject({ requestId: 'r', email: '[redacted]', user: { iin: '[redacted]', lastName: '[redacted]', id: 7 } });
  });
});

describe('/metrics', () => {
  it('counts requests per operation and code, with latency histograms and the database pool', async () => {
    await (await post({ query: LOGIN, variables: { email: EMAIL, password: TEST_PASSWORD } })).text();
    const started = performance.now();
    const response = await fetch(`${origin()}/metrics`);
    const text = await response.text();
    console.log(`metrics scrape: ${(performance.now() - started).toFixed(1)} ms, ${text.length} bytes`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    expect(text).toMatch(/shanyraq_graphql_requests_total\{operation="Login",code="OK"\} [1-9]/);
    expect(text).toMatch(/shanyraq_graphql_requests_total\{operation="Login",code="UNAUTHENTICATED"\} [1-9]/);
    expect(text).toMatch(/shanyraq_graphql_request_duration_seconds_bucket\{le="\+Inf",operation="Login"\} [1-9]/);
    expect(text).toMatch(/shanyraq_db_pool_connections\{state="used"\} \d+/);
    expect(text).toMatch(/shanyraq_process_resident_memory_bytes \d+/);
  });
});

describe('/metrics in production', () => {
  it('is off without METRICS_TOKEN, and asks for it as a bearer token when set', async () => {
    const closed = await startTestApp({ env: 'production' });
    const guarded = await startTestApp({ env: 'production', metricsToken: 'scrape-secret-0123456789abcdef' });
    try {
      expect((await fetch(closed.url.replace('/graphql', '/metrics'))).status).toBe(404);
      const metrics = guarded.url.replace('/graphql', '/metrics');
      expect((await fetch(metrics)).status).toBe(401);
      expect((await fetch(metrics, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
      expect((await fetch(metrics, { headers: { authorization: 'Bearer scrape-secret-0123456789abcdef' } })).status).toBe(200);
    } finally {
      await closed.close();
      await guarded.close();
    }
  });
});

describe('encryption key check (at start and in /readyz)', () => {
  it('finds the keys of the data right, and names a wrong ENCRYPTION_KEY or IIN_HASH_KEY', async () => {
    try {
      expect(await keyMismatch(app.orm)).toBeUndefined();
      useEncryptionKeys({ ...TEST_ENCRYPTION, key: randomBytes(32) });
      expect(await keyMismatch(app.orm)).toMatch(/^ENCRYPTION_KEY .*does not open the stored data: Cannot decrypt \w+\.\w+: sealed by unknown key/);
      useEncryptionKeys({ ...TEST_ENCRYPTION, hashKey: randomBytes(32) });
      expect(await keyMismatch(app.orm)).toMatch(/^IIN_HASH_KEY is not the key/);
    } finally {
      useEncryptionKeys(TEST_ENCRYPTION);
    }
  });
});
