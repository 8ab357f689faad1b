import { Migration } from '@mikro-orm/migrations';
import { resealTables, type SealedTable } from '../src/db/reseal.js';

/** The columns this migration encrypts, frozen as they were: later migrations add their own. */
const ENCRYPTED: readonly SealedTable[] = [
  { table: 'child', columns: ['iin', 'health_notes', 'case_notes'], iinHash: true },
  { table: 'family_applicant', columns: ['iin'], iinHash: true, checks: 'checks' },
  { table: 'mentor', columns: ['iin'], iinHash: true },
  { table: 'mentorship_meeting', columns: ['notes'] },
];

/**
 * Encryption at rest: IINs, children's health and case notes, background-check details and meeting
 * notes are stored sealed (AES-256-GCM); IINs are found and kept unique through `iin_hash` (HMAC).
 *
 * SQL cannot seal with the application's key, so the rows already there are sealed here in
 * JavaScript, with the keys configured before migrations run (src/main.ts), inside this
 * migration's transaction: the schema and the data change together or not at all, and `iin_hash`
 * can be NOT NULL from the start. An empty database (tests, a fresh install) needs no key here.
 * Statements run in order through `execute`, not `addSql`, because the data step sits between them.
 */
export class Migration20261123000000 extends Migration {
  override async up(): Promise<void> {
    const sql = (statement: string) => this.execute(statement);
    await sql(`alter table "child" drop constraint "child_iin_unique";`);
    await sql(`alter table "mentor" drop constraint "mentor_iin_unique";`);
    await sql(`drop index "family_applicant_iin_index";`);
    for (const table of ['child', 'family_applicant', 'mentor']) {
      await sql(`alter table "${table}" alter column "iin" type text using ("iin"::text), add column "iin_hash" varchar(64) null;`);
    }

    await resealTables(ENCRYPTED, { plainValues: 'seal', batch: (work) => work((statement, params) => this.execute(statement, params)) });

    for (const table of ['child', 'family_applicant', 'mentor']) {
      await sql(`alter table "${table}" alter column "iin_hash" set not null;`);
    }
    await sql(`alter table "child" add constraint "child_iin_unique" unique ("iin_hash");`);
    await sql(`alter table "mentor" add constraint "mentor_iin_unique" unique ("iin_hash");`);
    await sql(`create index "family_applicant_iin_hash_index" on "family_applicant" ("iin_hash");`);
  }
}
