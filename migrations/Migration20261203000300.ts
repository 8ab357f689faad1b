import { Migration } from '@mikro-orm/migrations';
import { encodeJson } from '../src/db/encrypted-text.type.js';
import { openText } from '../src/db/encryption.js';
import { LEGACY_CHECK_DETAIL_PURPOSE, resealTables, type SealedTable } from '../src/db/reseal.js';

type LegacyCheck = { kind: string; result: string; checked_at: string; detail?: string | null };

/** A plain JSON text as the migration finds it, sealed as its entity writes it: compact, padded to `width`. */
const json = (width: number) => (value: string) => encodeJson(JSON.parse(value), width);

/** The jsonb list of checks with sealed details becomes one list in clear, to be sealed whole. */
function checks(value: string): string {
  const legacy = JSON.parse(value) as LegacyCheck[];
  return encodeJson(
    legacy.map(({ kind, result, checked_at: checkedAt, detail }) => ({ kind, result, checkedAt, ...(detail == null ? {} : { detail: openText(LEGACY_CHECK_DETAIL_PURPOSE, detail) }) })),
    256,
  );
}

/** The columns this migration encrypts, frozen as they were (widths of the padding included). */
const ENCRYPTED: readonly SealedTable[] = [
  { table: 'child', columns: ['legal_status', 'health_group', 'special_needs'], plain: { legal_status: json(28), health_group: json(5), special_needs: json(168) } },
  { table: 'sibling_group', columns: ['note'] },
  { table: 'family', columns: ['address', 'availability_note'] },
  { table: 'family_applicant', columns: ['checks'], plain: { checks } },
  { table: 'mentor', columns: ['background_check_result', 'interests'], plain: { background_check_result: json(9), interests: json(64) } },
  { table: 'mentorship', columns: ['note'] },
  { table: 'placement', columns: ['decision_reference', 'foreign_placement_conclusion', 'evaluation'], plain: { evaluation: json(256) } },
  { table: 'placement_transition', columns: ['note'] },
];

/**
 * Special categories and free text at rest: a child's legal status, health group and special
 * needs, applicants' background checks (kinds, results, details: one sealed list per applicant),
 * a mentor's check result and interests, addresses, notes, decision numbers and placement
 * evaluations are stored sealed. Categories are sealed as padded JSON, so every value of a column
 * has one length; `children(filter:)` and matching open them (README, "Data classification").
 *
 * As in Migration20261123000000, the rows already there are sealed in JavaScript inside this
 * migration's transaction: columns become text first (categories and lists as JSON text), then
 * every value is sealed. The database can no longer check the enum values: the API does.
 */
export class Migration20261203000300 extends Migration {
  override async up(): Promise<void> {
    const sql = (statement: string) => this.execute(statement);
    await sql(`alter table "child" drop constraint "child_legal_status_check", drop constraint "child_health_group_check";`);
    await sql(
      `alter table "child" alter column "legal_status" type text using (to_jsonb("legal_status")::text), ` +
        `alter column "health_group" type text using (to_jsonb("health_group")::text), ` +
        `alter column "special_needs" type text using (to_jsonb("special_needs")::text);`,
    );
    await sql(`alter table "sibling_group" alter column "note" type text;`);
    await sql(`alter table "family" alter column "address" type text, alter column "availability_note" type text;`);
    await sql(`alter table "family_applicant" alter column "checks" type text using ("checks"::text);`);
    await sql(`alter table "mentor" drop constraint "mentor_background_check_result_check";`);
    await sql(
      `alter table "mentor" alter column "background_check_result" drop default, ` +
        `alter column "background_check_result" type text using (to_jsonb("background_check_result")::text), ` +
        `alter column "interests" type text using (to_jsonb("interests")::text);`,
    );
    await sql(`alter table "mentorship" alter column "note" type text;`);
    await sql(
      `alter table "placement" alter column "decision_reference" type text, alter column "foreign_placement_conclusion" type text, ` +
        `alter column "evaluation" type text using ("evaluation"::text);`,
    );
    await sql(`alter table "placement_transition" alter column "note" type text;`);

    await resealTables(ENCRYPTED, { plainValues: 'seal', batch: (work) => work((statement, params) => this.execute(statement, params)) });
  }
}
