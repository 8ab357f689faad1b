import { DecryptionError } from '../shared/crypto/cipher.js';
import { hashIin, openText } from './encryption.js';
import type { Orm } from './orm.js';
import { sealedTables } from './reseal.js';

/**
 * Whether this process's keys are the data's: opens one stored value of every sealed column and
 * checks one IIN hash. A wrong ENCRYPTION_KEY or IIN_HASH_KEY is then caught at start, not at the
 * first read of a child. Returns what is wrong (names a column, never a value), or undefined.
 */
export async function keyMismatch(orm: Orm): Promise<string | undefined> {
  const connection = orm.em.getConnection();
  for (const spec of sealedTables(orm)) {
    for (const column of spec.columns) {
      const hashed = column === 'iin' && spec.iinHash;
      const [row] = await connection.execute<{ value: string; hash?: string }[]>(
        `select "${column}" as value${hashed ? ', "iin_hash" as hash' : ''} from "${spec.table}" where "${column}" is not null limit 1`,
      );
      if (!row) continue;
      let plain: string;
      try {
        plain = openText(`${spec.table}.${column}`, row.value);
      } catch (error) {
        if (error instanceof DecryptionError) return `ENCRYPTION_KEY (or ENCRYPTION_KEYS) does not open the stored data: ${error.message}`;
        throw error;
      }
      if (hashed && row.hash && hashIin(plain) !== row.hash) return `IIN_HASH_KEY is not the key the IIN hashes of ${spec.table} were made with`;
    }
  }
  return undefined;
}
