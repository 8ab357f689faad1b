/**
 * Generates a migration from the difference between the entities and a scratch database.
 * Usage: npm run migration:create  (then add the new class to src/db/migrations-list.ts)
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import { migrationsList } from './migrations-list.js';
import { initOrm } from './orm.js';

const dir = mkdtempSync(join(tmpdir(), 'shanyraq-migration-'));
chmodSync(dir, 0o755); // the cluster runs as the postgres user when we are root
const database = await startEmbeddedPostgres(join(dir, 'pg'));
try {
  const orm = await initOrm(database.url, { migrations: { migrationsList, path: 'migrations', emit: 'ts', snapshot: false } });
  await orm.getMigrator().up();
  const result = await orm.getMigrator().createMigration('migrations', false, process.argv[2] === 'initial');
  console.log(result.fileName ? `created migrations/${result.fileName}` : 'no changes');
  await orm.close();
} finally {
  await database.stop();
  rmSync(dir, { recursive: true, force: true });
}
