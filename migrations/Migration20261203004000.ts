import { Migration } from '@mikro-orm/migrations';
import { normalizeSearchText } from '../src/shared/search-text.js';

type Row = Record<string, string | null>;

const TABLES = ['child', 'family', 'mentor'];

/**
 * Name search tolerant of spelling (issue 8, item 11): `search_name` now holds the search key of
 * src/shared/search-text.ts (Нұрғалиева = Нургалиева = Nurgalieva → `nurgalieva`), recomputed
 * here for every row in JavaScript, batch by batch, and searched by substring through trigram
 * indexes (pg_trgm, a trusted extension shipped with PostgreSQL: the database owner may create it).
 */
/** The search key before this migration: lower case, ё as е. */
const lowerCased = (...parts: (string | null)[]) =>
  parts.filter(Boolean).join(' ').normalize('NFC').toLocaleLowerCase('kk').replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();

export class Migration20261203004000 extends Migration {
  override async up(): Promise<void> {
    await this.execute(`create extension if not exists pg_trgm;`);
    await this.rekey(normalizeSearchText);
    for (const table of TABLES) {
      await this.execute(`create index "${table}_search_name_trgm" on "${table}" using gin ("search_name" gin_trgm_ops);`);
    }
  }

  override async down(): Promise<void> {
    for (const table of TABLES) await this.execute(`drop index "${table}_search_name_trgm";`);
    await this.rekey(lowerCased);
  }

  /** Writes every row's `search_name` anew, 1,000 rows a statement. */
  private async rekey(key: (...parts: (string | null)[]) => string): Promise<void> {
    const person = (row: Row) => key(row.last_name!, row.first_name!, row.middle_name);
    await this.rekeyTable('child', `select t."id", t."last_name", t."first_name", t."middle_name" from "child" as t where t."id" > ?`, person);
    await this.rekeyTable('mentor', `select t."id", t."last_name", t."first_name", t."middle_name" from "mentor" as t where t."id" > ?`, person);
    // A family is found by the names of its applicants, in their order.
    await this.rekeyTable(
      'family',
      `select t."id", string_agg(concat_ws(' ', a."last_name", a."first_name", a."middle_name"), ' ' order by a."position") as "names" ` +
        `from "family" as t left join "family_applicant" as a on a."family_id" = t."id" where t."id" > ? group by t."id"`,
      (row) => key(row.names),
    );
  }

  private async rekeyTable(table: string, select: string, key: (row: Row) => string): Promise<void> {
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = (await this.execute(`${select} order by t."id" limit 1000`, [after])) as Row[];
      if (rows.length === 0) return;
      await this.execute(
        `update "${table}" as t set "search_name" = v."key" from (values ${rows.map(() => '(?::uuid, ?::text)').join(', ')}) as v("id", "key") where t."id" = v."id"`,
        rows.flatMap((row) => [row.id, key(row)]),
      );
      after = rows.at(-1)!.id!;
    }
  }
}
