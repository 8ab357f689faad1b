import { Migration } from '@mikro-orm/migrations';

/**
 * Tasks (issue 11 §1): what a worker or coordinator must do by a date, one per kind, subject and
 * occurrence; and a key that makes a job's message (a daily digest) exist once however often the job runs.
 */
export class Migration20261203131000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "task" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, ` +
        `"kind" text check ("kind" in ('FOSTER_STAY_ENDING', 'FAMILY_RECHECK', 'MENTORSHIP_MEETING_DUE', 'MANUAL_HOME_VISIT', 'MANUAL_DOCUMENT_REQUEST', 'MANUAL_CONTACT', 'MANUAL_OTHER')) not null, ` +
        `"subject_kind" text check ("subject_kind" in ('Child', 'Family', 'Placement', 'Mentorship')) not null, "subject_id" uuid not null, "occurrence" varchar(64) not null, ` +
        `"region_code" varchar(32) not null, "district_code" varchar(64) null, "assignee_id" uuid null, "due_on" date not null, ` +
        `"status" text check ("status" in ('OPEN', 'DONE', 'CANCELLED')) not null default 'OPEN', "closed_at" timestamptz null, "closed_by" varchar(64) null, ` +
        `constraint "task_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "task_open_by_region" on "task" ("region_code", "due_on") where "status" = 'OPEN';`);
    this.addSql(`create index "task_open_by_assignee" on "task" ("assignee_id", "due_on") where "status" = 'OPEN';`);
    this.addSql(`alter table "task" add constraint "task_one_per_occurrence" unique ("kind", "subject_id", "occurrence");`);
    this.addSql(`alter table "task" add constraint "task_region_code_foreign" foreign key ("region_code") references "region" ("code") on update cascade;`);
    this.addSql(`alter table "task" add constraint "task_district_code_foreign" foreign key ("district_code") references "district" ("code") on update cascade on delete set null;`);
    this.addSql(`alter table "task" add constraint "task_assignee_id_foreign" foreign key ("assignee_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "notification_outbox" add column "dedupe_key" varchar(128) null;`);
    this.addSql(`alter table "notification_outbox" add constraint "notification_outbox_dedupe_key_unique" unique ("dedupe_key");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "notification_outbox" drop constraint "notification_outbox_dedupe_key_unique";`);
    this.addSql(`alter table "notification_outbox" drop column "dedupe_key";`);
    this.addSql(`drop table if exists "task" cascade;`);
  }
}
