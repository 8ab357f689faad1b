import { MikroORM, type Options, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { SeedManager } from '@mikro-orm/seeder';
import { RecordHistory } from '../modules/history/record-history.subscriber.js';
import { entities } from './entities.js';
import { migrationsList } from './migrations-list.js';

export type Orm = MikroORM;

/**
 * Every wait on the database is bounded, so a request fails fast with SERVICE_UNAVAILABLE instead
 * of hanging when the database is down, unreachable, overloaded or stuck on a lock: opening a
 * connection, waiting for a pooled one, and any single statement. Migrations lift the statement
 * bound (see migrate). A stopped database refuses connections at once: requests fail in milliseconds.
 */
export const DATABASE_TIMEOUTS = { connectMs: 1_500, acquireMs: 3_000, statementMs: 5_000 } as const;

export function ormOptions(clientUrl: string, overrides: Partial<Options> = {}): Options {
  return {
    driver: PostgreSqlDriver,
    clientUrl,
    entities,
    extensions: [Migrator, SeedManager],
    // Every change of a case record keeps its previous values, in the flush that makes it.
    subscribers: [new RecordHistory()],
    migrations: { migrationsList, path: 'migrations', pathTs: 'migrations', transactional: true, allOrNothing: true, snapshot: false },
    forceUtcTimezone: true,
    // Entities are the only way into the database; a typo in a filter must fail, not match everything.
    strict: true,
    validate: true,
    debug: false,
    pool: { min: 0, max: 20, acquireTimeoutMillis: DATABASE_TIMEOUTS.acquireMs },
    // Passed to node-postgres: connect timeout, server-side statement_timeout, and TCP keep-alive
    // probes from 10 s of silence on, so a vanished host is noticed at all.
    driverOptions: {
      connection: {
        connectionTimeoutMillis: DATABASE_TIMEOUTS.connectMs,
        statement_timeout: DATABASE_TIMEOUTS.statementMs,
        keepAlive: true,
        keepAliveInitialDelayMillis: 10_000,
      },
    },
    ...overrides,
  };
}

export async function initOrm(clientUrl: string, overrides: Partial<Options> = {}): Promise<Orm> {
  return MikroORM.init(ormOptions(clientUrl, overrides));
}

/** Runs every pending migration in one transaction; returns the names it ran. */
export async function migrate(orm: Orm): Promise<string[]> {
  // Building an index on a large table may take longer than a request's statement may.
  return orm.em.fork().transactional(async (em) => {
    await em.execute('set local statement_timeout = 0');
    const ran = await orm.getMigrator().up({ transaction: em.getTransactionContext() });
    return ran.map((migration) => migration.name);
  });
}
