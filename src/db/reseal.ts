import { isSealed, sealedKeyId } from '../shared/crypto/cipher.js';
import { CHECK_DETAIL_PURPOSE } from '../modules/families/check-detail.js';
import { currentKeyId, hashIin, openText, sealText } from './encryption.js';
import type { Orm } from './orm.js';

/**
 * Brings every encrypted value of the database under the current key, in batches of rows, by SQL
 * and the process's keys (see encryption.ts). Used by the migration that introduced encryption
 * (plain values → sealed, IIN hashes filled in) and by `npm run keys:rotate` (values sealed with an
 * older key → sealed again with the current one; IIN hashes recomputed with the current hash key).
 * Idempotent: a value already sealed with the current key is left alone, so a second run changes nothing.
 * Versions and `updated_at` are not touched: re-encryption changes no fact about the record.
 */

/** One table's encrypted columns. */
export interface SealedTable {
  table: string;
  /** Text columns holding sealed values (EncryptedText properties). */
  columns: readonly string[];
  /** The table keeps `iin_hash`, the keyed hash of its `iin` column. */
  iinHash?: boolean;
  /** A jsonb array column whose elements carry a sealed `detail` (background checks). */
  checks?: string;
}

/** Every encrypted column today. A migration that adds one adds it here too. */
export const SEALED_TABLES: readonly SealedTable[] = [
  { table: 'child', columns: ['iin', 'health_notes', 'case_notes'], iinHash: true },
  { table: 'family_applicant', columns: ['iin'], iinHash: true, checks: 'checks' },
  { table: 'mentor', columns: ['iin'], iinHash: true },
  { table: 'mentorship_meeting', columns: ['notes'] },
];

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

function reseal(purpose: string, value: unknown, options: ResealOptions, needPlain: boolean): Value {
  if (value == null) return { stored: null, changed: false };
  if (typeof value !== 'string') throw new Error(`${purpose} holds a value that is not text`);
  if (!isSealed(value)) {
    // Never quote the value: it may be personal data.
    if (options.plainValues === 'refuse') throw new Error(`${purpose} holds a value that is not encrypted`);
    return { stored: sealText(purpose, value), plain: value, changed: true };
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
    const detail = reseal(CHECK_DETAIL_PURPOSE, check.detail, options, false);
    if (!detail.changed) return check;
    changed = true;
    return { ...check, detail: detail.stored };
  });
  return { stored, changed };
}

async function resealBatch(execute: Execute, spec: SealedTable, after: string, options: ResealOptions): Promise<{ rows: Row[]; updated: number }> {
  // In the order values are pushed below: `iin_hash` right after `iin`, the checks last.
  const hashed = (column: string) => spec.iinHash === true && column === 'iin';
  const columns = [...spec.columns.flatMap((column) => (hashed(column) ? [column, 'iin_hash'] : [column])), ...(spec.checks ? [spec.checks] : [])];
  const casts = ['uuid', ...spec.columns.flatMap((column) => (hashed(column) ? ['text', 'varchar'] : ['text'])), ...(spec.checks ? ['jsonb'] : [])];
  const rows = await execute(
    `select "id", ${columns.map(quote).join(', ')} from ${quote(spec.table)} where "id" > ? order by "id" limit ? for update`,
    [after, options.batchSize ?? 500],
  );
  const updates: unknown[][] = [];
  for (const row of rows) {
    let changed = false;
    const values: unknown[] = [row.id];
    for (const column of spec.columns) {
      const value = reseal(`${spec.table}.${column}`, row[column], options, hashed(column));
      changed ||= value.changed;
      values.push(value.stored);
      if (hashed(column)) {
        const hash = value.plain == null ? null : hashIin(value.plain);
        changed ||= hash !== row.iin_hash;
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
  return resealTables(SEALED_TABLES, {
    plainValues: 'refuse',
    batchSize,
    batch: (work) => connection.transactional((trx) => work((sql, params) => connection.execute(sql, params, 'all', trx))),
  });
}
