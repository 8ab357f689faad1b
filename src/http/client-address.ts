import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';

/**
 * The client's address, for the sign-in limit per address. Behind one trusted reverse proxy
 * (TRUST_PROXY) it is the last address of X-Forwarded-For: the one the proxy appended itself;
 * anything before it was written by the client and proves nothing.
 */
export function clientAddressOf(request: IncomingMessage, trustProxy: boolean): string {
  const socket = request.socket.remoteAddress ?? 'unknown';
  if (!trustProxy) return socket;
  const header = request.headers['x-forwarded-for'];
  const forwarded = (Array.isArray(header) ? header.join(',') : header ?? '').split(',').map((part) => part.trim()).filter(Boolean).at(-1);
  return forwarded && isIP(forwarded) ? forwarded : socket;
}
