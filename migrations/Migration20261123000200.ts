import { Migration } from '@mikro-orm/migrations';

/**
 * A guest family hosts a child of an institution at weekends and holidays: such a visit is not
 * where the child lives, so it no longer takes the child's one active placement.
 */
export class Migration20261123000200 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop index "placement_one_active_per_child";`);
    this.addSql(`create unique index "placement_one_active_per_child" on "placement" ("child_id") where "status" = 'ACTIVE' and "form" <> 'GUEST_FAMILY';`);
  }
}
