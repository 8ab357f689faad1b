/**
 * Structured one-line JSON logs. Callers pass identifiers and counts, never personal data;
 * errors are reduced to their class and stack frames, because messages can quote values.
 */
export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  error(message: string, error?: unknown, fields?: Record<string, unknown>): void;
}

function errorSummary(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { errorType: typeof error };
  const frames = (error.stack ?? '').split('\n').filter((line) => line.trimStart().startsWith('at ')).slice(0, 8);
  return { errorType: error.name, code: (error as { code?: unknown }).code, frames };
}

export function createLogger(write: (line: string) => void = (line) => process.stdout.write(`${line}\n`)): Logger {
  const emit = (level: string, message: string, fields?: Record<string, unknown>) =>
    write(JSON.stringify({ time: new Date().toISOString(), level, message, ...fields }));
  return {
    info: (message, fields) => emit('info', message, fields),
    error: (message, error, fields) => emit('error', message, { ...fields, ...errorSummary(error) }),
  };
}

export const silentLogger: Logger = { info: () => {}, error: () => {} };
