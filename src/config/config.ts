import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';

export type Environment = 'development' | 'production' | 'test';

export interface Config {
  env: Environment;
  databaseUrl?: string;
  dataDir: string;
  port: number;
  host: string;
  jwtSecret: string;
  /** Token lifetime in seconds. */
  jwtTtl: number;
  seedDemo: boolean;
}

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

function parsePort(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be an integer between 0 and 65535, got "${value}"`);
  }
  return port;
}

function parseBoolean(name: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  if (/^(1|true|yes|on)$/i.test(value)) return true;
  if (/^(0|false|no|off)$/i.test(value)) return false;
  throw new ConfigError(`${name} must be true or false, got "${value}"`);
}

function parseDatabaseUrl(value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError('DATABASE_URL is not a valid URL');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError('DATABASE_URL must start with postgres:// or postgresql://');
  }
  return value;
}

/** Development keeps one generated secret in DATA_DIR so tokens survive restarts. */
function developmentSecret(dataDir: string): string {
  const file = join(dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/** The only reader of process.env: everything else receives a Config. */
export function loadConfig(env: Env = process.env): Config {
  const nodeEnv = env.NODE_ENV ?? 'development';
  if (nodeEnv !== 'development' && nodeEnv !== 'production' && nodeEnv !== 'test') {
    throw new ConfigError(`NODE_ENV must be development, production or test, got "${nodeEnv}"`);
  }
  const production = nodeEnv === 'production';
  const databaseUrl = parseDatabaseUrl(env.DATABASE_URL);
  if (production && !databaseUrl) {
    throw new ConfigError('NODE_ENV=production requires DATABASE_URL (no embedded PostgreSQL in production)');
  }
  if (production && !env.JWT_SECRET) {
    throw new ConfigError('NODE_ENV=production requires JWT_SECRET');
  }
  if (env.JWT_SECRET !== undefined && env.JWT_SECRET !== '' && env.JWT_SECRET.length < 32) {
    throw new ConfigError('JWT_SECRET must be at least 32 characters');
  }
  const dataDir = resolve(env.DATA_DIR || '.data');
  const jwtTtl = Number(env.JWT_TTL_SECONDS ?? 8 * 3600);
  if (!Number.isInteger(jwtTtl) || jwtTtl <= 0) {
    throw new ConfigError('JWT_TTL_SECONDS must be a positive integer');
  }
  return {
    env: nodeEnv,
    databaseUrl,
    dataDir,
    port: parsePort(env.PORT, 4000),
    host: env.HOST || '127.0.0.1',
    jwtSecret: env.JWT_SECRET || developmentSecret(dataDir),
    jwtTtl,
    seedDemo: parseBoolean('SEED_DEMO', env.SEED_DEMO, nodeEnv === 'development'),
  };
}
