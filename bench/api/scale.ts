/**
 * How cost grows with the data: `npm run bench:scale`. The workloads of bench:api (W1–W5) against
 * the national seed and against twice it (`seedDatabase({ times: 2 })`: the same distributions,
 * every count doubled), measured in the same run.
 *   BENCH_MULTIPLES (1,2)   the multiples of the national seed, one database and one Shanyraq each
 *   BENCH_SECONDS, BENCH_ROUNDS, BENCH_CONNECTIONS, BENCH_KEEP_DIR as for bench:api
 *     (a kept cluster holds database `bench` for the national seed, as bench:api's, and `bench_x2`)
 * The servers run in processes of their own over one embedded PostgreSQL; within a round every
 * workload runs on each in turn, the order alternating with the rounds, so a drift of the machine
 * hits both alike. Prints req/s, p50, server CPU per request for each multiple (medians of the
 * rounds) and the ratio of each to the first multiple's. Synthetic data only; nothing personal is printed.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { startServerProcess, type ServerProcess } from './child-process.js';
import { checkedAnswer, CONNECTIONS, measure, median, prepareDatabase, ROUNDS, SECONDS, signIn, WARMUP_SECONDS, withBenchCluster, type Measure, type Target, type Tokens } from './harness.js';
import { workloads, type Workload } from './workloads.js';

const MULTIPLES = (process.env.BENCH_MULTIPLES ?? '1,2').split(',').map(Number);

interface Side {
  times: number;
  tokens: Tokens;
}

/** One workload on one multiple's server: what to send, and the answer every run must return. */
interface Leg {
  side: Side;
  workload: Workload;
  target: Target;
  runs: Measure[];
}

function printTable(plan: Leg[][]) {
  const header = ['workload', ...MULTIPLES.flatMap((times) => [`×${times} req/s`, `×${times} p50 ms`, `×${times} CPU ms/req`]), ...MULTIPLES.slice(1).flatMap((times) => [`p50 ×${times}/×${MULTIPLES[0]}`, `CPU ×${times}/×${MULTIPLES[0]}`])];
  const lines = plan.map((legs) => {
    const of = (leg: Leg, key: 'rps' | 'p50' | 'cpuMsPerRequest') => median(leg.runs.map((run) => run[key]));
    const first = legs[0]!;
    return [
      first.workload.name,
      ...legs.flatMap((leg) => [of(leg, 'rps').toFixed(0), of(leg, 'p50').toFixed(0), of(leg, 'cpuMsPerRequest').toFixed(2)]),
      ...legs.slice(1).flatMap((leg) => [(of(leg, 'p50') / of(first, 'p50')).toFixed(2), (of(leg, 'cpuMsPerRequest') / of(first, 'cpuMsPerRequest')).toFixed(2)]),
    ];
  });
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column]!.length)));
  const format = (cells: string[]) => `| ${cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join(' | ')} |`;
  console.log(format(header));
  console.log(`|${widths.map((width, column) => (column === 0 ? `-${'-'.repeat(width)}-` : `-${'-'.repeat(width)}:`)).join('|')}|`);
  for (const line of lines) console.log(format(line));
}

async function main(database: (name: string) => Promise<string>) {
  const servers: ServerProcess[] = [];
  try {
    const secret = randomBytes(32).toString('base64url');
    const legsOfSides: Leg[][] = [];
    for (const times of MULTIPLES) {
      const url = await database(times === 1 ? 'bench' : `bench_x${times}`);
      const picks = await prepareDatabase(url, times);
      const server = await startServerProcess('./shanyraq-server.js', { BENCH_DATABASE_URL: url, BENCH_JWT_SECRET: secret, NODE_ENV: 'production' });
      servers.push(server);
      const side: Side = { times, tokens: await signIn(server.origin) };
      const legs: Leg[] = [];
      for (const workload of workloads(picks)) {
        const expected = await checkedAnswer(workload, `×${times}`, server, '/graphql', side.tokens[workload.caller]);
        legs.push({ side, workload, target: { server: `×${times}`, process: server, path: '/graphql', expected }, runs: [] });
      }
      legsOfSides.push(legs);
    }
    // By workload: W1 on every multiple, then W2 on every multiple, and so on.
    const plan = legsOfSides[0]!.map((_, index) => legsOfSides.map((legs) => legs[index]!));
    const run = (leg: Leg, seconds: number) => measure(leg.workload, leg.target, leg.side.tokens[leg.workload.caller], seconds);

    console.log(`\n${CONNECTIONS} connections, ${SECONDS} s per run, ${ROUNDS} rounds (after ${WARMUP_SECONDS} s of warm-up each); ${cpus().length} CPUs`);
    for (const legs of plan) for (const leg of legs) await run(leg, WARMUP_SECONDS);
    for (let round = 0; round < ROUNDS; round++) {
      console.log(`  round ${round + 1}: load average ${loadavg()[0]!.toFixed(1)}`);
      for (const legs of plan) {
        for (const leg of round % 2 === 0 ? legs : legs.slice().reverse()) {
          const measured = await run(leg, SECONDS);
          leg.runs.push(measured);
          console.log(`  round ${round + 1} ${leg.workload.name} ${leg.target.server.padEnd(3)} ${measured.rps.toFixed(0).padStart(6)} req/s  p50 ${measured.p50} ms  p99 ${measured.p99} ms  ${measured.cpuMsPerRequest.toFixed(2)} ms CPU/req`);
        }
      }
    }
    if (ROUNDS > 0) {
      console.log(`\nmedians of ${ROUNDS} rounds; ratios to the ×${MULTIPLES[0]} seed; load average now ${loadavg()[0]!.toFixed(1)}:`);
      printTable(plan);
    }
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
  }
}

await withBenchCluster(main);
