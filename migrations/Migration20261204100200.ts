import { Migration } from '@mikro-orm/migrations';

const check = (statuses: string[]) => `alter table "family_change_request" add constraint "family_change_request_status_check" check ("status" in (${statuses.map((status) => `'${status}'`).join(', ')}));`;

/** A change request whose every field the family proposed again in a later one is SUPERSEDED. */
export class Migration20261204100200 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "family_change_request" drop constraint "family_change_request_status_check";`);
    this.addSql(check(['PENDING', 'ACCEPTED', 'REJECTED', 'PARTLY_ACCEPTED', 'SUPERSEDED']));
  }

  override async down(): Promise<void> {
    this.addSql(`update "family_change_request" set "status" = 'REJECTED' where "status" = 'SUPERSEDED';`);
    this.addSql(`alter table "family_change_request" drop constraint "family_change_request_status_check";`);
    this.addSql(check(['PENDING', 'ACCEPTED', 'REJECTED', 'PARTLY_ACCEPTED']));
  }
}
