import { Migration } from '@mikro-orm/migrations';

/**
 * Documents (issue 11 §3): a file attached to one record, its blob encrypted under a key of its
 * own kept sealed here. Rows are never deleted (a newer document supersedes one): DELETE and
 * TRUNCATE are refused at the database, as for the audit trail.
 */
export class Migration20261204110000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "document" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, ` +
        `"kind" text check ("kind" in ('COURT_DECISION', 'CONTRACT', 'TRAINING_CERTIFICATE', 'MEDICAL_REPORT', 'HOUSING_INSPECTION_ACT', 'POST_ADOPTION_REPORT', 'OTHER')) not null, ` +
        `"subject_kind" text check ("subject_kind" in ('Child', 'Family', 'FamilyApplicant', 'Placement', 'Mentorship')) not null, "subject_id" uuid not null, ` +
        `"file_name" text not null, "content_type" varchar(128) not null, "size" bigint not null, "data_key" text not null, ` +
        `"uploaded_by_id" uuid not null, "superseded_by_id" uuid null, constraint "document_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "document" add constraint "document_superseded_by_unique" unique ("superseded_by_id");`);
    this.addSql(`create index "document_by_subject" on "document" ("subject_id", "created_at");`);
    this.addSql(`alter table "document" add constraint "document_uploaded_by_id_foreign" foreign key ("uploaded_by_id") references "app_user" ("id") on update cascade;`);
    this.addSql(`alter table "document" add constraint "document_superseded_by_id_foreign" foreign key ("superseded_by_id") references "document" ("id") on update cascade on delete set null;`);
    this.addSql(`create function "document_refuse_delete"() returns trigger language plpgsql as $$
begin
  raise exception 'documents are superseded, never deleted: % is not allowed', tg_op using errcode = 'insufficient_privilege';
end;
$$;`);
    this.addSql(`create trigger "document_never_deleted" before delete on "document" for each statement execute function "document_refuse_delete"();`);
    this.addSql(`create trigger "document_no_truncate" before truncate on "document" for each statement execute function "document_refuse_delete"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "document" cascade;`);
    this.addSql(`drop function if exists "document_refuse_delete"();`);
  }
}
