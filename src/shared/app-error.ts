/** The error codes the API promises (extensions.code). */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  /** A HARD eligibility rule fails, or an ACTION rule is still open; `ruleCodes` name them. */
  NOT_ELIGIBLE = 'NOT_ELIGIBLE',
  /** Too many sign-ins (failed, or successful) for this email or from this address; the message says when to retry. */
  TOO_MANY_ATTEMPTS = 'TOO_MANY_ATTEMPTS',
  /** The new record is likely a person already registered (`possibleDuplicates` names the records you may see); send `confirmNotDuplicate: true` if it is not. */
  POSSIBLE_DUPLICATE = 'POSSIBLE_DUPLICATE',
  /** The database is down, unreachable, out of connections or too slow; retry later (HTTP 503 where no data could be given). */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  /** An upload larger than the configured limit (HTTP 413); `maxBytes` says how large one may be. */
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  /** An upload whose content is not of a type kept (HTTP 415); the type is read from the content, not the name. */
  UNSUPPORTED_MEDIA_TYPE = 'UNSUPPORTED_MEDIA_TYPE',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** An expected failure a client can act on. Messages never contain personal data. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** The input field at fault, for BAD_USER_INPUT. */
    readonly field?: string,
    /** The eligibility rules at fault, for NOT_ELIGIBLE. */
    readonly ruleCodes?: string[],
    /** More extensions for the client (e.g. `possibleDuplicates`); never personal data. */
    readonly extensions?: Readonly<Record<string, unknown>>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const badInput = (field: string, message: string, extensions?: Readonly<Record<string, unknown>>) =>
  new AppError(ErrorCode.BAD_USER_INPUT, message, field, undefined, extensions);
export const notFound = (what: string) => new AppError(ErrorCode.NOT_FOUND, `${what} not found`);
export const forbidden = (message = 'You may not access this record') => new AppError(ErrorCode.FORBIDDEN, message);
export const conflict = (message: string) => new AppError(ErrorCode.CONFLICT, message);
export const possibleDuplicates = (field: string, what: string, ids: string[]) =>
  new AppError(ErrorCode.POSSIBLE_DUPLICATE, `${what} with the same birth date and a near name is already registered: check \`possibleDuplicates\`, and register with confirmNotDuplicate: true if it is someone else`, field, undefined, { possibleDuplicates: ids });
/** A limit refuses: HTTP 429 with Retry-After (src/graphql/too-many-attempts.plugin.ts); `retryAfterSeconds` tells the client too. */
export const tooManyAttempts = (message: string, waitMs: number) =>
  new AppError(ErrorCode.TOO_MANY_ATTEMPTS, message, undefined, undefined, { retryAfterSeconds: Math.ceil(waitMs / 1000) });
export const notEligible = (message: string, ruleCodes: string[]) => new AppError(ErrorCode.NOT_ELIGIBLE, message, undefined, ruleCodes);

/** A rule's objection to one input field; pure rules return these, services turn the first into BAD_USER_INPUT. */
export interface FieldProblem {
  field: string;
  message: string;
}

export function rejectProblems(problems: (FieldProblem | null | undefined)[]): void {
  const first = problems.find((problem): problem is FieldProblem => Boolean(problem));
  if (first) throw badInput(first.field, first.message);
}
