/**
 * The production migration step: `npm run migrate`, before the new server starts.
 * Connects as the tables' owner (MIGRATION_DATABASE_URL, else DATABASE_URL), runs what is pending,
 * then grants the server's role (the user of DATABASE_URL, when it is another one) what it needs
 * and no more (src/db/roles.ts). Without either URL it migrates the embedded development cluster.
 */
import 'reflect-metadata';
import { loadConfigOrExit, openAppDatabase } from './app-database.js';
import type { EmbeddedDatabase } from './embedded-postgres.js';
import { initOrm, migrate } from './orm.js';
import { grantApplicationRole, roleOf } from './roles.js';

const config = loadConfigOrExit();
let embedded: EmbeddedDatabase | undefined;
let failed = false;
try {
  let ownerUrl = config.migrationDatabaseUrl;
  if (!ownerUrl) {
    const database = await openAppDatabase(config);
    embedded = database.embedded;
    ownerUrl = database.url;
  }
  const orm = await initOrm(ownerUrl);
  try {
    const ran = await migrate(orm);
    console.log(ran.length ? `ran ${ran.length} migration(s): ${ran.join(', ')}` : 'no migration pending');
    const appRole = config.databaseUrl && roleOf(config.databaseUrl);
    if (appRole && appRole !== roleOf(ownerUrl)) {
      await grantApplicationRole(orm, appRole);
      console.log(`granted role ${appRole} row access`);
    } else if (config.env === 'production') {
      console.log('warning: DATABASE_URL signs in as the owner; the server should use a role that owns nothing (README, "Running in production")');
    }
  } finally {
    await orm.close();
  }
} catch (error) {
  failed = true;
  console.error(`migration failed: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  await embedded?.stop();
}
process.exit(failed ? 1 : 0);
