import type { IncomingMessage } from 'node:http';

/** Printable ASCII, at most 64 characters: what a correlation id may be (and what an audit column holds). */
export const CORRELATION_ID = /^[\x20-\x7E]{1,64}$/;

/**
 * The client's `x-request-id`, kept as a correlation id when it is valid (else dropped, not
 * refused). It never becomes the request id: a client could reuse another request's id.
 */
export function correlationIdOf(request: IncomingMessage): string | undefined {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && CORRELATION_ID.test(given) ? given : undefined;
}
