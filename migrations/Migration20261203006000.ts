import { Migration } from '@mikro-orm/migrations';

/**
 * Accounts (issue 10, section 1): one-time tokens for activation and password reset (only their
 * SHA-256 is kept), the outbox of messages to send, the MENTOR role, and accounts without a
 * password until they are activated. Existing accounts all have a password and keep it.
 */
export class Migration20261203006000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "notification_outbox" ("id" uuid not null, "recipient" varchar(254) not null, "template" varchar(64) not null, "payload" text not null, "created_at" timestamptz not null, "sent_at" timestamptz null, constraint "notification_outbox_pkey" primary key ("id"));`);
    this.addSql(`create index "notification_outbox_unsent_index" on "notification_outbox" ("created_at") where "sent_at" is null;`);

    this.addSql(`create table "account_token" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "user_id" uuid not null, "purpose" text check ("purpose" in ('ACTIVATION', 'PASSWORD_RESET')) not null, "token_hash" varchar(64) not null, "expires_at" timestamptz not null, "used_at" timestamptz null, constraint "account_token_pkey" primary key ("id"));`);
    this.addSql(`alter table "account_token" add constraint "account_token_token_hash_unique" unique ("token_hash");`);
    this.addSql(`alter table "account_token" add constraint "account_token_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "app_user" drop constraint if exists "app_user_role_check";`);
    this.addSql(`alter table "app_user" add constraint "app_user_role_check" check("role" in ('ADMIN', 'SOCIAL_WORKER', 'MENTOR_COORDINATOR', 'FAMILY', 'MENTOR'));`);
    this.addSql(`alter table "app_user" alter column "password_hash" drop not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "notification_outbox" cascade;`);
    this.addSql(`drop table if exists "account_token" cascade;`);
    this.addSql(`delete from "app_user" where "role" = 'MENTOR' or "password_hash" is null;`);
    this.addSql(`alter table "app_user" drop constraint if exists "app_user_role_check";`);
    this.addSql(`alter table "app_user" add constraint "app_user_role_check" check("role" in ('ADMIN', 'SOCIAL_WORKER', 'MENTOR_COORDINATOR', 'FAMILY'));`);
    this.addSql(`alter table "app_user" alter column "password_hash" set not null;`);
  }
}
