import { z } from 'zod';

/**
 * The environment's plain variables as a zod schema: each says what it accepts and, refused, names
 * itself and the value given (secrets and keys are checked in config.ts, whose messages never quote them).
 * An empty variable counts as unset.
 */

const unset = (value: unknown) => (value === '' ? undefined : value);

/** A variable read from text by `parse`, which returns undefined for a value it refuses with `message`. */
function variable<T>(parse: (text: string) => T | undefined, message: (text: string) => string) {
  return z.preprocess(
    unset,
    z
      .string()
      .optional()
      .transform((text, context) => {
        if (text === undefined) return undefined;
        const value = parse(text);
        if (value === undefined) context.addIssue({ code: 'custom', message: message(text) });
        return value;
      }),
  );
}

const integer = (text: string, min: number, max: number) => {
  const value = Number(text);
  return Number.isInteger(value) && value >= min && value <= max ? value : undefined;
};

const boolean = (name: string) =>
  variable(
    (text) => (/^(1|true|yes|on)$/i.test(text) ? true : /^(0|false|no|off)$/i.test(text) ? false : undefined),
    (text) => `${name} must be true or false, got "${text}"`,
  );

/** A URL of one of `protocols`: not one at all, and of another kind, are told apart. */
const url = (name: string, protocols: readonly string[]) =>
  variable(
    (text) => (URL.canParse(text) && protocols.includes(new URL(text).protocol) ? text : undefined),
    (text) => (URL.canParse(text) ? `${name} must start with ${protocols.map((protocol) => `${protocol}//`).join(' or ')}` : `${name} is not a valid URL`),
  );

/** Each origin exactly as a browser sends it: scheme, host, port; no path, no trailing slash. */
const isOrigin = (text: string) => URL.canParse(text) && ['http:', 'https:'].includes(new URL(text).protocol) && new URL(text).origin === text;

export const envSchema = z.object({
  NODE_ENV: variable(
    (text) => (text === 'development' || text === 'production' || text === 'test' ? text : undefined),
    (text) => `NODE_ENV must be development, production or test, got "${text}"`,
  ),
  DATABASE_URL: url('DATABASE_URL', ['postgres:', 'postgresql:']),
  MIGRATION_DATABASE_URL: url('MIGRATION_DATABASE_URL', ['postgres:', 'postgresql:']),
  PORT: variable((text) => integer(text, 0, 65535), (text) => `PORT must be an integer between 0 and 65535, got "${text}"`),
  HOST: z.preprocess(unset, z.string().optional()),
  DATA_DIR: z.preprocess(unset, z.string().optional()),
  JWT_TTL_SECONDS: variable((text) => integer(text, 1, Number.MAX_SAFE_INTEGER), () => 'JWT_TTL_SECONDS must be a positive integer'),
  SEED_DEMO: boolean('SEED_DEMO'),
  TRUST_PROXY: boolean('TRUST_PROXY'),
  JOBS_IN_PROCESS: boolean('JOBS_IN_PROCESS'),
  PERSISTED_OPERATIONS_ONLY: boolean('PERSISTED_OPERATIONS_ONLY'),
  METRICS_TOKEN: z.preprocess(unset, z.string().optional()),
  CORS_ORIGINS: variable(
    (text) => {
      const origins = text.split(',').map((item) => item.trim()).filter(Boolean);
      return origins.every(isOrigin) ? origins : undefined;
    },
    (text) => {
      const bad = text.split(',').map((item) => item.trim()).find((item) => item && !isOrigin(item));
      return `CORS_ORIGINS must list origins like https://console.example.kz (no path or trailing slash), got "${bad}"`;
    },
  ),
  SMTP_URL: url('SMTP_URL', ['smtp:', 'smtps:']),
  MAIL_FROM: z.preprocess(unset, z.string().optional()),
  PUBLIC_URL: url('PUBLIC_URL', ['http:', 'https:']),
  DOCUMENT_MAX_BYTES: variable((text) => integer(text, 1, 2 ** 31 - 1), (text) => `DOCUMENT_MAX_BYTES must be a positive integer of bytes below 2 GiB, got "${text}"`),
  // Not quoted when refused: the URL carries the bucket's secret key.
  S3_URL: variable(
    (text) => (URL.canParse(text) && ['s3:', 's3+http:'].includes(new URL(text).protocol) ? text : undefined),
    () => 'S3_URL must look like s3://ACCESS_KEY:SECRET@host/bucket (s3+http:// without TLS)',
  ),
});

export type EnvVariables = z.infer<typeof envSchema>;
