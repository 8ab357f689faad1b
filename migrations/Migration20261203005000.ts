import { Migration } from '@mikro-orm/migrations';

/**
 * Indexes for the list pages (issue 9): a page is in id order, so each list's filter index ends
 * with the id and a page is read in order, stopping at its size, instead of sorting every match;
 * siblings are found by their group instead of by reading every child.
 */
export class Migration20261203005000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "child_sibling_group_id_index" on "child" ("sibling_group_id");`);
    this.addSql(`drop index "child_region_code_status_index";`);
    this.addSql(`create index "child_region_code_status_id_index" on "child" ("region_code", "status", "id");`);
    this.addSql(`create index "child_region_code_id_index" on "child" ("region_code", "id");`);
    this.addSql(`drop index "child_district_code_status_index";`);
    this.addSql(`create index "child_district_code_status_id_index" on "child" ("district_code", "status", "id");`);
    this.addSql(`create index "family_region_code_id_index" on "family" ("region_code", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "family_region_code_id_index";`);
    this.addSql(`drop index "child_district_code_status_id_index";`);
    this.addSql(`create index "child_district_code_status_index" on "child" ("district_code", "status");`);
    this.addSql(`drop index "child_region_code_id_index";`);
    this.addSql(`drop index "child_region_code_status_id_index";`);
    this.addSql(`create index "child_region_code_status_index" on "child" ("region_code", "status");`);
    this.addSql(`drop index "child_sibling_group_id_index";`);
  }
}
