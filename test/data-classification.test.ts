import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealedTables } from '../src/db/reseal.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * README's data-classification table is the contract: it names every column of every table of
 * the migrated database once, in one class, and its bold columns are exactly those the entities
 * seal, special categories all among them. A new column fails here until it is classified.
 */

const CLASSES = ['public', 'internal', 'personal', 'special category'] as const;

interface Classified {
  column: string;
  class: (typeof CLASSES)[number];
  sealed: boolean;
}

/** The rows of the table under "### Data classification": table → its columns. */
function readmeClassification(): Map<string, Classified[]> {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const section = readme.slice(readme.indexOf('### Data classification'));
  const rows = section.slice(0, section.indexOf('\n### ')).split('\n').filter((line) => line.startsWith('| `'));
  return new Map(
    rows.map((line) => {
      const [table, ...cells] = line.split('|').slice(1, -1).map((cell) => cell.trim());
      const columns = cells.flatMap((cell, index) =>
        [...cell.matchAll(/(\*\*)?`([a-z_]+)`(\*\*)?/g)].map((match) => ({ column: match[2]!, class: CLASSES[index]!, sealed: Boolean(match[1] && match[3]) })),
      );
      return [table!.replaceAll('`', ''), columns];
    }),
  );
}

let app: TestApp;
let database: Map<string, string[]>;
const classified = readmeClassification();

beforeAll(async () => {
  app = await startTestApp();
  const rows: { table_name: string; column_name: string }[] = await app.orm.em
    .getConnection()
    .execute(`select table_name, column_name from information_schema.columns where table_schema = 'public' order by table_name, ordinal_position`);
  database = new Map();
  for (const row of rows) database.set(row.table_name, [...(database.get(row.table_name) ?? []), row.column_name]);
});

afterAll(() => app?.close());

describe("README's data classification", () => {
  it('lists every table of the database', () => {
    expect([...classified.keys()].sort()).toEqual([...database.keys()].sort());
  });

  it('classifies every column of each table exactly once', () => {
    for (const [table, columns] of database) {
      const listed = (classified.get(table) ?? []).map((entry) => entry.column);
      expect(listed.slice().sort(), table).toEqual(columns.slice().sort());
    }
  });

  it('marks as sealed exactly the columns the entities encrypt', () => {
    const bold = [...classified].flatMap(([table, columns]) => columns.filter((entry) => entry.sealed).map((entry) => `${table}.${entry.column}`));
    const encrypted = sealedTables(app.orm).flatMap(({ table, columns }) => columns.map((column) => `${table}.${column}`));
    expect(bold.sort()).toEqual(encrypted.sort());
  });

  it('has every special-category column sealed', () => {
    const special = [...classified].flatMap(([table, columns]) => columns.filter((entry) => entry.class === 'special category').map((entry) => ({ at: `${table}.${entry.column}`, sealed: entry.sealed })));
    expect(special.length).toBeGreaterThan(0);
    expect(special.filter((entry) => !entry.sealed)).toEqual([]);
  });
});
