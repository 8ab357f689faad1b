import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { dropDatabase, withDatabaseName } from '../src/db/databases.js';
import { useEncryptionKeys } from '../src/db/encryption.js';
import { migrationsList } from '../src/db/migrations-list.js';
import { initOrm } from '../src/db/orm.js';
import { seedReferenceData } from '../src/db/seed.js';
import { buildServer, killStartedServers, root, runScript, startBuiltServer, type Build } from './support/built-server.js';
import { createChild } from './support/factories.js';

/**
 * Production as the README's "Running in production" describes it, on a database of its own: built
 * once, migrated by `npm run migrate` as the owner, served by a role that owns nothing.
 */

const suffix = String(process.pid);
const owner = { name: `shanyraq_owner_${suffix}`, password: randomBytes(12).toString('hex') };
const app = { name: `shanyraq_app_${suffix}`, password: randomBytes(12).toString('hex') };
const database = `shanyraq_production_${suffix}`;
let build: Build;
let superuser: string;

function urlFor(role: { name: string; password: string }): string {
  const url = new URL(withDatabaseName(superuser, database));
  url.username = role.name;
  url.password = role.password;
  return url.toString();
}

/** The environment of a production deployment: its own random secrets, the server's role in DATABASE_URL. */
const env = () => ({
  NODE_ENV: 'production',
  DATABASE_URL: urlFor(app),
  MIGRATION_DATABASE_URL: urlFor(owner),
  JWT_SECRET: randomBytes(32).toString('base64url'),
  ENCRYPTION_KEY: secrets.key,
  IIN_HASH_KEY: secrets.hashKey,
  METRICS_TOKEN: secrets.metricsToken,
});
const secrets = { key: randomBytes(32).toString('base64'), hashKey: randomBytes(32).toString('base64'), metricsToken: randomBytes(24).toString('base64url') };

const cli = (command: string) =>
  runScript(`${root}/node_modules/@mikro-orm/cli/cli`, [command], { ...env(), MIKRO_ORM_CLI_CONFIG: build.entry('src/mikro-orm.config.js') });

async function asApp<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: urlFor(app) });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** The SQLSTATE a statement fails with as the server's role ('ok' when it runs). */
const refusal = (sql: string) => asApp((client) => client.query(sql).then(() => 'ok', (error: { code?: string }) => error.code));

beforeAll(async () => {
  build = buildServer('test-production');
  superuser = inject('databaseUrl');
  const admin = new pg.Client({ connectionString: superuser });
  await admin.connect();
  try {
    for (const role of [owner, app]) await admin.query(`create role ${role.name} login password '${role.password}'`);
    await admin.query(`create database ${database} owner ${owner.name} encoding 'UTF8'`);
  } finally {
    await admin.end();
  }
}, 120_000);

afterAll(async () => {
  killStartedServers();
  build?.remove();
  await dropDatabase(superuser, database).catch(() => {});
  const admin = new pg.Client({ connectionString: superuser });
  await admin.connect();
  for (const role of [owner, app]) await admin.query(`drop role if exists ${role.name}`).catch(() => {});
  await admin.end();
});

describe('production', () => {
  it('the server refuses to start while migrations are pending, with one clear line', async () => {
    const result = await runScript(build.entry('src/main.js'), [], { ...env(), PORT: '0' });
    expect(result.code).toBe(1);
    expect(result.output).toContain(`Refusing to start: ${migrationsList.length} migration(s) pending`);
    expect(result.output).toContain('npm run migrate');
  });

  it('MikroORM CLI lists the pending migrations; `npm run migrate` runs them as the owner and grants the server role', async () => {
    const pending = await cli('migration:pending');
    expect(pending.code).toBe(0);
    expect(pending.output).toContain(migrationsList.at(-1)!.name);

    const migrated = await runScript(build.entry('src/db/migrate-cli.js'), [], env());
    expect(migrated.output).toContain(`ran ${migrationsList.length} migration(s)`);
    expect(migrated.output).toContain(`granted role ${app.name}`);
    expect(migrated.code).toBe(0);

    const again = await runScript(build.entry('src/db/migrate-cli.js'), [], env());
    expect(again.output).toContain('no migration pending');
    const list = await cli('migration:list');
    expect(list.code).toBe(0);
    for (const { name } of migrationsList) expect(list.output).toContain(name);
  });

  it('the CLI takes the last migration down and up again', async () => {
    const last = migrationsList.at(-1)!.name;
    const down = await cli('migration:down');
    expect(down.code, down.output).toBe(0);
    expect((await cli('migration:pending')).output).toContain(last);
    const up = await cli('migration:up');
    expect(up.code, up.output).toBe(0);
    expect((await cli('migration:pending')).output).not.toContain(last);
  });

  it('the server role reads and writes rows but cannot drop triggers, truncate or rewrite the audit trail, or alter tables', async () => {
    // 42501: insufficient_privilege (for the owner-only statements PostgreSQL says "must be owner").
    expect(await refusal('drop trigger audit_event_append_only on audit_event')).toBe('42501');
    expect(await refusal('alter table audit_event disable trigger audit_event_append_only')).toBe('42501');
    expect(await refusal('truncate audit_event')).toBe('42501');
    expect(await refusal('delete from audit_event')).toBe('42501');
    expect(await refusal('update audit_event set action = action')).toBe('42501');
    expect(await refusal('alter table child add column note text')).toBe('42501');
    expect(await refusal('drop table child')).toBe('42501');
    expect(await refusal('create table scratch (id int)')).toBe('42501');
    expect(await refusal('delete from mikro_orm_migrations')).toBe('42501');
    expect(await refusal('select count(*) from child')).toBe('ok');
  });

  it('the server refuses to start under an encryption key that does not open the data', async () => {
    useEncryptionKeys({ key: Buffer.from(secrets.key, 'base64'), previousKeys: [], hashKey: Buffer.from(secrets.hashKey, 'base64') });
    const orm = await initOrm(urlFor(owner));
    await seedReferenceData(orm);
    await createChild(orm, { regionCode: 'ASTANA' });
    await orm.close();
    const result = await runScript(build.entry('src/main.js'), [], { ...env(), PORT: '0', ENCRYPTION_KEY: randomBytes(32).toString('base64') });
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/Refusing to start: ENCRYPTION_KEY .*does not open the stored data/);
  });

  it('the built server starts as that role and serves the API', async () => {
    const server = await startBuiltServer(build, env());
    console.log(`built server: healthy ${server.startMs} ms after spawn`);
    expect((await fetch(`${server.origin}/readyz`)).status).toBe(200);
    const response = await fetch(`${server.origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { login(email: "nobody@example.kz", password: "not-the-password") { token } }' }),
    });
    const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // The figures an operator watches, scraped as Prometheus would (with the token).
    const scraped = performance.now();
    const metrics = await fetch(`${server.origin}/metrics`, { headers: { authorization: `Bearer ${secrets.metricsToken}` } });
    const text = await metrics.text();
    const rss = Number(text.match(/^shanyraq_process_resident_memory_bytes (\d+)/m)?.[1]);
    console.log(`built server at rest: ${(rss / 2 ** 20).toFixed(0)} MiB resident; /metrics scraped in ${(performance.now() - scraped).toFixed(1)} ms`);
    expect(metrics.status).toBe(200);
    expect(rss).toBeGreaterThan(0);
    // The job queue makes its own schema as that role.
    for (const since = Date.now(); !server.output.join('').includes('jobs started') && Date.now() - since < 20_000; ) await new Promise((r) => setTimeout(r, 100));
    expect(server.output.join('')).toContain('jobs started');
    server.process.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  });

  it('the server says in one line that its port is taken, and exits 1', async () => {
    const holder = createNetServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const port = (holder.address() as AddressInfo).port;
    try {
      const result = await runScript(build.entry('src/main.js'), [], { ...env(), HOST: '127.0.0.1', PORT: String(port) });
      expect(result.code).toBe(1);
      expect(result.output).toContain(`Port ${port} on 127.0.0.1 is already in use: stop the process that holds it, or set PORT`);
    } finally {
      holder.close();
    }
  });

  it('seed:national on a database that holds children seeds nothing and says so, exit 1', async () => {
    const result = await runScript(build.entry('src/db/seed-cli.js'), ['national'], { ...env(), DATABASE_URL: urlFor(owner) });
    expect(result.output).toContain('nothing seeded: the database already holds children');
    expect(result.code).toBe(1);
  });
});
