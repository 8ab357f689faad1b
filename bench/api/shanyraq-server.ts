/**
 * Shanyraq as `npm run bench:api` measures it: the server src/main.ts builds (production
 * settings), over the benchmark's database, in a process of its own (see child-process.ts).
 * BENCH_DATABASE_URL and BENCH_JWT_SECRET come from bench/api/run.ts.
 */
import 'reflect-metadata';
import type { Config } from '../../src/config/config.js';
import { useEncryptionKeys } from '../../src/db/encryption.js';
import { initOrm } from '../../src/db/orm.js';
import { createServer } from '../../src/server.js';
import { createLogger } from '../../src/shared/logger.js';
import { reportTo } from './child-process.js';
import { BENCH_ENCRYPTION } from './workloads.js';

useEncryptionKeys(BENCH_ENCRYPTION);
const config: Config = {
  env: 'production',
  dataDir: '.',
  port: 0,
  host: '127.0.0.1',
  jwtSecret: process.env.BENCH_JWT_SECRET!,
  jwtTtl: 3600,
  seedDemo: false,
  trustProxy: false,
  encryption: BENCH_ENCRYPTION,
};
const orm = await initOrm(process.env.BENCH_DATABASE_URL!);
// Errors only (the logger writes class and stack, never values): a failing request must show.
const server = await createServer(config, orm, createLogger((line) => process.stderr.write(`${line}\n`)));
await new Promise<void>((resolve) => server.http.listen(0, '127.0.0.1', resolve));
reportTo(server.http, async () => {
  await server.close();
  await orm.close();
});
