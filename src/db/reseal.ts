import { isSealed, sealedKeyId } from '../shared/crypto/cipher.js';
import { SealedColumn } from './encrypted-text.type.js';
import { currentKeyId, hashIin, hashPassport, openText, sealText } from './encryption.js';
import type { Orm } from './orm.js';

/**
 * Brings every encrypted value of the database under the current key, in batches of rows, by SQL
 * and the process's keys (see encryption.ts). Used by the migrations that encrypt columns (plain
 * values → sealed, IIN hashes filled in) and by `npm run keys:rotate` (values sealed with an older
 * key → sealed again with the current one; IIN hashes recomputed with the current hash key).
 * Idempotent: a value already sealed with the current key is left alone, so a second run changes nothing.
 * Versions and `updated_at` are not touched: re-encryption changes no fact about the record.
 */

/** One table's encrypted columns. */
export interface SealedTable {
  table: string;
  /** Text columns holding sealed values (EncryptedText and EncryptedJson properties). */
  columns: readonly string[];
  /** The table keeps `iin_hash`, the keyed hash of its `iin` column. */
  iinHash?: boolean;
  /**
   * A jsonb array column whose elements carry a sealed `detail`: background checks as
   * Migration20261123000000 left them, before Migration20261203000300 sealed each list whole.
   */
  checks?: string;
  /** For a migration: how a plain value of a column becomes the text to seal (JSON padded as its entity pads it, say). */
  plain?: Readonly<Record<string, (value: string) => string>>;
}

/** The purpose check details were sealed with inside the jsonb `checks` (see `checks` above). */
export const LEGACY_CHECK_DETAIL_PURPOSE = 'family_applicant.checks.detail';

/** Every encrypted column the entities declare, table by table: what a key rotation goes over. */
export function sealedTables(orm: Orm): SealedTable[] {
  return Object.values(orm.getMetadata().getAll())
    .filter((meta) => !meta.embeddable && !meta.virtual && !meta.abstract)
    .map((meta) => ({
      table: meta.tableName,
      columns: Object.values(meta.properties)
        .filter((prop) => prop.customType instanceof SealedColumn)
        .map((prop) => prop.fieldNames[0]!),
      iinHash: 'iinHash' in meta.properties,
    }))
    .filter((spec) => spec.columns.length > 0)
    .sort((a, b) => a.table.localeCompare(b.table));
}

type Row = Record<string, unknown>;
export type Execute = (sql: string, params?: unknown[]) => Promise<Row[]>;

export interface ResealOptions {
  /** 'seal': a value that is not sealed yet is plain text to seal (the first migration); 'refuse': it is an error. */
  plainValues: 'seal' | 'refuse';
  /** Runs one batch; the rotation gives each batch its own transaction, the migration runs all in its own. */
  batch: <T>(work: (execute: Execute) => Promise<T>) => Promise<T>;
  batchSize?: number;
}

export interface ResealCount {
  table: string;
  rows: number;
  updated: number;
}

const FIRST_ID = '00000000-0000-0000-0000-000000000000';
const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

interface Value {
  /** The value to store. */
  stored: string | null;
  /** The plain text, when it was needed. */
  plain?: string;
  changed: boolean;
}

function reseal(purpose: string, value: unknown, options: ResealOptions, needPlain: boolean, toText: (value: string) => string = (text) => text): Value {
  if (value == null) return { stored: null, changed: false };
  if (typeof value !== 'string') throw new Error(`${purpose} holds a value that is not text`);
  if (!isSealed(value)) {
    // Never quote the value: it may be personal data.
    if (options.plainValues === 'refuse') throw new Error(`${purpose} holds a value that is not encrypted`);
    const text = toText(value);
    return { stored: sealText(purpose, text), plain: text, changed: true };
  }
  if (sealedKeyId(value) === currentKeyId()) {
    return { stored: value, plain: needPlain ? openText(purpose, value) : undefined, changed: false };
  }
  const plain = openText(purpose, value);
  return { stored: sealText(purpose, plain), plain, changed: true };
}

function resealChecks(value: unknown, options: ResealOptions): { stored: unknown[]; changed: boolean } {
  const checks = (typeof value === 'string' ? JSON.parse(value) : value ?? []) as Row[];
  let changed = false;
  const stored = checks.map((check) => {
    const detail = reseal(LEGACY_CHECK_DETAIL_PURPOSE, check.detail, options, false);
    if (!detail.changed) return check;
    changed = true;
    return { ...check, detail: detail.stored };
  });
  return { stored, changed };
}

/** A keyed-hash column kept beside a sealed one, recomputed from its plain value (and the row) under the current hash key. */
interface DerivedHash {
  column: string;
  hash: (plain: string, row: Row) => string;
  /** Other columns the hash is made of, read but not written. */
  reads: readonly string[];
}

/** Sealed columns with a hash beside them: the IIN's (where the table keeps one), a foreign applicant's passport number's. */
function derivedHash(spec: SealedTable, column: string): DerivedHash | undefined {
  if (column === 'iin') return spec.iinHash === true ? { column: 'iin_hash', hash: (plain) => hashIin(plain), reads: [] } : undefined;
  if (column === 'passport_number') return { column: 'passport_hash', hash: (plain, row) => hashPassport(String(row.passport_country), plain), reads: ['passport_country'] };
  return undefined;
}

async function resealBatch(execute: Execute, spec: SealedTable, after: string, options: ResealOptions): Promise<{ rows: Row[]; updated: number }> {
  // In the order values are pushed below: each hash right after its column, the checks last.
  const hashed = (column: string) => derivedHash(spec, column);
  const columns = [...spec.columns.flatMap((column) => [column, ...(hashed(column) ? [hashed(column)!.column] : [])]), ...(spec.checks ? [spec.checks] : [])];
  const casts = ['uuid', ...spec.columns.flatMap((column) => (hashed(column) ? ['text', 'varchar'] : ['text'])), ...(spec.checks ? ['jsonb'] : [])];
  const reads = spec.columns.flatMap((column) => hashed(column)?.reads ?? []);
  const rows = await execute(
    `select "id", ${[...columns, ...reads].map(quote).join(', ')} from ${quote(spec.table)} where "id" > ? order by "id" limit ? for update`,
    [after, options.batchSize ?? 500],
  );
  const updates: unknown[][] = [];
  for (const row of rows) {
    let changed = false;
    const values: unknown[] = [row.id];
    for (const column of spec.columns) {
      const derived = hashed(column);
      const value = reseal(`${spec.table}.${column}`, row[column], options, derived !== undefined, spec.plain?.[column]);
      changed ||= value.changed;
      values.push(value.stored);
      if (derived) {
        const hash = value.plain == null ? null : derived.hash(value.plain, row);
        changed ||= hash !== row[derived.column];
        values.push(hash);
      }
    }
    if (spec.checks) {
      const checks = resealChecks(row[spec.checks], options);
      changed ||= checks.changed;
      values.push(JSON.stringify(checks.stored));
    }
    if (changed) updates.push(values);
  }
  if (updates.length > 0) {
    const tuple = `(${casts.map((cast) => `?::${cast}`).join(', ')})`;
    await execute(
      `update ${quote(spec.table)} as t set ${columns.map((column) => `${quote(column)} = v.${quote(column)}`).join(', ')} ` +
        `from (values ${updates.map(() => tuple).join(', ')}) as v("id", ${columns.map(quote).join(', ')}) where t."id" = v."id"`,
      updates.flat(),
    );
  }
  return { rows, updated: updates.length };
}

/** Re-seals every row of the given tables; returns how many rows each table had and how many changed. */
export async function resealTables(tables: readonly SealedTable[], options: ResealOptions): Promise<ResealCount[]> {
  const counts: ResealCount[] = [];
  for (const spec of tables) {
    const count = { table: spec.table, rows: 0, updated: 0 };
    let after = FIRST_ID;
    for (;;) {
      const { rows, updated } = await options.batch((execute) => resealBatch(execute, spec, after, options));
      if (rows.length === 0) break;
      count.rows += rows.length;
      count.updated += updated;
      after = rows.at(-1)!.id as string;
    }
    counts.push(count);
  }
  return counts;
}

/** `npm run keys:rotate`: every encrypted column under the current keys, one short transaction per batch. */
export function resealDatabase(orm: Orm, batchSize?: number): Promise<ResealCount[]> {
  const connection = orm.em.getConnection();
  return resealTables(sealedTables(orm), {
    plainValues: 'refuse',
    batchSize,
    batch: (work) => connection.transactional((trx) => work((sql, params) => connection.execute(sql, params, 'all', trx))),
  });
}
