import { Migration } from '@mikro-orm/migrations';

/**
 * The audit trail is append-only at the database: any UPDATE, DELETE or TRUNCATE of
 * `audit_event` fails, from the application or a console alike, so no bug or careless query can
 * rewrite who did or read what. The triggers are per statement, so even a statement that matches
 * no row is refused. The table's owner can still drop them: in production the application should
 * connect as a role that does not own the tables.
 */
export class Migration20261123000100 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create function "audit_event_refuse_change"() returns trigger language plpgsql as $$
begin
  raise exception 'audit_event is append-only: % is not allowed', tg_op using errcode = 'insufficient_privilege';
end;
$$;`);
    this.addSql(`create trigger "audit_event_append_only" before update or delete on "audit_event" for each statement execute function "audit_event_refuse_change"();`);
    this.addSql(`create trigger "audit_event_no_truncate" before truncate on "audit_event" for each statement execute function "audit_event_refuse_change"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger "audit_event_no_truncate" on "audit_event";`);
    this.addSql(`drop trigger "audit_event_append_only" on "audit_event";`);
    this.addSql(`drop function "audit_event_refuse_change"();`);
  }
}
