import { MikroORM, type Options, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { SeedManager } from '@mikro-orm/seeder';
import { entities } from './entities.js';
import { migrationsList } from './migrations-list.js';

export type Orm = MikroORM;

export function ormOptions(clientUrl: string, overrides: Partial<Options> = {}): Options {
  return {
    driver: PostgreSqlDriver,
    clientUrl,
    entities,
    extensions: [Migrator, SeedManager],
    migrations: { migrationsList, path: 'migrations', pathTs: 'migrations', transactional: true, allOrNothing: true, snapshot: false },
    forceUtcTimezone: true,
    // Entities are the only way into the database; a typo in a filter must fail, not match everything.
    strict: true,
    validate: true,
    debug: false,
    pool: { min: 0, max: 20 },
    ...overrides,
  };
}

export async function initOrm(clientUrl: string, overrides: Partial<Options> = {}): Promise<Orm> {
  return MikroORM.init(ormOptions(clientUrl, overrides));
}

export async function migrate(orm: Orm): Promise<void> {
  await orm.getMigrator().up();
}
