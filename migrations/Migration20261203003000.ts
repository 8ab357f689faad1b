import { Migration } from '@mikro-orm/migrations';

/**
 * Where children live (issue 8, items 8 and 9): districts of the regions, the institution
 * registry, and the district, settlement and institution of children, families and staff.
 *
 * Existing rows are carried forward as they are: every child, family and account gets a null
 * district, which means "kept at region level" (whole-region staff see it, as before; no account
 * is district-scoped until an administrator scopes it), and a child's settlement and institution
 * stay unknown until a worker records them. The districts themselves are reference data, loaded
 * by the seeder like the regions.
 */
export class Migration20261203003000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "district" ("code" varchar(64) not null, "region_code" varchar(32) not null, "name_kk" varchar(100) not null, "name_ru" varchar(100) not null, "name_en" varchar(100) not null, "kind" text check ("kind" in ('DISTRICT', 'TOWN', 'CITY_DISTRICT')) not null, constraint "district_pkey" primary key ("code"));`);
    this.addSql(`alter table "district" add constraint "district_region_code_foreign" foreign key ("region_code") references "region" ("code") on update cascade;`);

    this.addSql(`create table "institution" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "name" varchar(300) not null, "search_name" text not null, "kind" text check ("kind" in ('CHILDRENS_HOME', 'INFANT_HOME', 'FAMILY_SUPPORT_CENTRE', 'CHILDRENS_VILLAGE', 'BOARDING_SCHOOL', 'SPECIAL_SOCIAL_SERVICES_CENTRE', 'YOUTH_HOUSE')) not null, "region_code" varchar(32) not null, "district_code" varchar(64) null, "settlement" varchar(100) not null, "address" varchar(300) not null, "capacity" int not null, constraint "institution_pkey" primary key ("id"), constraint "institution_capacity_check" check (capacity > 0));`);
    this.addSql(`create index "institution_region_code_kind_index" on "institution" ("region_code", "kind");`);
    this.addSql(`alter table "institution" add constraint "institution_region_code_foreign" foreign key ("region_code") references "region" ("code") on update cascade;`);
    this.addSql(`alter table "institution" add constraint "institution_district_code_foreign" foreign key ("district_code") references "district" ("code") on update cascade on delete set null;`);

    this.addSql(`alter table "child" add column "district_code" varchar(64) null, add column "settlement" varchar(100) null, add column "institution_id" uuid null;`);
    this.addSql(`alter table "child" add constraint "child_district_code_foreign" foreign key ("district_code") references "district" ("code") on update cascade on delete set null;`);
    this.addSql(`alter table "child" add constraint "child_institution_id_foreign" foreign key ("institution_id") references "institution" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "child_district_code_status_index" on "child" ("district_code", "status");`);

    this.addSql(`alter table "family" add column "district_code" varchar(64) null;`);
    this.addSql(`alter table "family" add constraint "family_district_code_foreign" foreign key ("district_code") references "district" ("code") on update cascade on delete set null;`);
    this.addSql(`create index "family_district_code_index" on "family" ("district_code");`);

    this.addSql(`alter table "app_user" add column "district_code" varchar(64) null;`);
    this.addSql(`alter table "app_user" add constraint "app_user_district_code_foreign" foreign key ("district_code") references "district" ("code") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "app_user" drop column "district_code";`);
    this.addSql(`alter table "family" drop column "district_code";`);
    this.addSql(`alter table "child" drop column "district_code", drop column "settlement", drop column "institution_id";`);
    this.addSql(`drop table "institution";`);
    this.addSql(`drop table "district";`);
  }
}
