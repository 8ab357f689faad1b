/**
 * Re-encrypts every encrypted column with the current ENCRYPTION_KEY and recomputes the IIN hashes
 * with the current IIN_HASH_KEY, in batches; safe to run again (a second run changes nothing).
 * Usage: npm run keys:rotate   (the README's "Encryption at rest" says when and how)
 * Uses DATABASE_URL when set, otherwise the embedded PostgreSQL in DATA_DIR (stop the app first).
 * Prints counts only.
 */
import { join } from 'node:path';
import { ConfigError, loadConfig, type Config } from '../config/config.js';
import { withDatabaseName } from './databases.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres.js';
import { currentKeyId, useEncryptionKeys } from './encryption.js';
import { initOrm } from './orm.js';
import { resealDatabase } from './reseal.js';

let config: Config;
try {
  config = loadConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`Configuration error: ${error.message}`);
  process.exit(1);
}
useEncryptionKeys(config.encryption);
const started = performance.now();
let embedded: EmbeddedDatabase | undefined;
try {
  let url = config.databaseUrl;
  if (!url) {
    embedded = await startEmbeddedPostgres(join(config.dataDir, 'pg'));
    url = withDatabaseName(embedded.url, 'shanyraq');
  }
  const orm = await initOrm(url);
  try {
    if ((await orm.getMigrator().getPendingMigrations()).length > 0) {
      throw new Error('the database has pending migrations: start the app once (it migrates), then rotate');
    }
    console.log(`sealing with key ${currentKeyId()}`);
    for (const count of await resealDatabase(orm)) {
      console.log(`${count.table.padEnd(22)} ${String(count.updated).padStart(7)} of ${count.rows} rows re-encrypted`);
    }
  } finally {
    await orm.close();
  }
  console.log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} finally {
  await embedded?.stop();
}
