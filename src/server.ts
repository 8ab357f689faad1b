import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginDisableSuggestions } from '@apollo/server/plugin/disableSuggestions';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { GraphQLError } from 'graphql';
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Config } from './config/config.js';
import { isDatabaseUnavailable, SERVICE_UNAVAILABLE_MESSAGE } from './db/database-unavailable.js';
import type { Orm } from './db/orm.js';
import type { Context } from './graphql/context.js';
import { createErrorFormatter } from './graphql/format-error.js';
import { queryLimitOptions } from './graphql/limits.js';
import { createLoaders } from './graphql/loaders.js';
import { createSchema } from './graphql/schema.js';
import { wellFormedInputPlugin } from './graphql/well-formed-input.js';
import { clientAddressOf } from './http/client-address.js';
import { serveConsole } from './http/console-files.js';
import { correlationIdOf } from './http/correlation-id.js';
import { BodyNotUtf8Error, BodyTooLargeError, readBody } from './http/read-body.js';
import { AuditedReads } from './modules/audit/read-audit.js';
import { readAuditPlugin } from './modules/audit/read-audit.plugin.js';
import { actorForToken } from './modules/identity/identity.service.js';
import { oneLoginPerRequestPlugin } from './modules/identity/one-login-per-request.plugin.js';
import { createTokenService } from './modules/identity/token.js';
import { AppError, ErrorCode } from './shared/app-error.js';
import type { Logger } from './shared/logger.js';

const MAX_BODY_BYTES = 1_000_000;

export interface ShanyraqServer {
  http: Server;
  apollo: ApolloServer<Context>;
  /**
   * Stops accepting connections, lets in-flight requests finish (each answered with
   * `connection: close`), then stops Apollo. Requests still running after `deadlineMs` are cut.
   */
  close(deadlineMs?: number): Promise<void>;
}

/** How long /healthz waits for `select 1`: a health check must answer even when the database does not. */
const HEALTH_TIMEOUT_MS = 1_000;

function bearerToken(request: IncomingMessage): string | undefined {
  const header = request.headers.authorization;
  const match = header?.match(/^Bearer\s+(\S+)$/i);
  return match?.[1];
}

/** Who a request is: the server's own id, and the client's `x-request-id` beside it when valid. */
interface RequestIds {
  requestId: string;
  correlationId?: string;
}

async function databaseAnswers(orm: Orm): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), HEALTH_TIMEOUT_MS)));
  const answer = orm.em.getConnection().execute('select 1').then(() => true, () => false);
  try {
    return await Promise.race([answer, late]);
  } finally {
    clearTimeout(timer);
  }
}

function send(response: ServerResponse, status: number, body: string, contentType = 'application/json') {
  response.writeHead(status, { 'content-type': contentType });
  response.end(body);
}

/** The whole application on a Node HTTP server; tests start it on port 0 and call it over HTTP. */
export async function createServer(config: Config, orm: Orm, logger: Logger): Promise<ShanyraqServer> {
  const production = config.env === 'production';
  const tokens = createTokenService(config.jwtSecret, config.jwtTtl);
  const limits = queryLimitOptions<Context>();
  const mail = { publicUrl: config.publicUrl ?? '', bodiesReadable: !config.smtpUrl && !production };
  // Every line logged while a request is served names it.
  const requestIds = new AsyncLocalStorage<RequestIds>();
  const logError = (message: string, error: unknown) => logger.error(message, error, { ...requestIds.getStore() });
  const apollo = new ApolloServer<Context>({
    schema: await createSchema(),
    introspection: !production,
    includeStacktraceInErrorResponses: false,
    formatError: createErrorFormatter(logError),
    parseOptions: limits.parseOptions,
    validationRules: limits.validationRules,
    plugins: [
      wellFormedInputPlugin(),
      readAuditPlugin(logError),
      oneLoginPerRequestPlugin(),
      ...limits.plugins,
      ...(production
        ? [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginDisableSuggestions()]
        : [ApolloServerPluginLandingPageLocalDefault({ embed: true })]),
    ],
  });
  await apollo.start();

  async function contextFor(request: IncomingMessage, ids: RequestIds): Promise<Context> {
    const em = orm.em.fork();
    try {
      const actor = await actorForToken(em, tokens, bearerToken(request));
      const address = clientAddressOf(request, config.trustProxy);
      return { em, actor, tokens, loaders: createLoaders(em), ...ids, clientAddress: address, auditedReads: new AuditedReads(), mail };
    } catch (error) {
      if (error instanceof AppError) {
        throw new GraphQLError(error.message, { extensions: { code: error.code, http: { status: 401 } } });
      }
      // The token's user could not be read: no request can run, so the whole answer is 503.
      if (isDatabaseUnavailable(error)) {
        logError('database unavailable', error);
        throw new GraphQLError(SERVICE_UNAVAILABLE_MESSAGE, { extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, http: { status: 503 } } });
      }
      throw error;
    }
  }

  async function handleGraphql(request: IncomingMessage, response: ServerResponse, url: URL, ids: RequestIds) {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    let body: unknown;
    if (request.method === 'POST') {
      const text = await readBody(request, MAX_BODY_BYTES);
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        return send(response, 400, JSON.stringify({ errors: [{ message: 'The body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] }));
      }
    }
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: request.method ?? 'GET', headers, search: url.search, body },
      context: () => contextFor(request, ids),
    });
    for (const [key, value] of result.headers) response.setHeader(key, value);
    response.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') return response.end(result.body.string);
    for await (const chunk of result.body.asyncIterator) response.write(chunk);
    response.end();
  }

  // While closing, every response asks the client to close its connection, so keep-alive
  // connections do not hold the shutdown until they time out.
  let closing = false;
  const inFlight = new Set<ServerResponse>();

  async function serve(request: IncomingMessage, response: ServerResponse, ids: RequestIds) {
    const url = new URL(request.url ?? '/', 'http://localhost');
    inFlight.add(response);
    response.once('close', () => inFlight.delete(response));
    if (closing) response.setHeader('connection', 'close');
    try {
      if (url.pathname === '/healthz') {
        const up = await databaseAnswers(orm);
        return send(response, up ? 200 : 503, JSON.stringify({ status: up ? 'ok' : 'database unavailable' }));
      }
      if (url.pathname === '/graphql') return await handleGraphql(request, response, url, ids);
      serveConsole(request, response, url.pathname);
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        // The rest of the body is still coming: this connection cannot carry another request.
        response.setHeader('connection', 'close');
        return send(response, 413, JSON.stringify({ error: 'Request body too large' }));
      }
      if (error instanceof BodyNotUtf8Error) {
        return send(response, 400, JSON.stringify({ errors: [{ message: 'The body is not valid UTF-8', extensions: { code: 'BAD_REQUEST' } }] }));
      }
      logError('request failed', error);
      if (!response.headersSent) send(response, 500, JSON.stringify({ error: 'Internal server error' }));
      else response.end();
    }
  }

  const http = createHttpServer((request, response) => {
    const ids = { requestId: randomUUID(), correlationId: correlationIdOf(request) };
    void requestIds.run(ids, () => serve(request, response, ids));
  });
  http.requestTimeout = 30_000;

  return {
    http,
    apollo,
    async close(deadlineMs = 10_000) {
      closing = true;
      for (const response of inFlight) if (!response.headersSent) response.setHeader('connection', 'close');
      await new Promise<void>((resolve) => {
        const deadline = setTimeout(() => {
          logger.error('shutdown deadline passed: cutting the requests still running', undefined, { requests: inFlight.size });
          http.closeAllConnections();
        }, deadlineMs);
        http.close(() => {
          clearTimeout(deadline);
          resolve();
        });
        http.closeIdleConnections();
      });
      await apollo.stop();
    },
  };
}
