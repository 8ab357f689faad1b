/**
 * What a list page costs in process: `npm run bench:data-path`. W1 (50 children with region,
 * placements and families, as an administrator) and W2 (a worker's 20 waiting children with
 * siblings, placements, families and applicants) executed against the full schema, record guard
 * included, without HTTP, so what is left is the data path: SQL, hydration, decryption, resolvers.
 *   BENCH_SCALE (national)  seed scale: demo or national
 *   BENCH_PG_DIR            keep the embedded PostgreSQL there and reuse it (seeded once) across runs,
 *                           so builds before and after a change can be run in turns over the same data
 *   BENCH_RUNS (100)        measured runs per operation, after 20 to warm up
 * Prints per operation the median wall time, the median CPU time of this process (PostgreSQL's
 * excluded; less disturbed by other load on the machine) and the SQL statements one execution sends.
 * Synthetic data only.
 */
import 'reflect-metadata';
import { execute, parse } from 'graphql';
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ensureDatabase, withDatabaseName } from '../src/db/databases.js';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres.js';
import { useEncryptionKeys } from '../src/db/encryption.js';
import { initOrm, migrate, type Orm } from '../src/db/orm.js';
import { seedDatabase, type SeedScale } from '../src/db/seed.js';
import type { Context } from '../src/graphql/context.js';
import { createLoaders } from '../src/graphql/loaders.js';
import { createSchema } from '../src/graphql/schema.js';
import { AuditedReads } from '../src/modules/audit/read-audit.js';
import type { Actor } from '../src/modules/identity/actor.js';
import { Role } from '../src/shared/enums.js';
import { BENCH_ENCRYPTION, W1, W2 } from './api/workloads.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 100);
const SCALE = (process.env.BENCH_SCALE ?? 'national') as SeedScale;
const median = (values: number[]) => values.slice().sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

// The workloads of bench:api, so every benchmark measures the same two pages.
const OPERATIONS: { name: string; role: Role; query: string }[] = [
  { name: 'W1', role: Role.ADMIN, query: W1 },
  { name: 'W2', role: Role.SOCIAL_WORKER, query: W2 },
];

// Fixed keys: a kept database must open with the keys it was sealed with.
useEncryptionKeys(BENCH_ENCRYPTION);
const kept = process.env.BENCH_PG_DIR;
const dir = kept ?? mkdtempSync(join(tmpdir(), 'shanyraq-bench-'));
mkdirSync(dir, { recursive: true });
chmodSync(dir, 0o755);
const database = await startEmbeddedPostgres(join(dir, 'pg'));
try {
  await ensureDatabase(database.url, `bench_${SCALE}`);
  const url = withDatabaseName(database.url, `bench_${SCALE}`);
  const orm = await initOrm(url);
  await migrate(orm);
  await seedDatabase(orm, { scale: SCALE });
  let statements = 0;
  // A second ORM that counts what it sends, for one execution each: the timed runs log nothing.
  const counting = await initOrm(url, { debug: ['query'], logger: (message) => void (message.includes('[query]') && statements++) });
  const [worker] = await orm.em.getConnection().execute(`select id from app_user where role = 'SOCIAL_WORKER' and region_code = 'ASTANA' and district_code is null limit 1`);
  const actors: Record<string, Actor> = {
    [Role.ADMIN]: { userId: '00000000-0000-7000-8000-000000000000', role: Role.ADMIN },
    [Role.SOCIAL_WORKER]: { userId: worker.id, role: Role.SOCIAL_WORKER, regionCode: 'ASTANA' },
  };
  const schema = await createSchema();

  const run = async (on: Orm, role: Role, document: ReturnType<typeof parse>) => {
    const em = on.em.fork();
    const contextValue = { em, actor: actors[role], loaders: createLoaders(em), requestId: 'bench', clientAddress: '127.0.0.1', auditedReads: new AuditedReads() } as Partial<Context>;
    const [started, cpu] = [performance.now(), process.cpuUsage()];
    const result = await execute({ schema, document, contextValue });
    if (result.errors) throw new Error(`bench operation failed: ${result.errors[0]!.message}`);
    const { user, system } = process.cpuUsage(cpu);
    return { wall: performance.now() - started, cpu: (user + system) / 1000 };
  };

  const documents = OPERATIONS.map((operation) => parse(operation.query));
  for (let i = 0; i < 20; i++) for (const [index, operation] of OPERATIONS.entries()) await run(orm, operation.role, documents[index]!);
  const times = OPERATIONS.map(() => ({ wall: [] as number[], cpu: [] as number[] }));
  // Operations in turns, so noise hits each alike.
  for (let i = 0; i < RUNS; i++) {
    for (const [index, operation] of OPERATIONS.entries()) {
      const { wall, cpu } = await run(orm, operation.role, documents[index]!);
      times[index]!.wall.push(wall);
      times[index]!.cpu.push(cpu);
    }
  }
  for (const [index, operation] of OPERATIONS.entries()) {
    statements = 0;
    await run(counting, operation.role, documents[index]!);
    const { wall, cpu } = times[index]!;
    console.log(`${operation.name} (${SCALE}): median ${median(wall).toFixed(2)} ms, CPU ${median(cpu).toFixed(2)} ms (of ${RUNS} runs), ${statements} SQL statements`);
  }
  await Promise.all([orm.close(), counting.close()]);
} finally {
  await database.stop();
  if (!kept) rmSync(dir, { recursive: true, force: true });
}
