import { Migration } from '@mikro-orm/migrations';

/**
 * Record history (issue 10, section 4): every change of a child, family, applicant, mentor,
 * placement or mentorship keeps its old and new values, sealed as one JSON list per change.
 * Earlier changes were never kept, so there is nothing to carry forward: history starts here.
 */
export class Migration20261203007000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "record_change" ("id" uuid not null, "entity_name" varchar(64) not null, "entity_id" uuid not null, "at" timestamptz not null, ` +
        `"actor_id" uuid null, "actor_role" varchar(32) null, "audit_event_id" uuid null, "action" varchar(64) null, "changes" text not null, ` +
        `constraint "record_change_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "record_change_entity_id_id_index" on "record_change" ("entity_id", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "record_change" cascade;`);
  }
}
