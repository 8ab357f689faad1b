/**
 * The data path against its limit: `npm run bench:api`.
 *   BENCH_SECONDS (15)      length of each measured run
 *   BENCH_ROUNDS (3)        rounds; every workload on every server once per round, servers alternating
 *   BENCH_CONNECTIONS (10)  autocannon connections
 *   BENCH_KEEP_DIR          a folder keeping the seeded cluster between runs (seeded on first use)
 *   BENCH_PROFILE=1         then one more W1 run with Shanyraq under --cpu-prof, summarised by package
 *                           (BENCH_PROFILE=W5: that workload's run instead)
 * A fresh embedded PostgreSQL with the national seed; Shanyraq (bench/api/shanyraq-server.ts) and
 * the raw-SQL limit (bench/api/limit-server.ts) run in processes of their own over the same
 * database, autocannon drives them from this one. Before measuring, every answer is checked: no
 * GraphQL errors, and for W1 and W2 the same JSON from both servers; while measuring, every answer
 * must be the one checked. Prints req/s, p50, p99, server CPU per request and the ratio to the limit
 * (medians of the rounds). Synthetic data only; nothing personal is printed.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServerProcess, type ServerProcess } from './child-process.js';
import { checkedAnswer, CONNECTIONS, measure, median, objectsIn, prepareDatabase, ROUNDS, SECONDS, signIn, WARMUP_SECONDS, withBenchCluster, type Measure, type Target } from './harness.js';
import { printSummary, type Window } from './profile-summary.js';
import { workloads, type Workload } from './workloads.js';

/** The workload to profile, if any: BENCH_PROFILE=1 means W1. */
const PROFILE = process.env.BENCH_PROFILE === '1' ? 'W1' : process.env.BENCH_PROFILE;
const DIST = fileURLToPath(new URL('../../', import.meta.url));

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

async function main(database: (name: string) => Promise<string>) {
  const servers: ServerProcess[] = [];
  try {
    const url = await database('bench');
    const picks = await prepareDatabase(url, 1);

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

    const profiled = plan.find(({ workload }) => workload.name === PROFILE)?.workload;
    if (PROFILE && !profiled) throw new Error(`BENCH_PROFILE=${PROFILE}: no such workload`);
    if (profiled) await profile(profiled, env, mkdtempSync(join(tmpdir(), 'shanyraq-api-profile-')), SECONDS);
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
  }
}

await withBenchCluster(main);
