import { normalizePassportNumber } from '../shared/passport.js';
import { createKeyring, keyedHash, open, seal, type EncryptionKeys, type Keyring } from '../shared/crypto/cipher.js';

/**
 * The process's encryption keys. Set once at start-up from the configuration (`src/main.ts`, the
 * CLIs, the test app) before the ORM reads or writes a sealed column; everything else only seals,
 * opens and hashes through this module.
 */
let keyring: Keyring | undefined;

export function useEncryptionKeys(keys: EncryptionKeys): void {
  keyring = createKeyring(keys);
}

function configured(): Keyring {
  if (!keyring) throw new Error('Encryption keys are not configured: call useEncryptionKeys(config.encryption) at start-up');
  return keyring;
}

/** Seals a value of a column; `purpose` is `<table>.<column>` and must be the same when it is opened. */
export function sealText(purpose: string, plaintext: string): string {
  return seal(configured(), purpose, plaintext);
}

export function openText(purpose: string, sealed: string): string {
  return open(configured(), purpose, sealed);
}

/** The id of the key new values are sealed with. */
export function currentKeyId(): string {
  return configured().currentKeyId;
}

/**
 * The keyed hash an IIN is looked up and kept unique by (`iin_hash` columns). One purpose for
 * every table, so the same person has the same hash as a child, an applicant or a mentor.
 */
export function hashIin(iin: string): string {
  return keyedHash(configured(), 'iin', iin);
}

/** The keyed hash a foreign applicant's passport is kept unique by: the issuing country and the number, as written without spaces or dashes. */
export function hashPassport(country: string, passportNumber: string): string {
  return keyedHash(configured(), 'passport', `${country.toUpperCase()}:${normalizePassportNumber(passportNumber)}`);
}
