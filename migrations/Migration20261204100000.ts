import { Migration } from '@mikro-orm/migrations';

const check = (statuses: string[]) => `alter table "case_transfer" add constraint "case_transfer_status_check" check ("status" in (${statuses.map((status) => `'${status}'`).join(', ')}));`;

/** A transfer request can be taken back by the sending side before an answer. */
export class Migration20261204100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "case_transfer" drop constraint "case_transfer_status_check";`);
    this.addSql(check(['PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN']));
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "case_transfer" where "status" = 'WITHDRAWN';`);
    this.addSql(`alter table "case_transfer" drop constraint "case_transfer_status_check";`);
    this.addSql(check(['PENDING', 'ACCEPTED', 'DECLINED']));
  }
}
