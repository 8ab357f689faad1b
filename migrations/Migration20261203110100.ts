import { Migration } from '@mikro-orm/migrations';

/** The SUPERVISOR role (issue 10 §3): the head of a region's guardianship department. */
export class Migration20261203110100 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "app_user" drop constraint if exists "app_user_role_check";`);
    this.addSql(`alter table "app_user" add constraint "app_user_role_check" check("role" in ('ADMIN', 'SOCIAL_WORKER', 'MENTOR_COORDINATOR', 'FAMILY', 'MENTOR', 'SUPERVISOR'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "app_user" drop constraint if exists "app_user_role_check";`);
    this.addSql(`alter table "app_user" add constraint "app_user_role_check" check("role" in ('ADMIN', 'SOCIAL_WORKER', 'MENTOR_COORDINATOR', 'FAMILY', 'MENTOR'));`);
  }
}
