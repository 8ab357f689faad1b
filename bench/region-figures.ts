/**
 * Regional figures at national scale: `npm run bench:figures`. A fresh embedded PostgreSQL with
 * the national seed (~21,000 children), then `regionFigures` executed in process as an
 * administrator for each region and for the whole country, over one year. Prints p50 and p95
 * per kind of call. Synthetic data only.
 */
import 'reflect-metadata';
import { execute, parse } from 'graphql';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ensureDatabase, withDatabaseName } from '../src/db/databases.js';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres.js';
import { useEncryptionKeys } from '../src/db/encryption.js';
import { initOrm, migrate } from '../src/db/orm.js';
import { seedDatabase } from '../src/db/seed.js';
import type { Context } from '../src/graphql/context.js';
import { createLoaders } from '../src/graphql/loaders.js';
import { createSchema } from '../src/graphql/schema.js';
import { AuditedReads } from '../src/modules/audit/read-audit.js';
import { Child } from '../src/modules/children/child.entity.js';
import { User } from '../src/modules/identity/user.entity.js';
import { Region } from '../src/modules/regions/region.entity.js';
import { Role } from '../src/shared/enums.js';
import { BENCH_ENCRYPTION } from './api/workloads.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const percentile = (values: number[], p: number) => values.slice().sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]!;

const FIGURES = parse(`query Figures($regionCode: String) {
  regionFigures(regionCode: $regionCode, from: "2025-11-01", to: "2026-10-31") {
    regionCode waitingByAge { band count } waitingByTime { band count } placementsByMonth { month form started ended breakdowns }
    medianDaysToPlacement familiesApproved familiesLapsing mentorshipsActive tasksOverdue specialists childrenInDataBank specialistsPer5000 standardPer5000
  }
}`);

useEncryptionKeys(BENCH_ENCRYPTION);
const dir = mkdtempSync(join(tmpdir(), 'shanyraq-bench-'));
chmodSync(dir, 0o755);
const database = await startEmbeddedPostgres(join(dir, 'pg'));
try {
  await ensureDatabase(database.url, 'bench');
  const orm = await initOrm(withDatabaseName(database.url, 'bench'));
  await migrate(orm);
  const seeding = performance.now();
  await seedDatabase(orm, { scale: 'national', today: '2026-11-01' });
  await orm.em.getConnection().execute('analyze');
  const setup = orm.em.fork();
  console.log(`national seed: ${await setup.count(Child)} children, in ${((performance.now() - seeding) / 1000).toFixed(0)} s`);
  const admin = await setup.findOneOrFail(User, { email: 'admin@shanyraq.demo' });
  const actor = { userId: admin.id, role: Role.ADMIN };
  const regions = (await setup.find(Region, {}, { orderBy: { code: 'asc' } })).map((region) => region.code);

  const schema = await createSchema();
  const call = async (regionCode?: string) => {
    const em = orm.em.fork();
    const contextValue = { em, actor, loaders: createLoaders(em), requestId: 'bench', clientAddress: '127.0.0.1', auditedReads: new AuditedReads() } as Partial<Context>;
    const started = performance.now();
    const result = await execute({ schema, document: FIGURES, contextValue, variableValues: { regionCode } });
    if (result.errors) throw new Error(`bench operation failed: ${result.errors[0]!.message}`);
    return performance.now() - started;
  };

  for (const region of regions.slice(0, 5)) await call(region);
  const byRegion: number[] = [];
  const country: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    for (const region of regions) byRegion.push(await call(region));
    country.push(await call());
  }
  console.log(`one region, a year: p50 ${percentile(byRegion, 0.5).toFixed(1)} ms, p95 ${percentile(byRegion, 0.95).toFixed(1)} ms (${byRegion.length} calls over ${regions.length} regions)`);
  console.log(`the country, a year: p50 ${percentile(country, 0.5).toFixed(1)} ms, p95 ${percentile(country, 0.95).toFixed(1)} ms (${country.length} calls)`);
  await orm.close();
} finally {
  await database.stop();
  rmSync(dir, { recursive: true, force: true });
}
