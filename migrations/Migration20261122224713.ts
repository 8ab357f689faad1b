import { Migration } from '@mikro-orm/migrations';

export class Migration20261122224713 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "audit_event" ("id" uuid not null, "actor_id" uuid null, "actor_role" varchar(32) null, "action" varchar(64) not null, "entity_name" varchar(64) not null, "entity_id" varchar(64) not null, "at" timestamptz not null, "changed_fields" text[] not null, "request_id" varchar(64) null, constraint "audit_event_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_event_entity_name_entity_id_index" on "audit_event" ("entity_name", "entity_id");`);

    this.addSql(`create table "region" ("code" varchar(32) not null, "name_kk" varchar(100) not null, "name_ru" varchar(100) not null, "name_en" varchar(100) not null, "kind" text check ("kind" in ('REGION', 'CITY')) not null, "neighbours" text[] not null, constraint "region_pkey" primary key ("code"));`);

    this.addSql(`create table "mentor" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "iin" varchar(12) not null, "last_name" varchar(100) not null, "first_name" varchar(100) not null, "middle_name" varchar(100) null, "search_name" text not null, "birth_date" date not null, "sex" text check ("sex" in ('MALE', 'FEMALE')) not null, "citizenship" text check ("citizenship" in ('KAZAKHSTAN', 'FOREIGN', 'STATELESS')) not null, "region_code" varchar(32) not null, "city" varchar(100) not null, "training_certificate_date" date null, "background_check_result" text check ("background_check_result" in ('PENDING', 'CLEAR', 'FLAGGED')) not null default 'PENDING', "background_check_date" date null, "languages" text[] not null, "interests" text[] not null, "max_mentees" int not null default 1, "available" boolean not null default true, "contact_phone" varchar(32) null, "contact_email" varchar(254) null, constraint "mentor_pkey" primary key ("id"));`);
    this.addSql(`alter table "mentor" add constraint "mentor_iin_unique" unique ("iin");`);
    this.addSql(`create index "mentor_region_code_available_index" on "mentor" ("region_code", "available");`);

    this.addSql(`create table "family" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "forms" text[] not null, "region_code" varchar(32) not null, "settlement" varchar(100) not null, "search_name" text not null, "monthly_income" int not null, "housing_kind" text check ("housing_kind" in ('OWNED_HOUSE', 'OWNED_APARTMENT', 'RENTED', 'SOCIAL_HOUSING', 'RELATIVES')) not null, "housing_area_sqm" int not null, "housing_rooms" int not null, "assessment_status" text check ("assessment_status" in ('APPLIED', 'IN_ASSESSMENT', 'APPROVED', 'SUSPENDED', 'REJECTED', 'EXPIRED')) not null default 'APPLIED', "approved_at" date null, "approval_expires_at" date null, "training_certificate_date" date null, "preferences_child_age_min" int not null default 0, "preferences_child_age_max" int not null default 17, "preferences_child_sex" text check ("preferences_child_sex" in ('MALE', 'FEMALE')) null, "preferences_max_children" int not null default 1, "preferences_accepts_siblings" boolean not null default false, "preferences_special_needs_accepted" text[] not null, "preferences_languages" text[] not null, "capacity" int not null, "children_in_household" int not null default 0, "contact_phone" varchar(32) null, "contact_email" varchar(254) null, "address" varchar(300) null, "accepting_placements" boolean not null default true, "availability_note" varchar(500) null, constraint "family_pkey" primary key ("id"));`);
    this.addSql(`create index "family_region_code_assessment_status_index" on "family" ("region_code", "assessment_status");`);

    this.addSql(`create table "family_applicant" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "family_id" uuid not null, "position" smallint not null, "iin" varchar(12) not null, "last_name" varchar(100) not null, "first_name" varchar(100) not null, "middle_name" varchar(100) null, "birth_date" date not null, "sex" text check ("sex" in ('MALE', 'FEMALE')) not null, "citizenship" text check ("citizenship" in ('KAZAKHSTAN', 'FOREIGN', 'STATELESS')) not null, "resides_in_kazakhstan" boolean not null default true, "marital_status" text check ("marital_status" in ('SINGLE', 'MARRIED', 'DIVORCED', 'WIDOWED')) not null, "checks" jsonb not null, constraint "family_applicant_pkey" primary key ("id"));`);
    this.addSql(`create index "family_applicant_iin_index" on "family_applicant" ("iin");`);

    this.addSql(`create table "sibling_group" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "note" varchar(200) null, constraint "sibling_group_pkey" primary key ("id"));`);

    this.addSql(`create table "child" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "iin" varchar(12) not null, "last_name" varchar(100) not null, "first_name" varchar(100) not null, "middle_name" varchar(100) null, "search_name" text not null, "birth_date" date not null, "sex" text check ("sex" in ('MALE', 'FEMALE')) not null, "region_code" varchar(32) not null, "legal_status" text check ("legal_status" in ('ORPHAN', 'PARENTS_DEPRIVED_OF_RIGHTS', 'PARENTS_LIMITED_IN_RIGHTS', 'PARENTS_INCAPACITATED', 'PARENTS_SERVING_SENTENCE', 'PARENTS_MISSING', 'ABANDONED', 'LEFT_WITHOUT_PARENTAL_CARE')) not null, "registered_at" date not null, "health_group" text check ("health_group" in ('I', 'II', 'III', 'IV', 'V')) not null, "special_needs" text[] not null, "health_notes" text null, "languages" text[] not null, "sibling_group_id" uuid null, "status" text check ("status" in ('AWAITING_PLACEMENT', 'IN_INSTITUTION', 'IN_FAMILY_PLACEMENT', 'ADOPTED', 'LEFT_DATA_BANK')) not null default 'AWAITING_PLACEMENT', "exit_reason" text check ("exit_reason" in ('RETURNED_TO_PARENTS', 'REACHED_MAJORITY', 'DIED', 'DECLARED_MISSING_OR_DEAD', 'OTHER')) null, "exited_at" date null, "case_notes" text null, constraint "child_pkey" primary key ("id"));`);
    this.addSql(`alter table "child" add constraint "child_iin_unique" unique ("iin");`);
    this.addSql(`create index "child_region_code_status_index" on "child" ("region_code", "status");`);

    this.addSql(`create table "placement" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "child_id" uuid not null, "family_id" uuid not null, "form" text check ("form" in ('ADOPTION', 'GUARDIANSHIP', 'CUSTODY', 'PATRONAGE', 'FOSTER_FAMILY', 'PROFESSIONAL_FOSTER_FAMILY', 'GUEST_FAMILY')) not null, "status" text check ("status" in ('PROPOSED', 'INTRODUCTION', 'TRIAL', 'APPROVED', 'ACTIVE', 'ENDED')) not null default 'PROPOSED', "decision_kind" text check ("decision_kind" in ('COURT_DECISION', 'CONTRACT', 'GUARDIANSHIP_AUTHORITY_ACT')) null, "decision_reference" varchar(100) null, "decision_date" date null, "started_at" date null, "ended_at" date null, "end_reason" text check ("end_reason" in ('WITHDRAWN_BEFORE_APPROVAL', 'NOT_APPROVED', 'CHILD_REACHED_MAJORITY', 'RETURNED_TO_PARENTS', 'TERM_EXPIRED', 'BREAKDOWN', 'ADOPTION_REVOKED', 'TRANSFERRED', 'OTHER')) null, constraint "placement_pkey" primary key ("id"));`);
    this.addSql(`create index "placement_child_id_index" on "placement" ("child_id");`);
    this.addSql(`create index "placement_family_id_status_index" on "placement" ("family_id", "status");`);

    this.addSql(`create table "mentorship" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "mentor_id" uuid not null, "child_id" uuid not null, "status" text check ("status" in ('PROPOSED', 'ACTIVE', 'PAUSED', 'CLOSED')) not null default 'PROPOSED', "started_at" date null, "closed_at" date null, "close_reason" text check ("close_reason" in ('DECLINED', 'GOALS_REACHED', 'CHILD_PLACED_IN_FAMILY', 'MENTOR_WITHDREW', 'CHILD_WITHDREW', 'MENTOR_NO_LONGER_ELIGIBLE', 'OTHER')) null, "note" varchar(1000) null, constraint "mentorship_pkey" primary key ("id"));`);
    this.addSql(`create index "mentorship_mentor_id_index" on "mentorship" ("mentor_id");`);
    this.addSql(`create index "mentorship_child_id_index" on "mentorship" ("child_id");`);

    this.addSql(`create table "mentorship_meeting" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "mentorship_id" uuid not null, "date" date not null, "duration_minutes" int not null, "kind" text check ("kind" in ('IN_PERSON', 'ONLINE', 'PHONE', 'GROUP_EVENT')) not null, "notes" text null, constraint "mentorship_meeting_pkey" primary key ("id"));`);
    this.addSql(`create index "mentorship_meeting_mentorship_id_index" on "mentorship_meeting" ("mentorship_id");`);

    this.addSql(`create table "family_kinship" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "family_id" uuid not null, "child_id" uuid not null, "relation" text check ("relation" in ('GRANDPARENT', 'ADULT_SIBLING', 'AUNT_OR_UNCLE', 'STEP_PARENT', 'OTHER_RELATIVE')) not null, constraint "family_kinship_pkey" primary key ("id"));`);
    this.addSql(`alter table "family_kinship" add constraint "family_kinship_family_id_child_id_unique" unique ("family_id", "child_id");`);

    this.addSql(`create table "app_user" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "email" varchar(254) not null, "password_hash" varchar(255) not null, "role" text check ("role" in ('ADMIN', 'SOCIAL_WORKER', 'MENTOR_COORDINATOR', 'FAMILY')) not null, "region_code" varchar(32) null, "family_id" uuid null, "mentor_id" uuid null, "display_name" varchar(200) not null, "disabled" boolean not null default false, "last_login_at" timestamptz null, constraint "app_user_pkey" primary key ("id"));`);
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email");`);

    this.addSql(`create table "placement_transition" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "placement_id" uuid not null, "actor_id" uuid null, "at" timestamptz not null, "from" text check ("from" in ('PROPOSED', 'INTRODUCTION', 'TRIAL', 'APPROVED', 'ACTIVE', 'ENDED')) null, "to" text check ("to" in ('PROPOSED', 'INTRODUCTION', 'TRIAL', 'APPROVED', 'ACTIVE', 'ENDED')) not null, "note" varchar(1000) null, constraint "placement_transition_pkey" primary key ("id"));`);
    this.addSql(`create index "placement_transition_placement_id_index" on "placement_transition" ("placement_id");`);

    this.addSql(`alter table "mentor" add constraint "mentor_region_code_foreign" foreign key ("region_code") references "region" ("code") on update cascade;`);

    this.addSql(`alter table "family" add constraint "family_region_code_foreign" foreign key ("region_code") references "region" ("code") on update cascade;`);

    this.addSql(`alter table "family_applicant" add constraint "family_applicant_family_id_foreign" foreign key ("family_id") references "family" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "child" add constraint "child_region_code_foreign" foreign key ("region_code") references "region" ("code") on update cascade;`);
    this.addSql(`alter table "child" add constraint "child_sibling_group_id_foreign" foreign key ("sibling_group_id") references "sibling_group" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "placement" add constraint "placement_child_id_foreign" foreign key ("child_id") references "child" ("id") on update cascade;`);
    this.addSql(`alter table "placement" add constraint "placement_family_id_foreign" foreign key ("family_id") references "family" ("id") on update cascade;`);

    this.addSql(`alter table "mentorship" add constraint "mentorship_mentor_id_foreign" foreign key ("mentor_id") references "mentor" ("id") on update cascade;`);
    this.addSql(`alter table "mentorship" add constraint "mentorship_child_id_foreign" foreign key ("child_id") references "child" ("id") on update cascade;`);

    this.addSql(`alter table "mentorship_meeting" add constraint "mentorship_meeting_mentorship_id_foreign" foreign key ("mentorship_id") references "mentorship" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "family_kinship" add constraint "family_kinship_family_id_foreign" foreign key ("family_id") references "family" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "family_kinship" add constraint "family_kinship_child_id_foreign" foreign key ("child_id") references "child" ("id") on update cascade;`);

    this.addSql(`alter table "app_user" add constraint "app_user_region_code_foreign" foreign key ("region_code") references "region" ("code") on update cascade on delete set null;`);
    this.addSql(`alter table "app_user" add constraint "app_user_family_id_foreign" foreign key ("family_id") references "family" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "app_user" add constraint "app_user_mentor_id_foreign" foreign key ("mentor_id") references "mentor" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "placement_transition" add constraint "placement_transition_placement_id_foreign" foreign key ("placement_id") references "placement" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "placement_transition" add constraint "placement_transition_actor_id_foreign" foreign key ("actor_id") references "app_user" ("id") on update cascade on delete set null;`);

    // Invariants the database itself keeps, whatever code writes to it.
    this.addSql(`create unique index "placement_one_active_per_child" on "placement" ("child_id") where "status" = 'ACTIVE';`);
    this.addSql(`create unique index "mentorship_one_open_per_pair" on "mentorship" ("mentor_id", "child_id") where "status" <> 'CLOSED';`);
    this.addSql(`alter table "family" add constraint "family_capacity_check" check ("capacity" >= 0 and "children_in_household" >= 0 and "monthly_income" >= 0);`);
    this.addSql(`alter table "mentor" add constraint "mentor_max_mentees_check" check ("max_mentees" between 1 and 10);`);
    this.addSql(`alter table "mentorship_meeting" add constraint "mentorship_meeting_duration_check" check ("duration_minutes" > 0);`);
    this.addSql(`create index "audit_event_at_index" on "audit_event" ("at");`);
  }

}
