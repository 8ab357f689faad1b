import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { clientAddressOf } from './client-address.js';

const request = (forwarded?: string | string[]) =>
  ({ socket: { remoteAddress: '10.0.0.5' }, headers: forwarded === undefined ? {} : { 'x-forwarded-for': forwarded } }) as unknown as IncomingMessage;

describe('the client address', () => {
  it('is the socket address unless a proxy is trusted', () => {
    expect(clientAddressOf(request('203.0.113.7'), false)).toBe('10.0.0.5');
  });

  it.each([
    ['203.0.113.7', '203.0.113.7'],
    ['198.51.100.1, 203.0.113.7', '203.0.113.7'],
    [['198.51.100.1', '203.0.113.7'], '203.0.113.7'],
    ['2001:db8::1', '2001:db8::1'],
  ])('behind a trusted proxy, X-Forwarded-For %o → %s (the entry the proxy appended)', (header, expected) => {
    expect(clientAddressOf(request(header), true)).toBe(expected);
  });

  it.each([undefined, '', 'not-an-address', '203.0.113.7, <script>'])('falls back to the socket for %o', (header) => {
    expect(clientAddressOf(request(header), true)).toBe('10.0.0.5');
  });
});
