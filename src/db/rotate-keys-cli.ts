/**
 * Re-encrypts every encrypted column with the current ENCRYPTION_KEY and recomputes the IIN hashes
 * with the current IIN_HASH_KEY, in batches; safe to run again (a second run changes nothing).
 * Usage: npm run keys:rotate   (the README's "Encryption at rest" says when and how)
 * Uses DATABASE_URL when set, otherwise the embedded PostgreSQL in DATA_DIR (stop the app first).
 * Prints counts only.
 */
import { loadConfigOrExit, openAppDatabase } from './app-database.js';
import type { EmbeddedDatabase } from './embedded-postgres.js';
import { currentKeyId } from './encryption.js';
import { initOrm } from './orm.js';
import { resealDatabase } from './reseal.js';

const config = loadConfigOrExit();
const started = performance.now();
let embedded: EmbeddedDatabase | undefined;
try {
  const database = await openAppDatabase(config);
  embedded = database.embedded;
  const orm = await initOrm(database.url);
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
