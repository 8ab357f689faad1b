import { Migration } from '@mikro-orm/migrations';

// With the data bank's kind of Migration20261204120000, which runs before this one.
const KINDS_BEFORE = ['DATA_BANK_REGISTRATION', 'FOSTER_STAY_ENDING', 'FAMILY_RECHECK', 'MENTORSHIP_MEETING_DUE', 'CHILD_CONSENT_NEEDED', 'ADOPTION_REPORT_DUE', 'MANUAL_HOME_VISIT', 'MANUAL_DOCUMENT_REQUEST', 'MANUAL_CONTACT', 'MANUAL_OTHER'];
const KINDS = ['DATA_BANK_REGISTRATION', 'FOSTER_STAY_ENDING', 'FAMILY_RECHECK', 'MENTORSHIP_MEETING_DUE', 'CHILD_CONSENT_NEEDED', 'ADOPTION_REPORT_DUE', 'INQUIRY_OVERDUE', 'MANUAL_HOME_VISIT', 'MANUAL_DOCUMENT_REQUEST', 'MANUAL_CONTACT', 'MANUAL_OTHER'];
const check = (kinds: string[]) => `alter table "task" add constraint "task_kind_check" check ("kind" in (${kinds.map((kind) => `'${kind}'`).join(', ')}));`;

/**
 * Availability that lapses unless the family re-confirms it: when it last did. Existing families
 * start their first period at the migration rather than lapse at once. Inquiries: children shown
 * to families, the families' questions and the coded answers; an overdue one is a task.
 */
export class Migration20261204130000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "family" add column "availability_confirmed_at" timestamptz not null default now();`);
    this.addSql(
      `create table "inquiry" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, ` +
        `"child_id" uuid not null, "family_id" uuid not null, "status" text check ("status" in ('SHARED', 'OPEN', 'ACCEPTED', 'DECLINED')) not null default 'SHARED', ` +
        `"shared_by" uuid not null, "inquired_at" timestamptz null, "due_on" date null, "answered_at" timestamptz null, "answered_by" uuid null, ` +
        `"decision" text check ("decision" in ('ACCEPTED', 'DECLINED')) null, ` +
        `"decline_reason" text check ("decline_reason" in ('CHILD_NO_LONGER_AVAILABLE', 'RELATIVES_HAVE_PRIORITY', 'SIBLINGS_KEPT_TOGETHER', 'FAMILY_NOT_ELIGIBLE', 'NEEDS_NOT_MET', 'CHILD_DID_NOT_CONSENT', 'OTHER_IN_CHILDS_INTEREST')) null, ` +
        `constraint "inquiry_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "inquiry_child_id_id_index" on "inquiry" ("child_id", "id");`);
    this.addSql(`create index "inquiry_family_id_id_index" on "inquiry" ("family_id", "id");`);
    this.addSql(`create index "inquiry_open_by_due" on "inquiry" ("due_on") where "status" = 'OPEN';`);
    this.addSql(`create unique index "inquiry_one_open_per_pair" on "inquiry" ("child_id", "family_id") where "status" in ('SHARED', 'OPEN');`);
    this.addSql(`alter table "inquiry" add constraint "inquiry_child_id_foreign" foreign key ("child_id") references "child" ("id") on update cascade;`);
    this.addSql(`alter table "inquiry" add constraint "inquiry_family_id_foreign" foreign key ("family_id") references "family" ("id") on update cascade;`);
    this.addSql(`alter table "task" drop constraint "task_kind_check";`);
    this.addSql(check(KINDS));
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "task" where "kind" = 'INQUIRY_OVERDUE';`);
    this.addSql(`alter table "task" drop constraint "task_kind_check";`);
    this.addSql(check(KINDS_BEFORE));
    this.addSql(`drop table "inquiry";`);
    this.addSql(`alter table "family" drop column "availability_confirmed_at";`);
  }
}
