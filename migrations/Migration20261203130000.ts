import { Migration } from '@mikro-orm/migrations';

/**
 * Delivery of the notification outbox (issue 11 §2): each message keeps its language, its attempts,
 * when it may be tried next and the class of its last failure; an account keeps the language its
 * mail is written in. Every insert into the outbox wakes the sender at commit (NOTIFY is
 * transactional), so a message goes out at once without polling, and never for a rolled-back change.
 */
export class Migration20261203130000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "app_user" add column "language" text check ("language" in ('kk', 'ru', 'en')) not null default 'ru';`);
    this.addSql(
      `alter table "notification_outbox" add column "language" text check ("language" in ('kk', 'ru', 'en')) not null default 'ru', add column "attempts" int not null default 0, ` +
        `add column "next_attempt_at" timestamptz not null default now(), add column "last_attempt_at" timestamptz null, add column "last_error" varchar(120) null;`,
    );
    this.addSql(`update "notification_outbox" set "next_attempt_at" = "created_at";`);
    this.addSql(`drop index "notification_outbox_unsent_index";`);
    this.addSql(`create index "notification_outbox_unsent_index" on "notification_outbox" ("next_attempt_at") where "sent_at" is null;`);
    this.addSql(`create function "notification_outbox_wake"() returns trigger language plpgsql as $$
begin
  perform pg_notify('notification_outbox', '');
  return null;
end;
$$;`);
    this.addSql(`create trigger "notification_outbox_wake" after insert on "notification_outbox" for each statement execute function "notification_outbox_wake"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger "notification_outbox_wake" on "notification_outbox";`);
    this.addSql(`drop function "notification_outbox_wake"();`);
    this.addSql(`drop index "notification_outbox_unsent_index";`);
    this.addSql(`create index "notification_outbox_unsent_index" on "notification_outbox" ("created_at") where "sent_at" is null;`);
    this.addSql(`alter table "notification_outbox" drop column "language", drop column "attempts", drop column "next_attempt_at", drop column "last_attempt_at", drop column "last_error";`);
    this.addSql(`alter table "app_user" drop column "language";`);
  }
}
