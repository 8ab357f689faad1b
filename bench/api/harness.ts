/**
 * What bench/api/run.ts (against the limit) and bench/api/scale.ts (national seed against twice
 * it) share: the settings, a seeded database, signing in, checking an answer, one measured
 * autocannon run with the server's CPU time, medians.
 */
import autocannon from 'autocannon';
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ensureDatabase, withDatabaseName } from '../../src/db/databases.js';
import { startEmbeddedPostgres } from '../../src/db/embedded-postgres.js';
import { useEncryptionKeys } from '../../src/db/encryption.js';
import { initOrm, migrate } from '../../src/db/orm.js';
import { seedDatabase } from '../../src/db/seed.js';
import { DEMO_PASSWORD } from '../../seeds/demo-accounts.seeder.js';
import type { ServerProcess } from './child-process.js';
import type { Window } from './profile-summary.js';
import { BENCH_ENCRYPTION, CALLERS, type Caller, type Picks, type Workload } from './workloads.js';

export const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
export const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
export const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
export const WARMUP_SECONDS = 3;
/** A folder keeping the seeded cluster between runs (seeded on first use). */
const KEEP = process.env.BENCH_KEEP_DIR;
/** The issue's figures were measured with an index on child.sibling_group_id: the benchmark adds one where the migrations did not. */
const BENCH_SIBLING_INDEX = 'bench_child_sibling_group_id';

export const median = (values: number[]) => values.slice().sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export type Tokens = Record<Caller, string>;

export interface Target {
  server: string;
  process: ServerProcess;
  path: string;
  /** The answer checked before measuring: every answer measured must be it. */
  expected: string;
}

export interface Measure {
  /** When it ran, on the server's monotonic clock (µs): its samples in a CPU profile. */
  window: Window;
  rps: number;
  p50: number;
  p99: number;
  cpuMsPerRequest: number;
}

export async function post(url: string, body: string, token?: string): Promise<{ status: number; text: string }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body });
  return { status: response.status, text: await response.text() };
}

const bodyOf = (workload: Pick<Workload, 'query' | 'variables'>) => JSON.stringify({ query: workload.query, variables: workload.variables ?? {} });

export async function signIn(origin: string): Promise<Tokens> {
  const tokens = {} as Tokens;
  for (const [caller, email] of Object.entries(CALLERS) as [Caller, string][]) {
    const query = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';
    const answer = await post(`${origin}/graphql`, JSON.stringify({ query, variables: { e: email, p: DEMO_PASSWORD } }));
    if (answer.status !== 200) throw new Error(`login of the ${caller} failed: HTTP ${answer.status}`);
    tokens[caller] = (JSON.parse(answer.text) as { data: { login: { token: string } } }).data.login.token;
  }
  return tokens;
}

/** How many objects an answer holds: a check that a page is not trivially empty. */
export const objectsIn = (value: unknown): number =>
  value && typeof value === 'object' ? (Array.isArray(value) ? 0 : 1) + Object.values(value).reduce<number>((sum, item) => sum + objectsIn(item), 0) : 0;

export async function checkedAnswer(workload: Workload, server: string, host: ServerProcess, path: string, token: string): Promise<string> {
  const answer = await post(`${host.origin}${path}`, bodyOf(workload), token);
  const parsed = JSON.parse(answer.text) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
  if (answer.status !== 200 || parsed.errors) {
    throw new Error(`${workload.name} on ${server}: HTTP ${answer.status}, errors ${JSON.stringify(parsed.errors?.map((error) => error.extensions?.code))}`);
  }
  return answer.text;
}

export async function measure(workload: Workload, target: Target, token: string, seconds: number): Promise<Measure> {
  const before = await target.process.usage();
  const result = await autocannon({
    url: `${target.process.origin}${target.path}`,
    method: 'POST',
    connections: CONNECTIONS,
    duration: seconds,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: bodyOf(workload),
    expectBody: target.expected,
  });
  // The requests cut off when the time was up still run on the server: they finish before the CPU
  // time is read and before the next run starts, and they count among the requests it was spent on.
  await new Promise((resolve) => setTimeout(resolve, Math.max(500, 2 * result.latency.max)));
  const after = await target.process.usage();
  const failed = result.errors + result.timeouts + result.non2xx + result.mismatches;
  if (failed > 0) {
    throw new Error(`${workload.name} on ${target.server}: ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx, ${result.mismatches} answers not the checked one`);
  }
  const cpuMicros = after.cpuMicros - before.cpuMicros;
  return {
    window: { from: before.clockMicros, to: after.clockMicros },
    rps: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    cpuMsPerRequest: cpuMicros / 1000 / (result.requests as { sent: number }).sent,
  };
}

type Execute = (sql: string) => Promise<Record<string, string>[]>;

/** The children W3 and W5 ask for: the worker's child with the longest timeline, and the worker's first waiting child. */
async function pick(execute: Execute): Promise<Picks> {
  const [card] = await execute(`select p.child_id as id from placement p join child c on c.id = p.child_id join family f on f.id = p.family_id
    join placement_transition t on t.placement_id = p.id where c.region_code = 'ASTANA'
    group by p.child_id having bool_and(f.region_code = 'ASTANA') order by count(distinct p.id) desc, count(t.id) desc, p.child_id limit 1`);
  const [waiting] = await execute(`select id, (extract(year from age(now(), birth_date)) < 14)::text as young from child
    where region_code = 'ASTANA' and status = 'AWAITING_PLACEMENT' order by id limit 1`);
  if (!card || !waiting) throw new Error('the seed has no child with a timeline or no waiting child in Astana');
  return { cardChildId: card.id!, candidateChildId: waiting.id!, candidateForm: waiting.young === 'true' ? 'GUARDIANSHIP' : 'CUSTODY' };
}

/**
 * Migrates and seeds the national scale (`times` over) into the database at `url` unless it holds
 * children already (a kept cluster), adds the sibling index of the issue's conditions if the
 * migrations have none, and picks the children W3 and W5 ask for.
 */
export async function prepareDatabase(url: string, times: number): Promise<Picks> {
  const orm = await initOrm(url);
  try {
    await migrate(orm);
    const started = performance.now();
    await seedDatabase(orm, { scale: 'national', times });
    const execute: Execute = (sql) => orm.em.getConnection().execute<Record<string, string>[]>(sql);
    const [counts] = await execute(`select (select count(*) from child) as children, (select count(*) from family) as families, (select count(*) from placement) as placements`);
    console.log(
      `national seed${times === 1 ? '' : ` ×${times}`}: ${counts!.children} children, ${counts!.families} families, ${counts!.placements} placements; ` +
        `${((performance.now() - started) / 1000).toFixed(1)} s${KEEP ? ' (kept cluster: seeded on first use only)' : ''}`,
    );
    // The conditions of the issue's figures (#9): PostgreSQL finds siblings by an index. Both
    // servers read the same database, so both have it.
    const siblingIndex = async () =>
      (await execute(`select c.relname as name from pg_index i join pg_class c on c.oid = i.indexrelid join pg_attribute a on a.attrelid = i.indrelid and a.attnum = i.indkey[0]
        where i.indrelid = 'child'::regclass and a.attname = 'sibling_group_id' order by 1 limit 1`))[0]?.name;
    if (!(await siblingIndex())) await execute(`create index ${BENCH_SIBLING_INDEX} on child (sibling_group_id)`);
    const index = await siblingIndex();
    console.log(`  siblings found through index ${index}${index === BENCH_SIBLING_INDEX ? ' (added by the benchmark: the migrations have none)' : ''}`);
    return await pick(execute);
  } finally {
    await orm.close();
  }
}

/**
 * Runs `body` with an embedded PostgreSQL (in BENCH_KEEP_DIR, kept, or in a folder removed after);
 * `database(name)` creates a database of it if missing and gives its URL.
 */
export async function withBenchCluster(body: (database: (name: string) => Promise<string>) => Promise<void>): Promise<void> {
  useEncryptionKeys(BENCH_ENCRYPTION);
  const dir = KEEP ?? mkdtempSync(join(tmpdir(), 'shanyraq-api-bench-'));
  mkdirSync(dir, { recursive: true });
  chmodSync(dir, 0o755);
  const cluster = await startEmbeddedPostgres(join(dir, 'pg'));
  try {
    await body(async (name) => {
      await ensureDatabase(cluster.url, name);
      return withDatabaseName(cluster.url, name);
    });
  } finally {
    await cluster.stop();
    if (!KEEP) rmSync(dir, { recursive: true, force: true });
  }
}
