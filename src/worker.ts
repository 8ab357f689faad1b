/** The job queue alone, without the API (`npm run worker`): config → database → migrations → jobs. */
import 'reflect-metadata';
import { loadConfigOrExit, openAppDatabase } from './db/app-database.js';
import { initOrm, migrate } from './db/orm.js';
import { startApplicationJobs } from './jobs/jobs.js';
import { createLogger } from './shared/logger.js';

const logger = createLogger();
const config = loadConfigOrExit();
const { url: databaseUrl, embedded } = await openAppDatabase(config, (message) => logger.info(message, { dataDir: config.dataDir }));
const orm = await initOrm(databaseUrl);
await migrate(orm);
const jobs = await startApplicationJobs(config, databaseUrl, orm, logger);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info('worker shutting down', { signal });
  setTimeout(() => process.exit(1), 15_000).unref();
  try {
    await jobs.stop();
    await orm.close();
    if (embedded) await embedded.stop();
    process.exit(0);
  } catch (error) {
    logger.error('worker shutdown failed', error);
    process.exit(1);
  }
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.removeAllListeners(signal);
  process.on(signal, () => void shutdown(signal));
}
