import { Migration } from '@mikro-orm/migrations';

/** What the law's tasks follow, by table; a change of any of these wakes the task sweep at commit. */
const WATCHED: readonly [table: string, events: string][] = [
  ['placement', 'insert or update'],
  ['family', 'insert or update'],
  ['mentorship', 'insert or update'],
  ['mentorship_meeting', 'insert'],
  // A case's new worker takes its open tasks.
  ['child', 'update of "assigned_worker_id"'],
  ['mentor', 'update of "assigned_worker_id"'],
];

/**
 * Tasks follow their events: a placement activated or extended, a family approved, a meeting
 * recorded, a case handed over notify the task sweep when the change commits (NOTIFY is
 * transactional: nothing for a change that rolled back), so the sweep runs minutes, not an hour, after.
 */
export class Migration20261203132000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create function "task_sweep_wake"() returns trigger language plpgsql as $$
begin
  perform pg_notify('task_sweep', '');
  return null;
end;
$$;`);
    for (const [table, events] of WATCHED) {
      this.addSql(`create trigger "${table}_task_sweep_wake" after ${events} on "${table}" for each statement execute function "task_sweep_wake"();`);
    }
  }

  override async down(): Promise<void> {
    for (const [table] of WATCHED) this.addSql(`drop trigger "${table}_task_sweep_wake" on "${table}";`);
    this.addSql(`drop function "task_sweep_wake"();`);
  }
}
