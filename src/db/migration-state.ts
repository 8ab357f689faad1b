import type { Orm } from './orm.js';
import { migrationsList } from './migrations-list.js';

/** PostgreSQL's "undefined_table": a database no migration has touched yet. */
const UNDEFINED_TABLE = '42P01';

/**
 * The migrations of this build that the database has not run, read with a plain select: the
 * Migrator's own check creates its table first, which the application role may not do.
 */
export async function pendingMigrations(orm: Orm): Promise<string[]> {
  let executed: { name: string }[];
  try {
    executed = await orm.em.getConnection().execute<{ name: string }[]>('select name from mikro_orm_migrations');
  } catch (error) {
    if ((error as { code?: string }).code === UNDEFINED_TABLE) return migrationsList.map((migration) => migration.name);
    throw error;
  }
  const done = new Set(executed.map((row) => row.name.replace(/\.[jt]s$/, '')));
  return migrationsList.map((migration) => migration.name).filter((name) => !done.has(name));
}

/** The one line an operator reads when the server will not start over an old schema. */
export function pendingMigrationsMessage(pending: readonly string[]): string {
  return `Refusing to start: ${pending.length} migration(s) pending (${pending.join(', ')}). Run "npm run migrate" as the database owner first.`;
}
