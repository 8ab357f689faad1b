import { Migration } from '@mikro-orm/migrations';

/** Who else lives in a family's household, by name: sealed by the entity (null on the records before: none recorded). */
export class Migration20261204100100 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "family" add column "household_members" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "family" drop column "household_members";`);
  }
}
