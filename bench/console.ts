/**
 * The console in Chromium on the demo data (`npm run bench:console`, after `npm run build:web`):
 *   1. the JavaScript a first visit to /sign-in downloads, gzipped as served over the wire;
 *   2. a child's card: from navigation to the card shown with its case file and timeline, p50/p95.
 * A fresh embedded PostgreSQL with the demo seed, the real server, Debian's Chromium. Prints figures only.
 */
import 'reflect-metadata';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { ensureDatabase, withDatabaseName } from '../src/db/databases.js';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres.js';
import { useEncryptionKeys } from '../src/db/encryption.js';
import { initOrm, migrate } from '../src/db/orm.js';
import { seedDatabase } from '../src/db/seed.js';
import { CONSOLE_DIR } from '../src/http/console-files.js';
import { createServer } from '../src/server.js';
import { silentLogger } from '../src/shared/logger.js';
import { DEMO_PASSWORD } from '../seeds/demo-accounts.seeder.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

const encryption = { key: Buffer.alloc(32, 'bench-encryption-key'), previousKeys: [], hashKey: Buffer.alloc(32, 'bench-iin-hash-key') };
useEncryptionKeys(encryption);
const dir = mkdtempSync(join(tmpdir(), 'shanyraq-bench-console-'));
chmodSync(dir, 0o755);
const database = await startEmbeddedPostgres(join(dir, 'pg'));
try {
  await ensureDatabase(database.url, 'bench');
  const orm = await initOrm(withDatabaseName(database.url, 'bench'));
  await migrate(orm);
  await seedDatabase(orm);
  const config = { env: 'test' as const, dataDir: dir, port: 0, host: '127.0.0.1', jwtSecret: 'bench-secret-bench-secret-bench-secret', jwtTtl: 3600, seedDemo: false, trustProxy: false, encryption };
  const server = await createServer(config as Parameters<typeof createServer>[0], orm, silentLogger);
  await new Promise<void>((resolve) => server.http.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.http.address() as AddressInfo).port}`;

  const html = readFileSync(join(CONSOLE_DIR, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((match) => match[1]!);
  const bytes = scripts.reduce((sum, path) => sum + gzipSync(readFileSync(join(CONSOLE_DIR, path))).length, 0);
  console.log(`sign-in route: ${scripts.length} script(s), ${(bytes / 1024).toFixed(1)} KB of JavaScript gzipped`);

  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'ru-RU', baseURL: origin })).newPage();
  await page.goto('/sign-in');
  await page.getByRole('textbox', { name: /почта/i }).fill('worker@shanyraq.demo');
  await page.locator('input[type=password]').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Войти' }).click();
  await page.waitForURL(/\/worker$/);
  const [{ id }] = await orm.em.getConnection().execute(`select id from child where region_code = 'ASTANA' and status = 'AWAITING_PLACEMENT' order by id limit 1`);

  const timings: number[] = [];
  const scriptsReady: number[] = [];
  const api: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    // A full load of the card's address, as a bookmark or a reload would: the worker's chunk included.
    await page.goto(`/worker/children/${id}`);
    await page.getByRole('heading', { name: 'Хронология' }).waitFor();
    await page.getByRole('cell').first().waitFor();
    timings.push(Number(await page.evaluate('performance.now()')));
    // Where the time goes: the page's scripts (entry and the worker's chunk) against the card's one query.
    const [scriptsEnd, query] = (await page.evaluate(`(() => {
      const resources = performance.getEntriesByType('resource');
      const scripts = resources.filter((entry) => entry.name.endsWith('.js'));
      const graphql = resources.filter((entry) => entry.name.endsWith('/graphql')).pop();
      return [Math.max(...scripts.map((entry) => entry.responseEnd)), graphql ? graphql.responseEnd - graphql.startTime : 0];
    })()`)) as [number, number];
    scriptsReady.push(scriptsEnd);
    api.push(query);
  }
  for (const list of [timings, scriptsReady, api]) list.sort((a, b) => a - b);
  console.log(`  of which: last script loaded p50 ${percentile(scriptsReady, 50).toFixed(0)} ms; the card's query p50 ${percentile(api, 50).toFixed(0)} ms, p95 ${percentile(api, 95).toFixed(0)} ms`);
  console.log(`child card, navigation to shown (${RUNS} loads): p50 ${percentile(timings, 50).toFixed(0)} ms, p95 ${percentile(timings, 95).toFixed(0)} ms`);
  await browser.close();
  await server.close();
  await orm.close();
} finally {
  await database.stop();
  rmSync(dir, { recursive: true, force: true });
}
