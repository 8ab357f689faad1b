import pg from 'pg';
import type { JobContext, JobDefinition } from '../../jobs/job-runner.js';
import type { Logger } from '../../shared/logger.js';
import { deliverDue } from './delivery.js';
import type { Mailer } from './mailer.js';

export const DELIVERY_QUEUE = 'notification-delivery';

/** Each insert into the outbox notifies this channel at commit (Migration20261203130000). */
const CHANNEL = 'notification_outbox';

/** Asks for a delivery run now; one waiting already is enough. */
const wake = (context: JobContext) => context.boss.send(DELIVERY_QUEUE, {}, { singletonKey: 'wake' });

/**
 * Listens for new messages on its own connection; if that connection is lost, it connects again,
 * and the minute's sweep sends whatever arrived meanwhile.
 */
function listen(databaseUrl: string, logger: Logger, onMessage: () => void): () => Promise<void> {
  let client: pg.Client | undefined;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;
  const connect = async () => {
    const current = new pg.Client({ connectionString: databaseUrl, application_name: 'shanyraq-outbox-listener' });
    client = current;
    current.on('notification', onMessage);
    current.on('error', (error) => {
      logger.error('outbox listener lost its connection', error);
      void current.end().catch(() => {});
      if (!stopped) retry = setTimeout(() => void connect(), 5_000);
    });
    try {
      await current.connect();
      await current.query(`listen ${CHANNEL}`);
      onMessage();
    } catch (error) {
      current.emit('error', error);
    }
  };
  void connect();
  return async () => {
    stopped = true;
    clearTimeout(retry);
    await client?.end().catch(() => {});
  };
}

/** Delivery of the outbox by SMTP: at once on each commit that wrote a message, every minute as a sweep, and when a back-off ends. */
export function deliveryJob(databaseUrl: string, mailer: Mailer, publicUrl: string): JobDefinition {
  return {
    queue: DELIVERY_QUEUE,
    cron: '* * * * *',
    async run(context) {
      const run = await deliverDue(context.orm.em, { mailer, publicUrl, logger: context.logger });
      // The earliest retry gets its own run when its back-off ends, rather than at the next sweep.
      if (run.nextAttemptAt && run.nextAttemptAt.getTime() > Date.now()) {
        await context.boss.send(DELIVERY_QUEUE, {}, { singletonKey: 'retry', startAfter: run.nextAttemptAt });
      } else if (run.nextAttemptAt) {
        await wake(context);
      }
    },
    async start(context) {
      const stopListening = listen(databaseUrl, context.logger, () => void wake(context).catch((error) => context.logger.error('could not queue a delivery run', error)));
      return async () => {
        await stopListening();
        mailer.close();
      };
    },
  };
}
