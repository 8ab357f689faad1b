import { ReferenceKind, type EntityMetadata } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findRows, rowsByKey } from '../src/db/read-rows.js';
import { seedDatabase } from '../src/db/seed.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * The read path's rows must answer every property as the entity MikroORM hydrates from the same
 * row: a sealed column opened, a date, an enum array, an embeddable, a formula, a reference's key.
 * Checked for every entity over the demo data, so a new property or column type cannot drift.
 */

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
  await seedDatabase(app.orm, { scale: 'demo' });
}, 120_000);

afterAll(() => app?.close());

function valueOf(meta: EntityMetadata, record: Record<string, unknown>, name: string): unknown {
  const prop = meta.properties[name as never]!;
  const value = record[name];
  if (prop.kind === ReferenceKind.MANY_TO_ONE || prop.kind === ReferenceKind.ONE_TO_ONE) {
    return value == null ? null : (value as Record<string, unknown>)[prop.targetMeta!.primaryKeys[0]!];
  }
  // Embeddables compared by their fields, whatever their class carries besides.
  if (prop.kind === ReferenceKind.EMBEDDED) return value == null ? null : JSON.parse(JSON.stringify(value));
  return value ?? null;
}

const compared = (meta: EntityMetadata) =>
  meta.props.filter(
    (prop) =>
      !prop.embedded &&
      (prop.persist !== false || prop.formula) &&
      prop.kind !== ReferenceKind.ONE_TO_MANY &&
      prop.kind !== ReferenceKind.MANY_TO_MANY &&
      !((prop.kind === ReferenceKind.ONE_TO_ONE) && !prop.owner),
  );

describe('read rows', () => {
  it('answer every property of every entity as its hydrated entity does', async () => {
    const metas = Object.values(app.orm.getMetadata().getAll()).filter((meta) => !meta.embeddable && !meta.abstract && !meta.virtual && meta.class);
    let checkedKinds = 0;
    for (const meta of metas) {
      const em = app.orm.em.fork();
      const entities = (await em.find(meta.class, {}, { limit: 200, orderBy: { [meta.primaryKeys[0]!]: 'asc' } })) as Record<string, unknown>[];
      if (!entities.length) continue;
      checkedKinds++;
      const key = meta.primaryKeys[0]!;
      const keys = entities.map((entity) => String(entity[key]));
      const byKey = (await rowsByKey(em, meta.class, key, keys, { [key]: 'asc' })) as Record<string, unknown>[];
      const byFilter = (await findRows(em, meta.class, { [key]: { $in: keys } }, { orderBy: { [key]: 'asc' } })) as Record<string, unknown>[];
      for (const rows of [byKey, byFilter]) {
        expect(rows.map((row) => String(row[key]))).toEqual(keys);
        rows.forEach((row, index) => {
          expect(row).toBeInstanceOf(meta.class);
          for (const prop of compared(meta)) {
            expect(valueOf(meta, row, prop.name), `${meta.className}.${prop.name}`).toEqual(valueOf(meta, entities[index]!, prop.name));
          }
        });
      }
    }
    expect(checkedKinds).toBeGreaterThanOrEqual(12);
  });

  it('open a sealed column only when it is read, and never join the unit of work', async () => {
    const em = app.orm.em.fork();
    const [child] = (await findRows(em, app.orm.getMetadata().get('Child').class, {}, { limit: 1 })) as Record<string, unknown>[];
    expect(Object.keys(child!)).not.toContain('legalStatus');
    expect(typeof child!.legalStatus).toBe('string');
    expect(String(child!.legalStatus)).not.toMatch(/^v1:/);
    expect(em.getUnitOfWork().getIdentityMap().values()).toHaveLength(0);
  });

  it('refuse a collection rather than answer it empty', async () => {
    const em = app.orm.em.fork();
    const [family] = (await findRows(em, app.orm.getMetadata().get('Family').class, {}, { limit: 1 })) as Record<string, unknown>[];
    expect(() => family!.applicants).toThrow(/collection, not loaded on a read row/);
  });
});
