import 'reflect-metadata';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer as createNetServer, type AddressInfo, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDatabase, withDatabaseName } from '../src/db/databases.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../src/db/embedded-postgres.js';
import { useEncryptionKeys } from '../src/db/encryption.js';
import { DATABASE_TIMEOUTS, initOrm, migrate, type Orm } from '../src/db/orm.js';
import { seedReferenceData } from '../src/db/seed.js';
import { Child } from '../src/modules/children/child.entity.js';
import { createServer, type ShanyraqServer } from '../src/server.js';
import { Role, Sex } from '../src/shared/enums.js';
import { createLogger, silentLogger } from '../src/shared/logger.js';
import { OutageChildrenDocument, OutageRegionsDocument, OutageRegisterChildDocument, type RegisterChildInput } from './generated/graphql.js';
import { createUser, validIin } from './support/factories.js';
import { TEST_PASSWORD, testConfig } from './support/test-app.js';

/**
 * The database stops under load and comes back. This file runs its own PostgreSQL cluster (not
 * the shared one of the other test files), so it can stop and restart it; the server keeps running.
 */

interface Outcome {
  kind: string;
  status: number;
  /** extensions.code of the first error, OK, or NETWORK when no HTTP answer came. */
  code: string;
  startedAt: number;
  ms: number;
}

let dir: string;
let database: EmbeddedDatabase;
let orm: Orm;
let server: ShanyraqServer;
let origin: string;
let token: string;

async function send<T, V>(kind: string, document: TypedDocumentNode<T, V>, variables?: V, authorized = true): Promise<Outcome> {
  const startedAt = Date.now();
  try {
    const response = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorized ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: print(document), variables }),
      signal: AbortSignal.timeout(10_000),
    });
    const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    return { kind, status: response.status, code: body.errors?.[0]?.extensions?.code ?? 'OK', startedAt, ms: Date.now() - startedAt };
  } catch {
    return { kind, status: 0, code: 'NETWORK', startedAt, ms: Date.now() - startedAt };
  }
}

async function health(): Promise<{ status: number; ms: number }> {
  const startedAt = Date.now();
  const response = await fetch(`${origin}/readyz`, { signal: AbortSignal.timeout(10_000) });
  await response.text();
  return { status: response.status, ms: Date.now() - startedAt };
}

let born = 0;
function registration(): RegisterChildInput {
  const birthDate = `2015-0${1 + (born % 9)}-1${born++ % 10}`;
  return {
    iin: validIin(birthDate, Sex.FEMALE),
    lastName: 'Сбоева',
    firstName: 'Айна',
    birthDate,
    sex: 'FEMALE',
    regionCode: 'ASTANA',
    legalStatus: 'ORPHAN',
    registeredAt: '2024-01-10',
    healthGroup: 'I',
    // The same names come round again: the load is not about duplicates.
    confirmNotDuplicate: true,
  };
}

/** Workers sending a read, a write and a public read in turn until stopped; every answer is kept. */
function startLoad(workers: number) {
  const outcomes: Outcome[] = [];
  let running = true;
  const loops = Array.from({ length: workers }, async () => {
    for (let n = 0; running; n++) {
      const outcome =
        n % 3 === 0
          ? await send('read', OutageChildrenDocument, { first: 20 })
          : n % 3 === 1
            ? await send('write', OutageRegisterChildDocument, { input: registration() })
            : await send('public', OutageRegionsDocument, {}, false);
      outcomes.push(outcome);
      // While the database is down, answers come at once: no need to spin the CPU.
      if (outcome.code !== 'OK') await sleep(25);
    }
  });
  return {
    outcomes,
    async stop() {
      running = false;
      await Promise.all(loops);
    },
  };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'shanyraq-outage-'));
  chmodSync(dir, 0o755); // the cluster runs as the postgres user when we are root
  database = await startEmbeddedPostgres(join(dir, 'pg'));
  await ensureDatabase(database.url, 'outage');
  orm = await initOrm(withDatabaseName(database.url, 'outage'));
  await migrate(orm);
  await seedReferenceData(orm);
  const config = testConfig();
  useEncryptionKeys(config.encryption);
  server = await createServer(config, orm, process.env.TEST_LOG ? createLogger() : silentLogger);
  await new Promise<void>((resolve) => server.http.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.http.address() as AddressInfo).port}`;
  await createUser(orm, { email: 'outage.worker@test.kz', role: Role.SOCIAL_WORKER, regionCode: 'ASTANA' });
  const login = await fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', variables: { e: 'outage.worker@test.kz', p: TEST_PASSWORD } }),
  });
  token = ((await login.json()) as { data: { login: { token: string } } }).data.login.token;
}, 120_000);

afterAll(async () => {
  await server?.close();
  await orm?.close();
  await database?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the database stops under load', () => {
  it('bounds every statement', async () => {
    const [settings] = await orm.em.fork().execute(`select current_setting('statement_timeout') as statement`);
    expect(settings.statement).toBe(`${DATABASE_TIMEOUTS.statementMs / 1000}s`);
  });

  it('answers SERVICE_UNAVAILABLE within 2 s while it is down, /readyz 503, and recovers by itself when it returns', async () => {
    const load = startLoad(6);
    // Until every kind of request has been answered once: a loaded machine may need more than a moment.
    const warmedUp = Date.now();
    await sleep(600);
    while (new Set(load.outcomes.filter((o) => o.code === 'OK').map((o) => o.kind)).size < 3 && Date.now() - warmedUp < 10_000) await sleep(100);

    const stoppingAt = Date.now();
    await database.stop();
    const downAt = Date.now();
    await sleep(2_500);
    const healthDown = await health();
    const upAgainAt = Date.now();
    // Same data directory and port: what a restarted database server looks like to its clients.
    database = await startEmbeddedPostgres(join(dir, 'pg'), { port: database.port });
    const backAt = Date.now();

    let recoveredAt = 0;
    while (!recoveredAt && Date.now() - backAt < 10_000) {
      const probe = await send('probe', OutageChildrenDocument, { first: 1 });
      if (probe.code === 'OK') recoveredAt = Date.now();
      else await sleep(100);
    }
    await sleep(1_000);
    await load.stop();
    const healthUp = await health();

    const { outcomes } = load;
    const before = outcomes.filter((o) => o.startedAt + o.ms < stoppingAt);
    const during = outcomes.filter((o) => o.startedAt >= downAt && o.startedAt + o.ms < upAgainAt);
    const after = outcomes.filter((o) => recoveredAt && o.startedAt >= recoveredAt);

    // Working before, for every kind of request.
    expect(new Set(before.filter((o) => o.code === 'OK').map((o) => o.kind))).toEqual(new Set(['read', 'write', 'public']));
    expect(before.every((o) => o.code === 'OK')).toBe(true);
    // Never an internal error or a dropped connection, whatever the moment (also while stopping).
    expect(outcomes.filter((o) => o.code !== 'OK' && o.code !== 'SERVICE_UNAVAILABLE')).toEqual([]);
    // Down: every request answered quickly with the code, with 503 when nothing could run at all.
    expect(during.length).toBeGreaterThan(50);
    expect(during.every((o) => o.code === 'SERVICE_UNAVAILABLE')).toBe(true);
    expect(Math.max(...during.map((o) => o.ms))).toBeLessThan(2_000);
    expect(new Set(during.filter((o) => o.kind !== 'public').map((o) => o.status))).toEqual(new Set([503]));
    expect(new Set(during.filter((o) => o.kind === 'public').map((o) => o.status))).toEqual(new Set([200]));
    expect(healthDown.status).toBe(503);
    expect(healthDown.ms).toBeLessThan(2_000);
    // Back: the same server process serves again, without a restart.
    expect(recoveredAt).toBeGreaterThan(0);
    expect(after.length).toBeGreaterThan(20);
    expect(after.every((o) => o.code === 'OK')).toBe(true);
    expect(healthUp.status).toBe(200);
    // Every acknowledged write is there.
    const acknowledged = outcomes.filter((o) => o.kind === 'write' && o.code === 'OK').length;
    expect(await orm.em.fork().count(Child, {})).toBeGreaterThanOrEqual(acknowledged);
  });

  it('answers within 2 s when the database host takes connections and never replies', async () => {
    // A black hole: TCP accepts, PostgreSQL never speaks. Only the connect timeout ends the wait.
    const sockets = new Set<Socket>();
    const hole = createNetServer((socket) => sockets.add(socket));
    await new Promise<void>((resolve) => hole.listen(0, '127.0.0.1', resolve));
    const holeUrl = `postgresql://nobody:nothing@127.0.0.1:${(hole.address() as AddressInfo).port}/nothing`;
    const stuckOrm = await initOrm(holeUrl, { connect: false });
    const stuck = await createServer(testConfig(), stuckOrm, silentLogger);
    await new Promise<void>((resolve) => stuck.http.listen(0, '127.0.0.1', resolve));
    const stuckOrigin = `http://127.0.0.1:${(stuck.http.address() as AddressInfo).port}`;
    try {
      const started = Date.now();
      const [read, open, readyz] = await Promise.all([
        fetch(`${stuckOrigin}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: print(OutageChildrenDocument), variables: { first: 1 } }),
        }).then(async (response) => ({ status: response.status, body: (await response.json()) as { errors: { extensions: { code: string } }[] }, ms: Date.now() - started })),
        fetch(`${stuckOrigin}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: print(OutageRegionsDocument) }) }).then(
          async (response) => ({ status: response.status, body: (await response.json()) as { errors: { extensions: { code: string } }[] }, ms: Date.now() - started }),
        ),
        fetch(`${stuckOrigin}/readyz`).then(async (response) => ({ status: response.status, ms: Date.now() - started })),
      ]);
      expect(read).toMatchObject({ status: 503, body: { errors: [{ extensions: { code: 'SERVICE_UNAVAILABLE' } }] } });
      expect(open).toMatchObject({ status: 200, body: { errors: [{ extensions: { code: 'SERVICE_UNAVAILABLE' } }] } });
      expect(readyz.status).toBe(503);
      expect(Math.max(read.ms, open.ms, readyz.ms)).toBeLessThan(2_000);
    } finally {
      await stuck.close();
      await stuckOrm.close(true).catch(() => {});
      for (const socket of sockets) socket.destroy();
      hole.close();
    }
  });
});
