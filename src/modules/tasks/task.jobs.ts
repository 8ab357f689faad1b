import type { EntityManager } from '@mikro-orm/postgresql';
import type { JobDefinition } from '../../jobs/job-runner.js';
import { listen } from '../../jobs/listen.js';
import { today } from '../../shared/dates.js';
import type { Locale } from '../../shared/locale.js';
import { NotificationTemplate } from '../notifications/notification-outbox.entity.js';
import { queueOnce } from '../notifications/outbox.js';
import { sweepTasks } from './task.sweep.js';

export const SWEEP_QUEUE = 'task-sweep';
export const DIGEST_QUEUE = 'task-digest';

/** A change that wakes the sweep runs it within this many seconds; changes in between share the run. */
const WAKE_EVERY_SECONDS = 15;

/** The law's tasks made and closed from the records: soon after each change they follow (Migration20261203132000), every hour, and at start. */
export function taskSweepJob(databaseUrl: string, clock: () => Date = () => new Date()): JobDefinition {
  return {
    queue: SWEEP_QUEUE,
    cron: '5 * * * *',
    async run(context) {
      const result = await sweepTasks(context.orm.em.fork(), { today: today(clock()) });
      context.logger.info('tasks swept', { created: result.created, closed: result.closed });
    },
    async start(context) {
      // One run per slot of 15 s; a wake-up in a slot already taken goes to the next one, so none is lost.
      const wake = () =>
        void context.boss.send(SWEEP_QUEUE, {}, { singletonKey: 'wake', singletonSeconds: WAKE_EVERY_SECONDS, singletonNextSlot: true })
          .catch((error) => context.logger.error('could not queue a task sweep', error));
      return listen(databaseUrl, 'task_sweep', context.logger, wake);
    },
  };
}

/**
 * One digest per worker and day, for each worker with open tasks due that day or overdue: counts
 * and a link, nothing of the cases. Its key makes a second run of the day, on any instance, add nothing.
 */
export async function queueTaskDigests(em: EntityManager, day: string): Promise<number> {
  const rows = await em.getConnection().execute<{ id: string; email: string; language: Locale; due_today: string; overdue: string }[]>(
    `select u.id, u.email, u.language, count(*) filter (where t.due_on = ?) as due_today, count(*) filter (where t.due_on < ?) as overdue
     from task t join app_user u on u.id = t.assignee_id
     where t.status = 'OPEN' and t.due_on <= ? and not u.disabled and u.password_hash is not null
     group by u.id, u.email, u.language`,
    [day, day, day],
  );
  let queued = 0;
  for (const row of rows) {
    const payload = { date: day, dueToday: String(Number(row.due_today)), overdue: String(Number(row.overdue)) };
    if (await queueOnce(em, row, NotificationTemplate.TASK_DIGEST, payload, `task-digest:${row.id}:${day}`)) queued++;
  }
  return queued;
}

/** The digests at 03:00 UTC: 08:00 in Kazakhstan (UTC+5), before the working day. */
export function taskDigestJob(clock: () => Date = () => new Date()): JobDefinition {
  return {
    queue: DIGEST_QUEUE,
    cron: '0 3 * * *',
    async run(context) {
      const queued = await queueTaskDigests(context.orm.em.fork(), today(clock()));
      context.logger.info('task digests queued', { queued });
    },
  };
}
