import { QueryHelper, ReferenceKind, type EntityClass, type EntityMetadata, type EntityProperty, type FilterQuery, type Platform } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * The read path. A page or a loader's batch is read into *read rows*: objects of the entity's
 * class (so `instanceof` and the entity's own getters hold, and the record guard places them as it
 * places entities) whose properties are getters over the row PostgreSQL sent. Nothing enters the
 * unit of work: no hydration, no identity map, no change tracking; a sealed column is opened only
 * when a resolver reads that property. Writes load entities with `em.find` as before: a read row is
 * never persisted, and a relation on it is a bare reference (`isInitialized()` false) whose record
 * the loaders fetch.
 */

const DATA = Symbol('read row data');

/** The mapped row (property names as keys) behind a read row. */
type RowData = Record<string, unknown>;

/** A relation of a read row: the primary key, under its property name, as MikroORM's references expose it. */
class RowReference {
  constructor(key: string, value: unknown) {
    (this as Record<string, unknown>)[key] = value;
  }

  isInitialized(): boolean {
    return false;
  }
}

/** Reading a property defines it on the row, so a converted value (an opened sealed column) is worked out once. */
function memo(row: object, name: string, value: unknown): unknown {
  Object.defineProperty(row, name, { value, enumerable: true, configurable: true });
  return value;
}

function embeddedValue(prop: EntityProperty, data: RowData, platform: Platform): object | null {
  const value: Record<string, unknown> = Object.create(prop.embeddable.prototype as object);
  let present = false;
  for (const child of Object.values(prop.embeddedProps)) {
    const raw = data[child.name];
    if (raw != null) present = true;
    value[child.embedded![1]] = raw == null || !child.customType ? raw : child.customType.convertToJSValue(raw, platform);
  }
  return present || !prop.nullable ? value : null;
}

function getterOf(prop: EntityProperty, meta: EntityMetadata, platform: Platform): (() => unknown) | undefined {
  const { name } = prop;
  if (prop.kind === ReferenceKind.ONE_TO_MANY || prop.kind === ReferenceKind.MANY_TO_MANY) {
    return function (this: object) {
      // Fail loudly: a resolver reaches collections through the loaders, batched.
      throw new Error(`${meta.className}.${name} is a collection, not loaded on a read row: use its loader`);
    };
  }
  if (prop.kind === ReferenceKind.EMBEDDED) {
    return function (this: { [DATA]: RowData }) {
      return memo(this, name, embeddedValue(prop, this[DATA], platform));
    };
  }
  if (prop.kind === ReferenceKind.MANY_TO_ONE || prop.kind === ReferenceKind.ONE_TO_ONE) {
    if (!prop.owner) return undefined;
    const key = prop.targetMeta!.primaryKeys[0]!;
    return function (this: { [DATA]: RowData }) {
      const value = this[DATA][name];
      return memo(this, name, value == null ? value : new RowReference(key, value));
    };
  }
  // A formula is selected with the row; any other unpersisted property is the entity's own getter.
  if (prop.embedded || (prop.persist === false && !prop.formula)) return undefined;
  const type = prop.customType;
  if (!type) {
    return function (this: { [DATA]: RowData }) {
      return this[DATA][name];
    };
  }
  return function (this: { [DATA]: RowData }) {
    const raw = this[DATA][name];
    return memo(this, name, raw == null ? raw : type.convertToJSValue(raw, platform));
  };
}

const prototypes = new WeakMap<EntityMetadata, object>();

/**
 * Per entity class, once: an object between the instances and the entity's prototype, with a
 * getter per property. It shadows the accessors MikroORM puts on the entity's prototype for
 * change tracking, which a read row must never reach.
 */
function rowPrototype(meta: EntityMetadata, platform: Platform): object {
  let prototype = prototypes.get(meta);
  if (prototype) return prototype;
  prototype = Object.create(meta.prototype as object) as object;
  for (const prop of meta.props) {
    const get = getterOf(prop, meta, platform);
    if (get) Object.defineProperty(prototype, prop.name, { get, enumerable: true, configurable: true });
  }
  prototypes.set(meta, prototype);
  return prototype;
}

export function isReadRow(value: object): boolean {
  return DATA in value;
}

function rowsOf<T>(meta: EntityMetadata, platform: Platform, data: RowData[]): T[] {
  const prototype = rowPrototype(meta, platform);
  return data.map((row) => {
    const record = Object.create(prototype) as { [DATA]: RowData };
    record[DATA] = row;
    return record as T;
  });
}

/** Rows matching a MikroORM filter, as read rows: for pages, whose filters the services compose. */
export async function findRows<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  where: FilterQuery<T>,
  options: { orderBy?: Record<string, 'asc' | 'desc'>; limit?: number } = {},
): Promise<T[]> {
  const meta = em.getMetadata().get(entity.name);
  // As em.find prepares a filter: values in their column's form (an enum array's literal, say).
  const prepared = QueryHelper.processWhere({ where: where as never, entityName: entity.name, metadata: em.getMetadata(), platform: em.getPlatform(), aliased: true });
  const data = await em.getDriver().find(entity.name, prepared, {
    orderBy: options.orderBy ? [options.orderBy as never] : undefined,
    limit: options.limit,
    ctx: em.getTransactionContext(),
  });
  return rowsOf<T>(meta, em.getPlatform(), data as RowData[]);
}

/** The select list of an entity's table, formulas included, aliased `e0`: built once per entity. */
const selectLists = new WeakMap<EntityMetadata, string>();

function selectList(meta: EntityMetadata, platform: Platform): string {
  let list = selectLists.get(meta);
  if (list) return list;
  const alias = platform.quoteIdentifier('e0');
  const columns = [`${alias}.*`];
  for (const prop of meta.props) {
    if (!prop.formula || prop.lazy) continue;
    const table = { alias, name: meta.tableName, schema: undefined, qualifiedName: meta.tableName, toString: () => alias };
    columns.push(`${prop.formula(table as never, meta.createColumnMappingObject())} as ${platform.quoteIdentifier(prop.fieldNames[0]!)}`);
  }
  list = columns.join(', ');
  selectLists.set(meta, list);
  return list;
}

/**
 * Rows whose column `key` (a property: its column is looked up) is one of `values`, as read rows,
 * in one statement: for the loaders, which batch by primary key or by parent.
 */
export async function rowsByKey<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  key: string,
  values: readonly string[],
  orderBy: Record<string, 'asc' | 'desc'> = {},
): Promise<T[]> {
  const meta = em.getMetadata().get(entity.name);
  const platform = em.getPlatform();
  const column = (property: string) => `${platform.quoteIdentifier('e0')}.${platform.quoteIdentifier(meta.properties[property as never]!.fieldNames[0]!)}`;
  const order = Object.entries(orderBy).map(([property, direction]) => `${column(property)} ${direction}`);
  const sql =
    `select ${selectList(meta, platform)} from ${platform.quoteIdentifier(meta.tableName)} as ${platform.quoteIdentifier('e0')}` +
    ` where ${column(key)} = any(?)` +
    (order.length ? ` order by ${order.join(', ')}` : '');
  const rows: RowData[] = await em.getConnection().execute(sql, [platform.marshallArray([...values])], 'all', em.getTransactionContext());
  const driver = em.getDriver();
  return rowsOf<T>(meta, platform, rows.map((row) => driver.mapResult(row, meta) as RowData));
}
