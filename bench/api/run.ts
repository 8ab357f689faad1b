/**
 * The data path against its limit: `npm run bench:api`.
 *   BENCH_SECONDS (15)      length of each measured run
 *   BENCH_ROUNDS (3)        rounds; every workload on every server once per round, servers alternating
 *   BENCH_CONNECTIONS (10)  autocannon connections
 *   BENCH_KEEP_DIR          a folder keeping the seeded cluster between runs (seeded on first use)
 *   BENCH_PROFILE=1         then one more W1 run with Shanyraq under --cpu-prof, summarised by package
 * A fresh embedded PostgreSQL with the national seed; Shanyraq (bench/api/shanyraq-server.ts) and
 * the raw-SQL limit (bench/api/limit-server.ts) run in processes of their own over the same
 * database, autocannon drives them from this one. Before measuring, every answer is checked: no
 * GraphQL errors, and for W1 and W2 the same JSON from both servers; while measuring, every answer
 * must be the one checked. Prints req/s, p50, p99, server CPU per request and the ratio to the limit
 * (medians of the rounds). Synthetic data only; nothing personal is printed.
 */
import 'reflect-metadata';
import autocannon from 'autocannon';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { ensureDatabase, withDatabaseName } from '../../src/db/databases.js';
import { startEmbeddedPostgres } from '../../src/db/embedded-postgres.js';
import { useEncryptionKeys } from '../../src/db/encryption.js';
import { initOrm, migrate } from '../../src/db/orm.js';
import { seedDatabase } from '../../src/db/seed.js';
import { DEMO_PASSWORD } from '../../seeds/demo-accounts.seeder.js';
import { startServerProcess, type ServerProcess } from './child-process.js';
import { printSummary, type Window } from './profile-summary.js';
import { BENCH_ENCRYPTION, CALLERS, workloads, type Caller, type Picks, type Workload } from './workloads.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const WARMUP_SECONDS = 3;
const KEEP = process.env.BENCH_KEEP_DIR;
const PROFILE = process.env.BENCH_PROFILE === '1';
/** The issue's figures were measured with an index on child.sibling_group_id: the benchmark adds one where the migrations did not. */
const BENCH_SIBLING_INDEX = 'bench_child_sibling_group_id';
const DIST = fileURLToPath(new URL('../../', import.meta.url));

const median = (values: number[]) => values.slice().sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

type Tokens = Record<Caller, string>;

interface Target {
  server: 'Shanyraq' | 'limit';
  process: ServerProcess;
  path: string;
  /** The answer checked before measuring: every answer measured must be it. */
  expected: string;
}

interface Measure {
  /** When it ran, on the server's monotonic clock (µs): its samples in a CPU profile. */
  window: Window;
  rps: number;
  p50: number;
  p99: number;
  cpuMsPerRequest: number;
}

async function post(url: string, body: string, token?: string): Promise<{ status: number; text: string }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body });
  return { status: response.status, text: await response.text() };
}

const bodyOf = (workload: Pick<Workload, 'query' | 'variables'>) => JSON.stringify({ query: workload.query, variables: workload.variables ?? {} });

async function signIn(origin: string): Promise<Tokens> {
  const tokens = {} as Tokens;
  for (const [caller, email] of Object.entries(CALLERS) as [Caller, string][]) {
    const query = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';
    const answer = await post(`${origin}/graphql`, JSON.stringify({ query, variables: { e: email, p: DEMO_PASSWORD } }));
    if (answer.status !== 200) throw new Error(`login of the ${caller} failed: HTTP ${answer.status}`);
    tokens[caller] = (JSON.parse(answer.text) as { data: { login: { token: string } } }).data.login.token;
  }
  return tokens;
}

/** The first place two JSON values differ, as a path (values are not printed: they are personal data, if synthetic). */
function firstDifference(a: unknown, b: unknown, path = '$'): string | undefined {
  if (typeof a !== typeof b || Array.isArray(a) !== Array.isArray(b) || (a === null) !== (b === null)) return path;
  if (a === null || typeof a !== 'object') return a === b ? undefined : path;
  const [keysA, keysB] = [Object.keys(a), Object.keys(b as object)];
  if (keysA.join() !== keysB.join()) return `${path} (keys ${keysA.join(',')} vs ${keysB.join(',')})`;
  for (const key of keysA) {
    const found = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], Array.isArray(a) ? `${path}[${key}]` : `${path}.${key}`);
    if (found) return found;
  }
  return undefined;
}

/** How many objects an answer holds: a check that a page is not trivially empty. */
const objectsIn = (value: unknown): number =>
  value && typeof value === 'object' ? (Array.isArray(value) ? 0 : 1) + Object.values(value).reduce<number>((sum, item) => sum + objectsIn(item), 0) : 0;

async function checkedAnswer(workload: Workload, server: Target['server'], host: ServerProcess, path: string, token: string): Promise<string> {
  const answer = await post(`${host.origin}${path}`, bodyOf(workload), token);
  const parsed = JSON.parse(answer.text) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
  if (answer.status !== 200 || parsed.errors) {
    throw new Error(`${workload.name} on ${server}: HTTP ${answer.status}, errors ${JSON.stringify(parsed.errors?.map((error) => error.extensions?.code))}`);
  }
  return answer.text;
}

async function measure(workload: Workload, target: Target, token: string, seconds: number): Promise<Measure> {
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

/** The children W3 and W5 ask for: the worker's child with the longest timeline, and the worker's first waiting child. */
async function pick(execute: (sql: string) => Promise<Record<string, string>[]>): Promise<Picks> {
  const [card] = await execute(`select p.child_id as id from placement p join child c on c.id = p.child_id join family f on f.id = p.family_id
    join placement_transition t on t.placement_id = p.id where c.region_code = 'ASTANA'
    group by p.child_id having bool_and(f.region_code = 'ASTANA') order by count(distinct p.id) desc, count(t.id) desc, p.child_id limit 1`);
  const [waiting] = await execute(`select id, (extract(year from age(now(), birth_date)) < 14)::text as young from child
    where region_code = 'ASTANA' and status = 'AWAITING_PLACEMENT' order by id limit 1`);
  if (!card || !waiting) throw new Error('the seed has no child with a timeline or no waiting child in Astana');
  return { cardChildId: card.id!, candidateChildId: waiting.id!, candidateForm: waiting.young === 'true' ? 'GUARDIANSHIP' : 'CUSTODY' };
}

function printTable(rows: { workload: Workload; server: string; runs: Measure[]; ratio?: number }[]) {
  const header = ['workload', 'server', 'req/s', 'p50 ms', 'p99 ms', 'CPU ms/req', 'ratio to limit'];
  const lines = rows.map(({ workload, server, runs, ratio }) => [
    workload.name,
    server,
    median(runs.map((run) => run.rps)).toFixed(0),
    median(runs.map((run) => run.p50)).toFixed(0),
    median(runs.map((run) => run.p99)).toFixed(0),
    median(runs.map((run) => run.cpuMsPerRequest)).toFixed(2),
    ratio === undefined ? '' : ratio.toFixed(3),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column]!.length)));
  const format = (cells: string[]) => `| ${cells.map((cell, column) => (column < 2 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join(' | ')} |`;
  console.log(format(header));
  console.log(`|${widths.map((width, column) => (column < 2 ? `${'-'.repeat(width + 1)}-` : `-${'-'.repeat(width)}:`)).join('|')}|`);
  for (const line of lines) console.log(format(line));
}

async function profile(workload: Workload, env: Record<string, string>, into: string, seconds: number) {
  mkdirSync(into, { recursive: true });
  const profiled = await startServerProcess('./shanyraq-server.js', env, ['--expose-gc', '--cpu-prof', `--cpu-prof-dir=${into}`]);
  let window: Window;
  try {
    const tokens = await signIn(profiled.origin);
    const token = tokens[workload.caller];
    const expected = await checkedAnswer(workload, 'Shanyraq', profiled, '/graphql', token);
    const target: Target = { server: 'Shanyraq', process: profiled, path: '/graphql', expected };
    // Warm as in the rounds; the summary then covers the measured run, not start-up and compilation.
    await measure(workload, target, token, WARMUP_SECONDS);
    const run = await measure(workload, target, token, seconds);
    window = run.window;
    console.log(`\n${workload.name} under --cpu-prof, ${seconds} s: ${run.rps.toFixed(0)} req/s, p50 ${run.p50} ms, ${run.cpuMsPerRequest.toFixed(2)} ms CPU per request`);
  } finally {
    await profiled.stop();
  }
  const file = readdirSync(into).find((name) => name.endsWith('.cpuprofile'));
  if (!file) throw new Error(`no CPU profile was written in ${into}`);
  printSummary(join(into, file), DIST, window);
}

async function main() {
  useEncryptionKeys(BENCH_ENCRYPTION);
  const dir = KEEP ?? mkdtempSync(join(tmpdir(), 'shanyraq-api-bench-'));
  mkdirSync(dir, { recursive: true });
  chmodSync(dir, 0o755);
  const database = await startEmbeddedPostgres(join(dir, 'pg'));
  const servers: ServerProcess[] = [];
  try {
    await ensureDatabase(database.url, 'bench');
    const url = withDatabaseName(database.url, 'bench');
    const orm = await initOrm(url);
    await migrate(orm);
    const started = performance.now();
    await seedDatabase(orm, { scale: 'national' });
    const execute = (sql: string) => orm.em.getConnection().execute<Record<string, string>[]>(sql);
    const [counts] = await execute(`select (select count(*) from child) as children, (select count(*) from family) as families, (select count(*) from placement) as placements`);
    console.log(
      `national seed: ${counts!.children} children, ${counts!.families} families, ${counts!.placements} placements; ` +
        `${((performance.now() - started) / 1000).toFixed(1)} s${KEEP ? ' (kept cluster: seeded on first use only)' : ''}`,
    );
    const picks = await pick(execute);
    // The conditions of the issue's figures (#9): PostgreSQL finds siblings by an index, which the
    // project's migrations did not create yet. Both servers read the same database, so both have it.
    const siblingIndex = async () =>
      (await execute(`select c.relname as name from pg_index i join pg_class c on c.oid = i.indexrelid join pg_attribute a on a.attrelid = i.indrelid and a.attnum = i.indkey[0]
        where i.indrelid = 'child'::regclass and a.attname = 'sibling_group_id' order by 1 limit 1`))[0]?.name;
    if (!(await siblingIndex())) await execute(`create index ${BENCH_SIBLING_INDEX} on child (sibling_group_id)`);
    const index = await siblingIndex();
    console.log(`siblings found through index ${index}${index === BENCH_SIBLING_INDEX ? ' (added by the benchmark: the migrations have none)' : ''}`);
    await orm.close();

    const env = { BENCH_DATABASE_URL: url, BENCH_JWT_SECRET: randomBytes(32).toString('base64url'), NODE_ENV: 'production' };
    const shanyraq = await startServerProcess('./shanyraq-server.js', env);
    servers.push(shanyraq);
    const limit = await startServerProcess('./limit-server.js', env);
    servers.push(limit);
    const tokens = await signIn(shanyraq.origin);

    // Every answer checked once: no errors, and the limit's the same JSON value as Shanyraq's
    // (same keys in the same order, same values; PostgreSQL writes spaces after colons).
    const plan: { workload: Workload; targets: Target[] }[] = [];
    for (const workload of workloads(picks)) {
      const token = tokens[workload.caller];
      const expected = await checkedAnswer(workload, 'Shanyraq', shanyraq, '/graphql', token);
      const targets: Target[] = [{ server: 'Shanyraq', process: shanyraq, path: '/graphql', expected }];
      let note = `${objectsIn(JSON.parse(expected))} objects`;
      if (workload.limitPath) {
        const limitAnswer = await checkedAnswer(workload, 'limit', limit, workload.limitPath, token);
        const difference = firstDifference(JSON.parse(expected), JSON.parse(limitAnswer));
        if (difference) throw new Error(`${workload.name}: the limit server's answer differs from Shanyraq's at ${difference}`);
        targets.push({ server: 'limit', process: limit, path: workload.limitPath, expected: limitAnswer });
        note += ', the same JSON from the limit server';
      }
      console.log(`${workload.name} ${workload.title}: ${note}`);
      plan.push({ workload, targets });
    }

    console.log(`\n${CONNECTIONS} connections, ${SECONDS} s per run, ${ROUNDS} rounds (after ${WARMUP_SECONDS} s of warm-up each); ${cpus().length} CPUs`);
    for (const { workload, targets } of plan) for (const target of targets) await measure(workload, target, tokens[workload.caller], WARMUP_SECONDS);
    const runs = new Map<Target, Measure[]>();
    // Memory item of #9: the live heap after each round must stay flat, not grow with the requests served.
    const heaps: string[] = [];
    const heapNow = async () => heaps.push(`${((await shanyraq.heap()).heapUsed / 2 ** 20).toFixed(1)}`);
    await heapNow();
    for (let round = 0; round < ROUNDS; round++) {
      console.log(`  round ${round + 1}: load average ${loadavg()[0]!.toFixed(1)}`);
      for (const { workload, targets } of plan) {
        // Which server goes first alternates with the rounds, so a drift of the machine hits both alike.
        for (const target of round % 2 === 0 ? targets : targets.slice().reverse()) {
          const run = await measure(workload, target, tokens[workload.caller], SECONDS);
          runs.set(target, [...(runs.get(target) ?? []), run]);
          console.log(`  round ${round + 1} ${workload.name} ${target.server.padEnd(8)} ${run.rps.toFixed(0).padStart(6)} req/s  p50 ${run.p50} ms  p99 ${run.p99} ms  ${run.cpuMsPerRequest.toFixed(2)} ms CPU/req`);
        }
      }
      await heapNow();
    }
    if (ROUNDS > 0) {
      console.log(`\nmedians of ${ROUNDS} rounds (req/s, p50, p99, server CPU per request); load average now ${loadavg()[0]!.toFixed(1)}:`);
      printTable(
        plan.flatMap(({ workload, targets }) => {
          const limitRps = targets[1] && median(runs.get(targets[1])!.map((run) => run.rps));
          return targets.map((target) => {
            const measured = runs.get(target)!;
            const ratio = limitRps && target.server === 'Shanyraq' ? median(measured.map((run) => run.rps)) / limitRps : undefined;
            return { workload, server: target.server, runs: measured, ratio };
          });
        }),
      );
      const { rss, heapUsed } = await shanyraq.usage();
      console.log(`Shanyraq server after the rounds: heap ${(heapUsed / 2 ** 20).toFixed(0)} MiB, rss ${(rss / 2 ** 20).toFixed(0)} MiB`);
      console.log(`Shanyraq live heap after a full collection, after warm-up and after each round: ${heaps.join(', ')} MiB`);
    }
    await Promise.all(servers.splice(0).map((server) => server.stop()));

    if (PROFILE) await profile(plan[0]!.workload, env, mkdtempSync(join(tmpdir(), 'shanyraq-api-profile-')), SECONDS);
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
    await database.stop();
    if (!KEEP) rmSync(dir, { recursive: true, force: true });
  }
}

await main();
