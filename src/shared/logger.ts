import { pino, stdTimeFunctions, type DestinationStream } from 'pino';

/**
 * Structured one-line JSON logs (pino). Callers pass identifiers and counts, never personal data;
 * errors are reduced to their class and stack frames, because messages can quote values. As a
 * second lock, every field that names personal data is redacted by path wherever it appears
 * (top level or one object down), so a careless `{ email }` or `{ input }` never reaches a line.
 */
export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  error(message: string, error?: unknown, fields?: Record<string, unknown>): void;
}

/** Field names that hold personal data, secrets or what a client sent. */
export const REDACTED_FIELDS = [
  'iin', 'email', 'password', 'newPassword', 'token', 'authorization', 'cookie',
  'firstName', 'lastName', 'middleName', 'patronymic', 'fullName', 'displayName', 'name',
  'birthDate', 'phone', 'address', 'passportNumber', 'note', 'notes', 'healthNotes',
  'variables', 'input', 'query', 'body', 'headers',
] as const;

const REDACT_PATHS = REDACTED_FIELDS.flatMap((field) => [field, `*.${field}`]);

function errorSummary(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { errorType: typeof error };
  const frames = (error.stack ?? '').split('\n').filter((line) => line.trimStart().startsWith('at ')).slice(0, 8);
  return { errorType: error.name, code: (error as { code?: unknown }).code, frames };
}

export function createLogger(write?: (line: string) => void): Logger {
  const destination: DestinationStream | undefined = write && { write: (line: string) => write(line.replace(/\n$/, '')) };
  const options = {
    base: undefined,
    messageKey: 'message',
    timestamp: stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }) },
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
  };
  // Standard output, written synchronously: a line logged just before process.exit is not lost.
  const log = destination ? pino(options, destination) : pino(options);
  return {
    info: (message, fields) => log.info(fields ?? {}, message),
    error: (message, error, fields) => log.error({ ...fields, ...errorSummary(error) }, message),
  };
}

export const silentLogger: Logger = { info: () => {}, error: () => {} };
