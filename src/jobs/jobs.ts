import type { Config } from '../config/config.js';
import type { Orm } from '../db/orm.js';
import { availabilityReminderJob } from '../modules/availability/availability.jobs.js';
import { deliveryJob } from '../modules/notifications/delivery.job.js';
import { smtpMailer } from '../modules/notifications/mailer.js';
import { taskDigestJob, taskSweepJob } from '../modules/tasks/task.jobs.js';
import type { Logger } from '../shared/logger.js';
import { startJobRunner, type JobDefinition, type JobRunner } from './job-runner.js';

/** Every job of the application, for this configuration. */
export function applicationJobs(config: Config, databaseUrl: string): JobDefinition[] {
  const jobs: JobDefinition[] = [taskSweepJob(databaseUrl), taskDigestJob(), availabilityReminderJob()];
  // Without SMTP_URL, mail stays in the outbox for administrators to read (development).
  if (config.smtpUrl) jobs.push(deliveryJob(databaseUrl, smtpMailer(config.smtpUrl, config.mailFrom ?? 'Shanyraq <no-reply@shanyraq.kz>'), config.publicUrl ?? ''));
  return jobs;
}

export function startApplicationJobs(config: Config, databaseUrl: string, orm: Orm, logger: Logger): Promise<JobRunner> {
  return startJobRunner(databaseUrl, orm, logger, applicationJobs(config, databaseUrl));
}
