/**
 * Loads the synthetic population into the development database.
 * Usage: node dist/src/db/seed-cli.js [demo|national]
 * Uses DATABASE_URL when set, otherwise the embedded PostgreSQL in DATA_DIR (default .data).
 * Prints counts only: the rows are synthetic, but the habit of never printing personal data is not.
 */
import { join } from 'node:path';
import { ConfigError, loadConfig, type Config } from '../config/config.js';
import { ensureDatabase, withDatabaseName } from './databases.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres.js';
import { useEncryptionKeys } from './encryption.js';
import { initOrm, migrate } from './orm.js';
import { seedDatabase, type SeedScale } from './seed.js';

const DATABASE = 'shanyraq';
const TABLES = ['region', 'child', 'sibling_group', 'family', 'family_applicant', 'family_kinship', 'mentor', 'placement', 'placement_transition', 'mentorship', 'mentorship_meeting', 'app_user'];

const argument = process.argv[2];
if (argument !== undefined && argument !== 'demo' && argument !== 'national') {
  console.error('usage: node dist/src/db/seed-cli.js [demo|national]');
  process.exit(2);
}
const scale: SeedScale = argument ?? 'demo';
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
    // The same cluster and database as the app (src/main.ts) uses by default.
    embedded = await startEmbeddedPostgres(join(config.dataDir, 'pg'));
    await ensureDatabase(embedded.url, DATABASE);
    url = withDatabaseName(embedded.url, DATABASE);
  }
  const orm = await initOrm(url);
  try {
    await migrate(orm);
    await seedDatabase(orm, { scale, log: (line) => console.log(line) });
    const connection = orm.em.getConnection();
    for (const table of TABLES) {
      const [row] = await connection.execute<{ count: string }[]>(`select count(*) as count from "${table}"`);
      console.log(`${table.padEnd(22)} ${row!.count}`);
    }
  } finally {
    await orm.close();
  }
  console.log(`seeded (${scale}) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} finally {
  await embedded?.stop();
}
