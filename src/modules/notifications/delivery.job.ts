import type { JobContext, JobDefinition } from '../../jobs/job-runner.js';
import { listen } from '../../jobs/listen.js';
import { deliverDue } from './delivery.js';
import type { Mailer } from './mailer.js';

export const DELIVERY_QUEUE = 'notification-delivery';

/** Each insert into the outbox notifies this channel at commit (Migration20261203130000). */
const CHANNEL = 'notification_outbox';

/** Asks for a delivery run now; one waiting already is enough. */
const wake = (context: JobContext) => context.boss.send(DELIVERY_QUEUE, {}, { singletonKey: 'wake' });

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
      const stopListening = listen(databaseUrl, CHANNEL, context.logger, () => void wake(context).catch((error) => context.logger.error('could not queue a delivery run', error)));
      return async () => {
        await stopListening();
        mailer.close();
      };
    },
  };
}
