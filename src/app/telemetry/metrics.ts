import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * What the server counts for an operator, in Prometheus' text format at /metrics (prom-client):
 * one registry per server, so two servers in one process (the tests) count apart. Every label
 * takes a bounded set of values: operation names are the client's, so a name that is not a plain
 * GraphQL name, or one past the first {@link MAX_OPERATION_NAMES} seen, counts as "(other)".
 */
export interface Metrics {
  readonly registry: Registry;
  readonly graphqlRequests: Counter<'operation' | 'type' | 'outcome'>;
  readonly graphqlSeconds: Histogram<'operation' | 'type'>;
  readonly graphqlErrors: Counter<'operation' | 'code'>;
  readonly httpRequests: Counter<'route' | 'method' | 'status'>;
  readonly httpSeconds: Histogram<'route'>;
  readonly dbReadSeconds: Histogram;
  readonly dbWriteSeconds: Histogram<'outcome'>;
  readonly exportsOpen: Gauge<'export'>;
  readonly exportsTotal: Counter<'export' | 'outcome'>;
  readonly rateLimited: Counter<'by'>;
  readonly subscriptionsOpen: Gauge;
  readonly subscriptionEvents: Counter<'subscription'>;
  /** The label for an operation name a client sent (bounded: see above). */
  operationLabel(name: string | null | undefined): string;
}

export const MAX_OPERATION_NAMES = 200;
const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,63}$/;
const SECONDS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'supplyline_' });
  const names = new Set<string>();
  const registers = [registry];
  return {
    registry,
    graphqlRequests: new Counter({
      name: 'supplyline_graphql_requests_total',
      help: 'GraphQL operations answered, by operation name, type (query, mutation, subscription) and outcome (ok, partial: data with errors, error: no data).',
      labelNames: ['operation', 'type', 'outcome'],
      registers,
    }),
    graphqlSeconds: new Histogram({
      name: 'supplyline_graphql_request_duration_seconds',
      help: 'Time from receiving a GraphQL operation to its answer, by operation name and type.',
      labelNames: ['operation', 'type'],
      buckets: SECONDS,
      registers,
    }),
    graphqlErrors: new Counter({
      name: 'supplyline_graphql_errors_total',
      help: 'Errors in GraphQL answers, by operation name and error code (extensions.code).',
      labelNames: ['operation', 'code'],
      registers,
    }),
    httpRequests: new Counter({
      name: 'supplyline_http_requests_total',
      help: 'HTTP requests answered, by route (graphql, stream, export, explorer, ide, health, metrics, other), method and status.',
      labelNames: ['route', 'method', 'status'],
      registers,
    }),
    httpSeconds: new Histogram({
      name: 'supplyline_http_request_duration_seconds',
      help: 'Time to answer an HTTP request (to the end of its body), by route.',
      labelNames: ['route'],
      buckets: SECONDS,
      registers,
    }),
    dbReadSeconds: new Histogram({
      name: 'supplyline_db_read_duration_seconds',
      help: 'Time of each read-path SQL statement.',
      buckets: SECONDS,
      registers,
    }),
    dbWriteSeconds: new Histogram({
      name: 'supplyline_db_write_duration_seconds',
      help: 'Time of each write transaction, queue wait excluded, by outcome (committed, rolled_back).',
      labelNames: ['outcome'],
      buckets: SECONDS,
      registers,
    }),
    exportsOpen: new Gauge({
      name: 'supplyline_exports_streaming',
      help: 'Exports streaming now, by export.',
      labelNames: ['export'],
      registers,
    }),
    exportsTotal: new Counter({
      name: 'supplyline_exports_total',
      help: 'Exports ended, by export and outcome (complete; refused: a bad filter; busy: refused at the limit; aborted: the client left; failed).',
      labelNames: ['export', 'outcome'],
      registers,
    }),
    rateLimited: new Counter({
      name: 'supplyline_rate_limited_total',
      help: 'Requests refused by the rate limit (429), by what they counted against (key, address).',
      labelNames: ['by'],
      registers,
    }),
    subscriptionsOpen: new Gauge({
      name: 'supplyline_subscriptions_open',
      help: 'Subscriptions streaming now.',
      registers,
    }),
    subscriptionEvents: new Counter({
      name: 'supplyline_subscription_events_total',
      help: 'Events sent to subscribers, by subscription field.',
      labelNames: ['subscription'],
      registers,
    }),
    operationLabel(name) {
      if (!name) return '(anonymous)';
      if (!GRAPHQL_NAME.test(name)) return '(other)';
      if (names.has(name)) return name;
      if (names.size >= MAX_OPERATION_NAMES) return '(other)';
      names.add(name);
      return name;
    },
  };
}

/** The route label of a path: a handful of values, whatever the client asks. */
export function routeLabel(path: string): string {
  if (path === '/graphql') return 'graphql';
  if (path.startsWith('/graphql/stream')) return 'stream';
  if (path.startsWith('/export/')) return 'export';
  if (path === '/metrics') return 'metrics';
  if (path === '/healthz' || path === '/readyz') return 'health';
  if (path.startsWith('/ide')) return 'ide';
  if (path === '/' || path === '/draft' || path.startsWith('/explorer/')) return 'explorer';
  return 'other';
}
