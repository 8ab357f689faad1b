import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveConsole } from './console-files.js';

describe('serving the built console', () => {
  let server: Server;
  let origin: string;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'console-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>console</title>');
    writeFileSync(join(dir, 'assets', 'app-1234.js'), 'console.log(1)');
    writeFileSync(join(dir, 'hidden.html'), 'hidden page');
    writeFileSync(join(tmpdir(), 'outside.txt'), 'secret');
    server = createServer((request, response) => serveConsole(request, response, new URL(request.url!, 'http://x').pathname, { dir, hide: ['/hidden.html'] }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('answers a route of the console with index.html, under a CSP, never cached', async () => {
    const response = await fetch(`${origin}/worker/children/42`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect(await response.text()).toContain('<title>console</title>');
  });

  it('serves hashed assets for good, and a missing one as 404', async () => {
    const asset = await fetch(`${origin}/assets/app-1234.js`);
    expect(asset.headers.get('content-type')).toMatch(/text\/javascript/);
    expect(asset.headers.get('cache-control')).toMatch(/immutable/);
    expect((await fetch(`${origin}/assets/gone.js`)).status).toBe(404);
  });

  it('serves nothing outside its folder, and only GET and HEAD', async () => {
    // Decoded, this names the file beside the console's folder.
    const escaped = await fetch(`${origin}/..%2Foutside.txt`);
    expect(escaped.status).toBe(404);
    expect(await escaped.text()).not.toContain('secret');
    expect((await fetch(`${origin}/%E0%A4%A`)).status).toBe(400);
    expect((await fetch(`${origin}/`, { method: 'POST' })).status).toBe(405);
    // A hidden page is served only when the server asks for it (GraphiQL, in development).
    expect((await fetch(`${origin}/hidden.html`)).status).toBe(404);
  });
});
