import { Migration } from '@mikro-orm/migrations';

/**
 * Sessions can end: every token carries its user's `token_version`, compared on each request.
 * Logout raises it in the application; this trigger raises it whenever the password hash
 * changes or the account is disabled, by whatever writes the row (a mutation, a script, an
 * operator's console), so a re-enabled account does not bring its old tokens back.
 */
export class Migration20261203000110 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "app_user" add column "token_version" int not null default 0;`);
    this.addSql(`create function "app_user_end_sessions"() returns trigger language plpgsql as $$
begin
  if new.password_hash is distinct from old.password_hash or (new.disabled and not old.disabled) then
    new.token_version := greatest(new.token_version, old.token_version + 1);
  end if;
  return new;
end;
$$;`);
    this.addSql(`create trigger "app_user_end_sessions" before update on "app_user" for each row execute function "app_user_end_sessions"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger "app_user_end_sessions" on "app_user";`);
    this.addSql(`drop function "app_user_end_sessions"();`);
    this.addSql(`alter table "app_user" drop column "token_version";`);
  }
}
