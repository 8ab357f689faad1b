import { Migration } from '@mikro-orm/migrations';

const KINDS_BEFORE = ['FOSTER_STAY_ENDING', 'FAMILY_RECHECK', 'MENTORSHIP_MEETING_DUE', 'MANUAL_HOME_VISIT', 'MANUAL_DOCUMENT_REQUEST', 'MANUAL_CONTACT', 'MANUAL_OTHER'];
const KINDS = ['FOSTER_STAY_ENDING', 'FAMILY_RECHECK', 'MENTORSHIP_MEETING_DUE', 'CHILD_CONSENT_NEEDED', 'ADOPTION_REPORT_DUE', 'MANUAL_HOME_VISIT', 'MANUAL_DOCUMENT_REQUEST', 'MANUAL_CONTACT', 'MANUAL_OTHER'];
const check = (kinds: string[]) => `alter table "task" add constraint "task_kind_check" check ("kind" in (${kinds.map((kind) => `'${kind}'`).join(', ')}));`;

/** Two more of the law's tasks: a child's consent from 10, and the reports of an intercountry adoption. */
export class Migration20261203133000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "task" drop constraint "task_kind_check";`);
    this.addSql(check(KINDS));
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "task" where "kind" in ('CHILD_CONSENT_NEEDED', 'ADOPTION_REPORT_DUE');`);
    this.addSql(`alter table "task" drop constraint "task_kind_check";`);
    this.addSql(check(KINDS_BEFORE));
  }
}
