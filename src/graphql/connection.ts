import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Max, Min } from 'class-validator';
import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { findRows, rowsByKey } from '../db/read-rows.js';
import { badInput } from '../shared/app-error.js';
import { isUuid } from '../shared/uuid.js';

export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: `At most ${MAX_PAGE_SIZE}.` })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first!: number;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  after?: string;
}

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field()
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Connection<T> {
  edges: { node: T; cursor: string }[];
  pageInfo: PageInfo;
  /** Counted when GraphQL reads it, that is only when the query selects it: the count is a scan of every matching row. */
  readonly totalCount: number | Promise<number>;
}

/** Relay connection types for a node type: `<Name>Connection` and `<Name>Edge`. */
export function ConnectionType<T extends object>(Node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => Node)
    node!: T;

    @Field()
    cursor!: string;
  }

  @ObjectType(`${name}Connection`)
  class NodeConnection implements Connection<T> {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int)
    totalCount!: number | Promise<number>;
  }
  return NodeConnection;
}

const encodeCursor = (id: string) => Buffer.from(id).toString('base64url');

function decodeCursor(cursor: string): string {
  const id = Buffer.from(cursor, 'base64url').toString();
  if (!isUuid(id)) throw badInput('after', 'Unknown cursor');
  return id;
}

/**
 * Keyset pagination by id: ids are UUIDv7, so pages follow registration order and stay stable
 * while rows are added. One query for the page, read as read rows (src/db/read-rows.ts); one for
 * the count if the query asks for it.
 */
export async function paginate<T extends { id: string }>(
  em: EntityManager,
  entity: EntityClass<T>,
  where: FilterQuery<T>,
  { first, after }: PageArgs,
): Promise<Connection<T>> {
  const page = after ? ({ $and: [where, { id: { $gt: decodeCursor(after) } }] } as FilterQuery<T>) : where;
  const rows = await findRows(em, entity, page, { orderBy: { id: 'asc' }, limit: first + 1 });
  return connectionOf(rows, first, after, () => em.count(entity, where));
}

/**
 * The same pages over the ids of every matching record, in ascending order, for a filter that
 * SQL cannot apply (on sealed columns): one query for the page.
 */
export async function paginateIds<T extends { id: string }>(em: EntityManager, entity: EntityClass<T>, ids: readonly string[], { first, after }: PageArgs): Promise<Connection<T>> {
  const cursor = after ? decodeCursor(after) : undefined;
  const start = cursor ? ids.findIndex((id) => id > cursor) : 0;
  const pageIds = start < 0 ? [] : ids.slice(start, start + first + 1);
  const rows = pageIds.length ? await rowsByKey(em, entity, 'id', pageIds, { id: 'asc' }) : [];
  return connectionOf(rows, first, after, () => ids.length);
}

function connectionOf<T extends { id: string }>(rows: T[], first: number, after: string | undefined, count: () => number | Promise<number>): Connection<T> {
  const nodes = rows.slice(0, first);
  const edges = nodes.map((node) => ({ node, cursor: encodeCursor(node.id) }));
  let totalCount: number | Promise<number> | undefined;
  return {
    edges,
    // A getter, read by GraphQL's field resolution: once however many aliases select it.
    get totalCount() {
      return (totalCount ??= count());
    },
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: Boolean(after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
