/** The first retry after a failure waits this long; each further failure doubles the wait. */
const FIRST_RETRY_MS = 30_000;
/** A message whose server stays down is tried at least hourly, for as long as it takes: it is never dropped. */
const LONGEST_WAIT_MS = 3_600_000;

/** How long to wait after the `attempts`-th failed attempt (1 for the first). */
export function retryDelayMs(attempts: number): number {
  return Math.min(LONGEST_WAIT_MS, FIRST_RETRY_MS * 2 ** Math.max(0, Math.min(attempts - 1, 20)));
}

/** The class of a sending failure, fit for the outbox row and the log: the SMTP reply code or the error's code, never its text. */
export function failureClass(error: unknown): string {
  const { responseCode, code } = (error ?? {}) as { responseCode?: unknown; code?: unknown };
  if (typeof responseCode === 'number') return `SMTP ${responseCode}`;
  if (typeof code === 'string' && /^[A-Z_0-9]{1,40}$/.test(code)) return code;
  return error instanceof Error ? error.name.slice(0, 60) : 'unknown';
}
