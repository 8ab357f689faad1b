import 'reflect-metadata';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type DocumentNode } from 'graphql';
import type { AddressInfo } from 'node:net';
import { inject } from 'vitest';
import type { Config } from '../../src/config/config.js';
import { createDatabaseFromTemplate, dropDatabase, withDatabaseName } from '../../src/db/databases.js';
import { useEncryptionKeys } from '../../src/db/encryption.js';
import { initOrm, type Orm } from '../../src/db/orm.js';
import { createServer, type ShanyraqServer } from '../../src/server.js';
import type { EncryptionKeys } from '../../src/shared/crypto/cipher.js';
import { createLogger, silentLogger } from '../../src/shared/logger.js';

export interface GraphQLResponse<T> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; field?: string; [key: string]: unknown } }[];
  /** The Retry-After header, when the server sent one. */
  retryAfter?: string;
}

export interface TestApp {
  url: string;
  orm: Orm;
  request<T = Record<string, unknown>, V = Record<string, unknown>>(
    document: TypedDocumentNode<T, V> | DocumentNode | string,
    variables?: V,
    token?: string,
  ): Promise<GraphQLResponse<T>>;
  /** Signs in and returns the bearer token. */
  login(email: string, password?: string): Promise<string>;
  /** SQL statements sent since the last reset (statement count only; the text is never kept). */
  queries: { count: number; reset(): void };
  close(): Promise<void>;
}

export const TEST_PASSWORD = 'correct-horse-battery';

/** Fixed keys, so a failing test can be replayed; never used outside tests. */
export const TEST_ENCRYPTION: EncryptionKeys = {
  key: Buffer.alloc(32, 'test-encryption-key'),
  previousKeys: [],
  hashKey: Buffer.alloc(32, 'test-iin-hash-key'),
};

export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    env: 'test',
    dataDir: '/nonexistent',
    port: 0,
    host: '127.0.0.1',
    jwtSecret: 'test-secret-test-secret-test-secret-42',
    jwtTtl: 3600,
    seedDemo: false,
    trustProxy: false,
    encryption: TEST_ENCRYPTION,
    ...overrides,
  };
}

let counter = 0;

/** GraphQL over HTTP to one server. */
function requester(url: string): TestApp['request'] {
  return async (document, variables, token) => {
    const query = typeof document === 'string' ? document : print(document as DocumentNode);
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as GraphQLResponse<never>;
    return { status: response.status, data: body.data, errors: body.errors, retryAfter: response.headers.get('retry-after') ?? undefined };
  };
}

export interface Instance {
  url: string;
  request: TestApp['request'];
  close(): Promise<void>;
}

/** A second server process's worth of state (its own ORM, pool and server) over the same database as `app`: several instances behind one balancer. */
export async function startAnotherInstance(app: TestApp, config: Partial<Config> = {}): Promise<Instance> {
  const orm = await initOrm(app.orm.config.get('clientUrl')!);
  const server = await createServer(testConfig(config), orm, silentLogger);
  await new Promise<void>((resolve) => server.http.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.http.address() as AddressInfo).port}/graphql`;
  return {
    url,
    request: requester(url),
    async close() {
      await server.close();
      await orm.close();
    },
  };
}

/** A server on a free port over this test file's own database, cloned from the migrated template. */
export async function startTestApp(config: Partial<Config> = {}): Promise<TestApp> {
  const baseUrl = inject('databaseUrl');
  const name = `shanyraq_test_${process.pid}_${Date.now().toString(36)}_${counter++}`;
  await createDatabaseFromTemplate(baseUrl, name, inject('templateDatabase'));
  const queries = { count: 0, reset: () => void (queries.count = 0) };
  const orm = await initOrm(withDatabaseName(baseUrl, name), {
    debug: ['query'],
    colors: false,
    logger: (message) => {
      if (message.includes('[query]')) queries.count++;
    },
  });
  const appConfig = testConfig(config);
  // As src/main.ts does before the ORM touches a row: factories and the server seal with these keys.
  useEncryptionKeys(appConfig.encryption);
  const server: ShanyraqServer = await createServer(appConfig, orm, process.env.TEST_LOG ? createLogger() : silentLogger);
  await new Promise<void>((resolve) => server.http.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.http.address() as AddressInfo).port}/graphql`;

  const request = requester(url);

  return {
    url,
    orm,
    request,
    queries,
    async login(email, password = TEST_PASSWORD) {
      const result = await request<{ login: { token: string } }>(
        'mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
        { email, password },
      );
      if (!result.data?.login) throw new Error(`login failed for ${email}: ${JSON.stringify(result.errors)}`);
      return result.data.login.token;
    },
    async close() {
      await server.close();
      await orm.close();
      await dropDatabase(baseUrl, name);
    },
  };
}
