import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AuditEvent } from '../src/modules/audit/audit-event.entity.js';
import { Role } from '../src/shared/enums.js';
import { createLogger, silentLogger } from '../src/shared/logger.js';
import { createUser } from './support/factories.js';
import { startTestApp, TEST_PASSWORD, type TestApp } from './support/test-app.js';

/**
 * The request id of every audit event and log line is the server's own; a client's
 * `x-request-id` is kept beside it as a correlation id, and never lets two requests share an id.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const LOGIN = 'mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { token } }';

let app: TestApp;
/** Every line the server logged, formatted by the production logger. */
const lines: string[] = [];

beforeAll(async () => {
  const production = createLogger((line) => lines.push(line));
  vi.spyOn(silentLogger, 'error').mockImplementation((message, error, fields) => production.error(message, error, fields));
  app = await startTestApp();
  await createUser(app.orm, { email: 'worker@test.kz', role: Role.SOCIAL_WORKER, regionCode: 'ASTANA' });
});

afterAll(async () => {
  vi.restoreAllMocks();
  await app?.close();
});

function post(body: object, headers: Record<string, string> = {}) {
  return fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
}

const signIn = (headers: Record<string, string> = {}) => post({ query: LOGIN, variables: { email: 'worker@test.kz', password: TEST_PASSWORD } }, headers);

describe('request and correlation ids', () => {
  it('gives two requests sent with the same x-request-id their own request ids, each with the client’s id as correlation id', async () => {
    const reused = `client-chosen ${Date.now()}`;
    for (let i = 0; i < 2; i++) expect((await signIn({ 'x-request-id': reused })).status).toBe(200);
    const events = await app.orm.em.fork().find(AuditEvent, { correlationId: reused }, { orderBy: { id: 'asc' } });
    expect(events.map((event) => event.action)).toEqual(['user.login', 'user.login']);
    expect(events.map((event) => event.requestId)).toEqual([expect.stringMatching(UUID), expect.stringMatching(UUID)]);
    expect(events[0]!.requestId).not.toBe(events[1]!.requestId);
    expect(await app.orm.em.fork().count(AuditEvent, { requestId: reused })).toBe(0);
  });

  it('cannot take over the request id of an earlier request', async () => {
    await signIn();
    const [earlier] = await app.orm.em.fork().find(AuditEvent, { action: 'user.login' }, { orderBy: { id: 'desc' }, limit: 1 });
    await signIn({ 'x-request-id': earlier!.requestId! });
    expect(await app.orm.em.fork().count(AuditEvent, { requestId: earlier!.requestId })).toBe(1);
  });

  it.each([
    ['longer than 64 characters', 'x'.repeat(65)],
    ['with control characters', 'line\tbreak'],
    ['outside ASCII', 'идентификатор'],
  ])('drops an x-request-id %s: no correlation id, the request still served', async (_name, given) => {
    // Headers carry bytes: the UTF-8 of the value, each byte one character.
    const response = await signIn({ 'x-request-id': Buffer.from(given, 'utf8').toString('latin1') });
    expect(response.status).toBe(200);
    const [event] = await app.orm.em.fork().find(AuditEvent, { action: 'user.login' }, { orderBy: { id: 'desc' }, limit: 1 });
    expect(event!.correlationId ?? null).toBeNull();
    expect(event!.requestId).toMatch(UUID);
  });

  it('names both ids in every line logged while serving a request', async () => {
    // Break this test database on purpose, so the request fails and is logged.
    await app.orm.em.getConnection().execute('alter table region rename to region_gone');
    const response = await post({ query: '{ regions { code } }' }, { 'x-request-id': 'trace-me-42' });
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('INTERNAL_SERVER_ERROR');
    const logged = lines.map((line) => JSON.parse(line) as Record<string, unknown>).filter((line) => line.correlationId === 'trace-me-42');
    expect(logged).toEqual([expect.objectContaining({ level: 'error', message: 'internal error', requestId: expect.stringMatching(UUID) })]);
  });
});
