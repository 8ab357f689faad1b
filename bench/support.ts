/**
 * What the in-process benchmarks share: a fresh embedded PostgreSQL, migrated and seeded, removed
 * after; one GraphQL operation run as a given actor with its own request context, timed.
 */
import { execute, type DocumentNode, type GraphQLSchema } from 'graphql';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { MikroORM } from '@mikro-orm/postgresql';
import { ensureDatabase, withDatabaseName } from '../src/db/databases.js';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres.js';
import { useEncryptionKeys } from '../src/db/encryption.js';
import { initOrm, migrate } from '../src/db/orm.js';
import { seedDatabase } from '../src/db/seed.js';
import type { Context } from '../src/graphql/context.js';
import { createLoaders } from '../src/graphql/loaders.js';
import { AuditedReads } from '../src/modules/audit/read-audit.js';
import type { Actor } from '../src/modules/identity/actor.js';
import { BENCH_ENCRYPTION } from './api/workloads.js';

/** The value below which the share `p` (0–1) of the values lie. */
export const percentile = (values: readonly number[], p: number) => values.slice().sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]!;

/** Runs `body` against a fresh database seeded at `seed`; the database and its folder go after, whatever happens. */
export async function withSeededDatabase(seed: Parameters<typeof seedDatabase>[1], body: (orm: MikroORM) => Promise<void>): Promise<void> {
  useEncryptionKeys(BENCH_ENCRYPTION);
  const dir = mkdtempSync(join(tmpdir(), 'shanyraq-bench-'));
  chmodSync(dir, 0o755);
  const database = await startEmbeddedPostgres(join(dir, 'pg'));
  try {
    await ensureDatabase(database.url, 'bench');
    const orm = await initOrm(withDatabaseName(database.url, 'bench'));
    try {
      await migrate(orm);
      await seedDatabase(orm, seed);
      await body(orm);
    } finally {
      await orm.close();
    }
  } finally {
    await database.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One operation as `actor`, as a request would run it (own EntityManager and loaders); its data and milliseconds. */
export async function timedOperation(orm: MikroORM, schema: GraphQLSchema, actor: Actor, document: DocumentNode, variableValues?: Record<string, unknown>) {
  const em = orm.em.fork();
  const contextValue = { em, actor, loaders: createLoaders(em), requestId: 'bench', clientAddress: '127.0.0.1', auditedReads: new AuditedReads() } as Partial<Context>;
  const started = performance.now();
  const result = await execute({ schema, document, contextValue, variableValues });
  if (result.errors) throw new Error(`bench operation failed: ${result.errors[0]!.message}`);
  return { ms: performance.now() - started, data: result.data as Record<string, unknown> };
}
