import { Migration } from '@mikro-orm/migrations';

const KINDS_BEFORE = ['FOSTER_STAY_ENDING', 'FAMILY_RECHECK', 'MENTORSHIP_MEETING_DUE', 'CHILD_CONSENT_NEEDED', 'ADOPTION_REPORT_DUE', 'MANUAL_HOME_VISIT', 'MANUAL_DOCUMENT_REQUEST', 'MANUAL_CONTACT', 'MANUAL_OTHER'];
// With the inquiries' kind too: a database that ran Migration20261204130000 before this one existed keeps it.
const KINDS = ['DATA_BANK_REGISTRATION', ...KINDS_BEFORE, 'INQUIRY_OVERDUE'];
const check = (kinds: string[]) => `alter table "task" add constraint "task_kind_check" check ("kind" in (${kinds.map((kind) => `'${kind}'`).join(', ')}));`;
const indexes = (columns: string) => [
  `create index "task_open_by_assignee" on "task" ("assignee_id", "due_on"${columns}) where "status" = 'OPEN';`,
  `create index "task_open_by_region" on "task" ("region_code", "due_on"${columns}) where "status" = 'OPEN';`,
];

/**
 * A child's entry in the Republican Data Bank is due within 1 working day of its identification:
 * when the child was identified, when it was entered and under which number (sealed), and the
 * task's due instant. Children already registered were entered in the data bank on their
 * registration date (what `registered_at` meant until now): identified and entered that day, at
 * 09:00 in Kazakhstan, so none of them is asked for again. Task pages go by due date, then id.
 */
export class Migration20261204120000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "child" add column "identified_at" timestamptz null, add column "data_bank_registered_at" timestamptz null, add column "data_bank_number" text null;`);
    this.addSql(`update "child" set "identified_at" = ("registered_at" + time '09:00') at time zone 'Asia/Almaty', "data_bank_registered_at" = ("registered_at" + time '09:00') at time zone 'Asia/Almaty';`);
    this.addSql(`alter table "child" alter column "identified_at" set not null;`);
    this.addSql(`alter table "task" add column "due_at" timestamptz null;`);
    this.addSql(`alter table "task" drop constraint "task_kind_check";`);
    this.addSql(check(KINDS));
    this.addSql(`drop index "task_open_by_assignee"; drop index "task_open_by_region";`);
    for (const sql of indexes(', "id"')) this.addSql(sql);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "task_open_by_assignee"; drop index "task_open_by_region";`);
    for (const sql of indexes('')) this.addSql(sql);
    this.addSql(`delete from "task" where "kind" = 'DATA_BANK_REGISTRATION';`);
    this.addSql(`alter table "task" drop constraint "task_kind_check";`);
    this.addSql(check(KINDS_BEFORE));
    this.addSql(`alter table "task" drop column "due_at";`);
    this.addSql(`alter table "child" drop column "identified_at", drop column "data_bank_registered_at", drop column "data_bank_number";`);
  }
}
