import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../src/shared/enums.js';
import { ChildByIdDocument } from './generated/graphql.js';
import { createUser } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const probe = (app: TestApp, path: string) => fetch(app.url.replace('/graphql', path));

describe('in development', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app?.close());

  it('answers /healthz while alive and /readyz once the database answers, migrated, under the data’s keys', async () => {
    expect((await probe(app, '/healthz')).status).toBe(200);
    const ready = await probe(app, '/readyz');
    expect(await ready.json()).toEqual({ status: 'ready', checks: { database: 'ok', migrations: 'ok', encryptionKey: 'ok' } });
    expect(ready.status).toBe(200);
  });

  it('allows introspection', async () => {
    const result = await app.request('{ __schema { queryType { name } } }');
    expect(result.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('refuses batched requests and bodies over 1 MB', async () => {
    const batch = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ regions { code } }' }, { query: '{ regions { code } }' }]),
    });
    expect(batch.status).toBe(400);
    const huge = await fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ regions { code } } #${'x'.repeat(1_100_000)}` }) });
    expect(huge.status).toBe(413);
  });

  it('answers malformed JSON with 400', async () => {
    const response = await fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(response.status).toBe(400);
  });
});

describe('in production', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ env: 'production' });
    await createUser(app.orm, { email: 'worker@test.kz', role: Role.SOCIAL_WORKER, regionCode: 'ASTANA' });
  });
  afterAll(() => app?.close());

  it('shows no query editor: neither at /graphql nor by its file', async () => {
    const page = await fetch(app.url, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toMatch(/graphiql/i);
    expect((await fetch(app.url.replace('/graphql', '/graphiql.html'))).status).toBe(404);
  });

  it('turns introspection and field suggestions off', async () => {
    const result = await app.request('{ __schema { queryType { name } } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const typo = await app.request('{ regoins { code } }');
    expect(typo.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  it('answers NOT_FOUND for an id that is not a UUID', async () => {
    const token = await app.login('worker@test.kz');
    const result = await app.request(ChildByIdDocument, { id: 'not-a-uuid' }, token);
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('masks internal errors', async () => {
    // Break this test database on purpose: the SQL error must not reach the client.
    await app.orm.em.getConnection().execute('alter table region rename to region_gone');
    const result = await app.request('{ regions { code } }');
    expect(result.errors?.[0]).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(JSON.stringify(result.errors)).not.toMatch(/region_gone|relation|select/i);
  });
});
