import type { EntityManager } from '@mikro-orm/postgresql';
import type { JobDefinition } from '../../jobs/job-runner.js';
import { today } from '../../shared/dates.js';
import type { Locale } from '../../shared/locale.js';
import { NotificationTemplate } from '../notifications/notification-outbox.entity.js';
import { queueOnce } from '../notifications/outbox.js';
import { availabilityParams } from './availability.service.js';

export const REMINDER_QUEUE = 'availability-reminders';

/**
 * Reminds each family accepting placements, with an active account, whose availability lapses
 * within `reminderDaysBefore` days: one message per family and period (its key is the day it
 * lapses), whichever instance runs it and however often. Nothing once it has lapsed: matching says so.
 */
export async function queueAvailabilityReminders(em: EntityManager, day: string): Promise<number> {
  const params = await availabilityParams(em);
  if (!params) return 0;
  const rows = await em.getConnection().execute<{ family_id: string; email: string; language: Locale; lapses_on: string }[]>(
    `select f.id as family_id, u.email, u.language, l.lapses_on::text as lapses_on
     from family f
       cross join lateral (select (f.availability_confirmed_at at time zone 'UTC')::date + ?::int as lapses_on) l
       join app_user u on u.family_id = f.id and u.role = 'FAMILY' and not u.disabled and u.password_hash is not null
     where f.accepting_placements and f.assessment_status <> 'REJECTED'
       and l.lapses_on - ?::int <= ?::date and l.lapses_on > ?::date`,
    [params.confirmEveryDays, params.reminderDaysBefore, day, day],
  );
  let queued = 0;
  for (const row of rows) {
    if (await queueOnce(em, row, NotificationTemplate.AVAILABILITY_REMINDER, { lapsesOn: row.lapses_on }, `availability-reminder:${row.family_id}:${row.lapses_on}`)) queued++;
  }
  return queued;
}

/** Daily at 03:30 UTC (08:30 in Kazakhstan). */
export function availabilityReminderJob(clock: () => Date = () => new Date()): JobDefinition {
  return {
    queue: REMINDER_QUEUE,
    cron: '30 3 * * *',
    async run(context) {
      const queued = await queueAvailabilityReminders(context.orm.em.fork(), today(clock()));
      context.logger.info('availability reminders queued', { queued });
    },
  };
}
