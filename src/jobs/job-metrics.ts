import { Gauge, type Registry } from 'prom-client';
import type { Orm } from '../db/orm.js';
import { outboxBacklog } from '../modules/notifications/delivery.js';

/**
 * The outbox backlog and the job queue's depth on /metrics, read from the database at each scrape:
 * the same for every instance, whichever runs the jobs. No pg-boss schema yet (jobs never started): no queue series.
 */
export function registerJobMetrics(registry: Registry, orm: Orm): void {
  new Gauge({
    name: 'shanyraq_outbox_messages',
    help: 'Notification outbox messages not sent yet (unsent), of them those that failed at least once (retrying)',
    labelNames: ['state'],
    registers: [registry],
    async collect() {
      const backlog = await outboxBacklog(orm.em.fork());
      this.set({ state: 'unsent' }, backlog.unsent);
      this.set({ state: 'retrying' }, backlog.retrying);
    },
  });
  new Gauge({
    name: 'shanyraq_outbox_oldest_unsent_seconds',
    help: 'Age of the oldest message not sent yet (0 with none)',
    registers: [registry],
    async collect() {
      this.set((await outboxBacklog(orm.em.fork())).oldestAgeSeconds);
    },
  });
  new Gauge({
    name: 'shanyraq_job_queue_jobs',
    help: 'pg-boss jobs waiting (created, retry) or running (active), by queue',
    labelNames: ['queue', 'state'],
    registers: [registry],
    async collect() {
      this.reset();
      const connection = orm.em.getConnection();
      const [exists] = await connection.execute<{ present: boolean }[]>(`select to_regclass('pgboss.job') is not null as present`);
      if (!exists?.present) return;
      const rows = await connection.execute<{ name: string; state: string; n: string }[]>(
        `select name, state::text as state, count(*) as n from pgboss.job where state in ('created', 'retry', 'active') group by name, state`,
      );
      for (const row of rows) this.set({ queue: row.name, state: row.state }, Number(row.n));
    },
  });
}
