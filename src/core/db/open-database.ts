import type { DataSource, DataSourceOptions } from 'typeorm';
import type { Config } from '../config/config';
import { createLogger } from '../logger/logger';
import type { Logger } from '../logger/logger';
import { createDataSource, migrate } from './data-source';
import { createSqlRunner } from './sql-runner';
import type { SqlObserver, SqlRunner } from './sql-runner';
import { TransactionRunner } from './transaction-runner';

/** An open database: the configuration, the read path and the write queue every context shares. */
export interface AppServices {
  readonly config: Config;
  readonly sql: SqlRunner;
  readonly tx: TransactionRunner;
}

export interface OpenOptions {
  onSql?: SqlObserver;
  logger?: Logger;
  /** false: leave pending migrations pending (`npm run verify` reports them instead). */
  migrate?: boolean;
}

/**
 * Opens the configured database and runs pending migrations: what the server and the
 * command-line tools share.
 */
export async function openDatabase(
  config: Config,
  entities: DataSourceOptions['entities'],
  options: OpenOptions = {},
): Promise<{ dataSource: DataSource; app: AppServices }> {
  const { onSql, logger = createLogger(config.logLevel) } = options;
  const dataSource = createDataSource(config.database, entities);
  await dataSource.initialize();
  try {
    if (options.migrate !== false) {
      const applied = await migrate(dataSource);
      if (applied.length) logger.info('migrations applied', { migrations: applied });
    }
  } catch (e) {
    await dataSource.destroy();
    throw e;
  }
  const app: AppServices = {
    config,
    sql: createSqlRunner(config.database, dataSource, onSql),
    tx: new TransactionRunner(dataSource),
  };
  return { dataSource, app };
}

export async function closeDatabase(dataSource: DataSource, app: AppServices): Promise<void> {
  await app.tx.drain();
  await app.sql.close();
  await dataSource.destroy();
}
