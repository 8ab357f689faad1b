import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config/config.js';
import { ClusterInUseError, startEmbeddedPostgres } from '../src/db/embedded-postgres.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/** The ecosystem's conventions, as a client or an operator meets them. */

let app: TestApp;
const CONSOLE = 'https://console.example.kz';

beforeAll(async () => {
  app = await startTestApp({ corsOrigins: [CONSOLE] });
});
afterAll(() => app?.close());

const post = (body: object, headers: Record<string, string> = {}) =>
  fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('GraphQL over HTTP', () => {
  it('answers a subscription with 400 and a validation code, not an internal error', async () => {
    const response = await post({ query: 'subscription { regions { code } }' });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('has automatic persisted queries off: a hash is refused, with its document or without', async () => {
    const persistedQuery = { version: 1, sha256Hash: 'ecf4edb46db40b5132295c0291d62fb65d6759a9eedfa4d5d612dd5ec54a6b38' };
    const hashOnly = await post({ extensions: { persistedQuery } });
    const body = (await hashOnly.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
    const withDocument = await post({ query: '{ regions { code } }', extensions: { persistedQuery } });
    expect(((await withDocument.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
  });
});

describe('CORS', () => {
  const preflight = (origin: string) =>
    fetch(app.url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' } });

  it('lets a listed origin call the API from a browser', async () => {
    const answer = await preflight(CONSOLE);
    expect(answer.status).toBe(204);
    expect(answer.headers.get('access-control-allow-origin')).toBe(CONSOLE);
    expect(answer.headers.get('access-control-allow-headers')).toContain('authorization');
    const call = await post({ query: '{ regions { code } }' }, { origin: CONSOLE });
    expect(call.headers.get('access-control-allow-origin')).toBe(CONSOLE);
  });

  it('gives any other origin nothing to read, and is closed when no origin is listed', async () => {
    const stranger = await preflight('https://evil.example');
    expect(stranger.headers.get('access-control-allow-origin')).toBeNull();
    const call = await post({ query: '{ regions { code } }' }, { origin: 'https://evil.example' });
    expect(call.headers.get('access-control-allow-origin')).toBeNull();
    const closed = await startTestApp();
    try {
      const answer = await fetch(closed.url, { method: 'OPTIONS', headers: { origin: CONSOLE, 'access-control-request-method': 'POST' } });
      expect(answer.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await closed.close();
    }
  });

  it('refuses a CORS_ORIGINS entry that is not an origin, naming it', () => {
    expect(() => loadConfig({ NODE_ENV: 'test', DATA_DIR: '/tmp/shanyraq-conventions', CORS_ORIGINS: 'https://ok.example.kz, https://bad.example.kz/path' })).toThrow(
      new ConfigError('CORS_ORIGINS must list origins like https://console.example.kz (no path or trailing slash), got "https://bad.example.kz/path"'),
    );
  });
});

describe('the embedded development cluster', () => {
  it('is not started twice: a CLI (keys:rotate, seed) run while the server holds it says so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shanyraq-busy-'));
    chmodSync(dir, 0o755); // the cluster runs as the postgres user when we are root
    const running = await startEmbeddedPostgres(join(dir, 'pg'));
    try {
      const second = await startEmbeddedPostgres(join(dir, 'pg')).catch((error: unknown) => error);
      expect(second).toBeInstanceOf(ClusterInUseError);
      expect((second as Error).message).toMatch(/is running in another process \(is the server running\? stop it first/);
    } finally {
      await running.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});
