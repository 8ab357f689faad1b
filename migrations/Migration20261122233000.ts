import { Migration } from '@mikro-orm/migrations';

/** Matching engine: the versioned policy and what a placement records of its evaluation. */
export class Migration20261122233000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "matching_policy" ("version" int not null, "rules" jsonb not null, "created_at" timestamptz not null, "created_by" uuid null, "note" varchar(1000) null, constraint "matching_policy_pkey" primary key ("version"));`);
    // Version 1 is the registry's defaults: an empty set of changes.
    this.addSql(`insert into "matching_policy" ("version", "rules", "created_at", "note") values (1, '{}', now(), 'Defaults of the rule registry');`);
    this.addSql(`alter table "placement" add column "foreign_placement_conclusion" varchar(100) null, add column "evaluation" jsonb null, add column "child_consents" jsonb not null default '[]';`);
    this.addSql(`alter table "placement" alter column "child_consents" drop default;`);
    // Ranking reads every family's applicants in one statement.
    this.addSql(`create index "family_applicant_family_id_index" on "family_applicant" ("family_id");`);
  }
}
