import { keyMismatch } from '../db/key-check.js';
import { pendingMigrations } from '../db/migration-state.js';
import type { Orm } from '../db/orm.js';

/** How long a probe waits for the database: a health check must answer even when the database does not. */
const PROBE_TIMEOUT_MS = 1_000;

function within<T>(work: Promise<T>, fallback: T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<T>((resolve) => (timer = setTimeout(() => resolve(fallback), PROBE_TIMEOUT_MS)));
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

export interface Readiness {
  ready: boolean;
  checks: { database: string; migrations: string; encryptionKey: string };
}

/**
 * /readyz: the database answers, no migration of this build is pending, the keys open the data.
 * The last two cannot turn false once true in a running process, so each is checked until it holds.
 */
export function createReadiness(orm: Orm): () => Promise<Readiness> {
  let migrated = false;
  let keysMatch = false;
  return async () => {
    const database = await within(orm.em.getConnection().execute('select 1').then(() => 'ok', () => 'unavailable'), 'unavailable');
    if (database === 'ok' && !migrated) {
      const pending = await within(pendingMigrations(orm).catch(() => undefined), undefined);
      migrated = pending?.length === 0;
    }
    let encryptionKey = keysMatch ? 'ok' : 'unchecked';
    if (database === 'ok' && !keysMatch) {
      const mismatch = await within(keyMismatch(orm).catch(() => 'unchecked'), 'unchecked');
      keysMatch = mismatch === undefined;
      encryptionKey = keysMatch ? 'ok' : mismatch === 'unchecked' ? 'unchecked' : 'mismatch';
    }
    const checks = { database, migrations: migrated ? 'ok' : database === 'ok' ? 'pending' : 'unchecked', encryptionKey };
    return { ready: Object.values(checks).every((check) => check === 'ok'), checks };
  };
}
