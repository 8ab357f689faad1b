/**
 * MikroORM's CLI reads this, compiled (package.json "mikro-orm".configPaths): after `npm run build`,
 * `npx mikro-orm migration:list|pending|up|down|create`. It connects as the tables' owner
 * (MIGRATION_DATABASE_URL, else DATABASE_URL) with the server's own options. The embedded
 * development cluster needs no CLI: `npm start` migrates it.
 */
import 'reflect-metadata';
import { loadConfigOrExit } from './db/app-database.js';
import { ormOptions } from './db/orm.js';

export default function cliOptions() {
  const config = loadConfigOrExit();
  const url = config.migrationDatabaseUrl ?? config.databaseUrl;
  if (!url) {
    console.error('Configuration error: the MikroORM CLI needs MIGRATION_DATABASE_URL or DATABASE_URL');
    process.exit(1);
  }
  const options = ormOptions(url);
  // A migration may build an index for longer than a request's statement may run.
  const connection = { ...options.driverOptions?.connection, statement_timeout: 0 };
  return { ...options, driverOptions: { connection }, migrations: { ...options.migrations, emit: 'ts' as const } };
}
