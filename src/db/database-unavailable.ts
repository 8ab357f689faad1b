import { ConnectionException } from '@mikro-orm/core';

/**
 * Whether a failure means "the database cannot serve us now" rather than "this request is wrong":
 * it is down, restarting, unreachable, out of connections, or too slow. The API answers these with
 * SERVICE_UNAVAILABLE, so a client knows to retry later, and the server itself keeps running.
 *
 * The errors arrive in several shapes: MikroORM wraps what it sees in a DriverException that
 * copies the original `code`; knex throws its own KnexTimeoutError when no pooled connection frees
 * up in time; node-postgres fails a connection with a Node socket error or a plain message.
 */

/** Socket errors of a connection that cannot be made or was cut. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'ECONNABORTED']);

/**
 * PostgreSQL SQLSTATEs: class 08 (connection exception), 53300 (too many connections), 57P01–57P03
 * (the server is shutting down, crashed or still starting), 57014 (statement_timeout cancelled it).
 */
const SQLSTATES = new Set(['53300', '57P01', '57P02', '57P03', '57014']);

/**
 * node-postgres and knex messages without a code. MikroORM puts the SQL in front (`<sql> - <message>`),
 * so a message is matched at its start or right after that separator, never inside the SQL.
 */
const MESSAGES = [
  'Connection terminated',
  'timeout expired',
  'Client has encountered a connection error and is not queryable',
  'Client was closed and is not queryable',
  'Knex: Timeout acquiring a connection',
  // knex lets a transaction whose BEGIN failed run its first query, which then fails with this:
  // a BEGIN fails only when the connection does.
  'Transaction query already complete',
].map((start) => new RegExp(`(?:^| - )${start}`));

function matches(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error instanceof ConnectionException || error.name === 'KnexTimeoutError') return true;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (NETWORK_CODES.has(code) || SQLSTATES.has(code) || /^08[0-9A-Z]{3}$/.test(code))) return true;
  return MESSAGES.some((pattern) => pattern.test(error.message));
}

export function isDatabaseUnavailable(error: unknown): boolean {
  // A few levels of wrapping: `cause`, GraphQLError's `originalError`, AggregateError's list
  // (a failed connect to several addresses).
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    if (matches(current)) return true;
    if (current instanceof AggregateError && current.errors.some(matches)) return true;
    const wrapper = current as { cause?: unknown; originalError?: unknown };
    current = wrapper.originalError ?? wrapper.cause;
  }
  return false;
}

export const SERVICE_UNAVAILABLE_MESSAGE = 'The database is unavailable; try again in a moment';
