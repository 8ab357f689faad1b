import { Migration } from '@mikro-orm/migrations';

/**
 * Family self-edits reviewed field by field (issue 10, section 2): a family's change requests,
 * and two facts more in the record history, so the values a family read and the provenance of a
 * field can be told from it: the version each change gave its record, and the change request it
 * applied. Changes kept before this release carry neither (their version was never recorded).
 */
export class Migration20261203100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "family_change_request" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, ` +
        `"family_id" uuid not null, "submitted_by" uuid not null, "read_version" int not null, ` +
        `"status" text check ("status" in ('PENDING', 'ACCEPTED', 'REJECTED', 'PARTLY_ACCEPTED')) not null default 'PENDING', "fields" text not null, ` +
        `constraint "family_change_request_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "family_change_request_status_id_index" on "family_change_request" ("status", "id");`);
    this.addSql(`create index "family_change_request_family_id_id_index" on "family_change_request" ("family_id", "id");`);
    this.addSql(`alter table "family_change_request" add constraint "family_change_request_family_id_foreign" foreign key ("family_id") references "family" ("id") on update cascade;`);

    this.addSql(`alter table "record_change" add column "version" int null, add column "change_request_id" uuid null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "family_change_request" cascade;`);
    this.addSql(`alter table "record_change" drop column "version", drop column "change_request_id";`);
  }
}
