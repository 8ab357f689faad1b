import { Migration } from '@mikro-orm/migrations';

/** The kinds of case that get an owner, the action that registered them, and the role that owns them. */
const OWNED = [
  ['child', 'child.register', 'SOCIAL_WORKER'],
  ['family', 'family.register', 'SOCIAL_WORKER'],
  ['mentor', 'mentor.register', 'MENTOR_COORDINATOR'],
] as const;

/**
 * Case ownership (issue 10 §3): every child, family and mentor has an assigned worker. Existing
 * records go to their registrar, read from the audit trail, when that account is still an enabled
 * worker (coordinator, for mentors) of the record's region; the others stay unassigned (null),
 * for a supervisor to hand out by transfer, rather than to someone who never saw the case.
 */
export class Migration20261203110000 extends Migration {
  override async up(): Promise<void> {
    for (const [table, action, role] of OWNED) {
      this.addSql(`alter table "${table}" add column "assigned_worker_id" uuid null;`);
      this.addSql(
        `alter table "${table}" add constraint "${table}_assigned_worker_id_foreign" foreign key ("assigned_worker_id") references "app_user" ("id") on update cascade on delete set null;`,
      );
      this.addSql(`create index "${table}_assigned_worker_id_id_index" on "${table}" ("assigned_worker_id", "id");`);
      this.addSql(
        `update "${table}" r set "assigned_worker_id" = registrar.actor_id from (
           select distinct on (e.entity_id) e.entity_id, e.actor_id from "audit_event" e
           where e.action = '${action}' and e.actor_id is not null order by e.entity_id, e.at
         ) registrar join "app_user" u on u.id = registrar.actor_id
         where registrar.entity_id = r.id::text and u.role = '${role}' and not u.disabled and u.region_code = r.region_code;`,
      );
    }
  }

  override async down(): Promise<void> {
    for (const [table] of OWNED) this.addSql(`alter table "${table}" drop column "assigned_worker_id";`);
  }
}
