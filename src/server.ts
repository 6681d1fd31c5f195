import 'reflect-metadata';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express from 'express';
import type { DataSource } from 'typeorm';
import type { Config } from './config';
import { createContext, withTransaction } from './context';
import { rebuildSearch } from './search/search-index';
import type { AppServices, Context } from './context';
import { createDataSource, migrate } from './db/data-source';
import { createSqlRunner } from './db/sql-runner';
import type { SqlObserver } from './db/sql-runner';
import { TransactionRunner } from './db/transaction';
import { accessPlugin } from './auth/access.plugin';
import { apiKeyService } from './auth/api-key.service';
import { Role } from './auth/role.enum';
import { createFormatError } from './errors-format';
import { exportRouter } from './exports/export.routes';
import { createLogger } from './logger';
import { jitGateway } from './executor';
import { costLimitPlugin, limitRules } from './limits/query-limits';
import { createSchema } from './schema';
import { loadSeedIfEmpty } from './seed/load-seed';
import { bodyErrors, utf8Only } from './web/body-errors';
import { ideAssetsRouter, ideHtml, wantsIde } from './web/ide';
import { explorerRouter } from './web/explorer/explorer.routes';

/** A database with data but an empty search index (indexed before search existed) is indexed now. */
async function ensureSearchIndex(ctx: Context, logger: ReturnType<typeof createLogger>): Promise<void> {
  const [{ n }] = await ctx.sql.all<{ n: number }>('SELECT COUNT(*) AS n FROM search_index');
  const [{ m }] = await ctx.sql.all<{ m: number }>('SELECT COUNT(*) AS m FROM actor');
  if (Number(n) > 0 || Number(m) === 0) return;
  const count = await withTransaction(ctx, (tx) => rebuildSearch(tx));
  logger.info('search index rebuilt', { entities: count });
}

/**
 * Opens the configured database and runs pending migrations: what the server and the
 * command-line tools share.
 */
export async function openDatabase(config: Config, onSql?: SqlObserver): Promise<{ dataSource: DataSource; app: AppServices }> {
  const logger = createLogger(config.logLevel);
  const dataSource = createDataSource(config.database);
  await dataSource.initialize();
  try {
    const applied = await migrate(dataSource);
    if (applied.length) logger.info('migrations applied', { migrations: applied });
  } catch (e) {
    await dataSource.destroy();
    throw e;
  }
  const app: AppServices = { config, sql: createSqlRunner(config.database, dataSource, onSql), tx: new TransactionRunner(dataSource) };
  return { dataSource, app };
}

export async function closeDatabase(dataSource: DataSource, app: AppServices): Promise<void> {
  await app.tx.drain();
  await app.sql.close();
  await dataSource.destroy();
}

export interface ServerOptions {
  /** Called with every read-path SQL statement (tests count them). */
  onSql?: SqlObserver;
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
  const logger = createLogger(config.logLevel);
  const { dataSource, app } = await openDatabase(config, options.onSql);
  if (config.seed) {
    const seed = await loadSeedIfEmpty(createContext(app, 'seed', { name: 'seed', role: Role.ADMIN }));
    if (seed.loaded) logger.info('seed data loaded', seed);
  }
  await ensureSearchIndex(createContext(app, 'search'), logger);

  const web = express();
  web.disable('x-powered-by');
  const httpServer = createServer(web);
  const schema = await createSchema();
  const apollo = new ApolloServer<Context>({
    // Syntax errors stay 400; GET mutations are refused by Apollo with 405.
    ...(config.executor === 'graphql-js' ? { schema } : { gateway: jitGateway(schema, config.executor, logger) }),
    introspection: true,
    includeStacktraceInErrorResponses: !config.production,
    // Limits on each operation, checked before anything runs (see limits/query-limits.ts).
    parseOptions: { maxTokens: config.limits.maxTokens },
    validationRules: limitRules(config.limits),
    formatError: createFormatError(config.production, logger),
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      accessPlugin(config.readsNeedKey),
      costLimitPlugin(schema, config.limits.maxCost, config),
    ],
  });
  await apollo.start();

  web.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  web.get('/readyz', async (_req, res) => {
    try {
      await app.sql.all('SELECT 1 AS ok');
      const pending = await dataSource.showMigrations();
      res.status(pending ? 503 : 200).json({ status: pending ? 'migrations pending' : 'ready' });
    } catch {
      res.status(503).json({ status: 'database unreachable' });
    }
  });
  web.use('/ide', ideAssetsRouter());
  web.use(explorerRouter());
  web.use('/export', exportRouter(app, dataSource, logger));
  web.get('/graphql', (req, res, next) => (wantsIde(req) ? res.type('html').send(ideHtml('/graphql', '/ide')) : next()));
  web.use(
    '/graphql',
    cors(),
    utf8Only,
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => createContext(app, undefined, await apiKeyService.authenticate(app.sql, req.headers.authorization)),
    }),
    bodyErrors,
  );

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
        await apollo.stop();
        await closeDatabase(dataSource, app);
      })()),
  };
}
