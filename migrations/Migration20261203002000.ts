import { Migration } from '@mikro-orm/migrations';

/**
 * P-STAY: a professional foster placement carries the last day of its stay (6 months from the day
 * the child moved in, under the policy in force) and, once extended, the decision that extended it.
 * Placements that had already begun get their last day from their start, so an active stay already
 * past it reads as overdue at once.
 */
export class Migration20261203002000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "placement" add column "ends_on" date null, add column "extension_decision_reference" text null, add column "extension_decision_date" date null;`);
    this.addSql(`update "placement" set "ends_on" = ("started_at" + make_interval(months => (
      select coalesce(max(m) filter (where m >= 1 and m = floor(m)), 6)::int
      from (select (rules #>> '{P-STAY,params,maxStayMonths}')::numeric as m from "matching_policy" order by version desc limit 1) as newest
    )))::date
    where "form" = 'PROFESSIONAL_FOSTER_FAMILY' and "started_at" is not null;`);
    this.addSql(`alter table "placement" add constraint "placement_stay_check" check ((ends_on is null or (form = 'PROFESSIONAL_FOSTER_FAMILY' and started_at is not null and ends_on > started_at))
    and ((extension_decision_date is null) = (extension_decision_reference is null))
    and (extension_decision_date is null or ends_on is not null));`);
    this.addSql(`create index "placement_active_ends_on" on "placement" ("ends_on") where "status" = 'ACTIVE' and "ends_on" is not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "placement_active_ends_on";`);
    this.addSql(`alter table "placement" drop constraint "placement_stay_check";`);
    this.addSql(`alter table "placement" drop column "ends_on", drop column "extension_decision_reference", drop column "extension_decision_date";`);
  }
}
