import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginDisableSuggestions } from '@apollo/server/plugin/disableSuggestions';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLError } from 'graphql';
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { DEFAULT_DOCUMENT_MAX_BYTES, type Config } from './config/config.js';
import { isDatabaseUnavailable, SERVICE_UNAVAILABLE_MESSAGE } from './db/database-unavailable.js';
import type { Orm } from './db/orm.js';
import type { Context } from './graphql/context.js';
import { createErrorFormatter } from './graphql/format-error.js';
import { queryLimitOptions } from './graphql/limits.js';
import { createLoaders } from './graphql/loaders.js';
import { noSubscriptions } from './graphql/no-subscriptions.js';
import { createSchema } from './graphql/schema.js';
import { tooManyAttemptsPlugin } from './graphql/too-many-attempts.plugin.js';
import { wellFormedInputPlugin } from './graphql/well-formed-input.js';
import { requestRecordPlugin, type RequestIds, type RequestRecord } from './http/access-log.js';
import { clientAddressOf } from './http/client-address.js';
import { applyCors } from './http/cors.js';
import { GRAPHIQL_CONTENT_SECURITY_POLICY, serveConsole } from './http/console-files.js';
import { correlationIdOf } from './http/correlation-id.js';
import { createReadiness } from './http/health.js';
import { createMetrics, type Metrics } from './http/metrics.js';
import { registerJobMetrics } from './jobs/job-metrics.js';
import { BodyNotUtf8Error, BodyTooLargeError, readBody } from './http/read-body.js';
import { AuditedReads } from './modules/audit/read-audit.js';
import { documentRoutes } from './modules/documents/document.http.js';
import { createBlobStore } from './modules/documents/document.store.js';
import { readAuditPlugin } from './modules/audit/read-audit.plugin.js';
import { actorForToken } from './modules/identity/identity.service.js';
import { oneLoginPerRequestPlugin } from './modules/identity/one-login-per-request.plugin.js';
import { createTokenService } from './modules/identity/token.js';
import { listedOperation, loadPersistedOperations } from './http/persisted-operations.js';
import { AppError, ErrorCode } from './shared/app-error.js';
import { KZ_WORKING_CALENDAR } from './shared/kz-working-calendar.js';
import type { Logger } from './shared/logger.js';
import { missingYears } from './shared/working-days.js';

const MAX_BODY_BYTES = 1_000_000;

export interface ShanyraqServer {
  http: Server;
  apollo: ApolloServer<Context>;
  /** The /metrics registry: other modules register their series here (src/http/metrics.ts). */
  metrics: Metrics;
  /**
   * Stops accepting connections, lets in-flight requests finish (each answered with
   * `connection: close`), then stops Apollo. Requests still running after `deadlineMs` are cut.
   */
  close(deadlineMs?: number): Promise<void>;
}

/** The development query editor, built beside the console (web/graphiql.html). */
const GRAPHIQL_PAGE = '/graphiql.html';

/** A browser's own GET for a page, not a client's query over GET. */
const wantsPage = (request: IncomingMessage) => request.method === 'GET' && (request.headers.accept ?? '').includes('text/html') && !new URL(request.url ?? '/', 'http://x').searchParams.has('query');

function bearerToken(request: IncomingMessage): string | undefined {
  const header = request.headers.authorization;
  const match = header?.match(/^Bearer\s+(\S+)$/i);
  return match?.[1];
}

/** A request outside the operation allow-list (PERSISTED_OPERATIONS_ONLY). */
const OPERATION_NOT_ALLOWED = 'OPERATION_NOT_ALLOWED';

/** The few paths the server answers, as the metrics label them (anything else is `other`). */
const ROUTES: Readonly<Record<string, string>> = { '/graphql': 'graphql', '/healthz': 'healthz', '/readyz': 'readyz', '/metrics': 'metrics', '/documents': 'documents' };
const routeOf = (path: string) => ROUTES[path] ?? (path.startsWith('/documents/') ? 'documents' : 'other');

function send(response: ServerResponse, status: number, body: string, contentType = 'application/json') {
  response.writeHead(status, { 'content-type': contentType });
  response.end(body);
}

/** Once at start: a year the working-day calendar lacks counts weekends only (working-days.ts), so its deadlines may come early; add the year. */
function warnOfCalendarGaps(logger: Logger, year = new Date().getUTCFullYear()): void {
  const years = missingYears(KZ_WORKING_CALENDAR, year, year + 1);
  if (years.length) logger.error('the working-day calendar lacks years: deadlines in them count weekends only', undefined, { years });
}

/** The whole application on a Node HTTP server; tests start it on port 0 and call it over HTTP. */
export async function createServer(config: Config, orm: Orm, logger: Logger): Promise<ShanyraqServer> {
  const production = config.env === 'production';
  const tokens = createTokenService(config.jwtSecret, config.jwtTtl);
  const limits = queryLimitOptions<Context>();
  const mail = { publicUrl: config.publicUrl ?? '', bodiesReadable: !config.smtpUrl && !production };
  // Every line logged while a request is served names it.
  const requests = new AsyncLocalStorage<RequestRecord>();
  const logError = (message: string, error: unknown) => logger.error(message, error, { ...requests.getStore()?.ids });
  const metrics = createMetrics(orm);
  warnOfCalendarGaps(logger);
  const corsOrigins = new Set(config.corsOrigins ?? []);
  registerJobMetrics(metrics.registry, orm);
  const readiness = createReadiness(orm);
  const listed = config.persistedOperationsOnly ? loadPersistedOperations() : undefined;
  const documents = documentRoutes(
    createBlobStore({ dataDir: config.dataDir, s3Url: config.s3Url }),
    config.documentMaxBytes ?? DEFAULT_DOCUMENT_MAX_BYTES,
    { error: logError },
    (code) => requests.getStore()?.errorCodes.add(code),
  );
  const apollo = new ApolloServer<Context>({
    schema: await createSchema(),
    introspection: !production,
    // Automatic persisted queries are off: a hash the server learns from any client is no allow-list.
    // Such a request is answered PERSISTED_QUERY_NOT_SUPPORTED; the allow-list is PERSISTED_OPERATIONS_ONLY.
    persistedQueries: false,
    includeStacktraceInErrorResponses: false,
    formatError: createErrorFormatter(logError),
    parseOptions: limits.parseOptions,
    validationRules: [...limits.validationRules, noSubscriptions],
    plugins: [
      requestRecordPlugin(() => requests.getStore()),
      tooManyAttemptsPlugin(),
      wellFormedInputPlugin(),
      readAuditPlugin(logError),
      oneLoginPerRequestPlugin(),
      ...limits.plugins,
      ...(production
        ? [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginDisableSuggestions()]
        : // In development a browser asking /graphql for a page gets the bundled GraphiQL (below), not Apollo's CDN page.
          [ApolloServerPluginLandingPageDisabled()]),
    ],
  });
  await apollo.start();

  /** A request's context: its own EntityManager and loaders, and the caller its token names (an AppError when it names none). */
  async function requestContext(request: IncomingMessage, ids: RequestIds): Promise<Context> {
    const em = orm.em.fork();
    const actor = await actorForToken(em, tokens, bearerToken(request));
    const address = clientAddressOf(request, config.trustProxy);
    return { em, actor, tokens, loaders: createLoaders(em), ...ids, clientAddress: address, auditedReads: new AuditedReads(), mail };
  }

  async function contextFor(request: IncomingMessage, ids: RequestIds): Promise<Context> {
    try {
      return await requestContext(request, ids);
    } catch (error) {
      if (error instanceof AppError) {
        requests.getStore()?.errorCodes.add(error.code);
        throw new GraphQLError(error.message, { extensions: { code: error.code, http: { status: 401 } } });
      }
      // The token's user could not be read: no request can run, so the whole answer is 503.
      if (isDatabaseUnavailable(error)) {
        logError('database unavailable', error);
        requests.getStore()?.errorCodes.add(ErrorCode.SERVICE_UNAVAILABLE);
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
    if (listed) {
      const answer = request.method === 'POST' ? listedOperation(body, listed) : { refused: 'Send operations by POST with their documentId' };
      if ('refused' in answer) {
        requests.getStore()?.errorCodes.add(OPERATION_NOT_ALLOWED);
        return send(response, 400, JSON.stringify({ errors: [{ message: answer.refused, extensions: { code: OPERATION_NOT_ALLOWED } }] }));
      }
      body = answer.body;
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
      if (applyCors(request, response, corsOrigins)) return;
      // Alive: the process serves requests (whether the database answers is /readyz's question).
      if (url.pathname === '/healthz') return send(response, 200, JSON.stringify({ status: 'ok' }));
      if (url.pathname === '/readyz') {
        const { ready, checks } = await readiness();
        return send(response, ready ? 200 : 503, JSON.stringify({ status: ready ? 'ready' : 'not ready', checks }));
      }
      if (url.pathname === '/metrics') return await serveMetrics(request, response);
      if (url.pathname === '/graphql' && !production && wantsPage(request)) return serveConsole(request, response, GRAPHIQL_PAGE, { policy: GRAPHIQL_CONTENT_SECURITY_POLICY });
      if (url.pathname === '/graphql') return await handleGraphql(request, response, url, ids);
      if (await documents.serve(request, response, url, () => requestContext(request, ids))) return;
      serveConsole(request, response, url.pathname, { hide: [GRAPHIQL_PAGE] });
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

  /**
   * Open in development; in production only with METRICS_TOKEN as a bearer token (else 404), so the
   * figures stay with the operator whatever address the server is reachable on.
   */
  async function serveMetrics(request: IncomingMessage, response: ServerResponse) {
    if (config.metricsToken === undefined && production) return send(response, 404, JSON.stringify({ error: 'Not found: the API is at /graphql' }));
    if (config.metricsToken !== undefined && bearerToken(request) !== config.metricsToken) {
      response.setHeader('www-authenticate', 'Bearer');
      return send(response, 401, JSON.stringify({ error: 'Unauthorized' }));
    }
    send(response, 200, await metrics.registry.metrics(), metrics.registry.contentType);
  }

  /** One access-log line and the metrics of a request, once it is answered: ids, operation, status, duration, error codes; never variables. */
  function answered(record: RequestRecord, route: string, method: string, response: ServerResponse, started: bigint) {
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const errors = [...record.errorCodes];
    metrics.httpRequest(route, response.statusCode, seconds);
    if (route === 'graphql') metrics.graphqlRequest(record.operation ?? 'invalid', errors[0] ?? 'OK', seconds);
    logger.info('request', {
      ...record.ids,
      method,
      route,
      ...(route === 'graphql' ? { operation: record.operation ?? 'invalid' } : {}),
      status: response.statusCode,
      durationMs: Math.round(seconds * 10_000) / 10,
      ...(errors.length ? { errorCodes: errors } : {}),
    });
  }

  const http = createHttpServer((request, response) => {
    const started = process.hrtime.bigint();
    const ids = { requestId: randomUUID(), correlationId: correlationIdOf(request) };
    const record: RequestRecord = { ids, errorCodes: new Set() };
    const route = routeOf((request.url ?? '/').split('?')[0]!);
    // The server's id, which the log lines and the audit trail carry (the client's own is kept as correlation id).
    response.setHeader('x-request-id', ids.requestId);
    response.once('close', () => answered(record, route, request.method ?? 'GET', response, started));
    void requests.run(record, () => serve(request, response, ids));
  });
  http.requestTimeout = 30_000;

  return {
    http,
    apollo,
    metrics,
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
