import { Migration } from '@mikro-orm/migrations';

/**
 * Foreign applicants without a Kazakh IIN (issue 8, item 13) register with a passport: the IIN
 * becomes optional for applicants only (children and mentors keep theirs required), and every
 * applicant has an IIN or a passport. Existing applicants all have an IIN, so nothing to carry.
 */
export class Migration20261203004020 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "family_applicant" alter column "iin" drop not null, alter column "iin_hash" drop not null;`);
    this.addSql(`alter table "family_applicant" add column "passport_number" text null, add column "passport_country" varchar(2) null, add column "passport_hash" varchar(64) null;`);
    this.addSql(`alter table "family_applicant" add constraint "family_applicant_passport_unique" unique ("passport_hash");`);
    this.addSql(`alter table "family_applicant" add constraint "family_applicant_identity_check" check (iin is not null or (passport_number is not null and passport_country is not null));`);
  }

  override async down(): Promise<void> {
    // Refuses, rightly, while any applicant has no IIN.
    this.addSql(`alter table "family_applicant" drop constraint "family_applicant_identity_check";`);
    this.addSql(`alter table "family_applicant" drop constraint "family_applicant_passport_unique";`);
    this.addSql(`alter table "family_applicant" drop column "passport_number", drop column "passport_country", drop column "passport_hash";`);
    this.addSql(`alter table "family_applicant" alter column "iin" set not null, alter column "iin_hash" set not null;`);
  }
}
