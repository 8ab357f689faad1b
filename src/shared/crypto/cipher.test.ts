import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createKeyring, DecryptionError, isSealed, keyedHash, keyId, open, seal, sealedKeyId, type EncryptionKeys } from './cipher.js';

const keys = (): EncryptionKeys => ({ key: randomBytes(32), previousKeys: [], hashKey: randomBytes(32) });
const IIN = '150314600123';

/** Flips one character of a base64url part, keeping the format valid. */
function alter(sealed: string, part: number): string {
  const parts = sealed.split(':');
  const text = parts[part]!;
  parts[part] = (text[0] === 'A' ? 'B' : 'A') + text.slice(1);
  return parts.join(':');
}

describe('sealing a value', () => {
  it.each([
    ['an IIN', IIN],
    ['an empty note', ''],
    ['Kazakh and Russian text over several lines', 'Денсаулығы жақсы.\nАллергия на пенициллин; 2-я группа.'],
    ['a long note', 'x'.repeat(10_000)],
  ])('opens %s to exactly what was sealed', (_, plaintext) => {
    const keyring = createKeyring(keys());
    expect(open(keyring, 'child.health_notes', seal(keyring, 'child.health_notes', plaintext))).toBe(plaintext);
  });

  it('writes the versioned format with the id of the key, and none of the text', () => {
    const material = keys();
    const sealed = seal(createKeyring(material), 'child.iin', IIN);
    expect(sealed).toMatch(/^v1:[\w-]{8}:[\w-]{16}:[\w-]{22}:[\w-]+$/);
    expect(sealedKeyId(sealed)).toBe(keyId(material.key));
    expect(isSealed(sealed)).toBe(true);
    expect(sealed).not.toContain(IIN);
  });

  it('draws a fresh IV every time: the same text never seals the same way twice', () => {
    const keyring = createKeyring(keys());
    const sealed = Array.from({ length: 1_000 }, () => seal(keyring, 'child.iin', IIN));
    expect(new Set(sealed).size).toBe(sealed.length);
    expect(new Set(sealed.map((value) => value.split(':')[2])).size).toBe(sealed.length);
  });

  it.each([
    ['the IV', 2],
    ['the tag', 3],
    ['the ciphertext', 4],
  ])('detects tampering with %s', (_, part) => {
    const keyring = createKeyring(keys());
    const sealed = seal(keyring, 'child.iin', IIN);
    expect(() => open(keyring, 'child.iin', alter(sealed, part))).toThrow(DecryptionError);
  });

  it('refuses a value moved to another column (the purpose is authenticated)', () => {
    const keyring = createKeyring(keys());
    const sealed = seal(keyring, 'mentor.iin', IIN);
    expect(() => open(keyring, 'child.case_notes', sealed)).toThrow(/authentication failed/);
  });

  it('refuses the wrong key without revealing anything', () => {
    const sealed = seal(createKeyring(keys()), 'child.iin', IIN);
    const other = createKeyring(keys());
    expect(() => open(other, 'child.iin', sealed)).toThrow(/unknown key/);
    // Same id, different key material: the id is forged onto the value, the tag still fails.
    const forged = sealed.replace(/^v1:[\w-]{8}:/, `v1:${other.currentKeyId}:`);
    expect(() => open(other, 'child.iin', forged)).toThrow(/authentication failed/);
    expect(() => open(other, 'child.iin', forged)).not.toThrow(new RegExp(IIN));
  });

  it.each([['plain text', IIN], ['a truncated value', 'v1:abc'], ['an unknown version', 'v2:AAAAAAAA:AAAAAAAAAAAAAAAA:AAAAAAAAAAAAAAAAAAAAAA:AA']])(
    'refuses %s',
    (_, value) => {
      expect(() => open(createKeyring(keys()), 'child.iin', value)).toThrow(/not a sealed value/);
    },
  );

  it('opens values sealed with a previous key after a rotation, and seals new ones with the new key', () => {
    const before = keys();
    const sealedBefore = seal(createKeyring(before), 'child.iin', IIN);
    const after = createKeyring({ key: randomBytes(32), previousKeys: [before.key], hashKey: before.hashKey });
    expect(open(after, 'child.iin', sealedBefore)).toBe(IIN);
    expect(sealedKeyId(seal(after, 'child.iin', IIN))).toBe(after.currentKeyId);
    expect(after.currentKeyId).not.toBe(keyId(before.key));
  });
});

describe('keys', () => {
  it.each([
    ['a short encryption key', { ...keys(), key: randomBytes(16) }, /32 bytes/],
    ['a short hash key', { ...keys(), hashKey: randomBytes(31) }, /32 bytes/],
    ['a short previous key', { ...keys(), previousKeys: [randomBytes(8)] }, /32 bytes/],
  ])('refuses %s', (_, material, message) => {
    expect(() => createKeyring(material)).toThrow(message);
  });

  it('refuses a hash key that is also an encryption key', () => {
    const material = keys();
    expect(() => createKeyring({ ...material, hashKey: material.key })).toThrow(/differ/);
  });
});

describe('the keyed hash of an IIN', () => {
  it('is stable for one key, differs between keys and between values, and is not the IIN', () => {
    const material = keys();
    const keyring = createKeyring(material);
    const hash = keyedHash(keyring, 'iin', IIN);
    expect(keyedHash(createKeyring({ ...material, key: randomBytes(32) }), 'iin', IIN)).toBe(hash);
    expect(keyedHash(createKeyring(keys()), 'iin', IIN)).not.toBe(hash);
    expect(keyedHash(keyring, 'iin', '150314600124')).not.toBe(hash);
    expect(hash).toMatch(/^[\w-]{43}$/);
    expect(hash).not.toContain(IIN);
  });
});
