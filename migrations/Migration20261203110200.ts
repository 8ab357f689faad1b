import { Migration } from '@mikro-orm/migrations';

/**
 * Transfers of a case between workers (issue 10 §3): one table for children, families and mentors,
 * exactly one of the three set, and at most one transfer per case waiting for an answer.
 */
export class Migration20261203110200 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "case_transfer" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "child_id" uuid null, "family_id" uuid null, "mentor_id" uuid null, "from_worker_id" uuid null, "to_worker_id" uuid not null, "requested_by_id" uuid not null, "from_region_code" varchar(32) not null, "to_region_code" varchar(32) not null, "status" text check ("status" in ('PENDING', 'ACCEPTED', 'DECLINED')) not null default 'PENDING', "note" text null, "decline_reason" text null, "decided_at" timestamptz null, "decided_by_id" uuid null, constraint "case_transfer_pkey" primary key ("id"), constraint case_transfer_one_record_check check (num_nonnulls(child_id, family_id, mentor_id) = 1));`);
    this.addSql(`create index "case_transfer_child_id_index" on "case_transfer" ("child_id");`);
    this.addSql(`create index "case_transfer_family_id_index" on "case_transfer" ("family_id");`);
    this.addSql(`create index "case_transfer_mentor_id_index" on "case_transfer" ("mentor_id");`);
    this.addSql(`create index "case_transfer_to_worker_id_status_index" on "case_transfer" ("to_worker_id", "status");`);
    this.addSql(`create unique index "case_transfer_one_pending" on "case_transfer" ((coalesce("child_id", "family_id", "mentor_id"))) where "status" = 'PENDING';`);

    this.addSql(`alter table "case_transfer" add constraint "case_transfer_child_id_foreign" foreign key ("child_id") references "child" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "case_transfer" add constraint "case_transfer_family_id_foreign" foreign key ("family_id") references "family" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "case_transfer" add constraint "case_transfer_mentor_id_foreign" foreign key ("mentor_id") references "mentor" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "case_transfer" add constraint "case_transfer_from_worker_id_foreign" foreign key ("from_worker_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "case_transfer" add constraint "case_transfer_to_worker_id_foreign" foreign key ("to_worker_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "case_transfer" add constraint "case_transfer_requested_by_id_foreign" foreign key ("requested_by_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "case_transfer" add constraint "case_transfer_from_region_code_foreign" foreign key ("from_region_code") references "region" ("code") on update cascade;`);
    this.addSql(`alter table "case_transfer" add constraint "case_transfer_to_region_code_foreign" foreign key ("to_region_code") references "region" ("code") on update cascade;`);
    this.addSql(`alter table "case_transfer" add constraint "case_transfer_decided_by_id_foreign" foreign key ("decided_by_id") references "app_user" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "case_transfer" cascade;`);
  }
}
