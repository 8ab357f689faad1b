import 'reflect-metadata';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDatabaseFromTemplate, dropDatabase, withDatabaseName } from '../src/db/databases.js';
import { useEncryptionKeys } from '../src/db/encryption.js';
import { initOrm, type Orm } from '../src/db/orm.js';
import { AuditEvent } from '../src/modules/audit/audit-event.entity.js';
import { Child } from '../src/modules/children/child.entity.js';
import { Role, Sex } from '../src/shared/enums.js';
import { OutageRegisterChildDocument, OutageUpdateChildDocument, type RegisterChildInput } from './generated/graphql.js';
import { buildServer, killStartedServers, startBuiltServer, type Build, type Running } from './support/built-server.js';
import { createUser, validIin } from './support/factories.js';
import { TEST_ENCRYPTION, TEST_PASSWORD, testConfig } from './support/test-app.js';

/**
 * The real server process (`node dist/src/main.js`, built here into a private directory) on a
 * database of its own: SIGTERM while a request is running, and SIGKILL in a stream of writes.
 */

const MARKER = 'Потокова';

let databaseUrl: string;
let databaseName: string;
let orm: Orm;
let dataDir: string;
let build: Build;

function startServer(): Promise<Running> {
  return startBuiltServer(build, {
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    DATA_DIR: dataDir,
    SEED_DEMO: 'false',
    JWT_SECRET: testConfig().jwtSecret,
    ENCRYPTION_KEY: TEST_ENCRYPTION.key.toString('base64'),
    IIN_HASH_KEY: TEST_ENCRYPTION.hashKey.toString('base64'),
  });
}

async function call<T, V>(origin: string, document: TypedDocumentNode<T, V> | string, variables: V, token?: string) {
  const response = await fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: typeof document === 'string' ? document : print(document), variables }),
  });
  return { status: response.status, body: (await response.json()) as { data?: T; errors?: { extensions?: { code?: string } }[] } };
}

async function login(origin: string): Promise<string> {
  const result = await call<{ login: { token: string } }, object>(
    origin,
    'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
    { email: 'shutdown.worker@test.kz', password: TEST_PASSWORD },
  );
  return result.body.data!.login.token;
}

let born = 0;
function registration(): RegisterChildInput {
  const birthDate = `2014-0${1 + (born % 9)}-2${born++ % 8}`;
  return {
    iin: validIin(birthDate, Sex.MALE),
    lastName: MARKER,
    firstName: 'Ерасыл',
    birthDate,
    sex: 'MALE',
    regionCode: 'ASTANA',
    legalStatus: 'ORPHAN',
    registeredAt: '2024-02-01',
    healthGroup: 'II',
    // Birth dates repeat under one name: these are many children, not possible duplicates of one.
    confirmNotDuplicate: true,
  };
}

beforeAll(async () => {
  build = buildServer('test-server');

  const baseUrl = inject('databaseUrl');
  databaseName = `shanyraq_shutdown_${process.pid}`;
  await createDatabaseFromTemplate(baseUrl, databaseName, inject('templateDatabase'));
  databaseUrl = withDatabaseName(baseUrl, databaseName);
  dataDir = mkdtempSync(join(tmpdir(), 'shanyraq-shutdown-'));
  useEncryptionKeys(TEST_ENCRYPTION);
  orm = await initOrm(databaseUrl);
  await createUser(orm, { email: 'shutdown.worker@test.kz', role: Role.SOCIAL_WORKER, regionCode: 'ASTANA' });
}, 120_000);

afterAll(async () => {
  killStartedServers();
  await orm?.close();
  if (databaseName) await dropDatabase(inject('databaseUrl'), databaseName);
  build?.remove();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('SIGTERM', () => {
  it('finishes the request in flight, refuses new connections, then exits 0', async () => {
    const server = await startServer();
    const token = await login(server.origin);
    const created = await call(server.origin, OutageRegisterChildDocument, { input: registration() }, token);
    const child = created.body.data!.registerChild;

    // The test holds the child's row, so the update below waits inside the server.
    const holder = new pg.Client({ connectionString: databaseUrl });
    await holder.connect();
    try {
      await holder.query('begin');
      await holder.query('select id from child where id = $1 for update', [child.id]);
      let settled = false;
      const inFlight = call(server.origin, OutageUpdateChildDocument, { input: { id: child.id, version: child.version, firstName: 'Дождался' } }, token).finally(() => (settled = true));
      for (let waited = 0; ; waited += 20) {
        const { rows } = await holder.query(`select count(*)::int as n from pg_stat_activity where datname = $1 and wait_event_type = 'Lock'`, [databaseName]);
        if (rows[0].n > 0) break;
        if (waited > 5_000) throw new Error('the update never reached the database');
        await sleep(20);
      }

      server.process.kill('SIGTERM');
      let refused = false;
      for (let waited = 0; !refused && waited < 3_000; waited += 20) {
        refused = await fetch(`${server.origin}/healthz`).then(() => false, (error: { cause?: { code?: string } }) => error.cause?.code === 'ECONNREFUSED');
        if (!refused) await sleep(20);
      }
      expect(refused).toBe(true);
      expect(settled).toBe(false);
      expect(server.process.exitCode).toBeNull();

      await holder.query('commit');
      const answer = await inFlight;
      expect(answer.status).toBe(200);
      expect(answer.body.errors).toBeUndefined();
      expect(answer.body.data!.updateChild).toMatchObject({ id: child.id, firstName: 'Дождался', version: child.version + 1 });
    } finally {
      await holder.end();
    }
    expect(await server.exited).toBe(0);
    expect((await orm.em.fork().findOneOrFail(Child, child.id)).firstName).toBe('Дождался');
  });
});

describe('SIGKILL in a stream of writes', () => {
  // Two starts of the server with its job queue, 150 writes and a drain: over the default 30 s on a busy machine.
  it('keeps every acknowledged write after a restart, and no write half-done', { timeout: 90_000 }, async () => {
    const before = await orm.em.fork().count(Child, { lastName: MARKER });
    const server = await startServer();
    const token = await login(server.origin);

    // Eight writers register children until the connection breaks; an answer with data is an acknowledgement.
    const acknowledged: string[] = [];
    const refused: unknown[] = [];
    let killed = false;
    const writers = Array.from({ length: 8 }, async () => {
      for (;;) {
        try {
          const result = await call(server.origin, OutageRegisterChildDocument, { input: registration() }, token);
          if (result.body.data?.registerChild) acknowledged.push(result.body.data.registerChild.id);
          else refused.push(result.body.errors);
        } catch (error) {
          if (!killed) refused.push(error);
          return;
        }
      }
    });
    while (acknowledged.length < 150 && refused.length === 0) await sleep(5);
    server.process.kill('SIGKILL');
    killed = true;
    await Promise.all(writers);
    expect(refused).toEqual([]);
    expect(await server.exited).toBeNull(); // killed by the signal, not exited

    const restarted = await startServer();
    try {
      const em = orm.em.fork();
      // Every acknowledged write is there, read through the restarted server too.
      expect(await em.count(Child, { id: { $in: acknowledged } })).toBe(acknowledged.length);
      const again = await login(restarted.origin);
      const sample = acknowledged.slice(-5);
      for (const id of sample) {
        const read = await call(restarted.origin, 'query($id: ID!) { child(id: $id) { id lastName } }', { id }, again);
        expect(read.body.data).toEqual({ child: { id, lastName: MARKER } });
      }
      // None half-written: each child of the stream has its registration event, and each event its child.
      // (Writes committed just before the kill but never acknowledged may exist; they are whole too.)
      const children = (await em.find(Child, { lastName: MARKER }, { fields: ['id'] })).map((c) => c.id);
      const events = await em.find(AuditEvent, { action: 'child.register', entityId: { $in: children } }, { fields: ['entityId'] });
      expect(children.length - before).toBeGreaterThanOrEqual(acknowledged.length);
      expect(events.map((e) => e.entityId).sort()).toEqual([...children].sort());
      const orphans = await em.getConnection().execute(
        `select count(*)::int as n from audit_event a where a.action = 'child.register' and not exists (select 1 from child c where c.id::text = a.entity_id::text)`,
      );
      expect(orphans[0].n).toBe(0);
    } finally {
      restarted.process.kill('SIGTERM');
      expect(await restarted.exited).toBe(0);
    }
  });
});
