/**
 * Mixed read/write load on loopback: `npm run bench:load`.
 *   LOAD_SECONDS (120)      how long the load is held
 *   LOAD_CONNECTIONS (16)   concurrent clients, each waiting for its answer before sending again
 * The server, built as src/main.ts builds it (NODE_ENV=production settings), runs in the main thread
 * over a fresh embedded PostgreSQL with the demo seed; the clients (bench/load-clients.ts) run in a
 * worker thread, so the heap sampled every 10 s is the server's alone. 80% reads (a filtered page
 * of children, one child, placement candidates), 20% writes (registerChild, updateChild with the
 * version last read).
 * Prints requests/s, latency p50/p95/p99, errors (must be 0) and memory. Synthetic data only.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import type { Config } from '../src/config/config.js';
import { ensureDatabase, withDatabaseName } from '../src/db/databases.js';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres.js';
import { hashIin, useEncryptionKeys } from '../src/db/encryption.js';
import { initOrm, migrate } from '../src/db/orm.js';
import { seedDatabase } from '../src/db/seed.js';
import { createServer } from '../src/server.js';
import { composeIin } from '../src/shared/iin.js';
import type { Logger } from '../src/shared/logger.js';
import { SAMPLE_MS, type FromWorker, type LoadPlan } from './load-clients.js';

const collect = (globalThis as { gc?: () => void }).gc;
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
const percentile = (sorted: Float64Array, p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

/** IINs of children born 2010–2019, none equal to a registered one (compared by keyed hash, as the server does). */
function freshIins(taken: Set<string>, count: number): LoadPlan['iins'] {
  const iins: LoadPlan['iins'] = [];
  for (let serial = 5000; iins.length < count && serial < 10_000; serial++) {
    for (let day = 0; day < 3650 && iins.length < count; day += 7) {
      const birthDate = new Date(Date.UTC(2010, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
      const sex = serial % 2 === 0 ? 'FEMALE' : 'MALE';
      const iin = composeIin(birthDate, sex, serial);
      if (iin && !taken.has(hashIin(iin))) iins.push({ iin, birthDate, sex });
    }
  }
  return iins;
}

async function main() {
  const seconds = Number(process.env.LOAD_SECONDS ?? 120);
  const connections = Number(process.env.LOAD_CONNECTIONS ?? 16);
  const encryption = { key: randomBytes(32), previousKeys: [], hashKey: randomBytes(32) };
  useEncryptionKeys(encryption);
  const dir = mkdtempSync(join(tmpdir(), 'shanyraq-load-'));
  chmodSync(dir, 0o755);
  const database = await startEmbeddedPostgres(join(dir, 'pg'));
  try {
    await ensureDatabase(database.url, 'load');
    const orm = await initOrm(withDatabaseName(database.url, 'load'));
    await migrate(orm);
    await seedDatabase(orm);
    const taken = new Set((await orm.em.getConnection().execute<{ iin_hash: string }[]>('select iin_hash from child')).map((row) => row.iin_hash));

    const serverErrors: string[] = [];
    const logger: Logger = { info: () => {}, error: (message, error) => serverErrors.push(`${message}: ${(error as Error | undefined)?.name ?? ''}`) };
    const config: Config = {
      env: 'production',
      dataDir: dir,
      port: 0,
      host: '127.0.0.1',
      jwtSecret: randomBytes(32).toString('base64url'),
      jwtTtl: 3600,
      seedDemo: false,
      trustProxy: false,
      encryption,
    };
    const server = await createServer(config, orm, logger);
    await new Promise<void>((resolve) => server.http.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.http.address() as AddressInfo).port}`;

    const plan: LoadPlan = { origin, seconds, connections, iins: freshIins(taken, Math.ceil(seconds * 400)) };
    console.log(`load: ${connections} connections for ${seconds} s on ${origin}; demo seed, ${taken.size} children`);
    const worker = new Worker(new URL('./load-clients.js', import.meta.url), { workerData: plan });

    const memory: { at: number; rss: number; heapUsed: number; requests: number }[] = [];
    let startedAt = 0;
    const done = new Promise<Extract<FromWorker, { type: 'done' }>>((resolve, reject) => {
      worker.on('error', reject);
      worker.on('message', (message: FromWorker) => {
        if (message.type === 'ready') {
          startedAt = performance.now();
          collect?.();
          const usage = process.memoryUsage();
          memory.push({ at: 0, rss: usage.rss, heapUsed: usage.heapUsed, requests: 0 });
        } else if (message.type === 'tick') {
          // With --expose-gc (npm run bench:load), a full collection first: the heap then shows what is
          // retained, not how much garbage happens to wait for the collector.
          collect?.();
          const usage = process.memoryUsage();
          const at = Math.round((performance.now() - startedAt) / 1000);
          memory.push({ at, rss: usage.rss, heapUsed: usage.heapUsed, requests: message.requests });
          console.log(`  ${String(at).padStart(4)} s  ${(message.requests / (SAMPLE_MS / 1000)).toFixed(0).padStart(6)} req/s   rss ${mib(usage.rss)}   heap ${mib(usage.heapUsed)}`);
        } else resolve(message);
      });
    });
    const result = await done;
    const elapsed = (performance.now() - startedAt) / 1000;
    await server.close();
    await orm.close();

    const latencies = result.latencies.sort();
    const total = latencies.length;
    const errorCount = Object.values(result.errors).reduce((sum, n) => sum + n, 0);
    console.log(`\nrequests: ${total} in ${elapsed.toFixed(1)} s = ${(total / elapsed).toFixed(0)} req/s`);
    for (const [kind, times] of Object.entries(result.kinds)) {
      const sorted = Float64Array.from(times).sort();
      console.log(`  ${kind.padEnd(20)} ${((100 * sorted.length) / total).toFixed(0).padStart(3)}%   p50 ${percentile(sorted, 50).toFixed(1)} ms, p95 ${percentile(sorted, 95).toFixed(1)} ms`);
    }
    console.log(`latency: p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms, max ${latencies[total - 1]!.toFixed(1)} ms`);
    console.log(`errors: ${errorCount}${errorCount ? ` (${JSON.stringify(result.errors)}; first: ${result.firstError})` : ''}; server-side errors logged: ${serverErrors.length}`);
    // Flat memory: from 20 s on (pools and caches warm), the samples neither climb nor spread.
    const settled = memory.filter((sample) => sample.at >= 20);
    if (settled.length > 1) {
      const range = (key: 'rss' | 'heapUsed') => `${mib(Math.min(...settled.map((s) => s[key])))}–${mib(Math.max(...settled.map((s) => s[key])))}`;
      const [first, last] = [settled[0]!, settled[settled.length - 1]!];
      console.log(
        `memory from ${first.at} s to ${last.at} s: heap${collect ? ' after a full GC' : ''} ${mib(first.heapUsed)} → ${mib(last.heapUsed)} (range ${range('heapUsed')}), ` +
          `rss ${mib(first.rss)} → ${mib(last.rss)} (range ${range('rss')})`,
      );
    }
    if (errorCount > 0 || serverErrors.length > 0) process.exitCode = 1;
  } finally {
    await database.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
