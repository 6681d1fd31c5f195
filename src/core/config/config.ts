import { OPERATION, PAGE } from './limits';

/**
 * The only place that reads the environment. Everything else receives a frozen {@link Config}.
 * Invalid values are refused at start with a message naming the variable, so a typo in
 * deployment fails loudly instead of silently running with a default.
 */
export type DatabaseConfig =
  { readonly type: 'sqlite'; readonly path: string } | { readonly type: 'postgres'; readonly url: string };

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly database: DatabaseConfig;
  readonly seed: boolean;
  /** load the gazetteer (the world's states) at start, when the database lacks this version of it */
  readonly gazetteer: boolean;
  /** audit every source and claim write for echoes (off: deferred to the next start with it on) */
  readonly echoAudit: boolean;
  readonly logLevel: LogLevel;
  readonly nodeEnv: string | undefined;
  /** true unless NODE_ENV is "development" or "test": errors are masked, no stack traces. */
  readonly production: boolean;
  /** Page size used when `first` is not given, and the largest accepted. */
  readonly defaultPageSize: number;
  readonly maxPageSize: number;
  /** When true, queries need an API key (any role); writes always do. */
  readonly readsNeedKey: boolean;
  /** graphql-js, graphql-jit, or both compared (src/app/graphql/executor.ts). */
  readonly executor: ExecutorMode;
  /** What one operation may ask (see QueryLimits). */
  readonly limits: QueryLimits;
  /** Whether `__schema`/`__type` are answered (the limits hold either way). */
  readonly introspection: boolean;
  /** Who may read /metrics: ADMIN keys ("admin"), anyone ("open"), or nobody ("off"). */
  readonly metrics: MetricsAccess;
  /** OpenTelemetry tracing: where spans go (null: tracing off) and the service's name. */
  readonly tracing: TracingConfig;
  readonly http: HttpConfig;
}

export interface HttpConfig {
  /** Time to receive a whole request (headers and body); 408 after. */
  readonly requestTimeoutMs: number;
  /** Time to receive the headers (a slow-headers client is cut off); 408 after. */
  readonly headersTimeoutMs: number;
  /** How long SIGTERM waits for requests in flight before closing their connections. */
  readonly drainMs: number;
  /** Origins other than the server's own allowed to call the API from a browser ('*': any). */
  readonly corsOrigins: readonly string[] | '*';
  /** Requests per window per client IP (anonymous) and per API key; 0 turns a limit off. */
  readonly rateLimitPerIp: number;
  readonly rateLimitPerKey: number;
  readonly rateWindowSeconds: number;
  /** Exports streamed at once over HTTP; more are refused with 503 and Retry-After (0: no limit). */
  readonly maxExports: number;
  /**
   * How long a valid API key's verdict is remembered (0: checked against the database on every
   * request); a key revoked by another process stops working within this bound, one revoked
   * through this server at once.
   */
  readonly keyCacheSeconds: number;
  /** Subscriptions open at once on this server; more are refused (0: subscriptions off). */
  readonly maxSubscriptions: number;
  /** Subscriptions one API key (or, without a key, one address) may hold open at once. */
  readonly maxSubscriptionsPerClient: number;
  /** How often an open subscription's server looks for new writes (any process's), in ms. */
  readonly changePollMs: number;
  /** Proxies in front of the server whose X-Forwarded-For is believed (0: none, use the socket's address). */
  readonly trustProxyHops: number;
  /** Answers, exports and static files compressed (brotli or gzip) when the client accepts it; off behind a proxy that compresses. */
  readonly compression: boolean;
}

/** What one operation may ask (checked by src/app/graphql/query-limits.ts). */
export interface QueryLimits {
  readonly maxDepth: number;
  readonly maxAliases: number;
  readonly maxDirectives: number;
  /** fields in the operation as expanded (a field repeated hundreds of times counts each time) */
  readonly maxFields: number;
  readonly maxTokens: number;
  readonly maxCost: number;
}

export type ExecutorMode = 'graphql-js' | 'jit' | 'compare';
const EXECUTORS: ExecutorMode[] = ['graphql-js', 'jit', 'compare'];

export class ConfigError extends Error {
  constructor(variable: string, value: string, expected: string) {
    super(`Invalid ${variable}=${JSON.stringify(value)}: expected ${expected}.`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(name, raw, `an integer from ${min} to ${max}`);
  }
  return Number(raw);
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const v = raw.toLowerCase();
  if (['true', '1', 'yes', 'on'].includes(v)) return true;
  if (['false', '0', 'no', 'off'].includes(v)) return false;
  throw new ConfigError(name, raw, 'true or false');
}

export function parseDatabaseUrl(raw: string): DatabaseConfig {
  if (raw.startsWith('sqlite:')) {
    const path = raw.slice('sqlite:'.length);
    if (path === '') throw new ConfigError('DATABASE_URL', raw, 'sqlite:<path>, sqlite::memory: or postgres://…');
    return { type: 'sqlite', path };
  }
  if (/^postgres(ql)?:\/\/[^/]+\/[^/?]+/.test(raw)) return { type: 'postgres', url: raw };
  throw new ConfigError('DATABASE_URL', raw, 'sqlite:<path>, sqlite::memory: or postgres://user:pass@host:port/db');
}

/** A comma-separated list of origins ("https://example.org,http://localhost:5173"), or "*". */
function origins(raw: string | undefined): readonly string[] | '*' {
  if (raw === undefined || raw.trim() === '') return Object.freeze([]);
  if (raw.trim() === '*') return '*';
  const list = raw
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  for (const o of list) {
    let ok: boolean;
    try {
      const u = new URL(o);
      ok = (u.protocol === 'http:' || u.protocol === 'https:') && u.origin === o;
    } catch {
      ok = false;
    }
    if (!ok)
      throw new ConfigError(
        'SUPPLYLINE_CORS_ORIGINS',
        raw,
        'comma-separated origins such as https://example.org (scheme, host and port only), or *',
      );
  }
  return Object.freeze(list);
}

export type MetricsAccess = 'admin' | 'open' | 'off';

export interface TracingConfig {
  /** The collector's OTLP/HTTP traces URL; null when SUPPLYLINE_TRACING is off. */
  readonly endpoint: string | null;
  readonly serviceName: string;
}

/**
 * SUPPLYLINE_TRACING=otlp sends spans to OTEL_EXPORTER_OTLP_TRACES_ENDPOINT, else to
 * OTEL_EXPORTER_OTLP_ENDPOINT + /v1/traces, else to a collector on this machine (as
 * OpenTelemetry's own variables have it).
 */
function tracingConfig(env: Env): TracingConfig {
  const mode = env.SUPPLYLINE_TRACING || 'off';
  if (mode !== 'off' && mode !== 'otlp') throw new ConfigError('SUPPLYLINE_TRACING', mode, 'off or otlp');
  const base = env.OTEL_EXPORTER_OTLP_ENDPOINT?.replace(/\/+$/, '');
  const endpoint =
    env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT || (base ? `${base}/v1/traces` : 'http://127.0.0.1:4318/v1/traces');
  if (mode === 'otlp' && !/^https?:\/\/[^\s]+$/.test(endpoint))
    throw new ConfigError('OTEL_EXPORTER_OTLP_TRACES_ENDPOINT', endpoint, 'an http:// or https:// URL');
  return Object.freeze({
    endpoint: mode === 'otlp' ? endpoint : null,
    serviceName: env.OTEL_SERVICE_NAME || 'supplyline',
  });
}

function metricsAccess(raw: string | undefined): MetricsAccess {
  const v = raw === undefined || raw === '' ? 'admin' : raw;
  if (v !== 'admin' && v !== 'open' && v !== 'off')
    throw new ConfigError('SUPPLYLINE_METRICS', v, 'admin, open or off');
  return v;
}

function readAccess(raw: string | undefined): boolean {
  if (raw === undefined || raw === '' || raw === 'open') return false;
  if (raw === 'key') return true;
  throw new ConfigError('SUPPLYLINE_READ_ACCESS', raw, '"open" (anyone may read) or "key" (reads need an API key)');
}

const LOG_LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error', 'silent'];

function executorMode(raw: string | undefined): ExecutorMode {
  const v = raw ?? 'jit';
  if (!EXECUTORS.includes(v as ExecutorMode)) throw new ConfigError('SUPPLYLINE_EXECUTOR', v, EXECUTORS.join(', '));
  return v as ExecutorMode;
}

function httpConfig(env: Env): HttpConfig {
  const requestTimeoutMs = integer(env, 'SUPPLYLINE_REQUEST_TIMEOUT_MS', 30_000, 100, 3_600_000);
  return Object.freeze({
    requestTimeoutMs,
    headersTimeoutMs: integer(
      env,
      'SUPPLYLINE_HEADERS_TIMEOUT_MS',
      Math.min(10_000, requestTimeoutMs),
      100,
      requestTimeoutMs,
    ),
    drainMs: integer(env, 'SUPPLYLINE_DRAIN_MS', 10_000, 0, 600_000),
    corsOrigins: origins(env.SUPPLYLINE_CORS_ORIGINS),
    rateLimitPerIp: integer(env, 'SUPPLYLINE_RATE_LIMIT_IP', 300, 0, 10_000_000),
    rateLimitPerKey: integer(env, 'SUPPLYLINE_RATE_LIMIT_KEY', 1_200, 0, 10_000_000),
    rateWindowSeconds: integer(env, 'SUPPLYLINE_RATE_WINDOW_SECONDS', 60, 1, 86_400),
    keyCacheSeconds: integer(env, 'SUPPLYLINE_KEY_CACHE_SECONDS', 5, 0, 300),
    trustProxyHops: integer(env, 'SUPPLYLINE_TRUST_PROXY_HOPS', 0, 0, 10),
    maxExports: integer(env, 'SUPPLYLINE_MAX_EXPORTS', 4, 0, 1000),
    maxSubscriptions: integer(env, 'SUPPLYLINE_MAX_SUBSCRIPTIONS', 200, 0, 100_000),
    maxSubscriptionsPerClient: integer(env, 'SUPPLYLINE_MAX_SUBSCRIPTIONS_PER_CLIENT', 20, 1, 100_000),
    changePollMs: integer(env, 'SUPPLYLINE_CHANGE_POLL_MS', 250, 10, 60_000),
    compression: boolean(env, 'SUPPLYLINE_COMPRESSION', true),
  });
}

export function loadConfig(env: Env): Config {
  const logLevel = (env.LOG_LEVEL ?? 'info').toLowerCase();
  if (!LOG_LEVELS.includes(logLevel as LogLevel)) {
    throw new ConfigError('LOG_LEVEL', env.LOG_LEVEL ?? '', LOG_LEVELS.join(', '));
  }
  const host = env.HOST ?? '127.0.0.1';
  if (host === '' || /\s/.test(host)) throw new ConfigError('HOST', host, 'a host name or IP address');
  const maxPageSize = integer(env, 'SUPPLYLINE_MAX_PAGE_SIZE', PAGE.maxSize, 1, 10_000);
  const defaultPageSize = integer(
    env,
    'SUPPLYLINE_DEFAULT_PAGE_SIZE',
    Math.min(PAGE.defaultSize, maxPageSize),
    1,
    maxPageSize,
  );
  return Object.freeze({
    port: integer(env, 'PORT', 4000, 0, 65535),
    host,
    database: Object.freeze(parseDatabaseUrl(env.DATABASE_URL ?? 'sqlite:data/supplyline.sqlite')),
    seed: boolean(env, 'SUPPLYLINE_SEED', true),
    gazetteer: boolean(env, 'SUPPLYLINE_GAZETTEER', true),
    echoAudit: boolean(env, 'SUPPLYLINE_ECHO_AUDIT', true),
    logLevel: logLevel as LogLevel,
    nodeEnv: env.NODE_ENV,
    production: env.NODE_ENV !== 'development' && env.NODE_ENV !== 'test',
    defaultPageSize,
    maxPageSize,
    readsNeedKey: readAccess(env.SUPPLYLINE_READ_ACCESS),
    executor: executorMode(env.SUPPLYLINE_EXECUTOR),
    limits: Object.freeze({
      maxDepth: integer(env, 'SUPPLYLINE_MAX_DEPTH', OPERATION.maxDepth, 1, 100),
      maxAliases: integer(env, 'SUPPLYLINE_MAX_ALIASES', OPERATION.maxAliases, 0, 10_000),
      maxDirectives: integer(env, 'SUPPLYLINE_MAX_DIRECTIVES', OPERATION.maxDirectives, 0, 10_000),
      maxFields: integer(env, 'SUPPLYLINE_MAX_FIELDS', OPERATION.maxFields, 1, 1_000_000),
      maxTokens: integer(env, 'SUPPLYLINE_MAX_TOKENS', OPERATION.maxTokens, 100, 1_000_000),
      maxCost: integer(env, 'SUPPLYLINE_MAX_COST', OPERATION.maxCost, 1, 1_000_000_000),
    }),
    introspection: boolean(env, 'SUPPLYLINE_INTROSPECTION', true),
    metrics: metricsAccess(env.SUPPLYLINE_METRICS),
    tracing: tracingConfig(env),
    http: httpConfig(env),
  });
}
