import { Migration } from '@mikro-orm/migrations';

/** The stated reasons of audited corrections (issue 8, item 10), sealed, beside the append-only trail. */
export class Migration20261203004010 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "audit_reason" ("id" uuid not null, "reason" text not null, constraint "audit_reason_pkey" primary key ("id"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table "audit_reason";`);
  }
}
