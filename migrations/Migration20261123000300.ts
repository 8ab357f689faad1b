import { Migration } from '@mikro-orm/migrations';

/** One open placement per child and family: two proposals sent at once cannot both be written. */
export class Migration20261123000300 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create unique index "placement_one_open_per_pair" on "placement" ("child_id", "family_id") where "status" <> 'ENDED';`);
  }
}
