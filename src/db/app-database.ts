import { join } from 'node:path';
import { ConfigError, loadConfig, type Config } from '../config/config.js';
import { ensureDatabase, withDatabaseName } from './databases.js';
import { ClusterInUseError, startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres.js';
import { useEncryptionKeys } from './encryption.js';

/** The database the application and its command-line tools use on the embedded cluster. */
export const APP_DATABASE = 'shanyraq';

/** Reads the configuration once and installs its encryption keys; a bad value ends the process with its message. */
export function loadConfigOrExit(): Config {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`Configuration error: ${error.message}`);
    process.exit(1);
  }
  useEncryptionKeys(config.encryption);
  return config;
}

/** DATABASE_URL, or the embedded cluster kept in DATA_DIR/pg (started here, stopped by the caller). */
export async function openAppDatabase(config: Config, log: (message: string) => void = () => {}): Promise<{ url: string; embedded?: EmbeddedDatabase }> {
  if (config.databaseUrl) return { url: config.databaseUrl };
  log('starting embedded PostgreSQL');
  const embedded = await startEmbeddedPostgres(join(config.dataDir, 'pg')).catch((error: unknown) => {
    if (!(error instanceof ClusterInUseError)) throw error;
    console.error(error.message);
    process.exit(1);
  });
  await ensureDatabase(embedded.url, APP_DATABASE);
  return { url: withDatabaseName(embedded.url, APP_DATABASE), embedded };
}
