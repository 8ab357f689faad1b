import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/**
 * AES-256-GCM for sensitive columns, HMAC-SHA-256 for looking them up. Pure: every function takes
 * its keys, so it is tested without a database; `src/db/encryption.ts` holds the process's keys.
 *
 * A sealed value reads `v1:<keyId>:<iv>:<tag>:<ciphertext>` (base64url parts). The key id names
 * the key that sealed it, so a value sealed before a key rotation still opens with the old key.
 * The purpose (table and column, e.g. `child.iin`) is bound in as associated data: a value copied
 * into another column does not open there.
 */

export const KEY_BYTES = 32;
const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const SEALED = /^v1:([A-Za-z0-9_-]{8}):([A-Za-z0-9_-]{16}):([A-Za-z0-9_-]{22}):([A-Za-z0-9_-]*)$/;

/** The keys the process is configured with (see `src/config/config.ts`). */
export interface EncryptionKeys {
  /** Seals every new value. */
  key: Buffer;
  /** Keys of earlier generations, kept only to open values sealed before a rotation. */
  previousKeys: Buffer[];
  /** Keys the IIN hashes; independent of `key`, so rotating that key leaves every hash valid. */
  hashKey: Buffer;
}

export interface Keyring {
  currentKeyId: string;
  keys: ReadonlyMap<string, Buffer>;
  hashKey: Buffer;
}

/** Thrown for a value that does not open: not sealed, tampered with, or sealed by an unknown key. Never carries the value. */
export class DecryptionError extends Error {
  constructor(purpose: string, reason: string) {
    super(`Cannot decrypt ${purpose}: ${reason}`);
    this.name = 'DecryptionError';
  }
}

function assertKey(key: Buffer, name: string): void {
  if (key.length !== KEY_BYTES) throw new Error(`${name} must be ${KEY_BYTES} bytes, got ${key.length}`);
}

/** A short public name for a key, derived from it, so no one has to keep a table of ids. */
export function keyId(key: Buffer): string {
  return createHmac('sha256', key).update('shanyraq key id').digest().subarray(0, 6).toString('base64url');
}

export function createKeyring(keys: EncryptionKeys): Keyring {
  assertKey(keys.key, 'the encryption key');
  assertKey(keys.hashKey, 'the hash key');
  const byId = new Map<string, Buffer>();
  for (const key of [keys.key, ...keys.previousKeys]) {
    assertKey(key, 'every previous encryption key');
    const id = keyId(key);
    const known = byId.get(id);
    if (known && !known.equals(key)) throw new Error(`two encryption keys share the id ${id}`);
    byId.set(id, key);
  }
  if ([...byId.values()].some((key) => key.equals(keys.hashKey))) {
    throw new Error('the hash key must differ from every encryption key');
  }
  return { currentKeyId: keyId(keys.key), keys: byId, hashKey: keys.hashKey };
}

const associatedData = (id: string, purpose: string) => Buffer.from(`${VERSION}:${id}:${purpose}`, 'utf8');

export function seal(keyring: Keyring, purpose: string, plaintext: string): string {
  const id = keyring.currentKeyId;
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', keyring.keys.get(id)!, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(associatedData(id, purpose));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [VERSION, id, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), ciphertext.toString('base64url')].join(':');
}

export function open(keyring: Keyring, purpose: string, sealed: string): string {
  const parts = SEALED.exec(sealed);
  if (!parts) throw new DecryptionError(purpose, 'not a sealed value');
  const [, id, iv, tag, ciphertext] = parts as unknown as [string, string, string, string, string];
  const key = keyring.keys.get(id);
  if (!key) throw new DecryptionError(purpose, `sealed by unknown key ${id} (add it to ENCRYPTION_KEYS)`);
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'), { authTagLength: TAG_BYTES });
  decipher.setAAD(associatedData(id, purpose));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  try {
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    throw new DecryptionError(purpose, 'authentication failed (wrong key or altered value)');
  }
}

/** Whether a stored value has the sealed format (it may still fail to open). */
export function isSealed(value: string): boolean {
  return SEALED.test(value);
}

/** The id of the key that sealed a value, or undefined for a value that is not sealed. */
export function sealedKeyId(value: string): string | undefined {
  return SEALED.exec(value)?.[1];
}

/** A keyed hash (blind index): equal inputs give equal hashes, but without the key it reveals nothing. */
export function keyedHash(keyring: Keyring, purpose: string, value: string): string {
  return createHmac('sha256', keyring.hashKey).update(`${purpose}\0${value}`, 'utf8').digest('base64url');
}
