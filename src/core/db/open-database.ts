import type Database from 'better-sqlite3';
import type { DataSource, DataSourceOptions } from 'typeorm';
import type { Config } from '../config/config';
import { createLogger } from '../logger/logger';
import type { Logger } from '../logger/logger';
import { createDataSource, migrate } from './data-source';
import { createSqlRunner, timedSqlRunner } from './sql-runner';
import type { SqlObserver, SqlRunner } from './sql-runner';
import { TransactionRunner } from './transaction-runner';

/** An open database: the configuration, the read path and the write queue every context shares. */
export interface AppServices {
  readonly config: Config;
  readonly sql: SqlRunner;
  readonly tx: TransactionRunner;
  /** SQLite connections of read snapshots in use (long exports): closed with the database. */
  readonly snapshots: Set<Database.Database>;
}

export interface OpenOptions {
  onSql?: SqlObserver;
  logger?: Logger;
  /** false: leave pending migrations pending (`npm run verify` reports them instead). */
  migrate?: boolean;
  /** Told the time (seconds) of every read-path statement and write transaction (the metrics). */
  timing?: DatabaseTiming;
}

export interface DatabaseTiming {
  /** `sql` as written, with `?` for its parameters (never their values). */
  read(seconds: number, sql: string): void;
  write(seconds: number, committed: boolean): void;
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
  const sql = createSqlRunner(config.database, dataSource, onSql);
  const app: AppServices = {
    config,
    sql: options.timing ? timedSqlRunner(sql, options.timing.read) : sql,
    tx: new TransactionRunner(dataSource, options.timing?.write),
    snapshots: new Set(),
  };
  return { dataSource, app };
}

/**
 * Closes the database: waits for queued writes, closes the read path and any read snapshot still
 * open (an export cut at the drain limit), then the writer. On SQLite the last connection to
 * close checkpoints the write-ahead log and removes the -wal and -shm files.
 */
export async function closeDatabase(dataSource: DataSource, app: AppServices): Promise<void> {
  await app.tx.drain();
  for (const conn of app.snapshots) if (conn.open) conn.close();
  app.snapshots.clear();
  await app.sql.close();
  await dataSource.destroy();
}
