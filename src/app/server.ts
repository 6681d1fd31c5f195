import 'reflect-metadata';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { DataSource } from 'typeorm';
import type { Config } from '../core/config/config';
import { createContext } from '../domain/context';
import { closeDatabase, openDatabase } from '../domain/database';
import type { AppServices } from '../core/db/open-database';
import { withTransaction } from '../core/context/transaction';
import { rebuildSearch } from '../domain/search/search-index';
import { QUOTE_INDEX_MISSING_SQL, auditUnaudited, UNAUDITED_SOURCES_SQL } from '../domain/echoes/echo-rebuild';
import { rebuildQuoteStarts } from '../domain/echoes/quote-echoes';
import { rebuildVoices } from '../domain/write-pipeline';
import { CLAIMS_WITHOUT_VOICES_SQL, held } from '../domain/knowledge-base';
import type { Context } from '../core/context/context';
import type { SqlObserver } from '../core/db/sql-runner';
import { accessPlugin } from './graphql/access.plugin';
import { Role } from '../core/auth/role.enum';
import { createFormatError, internalErrorLog } from './graphql/error-format';
import { exportRouter } from './http/export.routes';
import { createLogger } from '../core/logger/logger';
import type { Logger } from '../core/logger/logger';
import { jitGateway } from './graphql/executor';
import { costLimitPlugin, limitRules } from './graphql/query-limits';
import { createSchema } from './graphql/schema';
import { loadSeedIfEmpty } from '../tools/seed/load-seed';
import { ensureGazetteer } from '../domain/gazetteer/gazetteer';
import { authenticate, principalOf } from './http/authenticate';
import { bodyErrors, utf8Only, wellFormedText } from './http/body-errors';
import { compressAnswers } from './http/compression';
import { corsPolicy } from './http/cors';
import { requestIdInErrors } from './http/error-request-id';
import { healthRouter } from './http/health';
import { internalErrors, notFound } from './http/http-errors';
import { ideAssetsRouter, ideHtml, wantsIde } from './http/ide';
import { explorerRouter } from './http/explorer.routes';
import { rateLimiter } from './http/rate-limit';
import { distinctConnectionsOnly, subscriptionHandler } from './http/subscriptions';
import { metricsHandler } from './http/metrics.routes';
import { createMetrics } from './telemetry/metrics';
import { resumeTrace, startTracing, traceRequests } from './telemetry/tracing';
import { operationTelemetry, outcomeOf } from './telemetry/operation-outcome';
import { closeFeedWatch, openFeedWatch } from '../domain/changes/change-stream';
import { requestIdOf, requestLog } from './http/request-log';

/** A database with data but an empty search index (indexed before search existed) is indexed now. */
async function ensureSearchIndex(ctx: Context, logger: Logger): Promise<void> {
  const [{ n }] = await ctx.sql.all<{ n: number }>('SELECT COUNT(*) AS n FROM search_index');
  const [{ m }] = await ctx.sql.all<{ m: number }>('SELECT COUNT(*) AS m FROM actor');
  if (Number(n) > 0 || Number(m) === 0) return;
  const count = await withTransaction(ctx, (tx) => rebuildSearch(tx));
  logger.info('search index rebuilt', { entities: count });
}

/** A database with claims but no claim voices (written before aggregates counted voices) gets them now. */
async function ensureClaimVoices(ctx: Context, logger: Logger): Promise<void> {
  if (!held(await ctx.sql.all<{ held: unknown }>(CLAIMS_WITHOUT_VOICES_SQL))) return;
  const claims = await withTransaction(ctx, (tx) => rebuildVoices(tx));
  logger.info('claim voices computed', { claims });
}

/** Sources with text the auditor has not seen (stored before it existed, or while it was off) are audited now. */
async function ensureEchoAudit(ctx: Context, logger: Logger): Promise<void> {
  if (!ctx.config.echoAudit) return;
  if (held(await ctx.sql.all<{ held: unknown }>(QUOTE_INDEX_MISSING_SQL))) {
    const quotes = await withTransaction(ctx, (tx) => rebuildQuoteStarts(tx));
    logger.info('quotes indexed for the echo audit', { quotes });
  }
  if (!held(await ctx.sql.all<{ held: unknown }>(UNAUDITED_SOURCES_SQL))) return;
  let sources = 0;
  // A batch per write, until none is left.
  for (;;) {
    const batch = await withTransaction(ctx, (tx) => auditUnaudited(tx));
    if (batch === 0) break;
    sources += batch;
  }
  logger.info('sources audited for echoes', { sources });
}

export interface ServerOptions {
  /** Called with every read-path SQL statement (tests count them). */
  onSql?: SqlObserver;
  /** Where log lines go (default: stderr). */
  logger?: Logger;
}

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  readonly dataSource: DataSource;
  readonly app: AppServices;
  /** A context outside any HTTP request, for tools and tests. */
  context(): Context;
  stop(): Promise<void>;
}

/**
 * Starts Supplyline: opens the database, runs pending migrations, loads the seed into an empty
 * database (when configured), and serves GraphQL, the IDE and health checks. Used by main.ts
 * and by the end-to-end tests alike.
 */
export async function startServer(config: Config, options: ServerOptions = {}): Promise<RunningServer> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const metrics = createMetrics();
  const tracing = startTracing(config.tracing);
  const dbSystem = config.database.type === 'postgres' ? 'postgresql' : 'sqlite';
  const { dataSource, app } = await openDatabase(config, {
    onSql: options.onSql,
    logger,
    timing: {
      read: (seconds, sql) => {
        metrics.dbReadSeconds.observe(seconds);
        tracing?.recordDatabase('db.query', Date.now() - seconds * 1000, {
          'db.system': dbSystem,
          'db.query.text': sql.slice(0, 2000),
        });
      },
      write: (seconds, committed) => {
        const outcome = committed ? 'committed' : 'rolled_back';
        metrics.dbWriteSeconds.observe({ outcome }, seconds);
        tracing?.recordDatabase('db.transaction', Date.now() - seconds * 1000, { 'db.system': dbSystem, outcome });
      },
    },
  });
  if (config.gazetteer) {
    const gazetteer = await ensureGazetteer(createContext(app, 'gazetteer', { name: 'gazetteer', role: Role.ADMIN }));
    if (gazetteer.loaded) logger.info('gazetteer loaded', gazetteer);
  }
  if (config.seed) {
    const seed = await loadSeedIfEmpty(createContext(app, 'seed', { name: 'seed', role: Role.ADMIN }));
    if (seed.loaded) logger.info('seed data loaded', seed);
  }
  await ensureSearchIndex(createContext(app, 'search'), logger);
  await ensureClaimVoices(createContext(app, 'voices'), logger);
  await ensureEchoAudit(createContext(app, 'echoes', { name: 'echo-auditor', role: Role.ADMIN }), logger);

  openFeedWatch(app.sql, config.http.changePollMs);
  const web = express();
  web.disable('x-powered-by');
  if (config.http.trustProxyHops > 0) web.set('trust proxy', config.http.trustProxyHops);
  // Explicit timeouts: a client gets this long to send its headers, and its whole request, then a 408.
  const httpServer = createServer(
    {
      requestTimeout: config.http.requestTimeoutMs,
      headersTimeout: config.http.headersTimeoutMs,
      connectionsCheckingInterval: Math.min(1000, config.http.headersTimeoutMs),
    },
    web,
  );
  const schema = await createSchema();
  const apollo = new ApolloServer<Context>({
    // Syntax errors stay 400; GET mutations are refused by Apollo with 405.
    ...(config.executor === 'graphql-js'
      ? { schema }
      : { gateway: jitGateway(schema, config.executor, logger, config.production) }),
    // A public research API keeps introspection on by default; the limits hold either way.
    introspection: config.introspection,
    // main.ts handles SIGTERM/SIGINT: drain, close the database, exit 0. Apollo's own handler
    // would re-raise the signal once Apollo alone had stopped, before the database is closed.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: !config.production,
    // No "Did you mean …?" suggestions in production.
    hideSchemaDetailsFromClientErrors: config.production,
    // Limits on each operation, checked before anything runs (graphql/query-limits.ts).
    parseOptions: { maxTokens: config.limits.maxTokens },
    validationRules: limitRules(config.limits),
    formatError: createFormatError(config.production),
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.http.drainMs }),
      internalErrorLog(logger),
      operationTelemetry(metrics, tracing),
      accessPlugin(config.readsNeedKey),
      costLimitPlugin(schema, config.limits.maxCost, config, config.production),
    ],
  });
  await apollo.start();

  if (tracing) web.use(traceRequests(tracing));
  web.use(requestLog(logger, metrics));
  // Answers made whole compressed (http/compression.ts); the exports and the static files
  // compress on their own routes.
  if (config.http.compression) web.use(compressAnswers('/export'));
  // What a client is, then how much it may ask: CORS first (a preflight is answered before
  // anything else), the key once, the rate limit by key or address.
  const admit = [
    corsPolicy(config.http),
    authenticate(app.sql, config.http.keyCacheSeconds),
    ...[rateLimiter(config.http, metrics)].filter((h) => h !== undefined),
  ];
  // The API first: every other route is matched only by requests that are not for it.
  web.get('/graphql', (req, res, next) =>
    wantsIde(req) ? res.type('html').send(ideHtml('/graphql', '/ide')) : next(),
  );
  // Subscriptions stream over Server-Sent Events (graphql-sse) at their own path.
  web.use(
    '/graphql/stream',
    ...admit,
    distinctConnectionsOnly,
    utf8Only,
    express.json({ limit: '1mb' }),
    wellFormedText,
    resumeTrace,
    subscriptionHandler(schema, app, config, logger, metrics),
  );
  web.use(
    '/graphql',
    ...admit,
    utf8Only,
    express.json({ limit: '1mb' }),
    wellFormedText,
    resumeTrace,
    requestIdInErrors,
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const ctx = createContext(app, requestIdOf(req), principalOf(req, res));
        res.locals.graphql = outcomeOf(ctx); // for the request's log line
        return ctx;
      },
    }),
    bodyErrors,
  );
  web.use(healthRouter(app, dataSource));
  // Not rate-limited: a scrape must get through when a flood is what the operator needs to see.
  web.get('/metrics', admit[0], admit[1], metricsHandler(metrics, config.metrics));
  web.use('/ide', ideAssetsRouter(config.http.compression));
  web.use(explorerRouter(config.http.compression));
  web.use('/export', ...admit, exportRouter(app, dataSource, logger, metrics));
  web.use(notFound);
  web.use(internalErrors(logger));

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const port = (httpServer.address() as AddressInfo).port;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;

  let stopping: Promise<void> | undefined;
  return {
    url,
    port,
    dataSource,
    app,
    context: () => createContext(app),
    stop: () =>
      (stopping ??= (async () => {
        // Open subscriptions end first, so the drain does not wait for their streams.
        closeFeedWatch(app.sql);
        await apollo.stop();
        await closeDatabase(dataSource, app);
        await tracing?.shutdown();
      })()),
  };
}
