import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPersistedOperations } from '../src/http/persisted-operations.js';
import { Role } from '../src/shared/enums.js';
import { createUser } from './support/factories.js';
import { startTestApp, TEST_PASSWORD, type TestApp } from './support/test-app.js';

/** PERSISTED_OPERATIONS_ONLY: the server runs the console's own operations, by documentId, and nothing else. */

const operations = loadPersistedOperations();
const idOf = (name: string) => [...operations].find(([, text]) => text.startsWith(`mutation ${name}(`) || text.startsWith(`query ${name}`))![0];
const EMAIL = `persisted-${process.pid}@test.kz`;

let listed: TestApp;
let open: TestApp;
beforeAll(async () => {
  [listed, open] = await Promise.all([startTestApp({ persistedOperationsOnly: true }), startTestApp()]);
  await Promise.all([listed, open].map((app) => createUser(app.orm, { email: EMAIL, role: Role.SOCIAL_WORKER, regionCode: 'ASTANA' })));
});
afterAll(async () => Promise.all([listed?.close(), open?.close()]));

const post = (app: TestApp, body: unknown) =>
  fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then(async (response) => ({ status: response.status, body: (await response.json()) as any }));

describe('an operation allow-list', () => {
  it('holds every operation of the console under the SHA-256 of its text', () => {
    expect(operations.size).toBeGreaterThan(20);
    expect(idOf('ConsoleLogin')).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('runs the listed document a documentId names, whatever query text comes with it', async () => {
    const answer = await post(listed, { documentId: idOf('ConsoleLogin'), query: '{ __schema { types { name } } }', variables: { email: EMAIL, password: TEST_PASSWORD } });
    expect(answer.status).toBe(200);
    expect(answer.body.data.login.token).toEqual(expect.any(String));
    expect(answer.body.data.__schema).toBeUndefined();
  });

  it('refuses, with OPERATION_NOT_ALLOWED and HTTP 400, an operation without a listed documentId, and any GET', async () => {
    const refused = [
      await post(listed, { query: 'mutation { login(email: "x@test.kz", password: "y") { token } }' }),
      await post(listed, { documentId: 'sha256:0000', query: '{ regions { code } }' }),
      await post(listed, [{ documentId: idOf('ConsoleLogin') }]),
      await fetch(`${listed.url}?query=${encodeURIComponent('{ regions { code } }')}`).then(async (response) => ({ status: response.status, body: (await response.json()) as any })),
    ];
    expect(refused.map((answer) => [answer.status, answer.body.errors?.[0]?.extensions?.code])).toEqual(Array(4).fill([400, 'OPERATION_NOT_ALLOWED']));
  });

  it('is off by default: the query sent runs, a documentId beside it changes nothing', async () => {
    const answer = await post(open, { documentId: idOf('ConsoleLogin'), query: '{ regions { code } }' });
    expect(answer.status).toBe(200);
    expect(answer.body.data.regions.length).toBeGreaterThan(0);
  });
});
