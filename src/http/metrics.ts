import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Orm } from '../db/orm.js';

/** Client-chosen operation names beyond this many distinct ones are counted as `other`: a label must stay bounded. */
const MAX_OPERATIONS = 200;

export interface Metrics {
  /**
   * The server's own registry (several servers in one test process must not share one). Other
   * modules add their series here, e.g. the job queue depth and the outbox backlog:
   * `new Gauge({ name, help, registers: [metrics.registry], collect() { … } })`.
   */
  registry: Registry;
  /** One GraphQL request answered: its operation, its first error code (`OK` without one), how long it took. */
  graphqlRequest(operation: string, code: string, seconds: number): void;
  /** One HTTP request answered, by route (a fixed set) and status. */
  httpRequest(route: string, status: number, seconds: number): void;
}

/** Prometheus metrics (prom-client): requests per operation and code, latencies, the database pool, Node's own. */
export function createMetrics(orm: Orm): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'shanyraq_' });
  const buckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
  const graphqlTotal = new Counter({ name: 'shanyraq_graphql_requests_total', help: 'GraphQL requests by operation name and first error code', labelNames: ['operation', 'code'], registers: [registry] });
  const graphqlSeconds = new Histogram({ name: 'shanyraq_graphql_request_duration_seconds', help: 'GraphQL request latency by operation name', labelNames: ['operation'], buckets, registers: [registry] });
  const httpTotal = new Counter({ name: 'shanyraq_http_requests_total', help: 'HTTP requests by route and status', labelNames: ['route', 'status'], registers: [registry] });
  const httpSeconds = new Histogram({ name: 'shanyraq_http_request_duration_seconds', help: 'HTTP request latency by route', labelNames: ['route'], buckets, registers: [registry] });
  const pool = () => orm.em.getConnection().getKnex().client.pool as { numUsed(): number; numFree(): number; numPendingAcquires(): number } | undefined;
  new Gauge({
    name: 'shanyraq_db_pool_connections',
    help: 'Database pool connections by state (used, free, pending = requests waiting for one)',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      const current = pool();
      this.set({ state: 'used' }, current?.numUsed() ?? 0);
      this.set({ state: 'free' }, current?.numFree() ?? 0);
      this.set({ state: 'pending' }, current?.numPendingAcquires() ?? 0);
    },
  });
  const operations = new Set<string>();
  const bounded = (operation: string) => {
    if (operations.has(operation)) return operation;
    if (operations.size >= MAX_OPERATIONS) return 'other';
    operations.add(operation);
    return operation;
  };
  return {
    registry,
    graphqlRequest(operation, code, seconds) {
      const name = bounded(operation);
      graphqlTotal.inc({ operation: name, code });
      graphqlSeconds.observe({ operation: name }, seconds);
    },
    httpRequest(route, status, seconds) {
      httpTotal.inc({ route, status: String(status) });
      httpSeconds.observe({ route }, seconds);
    },
  };
}
