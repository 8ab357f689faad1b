import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import { KEY_BYTES, type EncryptionKeys } from '../shared/crypto/cipher.js';
import { envSchema } from './env-schema.js';
import { secretWeakness } from './secret-strength.js';

export type Environment = 'development' | 'production' | 'test';

export interface Config {
  env: Environment;
  databaseUrl?: string;
  /** The tables' owner, for `npm run migrate` only; the server itself connects with DATABASE_URL. */
  migrationDatabaseUrl?: string;
  dataDir: string;
  port: number;
  host: string;
  jwtSecret: string;
  /** Token lifetime in seconds. */
  jwtTtl: number;
  seedDemo: boolean;
  /** Behind one reverse proxy: the client is the address it appends to X-Forwarded-For. */
  trustProxy: boolean;
  /** Origins (scheme://host[:port]) whose pages may call the API from a browser; none by default. */
  corsOrigins?: string[];
  /** Bearer token /metrics asks for; without it /metrics is open in development and off in production. */
  metricsToken?: string;
  /** Keys of the encrypted columns and of the IIN hashes (README, "Encryption at rest"). */
  encryption: EncryptionKeys;
  /** Where mail goes (`smtp://…`); unset: messages stay in the outbox, readable by administrators. */
  smtpUrl?: string;
  /** The sender of the service's mail. */
  mailFrom?: string;
  /** Where the service's pages are, for the links in its mail. */
  publicUrl?: string;
  /** Whether this process runs the job queue beside the API (`npm run worker` runs it alone). */
  jobsInProcess?: boolean;
  /** Run only the console's own operations, by their documentId (src/http/persisted-operations.ts). */
  persistedOperationsOnly?: boolean;
  /** The largest document an upload may hold, in bytes (20 MB unless set). */
  documentMaxBytes?: number;
  /** An S3-compatible bucket for document blobs; unset: a folder under DATA_DIR. */
  s3Url?: string;
}

/** 20 MB: a scanned court decision or medical report, with room to spare. */
export const DEFAULT_DOCUMENT_MAX_BYTES = 20 * 1024 * 1024;

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

/** Development keeps each generated secret in a file of DATA_DIR, so tokens and encrypted data survive restarts. */
function developmentSecret(dataDir: string, name: string, encoding: 'base64' | 'base64url'): string {
  const file = join(dataDir, name);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString(encoding);
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/** A 32-byte key written in base64 (or base64url); anything else is refused rather than silently truncated. */
function parseKey(name: string, value: string): Buffer {
  const text = value.trim();
  const key = Buffer.from(text, 'base64');
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(text) || key.length !== KEY_BYTES) {
    throw new ConfigError(`${name} must be ${KEY_BYTES} bytes in base64 (generate one with: openssl rand -base64 32)`);
  }
  return key;
}

/** Production refuses a secret that looks guessable, naming the variable and the reason, never the value. */
function refuseWeakSecret(name: string, symbols: readonly number[], advice: string): void {
  const weakness = secretWeakness(symbols);
  if (weakness) throw new ConfigError(`${name} is too predictable to be a secret (${weakness}); ${advice}`);
}

const RANDOM_KEY_ADVICE = 'generate one with: openssl rand -base64 32';

function parseEncryption(env: Env, production: boolean, dataDir: string): EncryptionKeys {
  if (production && !env.ENCRYPTION_KEY) throw new ConfigError('NODE_ENV=production requires ENCRYPTION_KEY');
  if (production && !env.IIN_HASH_KEY) throw new ConfigError('NODE_ENV=production requires IIN_HASH_KEY');
  const key = parseKey('ENCRYPTION_KEY', env.ENCRYPTION_KEY || developmentSecret(dataDir, 'encryption-key', 'base64'));
  const hashKey = parseKey('IIN_HASH_KEY', env.IIN_HASH_KEY || developmentSecret(dataDir, 'iin-hash-key', 'base64'));
  // Old keys are not checked: a weak key must be able to move there while it is rotated out.
  if (production) {
    refuseWeakSecret('ENCRYPTION_KEY', [...key], RANDOM_KEY_ADVICE);
    refuseWeakSecret('IIN_HASH_KEY', [...hashKey], RANDOM_KEY_ADVICE);
  }
  const previousKeys = (env.ENCRYPTION_KEYS ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item) => parseKey('every key of ENCRYPTION_KEYS', item));
  if ([key, ...previousKeys].some((each) => each.equals(hashKey))) {
    throw new ConfigError('IIN_HASH_KEY must differ from ENCRYPTION_KEY and from every key of ENCRYPTION_KEYS');
  }
  return { key, previousKeys, hashKey };
}

/** The only reader of process.env: everything else receives a Config. */
export function loadConfig(env: Env = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) throw new ConfigError(parsed.error.issues[0]!.message);
  const vars = parsed.data;
  const nodeEnv = vars.NODE_ENV ?? 'development';
  const production = nodeEnv === 'production';
  const databaseUrl = vars.DATABASE_URL;
  if (production && !databaseUrl) {
    throw new ConfigError('NODE_ENV=production requires DATABASE_URL (no embedded PostgreSQL in production)');
  }
  if (production && !env.JWT_SECRET) {
    throw new ConfigError('NODE_ENV=production requires JWT_SECRET');
  }
  if (env.JWT_SECRET !== undefined && env.JWT_SECRET !== '' && env.JWT_SECRET.length < 32) {
    throw new ConfigError('JWT_SECRET must be at least 32 characters');
  }
  if (production) refuseWeakSecret('JWT_SECRET', [...env.JWT_SECRET!].map((char) => char.codePointAt(0)!), RANDOM_KEY_ADVICE);
  const dataDir = resolve(vars.DATA_DIR ?? '.data');
  const host = vars.HOST ?? '127.0.0.1';
  const port = vars.PORT ?? 4000;
  return {
    env: nodeEnv,
    databaseUrl,
    migrationDatabaseUrl: vars.MIGRATION_DATABASE_URL,
    dataDir,
    port,
    host,
    jwtSecret: env.JWT_SECRET || developmentSecret(dataDir, 'jwt-secret', 'base64url'),
    jwtTtl: vars.JWT_TTL_SECONDS ?? 8 * 3600,
    seedDemo: vars.SEED_DEMO ?? nodeEnv === 'development',
    trustProxy: vars.TRUST_PROXY ?? false,
    metricsToken: vars.METRICS_TOKEN,
    corsOrigins: vars.CORS_ORIGINS ?? [],
    encryption: parseEncryption(env, production, dataDir),
    smtpUrl: vars.SMTP_URL,
    mailFrom: vars.MAIL_FROM ?? 'Shanyraq <no-reply@shanyraq.kz>',
    publicUrl: vars.PUBLIC_URL ?? `http://${host}:${port}`,
    jobsInProcess: vars.JOBS_IN_PROCESS ?? true,
    persistedOperationsOnly: vars.PERSISTED_OPERATIONS_ONLY ?? false,
    documentMaxBytes: vars.DOCUMENT_MAX_BYTES ?? DEFAULT_DOCUMENT_MAX_BYTES,
    s3Url: vars.S3_URL,
  };
}
