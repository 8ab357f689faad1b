/**
 * Matching speed on the national-scale population (~21,000 children, ~8,000 families).
 * `npm run bench:matching` — a fresh embedded PostgreSQL, national seed, then:
 *   1. one child ranked against every family of the country (as an administrator), many times: p50/p95;
 *   2. proposeAssignments for Almaty, the region with the most waiting children.
 * Server time only (service calls, SQL included), no HTTP. Prints figures and the load average, no personal data.
 *   BENCH_RUNS (200)      children ranked
 *   BENCH_MULTIPLE (1)    a multiple of the national seed (2: twice it, database bench_x2 of a kept cluster)
 *   BENCH_KEEP_DIR        a folder keeping the seeded cluster between runs
 */
import 'reflect-metadata';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ensureDatabase, withDatabaseName } from '../src/db/databases.js';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres.js';
import { useEncryptionKeys } from '../src/db/encryption.js';
import { initOrm, migrate } from '../src/db/orm.js';
import { seedDatabase } from '../src/db/seed.js';
import type { Context } from '../src/graphql/context.js';
import { createLoaders } from '../src/graphql/loaders.js';
import { AuditedReads } from '../src/modules/audit/read-audit.js';
import { createTokenService } from '../src/modules/identity/token.js';
import { proposeAssignments } from '../src/modules/matching/assignment.service.js';
import { loadFamilies } from '../src/modules/matching/matching.repository.js';
import { rankFamiliesForChild } from '../src/modules/matching/matching.service.js';
import { PlacementForm, Role } from '../src/shared/enums.js';
import { fullYearsBetween, today } from '../src/shared/dates.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const KEEP = process.env.BENCH_KEEP_DIR; // reuse a seeded cluster between runs while tuning
const MULTIPLE = Number(process.env.BENCH_MULTIPLE ?? 1);
const load = () => `load average ${loadavg()[0]!.toFixed(1)}`;
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

// Fixed keys: a kept cluster must open with the keys it was seeded with.
useEncryptionKeys({ key: Buffer.alloc(32, 'bench-encryption-key'), previousKeys: [], hashKey: Buffer.alloc(32, 'bench-iin-hash-key') });

const dir = KEEP ?? mkdtempSync(join(tmpdir(), 'shanyraq-bench-'));
chmodSync(dir, 0o755);
const database = await startEmbeddedPostgres(join(dir, 'pg'));
try {
  // The database names of bench:api and bench:scale, so one kept cluster serves them all.
  const name = MULTIPLE === 1 ? 'bench' : `bench_x${MULTIPLE}`;
  await ensureDatabase(database.url, name);
  const orm = await initOrm(withDatabaseName(database.url, name));
  await migrate(orm);
  let started = performance.now();
  await seedDatabase(orm, { scale: 'national', times: MULTIPLE });
  console.log(`national seed${MULTIPLE === 1 ? '' : ` ×${MULTIPLE}`}: ${((performance.now() - started) / 1000).toFixed(1)} s${KEEP ? ' (skipped when the kept cluster is already seeded)' : ''}`);

  const context = (): Context => {
    const em = orm.em.fork();
    return { em, actor: { userId: '00000000-0000-7000-8000-000000000000', role: Role.ADMIN }, loaders: createLoaders(em), tokens: createTokenService('x'.repeat(32), 60), requestId: 'bench', clientAddress: '127.0.0.1', auditedReads: new AuditedReads() };
  };

  const waiting: { id: string; birth_date: string; region_code: string }[] = await orm.em
    .getConnection()
    .execute(`select id, birth_date::text as birth_date, region_code from child where status in ('AWAITING_PLACEMENT', 'IN_INSTITUTION') order by id`);
  const [counts] = await orm.em.getConnection().execute(`select (select count(*) from child)::int as children, (select count(*) from family)::int as families`);
  console.log(`population: ${counts.children} children (${waiting.length} waiting), ${counts.families} families`);

  // Every waiting child in turn (deterministic stride), the form its age calls for.
  const on = today();
  const timings: number[] = [];
  const forms = [PlacementForm.ADOPTION, PlacementForm.FOSTER_FAMILY, PlacementForm.PATRONAGE];
  let candidates = 0;
  for (let i = 0; i < RUNS; i++) {
    const child = waiting[(i * 7919) % waiting.length]!;
    const age = fullYearsBetween(child.birth_date, on);
    const form = i % 2 === 0 ? (age < 14 ? PlacementForm.GUARDIANSHIP : PlacementForm.CUSTODY) : forms[i % forms.length]!;
    const ctx = context();
    started = performance.now();
    const ranked = await rankFamiliesForChild(ctx, { childId: child.id, form, first: 20, includeIneligible: false });
    timings.push(performance.now() - started);
    candidates += ranked.length;
  }
  // The SQL alone, for the same requests: how the time splits between loading and evaluating.
  const sqlTimings: number[] = [];
  for (let i = 0; i < Math.min(RUNS, 50); i++) {
    const child = waiting[(i * 7919) % waiting.length]!;
    const age = fullYearsBetween(child.birth_date, on);
    const form = i % 2 === 0 ? (age < 14 ? PlacementForm.GUARDIANSHIP : PlacementForm.CUSTODY) : forms[i % forms.length]!;
    started = performance.now();
    const families = await loadFamilies(orm.em.fork(), { form, asOf: on, prefilter: { unitSize: 1 } });
    sqlTimings.push(performance.now() - started);
    if (i === 0) console.log(`  (${families.length} families pass the SQL prefilter for ${form})`);
  }
  sqlTimings.sort((a, b) => a - b);
  timings.sort((a, b) => a - b);
  console.log(`  loading families alone: p50 ${percentile(sqlTimings, 50).toFixed(1)} ms, p95 ${percentile(sqlTimings, 95).toFixed(1)} ms`);
  console.log(`rank one child against all families (${RUNS} runs, ${(candidates / RUNS).toFixed(1)} candidates returned on average; ${load()}):`);
  console.log(`  p50 ${percentile(timings, 50).toFixed(1)} ms, p95 ${percentile(timings, 95).toFixed(1)} ms, max ${timings.at(-1)!.toFixed(1)} ms`);

  const largest = 'ALMATY';
  const size = waiting.filter((child) => child.region_code === largest).length;
  for (const form of [PlacementForm.GUARDIANSHIP, PlacementForm.FOSTER_FAMILY]) {
    const times: number[] = [];
    let plan: Awaited<ReturnType<typeof proposeAssignments>> | undefined;
    for (let i = 0; i < 3; i++) {
      started = performance.now();
      plan = await proposeAssignments(context(), { regionCode: largest, form });
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    console.log(
      `proposeAssignments ${largest} (${size} waiting children) ${form}: median ${(times[1]! / 1000).toFixed(2)} s; ` +
        `${plan!.proposals.length} proposals, total ${plan!.totalScore.toFixed(1)} vs greedy ${plan!.greedyTotalScore.toFixed(1)}; ${load()}`,
    );
  }
  console.log(`memory: rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`);
  await orm.close();
} finally {
  await database.stop();
  if (!KEEP) rmSync(dir, { recursive: true, force: true });
}
