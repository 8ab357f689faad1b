import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * CORS, closed by default: a browser page of another origin may call the API only when its origin
 * is on CORS_ORIGINS (the console itself is served from the API's own origin and needs none).
 * Returns true when it has answered a preflight (OPTIONS) request.
 */
export function applyCors(request: IncomingMessage, response: ServerResponse, allowed: ReadonlySet<string>): boolean {
  const origin = request.headers.origin;
  const permitted = origin !== undefined && allowed.has(origin);
  if (allowed.size > 0) response.setHeader('vary', 'Origin');
  if (permitted) {
    response.setHeader('access-control-allow-origin', origin);
    response.setHeader('access-control-expose-headers', 'x-request-id, retry-after');
  }
  if (request.method !== 'OPTIONS' || request.headers['access-control-request-method'] === undefined) return false;
  if (permitted) {
    response.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
    response.setHeader('access-control-allow-headers', 'content-type, authorization, x-request-id, apollo-require-preflight');
    response.setHeader('access-control-max-age', '600');
  }
  response.writeHead(204);
  response.end();
  return true;
}
