import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const dataDir = () => mkdtempSync(join(tmpdir(), 'shanyraq-config-'));
const key = () => randomBytes(32).toString('base64');
const PRODUCTION = { NODE_ENV: 'production', DATABASE_URL: 'postgres://db/x', JWT_SECRET: randomBytes(32).toString('base64url'), ENCRYPTION_KEY: key(), IIN_HASH_KEY: key() };
const keyOf = (bytes: number[] | Buffer) => Buffer.from(bytes).toString('base64');

describe('configuration', () => {
  it('has development defaults and keeps one generated secret in DATA_DIR', () => {
    const dir = dataDir();
    const config = loadConfig({ DATA_DIR: dir });
    expect(config).toMatchObject({ env: 'development', port: 4000, host: '127.0.0.1', seedDemo: true, databaseUrl: undefined });
    expect(readFileSync(join(dir, 'jwt-secret'), 'utf8')).toBe(config.jwtSecret);
    expect(loadConfig({ DATA_DIR: dir }).jwtSecret).toBe(config.jwtSecret);
  });

  it.each([
    [{ PORT: 'abc' }, /PORT/],
    [{ PORT: '70000' }, /PORT/],
    [{ SEED_DEMO: 'maybe' }, /SEED_DEMO/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL/],
    [{ NODE_ENV: 'staging' }, /NODE_ENV/],
    [{ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/x' }, /JWT_SECRET/],
    [{ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) }, /DATABASE_URL/],
    [{ JWT_SECRET: 'short' }, /JWT_SECRET/],
    [{ ...PRODUCTION, ENCRYPTION_KEY: undefined }, /requires ENCRYPTION_KEY/],
    [{ ...PRODUCTION, IIN_HASH_KEY: undefined }, /requires IIN_HASH_KEY/],
    [{ ENCRYPTION_KEY: randomBytes(16).toString('base64') }, /ENCRYPTION_KEY must be 32 bytes/],
    [{ ENCRYPTION_KEY: 'not base64 at all!'.padEnd(44, '!') }, /ENCRYPTION_KEY must be 32 bytes/],
    [{ IIN_HASH_KEY: 'c2hvcnQ=' }, /IIN_HASH_KEY must be 32 bytes/],
    [{ ENCRYPTION_KEYS: `${key()},short` }, /ENCRYPTION_KEYS/],
    [{ ...PRODUCTION, IIN_HASH_KEY: PRODUCTION.ENCRYPTION_KEY }, /IIN_HASH_KEY must differ/],
    [{ DOCUMENT_MAX_BYTES: '20MB' }, /DOCUMENT_MAX_BYTES must be a positive integer of bytes/],
    [{ DOCUMENT_MAX_BYTES: '0' }, /DOCUMENT_MAX_BYTES/],
    [{ S3_URL: 'https://key:secret@s3.example.kz/bucket' }, /^S3_URL must look like s3:\/\/ACCESS_KEY:SECRET@host\/bucket/],
  ])('refuses %o with a clear message', (env, message) => {
    expect(() => loadConfig({ DATA_DIR: dataDir(), ...env })).toThrow(ConfigError);
    expect(() => loadConfig({ DATA_DIR: dataDir(), ...env })).toThrow(message);
  });

  it.each([
    ['one repeated letter', { JWT_SECRET: 'x'.repeat(40) }, /^JWT_SECRET is too predictable to be a secret \(it has only 1 distinct value\)/],
    ['few distinct characters', { JWT_SECRET: 'test-secret-test-secret-test-secret-42' }, /^JWT_SECRET .*only 8 distinct values/],
    ['a counting sequence', { JWT_SECRET: 'abcdefghijklmnopqrstuvwxyzABCDEF' }, /^JWT_SECRET .*estimated entropy is about 7 bits/],
    ['a repeated phrase', { JWT_SECRET: 'Tr0ub4dor&3-mY-Tr0ub4dor&3-mY-Tr0ub4dor&3-mY' }, /^JWT_SECRET .*repeats a sequence of 15/],
    ['an all-zero ENCRYPTION_KEY', { ENCRYPTION_KEY: keyOf(Buffer.alloc(32)) }, /^ENCRYPTION_KEY .*only 1 distinct value.*openssl rand -base64 32/],
    ['a repeating ENCRYPTION_KEY', { ENCRYPTION_KEY: keyOf(Buffer.alloc(32, randomBytes(16))) }, /^ENCRYPTION_KEY .*repeats a sequence of 16/],
    ['a counting IIN_HASH_KEY', { IIN_HASH_KEY: keyOf(Array.from({ length: 32 }, (_, i) => i)) }, /^IIN_HASH_KEY .*estimated entropy/],
  ])('refuses a predictable secret in production: %s, naming the variable but never the value', (_name, weak, message) => {
    const env = { ...PRODUCTION, ...weak };
    let error: unknown;
    try {
      loadConfig(env);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain(Object.values(weak)[0]);
  });

  it('accepts random secrets of the shortest allowed size, and a weak old key kept only to decrypt', () => {
    for (let i = 0; i < 500; i++) {
      expect(() => loadConfig({ ...PRODUCTION, JWT_SECRET: randomBytes(24).toString('base64url'), ENCRYPTION_KEY: key(), IIN_HASH_KEY: key() })).not.toThrow();
    }
    // Rotating away from a weak key puts it in ENCRYPTION_KEYS until the data is re-encrypted.
    expect(loadConfig({ ...PRODUCTION, ENCRYPTION_KEYS: keyOf(Buffer.alloc(32)) }).encryption.previousKeys).toHaveLength(1);
  });

  it('limits documents to 20 MB unless DOCUMENT_MAX_BYTES says otherwise, and keeps them under DATA_DIR unless S3_URL is set', () => {
    expect(loadConfig({ DATA_DIR: dataDir() })).toMatchObject({ documentMaxBytes: 20 * 1024 * 1024, s3Url: undefined });
    expect(loadConfig({ DATA_DIR: dataDir(), DOCUMENT_MAX_BYTES: '1000', S3_URL: 's3+http://k:s@127.0.0.1:9000/docs' })).toMatchObject({ documentMaxBytes: 1000, s3Url: 's3+http://k:s@127.0.0.1:9000/docs' });
  });

  it('turns demo seeding off in production unless asked', () => {
    const config = loadConfig(PRODUCTION);
    expect(config.seedDemo).toBe(false);
  });

  it('generates the encryption and IIN hash keys once in development, readable by the owner only', () => {
    const dir = dataDir();
    const config = loadConfig({ DATA_DIR: dir });
    for (const [file, value] of [['encryption-key', config.encryption.key], ['iin-hash-key', config.encryption.hashKey]] as const) {
      expect(Buffer.from(readFileSync(join(dir, file), 'utf8'), 'base64').equals(value)).toBe(true);
      expect(statSync(join(dir, file)).mode & 0o777).toBe(0o600);
    }
    expect(config.encryption.key.length).toBe(32);
    expect(config.encryption.key.equals(config.encryption.hashKey)).toBe(false);
    const again = loadConfig({ DATA_DIR: dir }).encryption;
    expect(again.key.equals(config.encryption.key) && again.hashKey.equals(config.encryption.hashKey)).toBe(true);
  });

  it('takes the keys from the environment, old keys kept for decryption', () => {
    const old = [key(), key()];
    const config = loadConfig({ ...PRODUCTION, ENCRYPTION_KEYS: ` ${old[0]}, ${old[1]} ` });
    expect(config.encryption.key.toString('base64')).toBe(PRODUCTION.ENCRYPTION_KEY);
    expect(config.encryption.hashKey.toString('base64')).toBe(PRODUCTION.IIN_HASH_KEY);
    expect(config.encryption.previousKeys.map((each) => each.toString('base64'))).toEqual(old);
  });
});
