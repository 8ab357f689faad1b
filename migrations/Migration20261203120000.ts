import { Migration } from '@mikro-orm/migrations';

/** Limit counts in the database (issue 13, section 3): every server instance sees the same sign-in attempts. */
export class Migration20261203120000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "limit_attempt" ("id" bigserial primary key, "series" varchar(96) not null, "at" timestamptz not null);`);
    this.addSql(`create index "limit_attempt_series_at_index" on "limit_attempt" ("series", "at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "limit_attempt" cascade;`);
  }
}
