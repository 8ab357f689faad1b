import PgBoss from 'pg-boss';
import type { Orm } from '../db/orm.js';
import type { Logger } from '../shared/logger.js';

/** What a job of a module is given: the database, the log, and the queue to send follow-up work to. */
export interface JobContext {
  orm: Orm;
  boss: PgBoss;
  logger: Logger;
}

/** One kind of time-driven or event-driven work, as a module declares it. */
export interface JobDefinition {
  /** The pg-boss queue. */
  queue: string;
  /**
   * One run of the work. Queued runs of one key are one run (pg-boss `short`: a wake-up sent while
   * one waits is the same wake-up), but runs may overlap (a second instance, a run left active by a
   * killed process until it expires): the work must be safe to do twice and at once.
   */
  run(context: JobContext): Promise<void>;
  /** A cron line (UTC) for the work that must happen even when no event asks for it. */
  cron?: string;
  /** Set up after the queue exists: event listeners, a first run. */
  start?(context: JobContext): Promise<(() => Promise<void>) | void>;
}

export interface JobRunner {
  boss: PgBoss;
  stop(): Promise<void>;
}

/**
 * pg-boss on the application's PostgreSQL (its own schema, `pgboss`, made on first start): no
 * other server to run. Jobs are kept in the database, so work survives restarts, and every
 * instance may run the runner: pg-boss hands each job to one of them, and each job is written so
 * that running it twice, or on two instances at once, does no harm.
 */
export async function startJobRunner(databaseUrl: string, orm: Orm, logger: Logger, jobs: readonly JobDefinition[]): Promise<JobRunner> {
  const boss = new PgBoss({ connectionString: databaseUrl, schema: 'pgboss', max: 4, application_name: 'shanyraq-jobs' });
  boss.on('error', (error) => logger.error('job queue error', error));
  await boss.start();
  const context: JobContext = { orm, boss, logger };
  const stops: (() => Promise<void>)[] = [];
  for (const job of jobs) {
    await boss.createQueue(job.queue, { name: job.queue, policy: 'short', retryLimit: 3, retryDelay: 5, retryBackoff: true, expireInMinutes: 15 });
    await boss.work(job.queue, { pollingIntervalSeconds: 1 }, async () => {
      try {
        await job.run(context);
      } catch (error) {
        logger.error('job failed', error, { queue: job.queue });
        throw error;
      }
    });
    if (job.cron) await boss.schedule(job.queue, job.cron, {}, { singletonKey: 'schedule' });
    const stop = await job.start?.(context);
    if (stop) stops.push(stop);
  }
  logger.info('jobs started', { queues: jobs.map((job) => job.queue) });
  return {
    boss,
    async stop() {
      await Promise.all(stops.map((stop) => stop()));
      // A run cut short after this is failed by pg-boss and retried: every job may run twice.
      await boss.stop({ graceful: true, wait: true, timeout: 8_000 });
    },
  };
}
