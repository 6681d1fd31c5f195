import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DataSource } from 'typeorm';
import type { DatabaseConfig } from '../config/config';
import { MIGRATIONS } from '../../../migrations';
import type { DataSourceOptions } from 'typeorm';

/**
 * SQLite pragmas, set explicitly on every connection. WAL lets readers run beside the writer;
 * synchronous=FULL fsyncs the WAL at every commit, so a committed write survives a power cut,
 * not only a crash — writes here are rare and precious, reads never wait for the fsync.
 * A 64 MB page cache per connection (SQLite's default is 2 MB) keeps the upper levels of every
 * index in memory at a million claims.
 */
export const SQLITE_PRAGMAS = [
  'journal_mode = WAL',
  'synchronous = FULL',
  'foreign_keys = ON',
  'busy_timeout = 5000',
  'cache_size = -65536',
];

/**
 * A TypeORM data source for the configured database; `synchronize` is never on. The entities are
 * the domain's (src/domain/entities.ts), passed in so that this layer knows no feature.
 */
export function createDataSource(db: DatabaseConfig, entities: DataSourceOptions['entities']): DataSource {
  const common = {
    entities,
    migrations: MIGRATIONS,
    synchronize: false,
    migrationsRun: false,
    logging: false,
  } as const;
  if (db.type === 'postgres') {
    return new DataSource({ type: 'postgres', url: db.url, ...common });
  }
  if (db.path !== ':memory:') mkdirSync(dirname(db.path), { recursive: true });
  return new DataSource({
    type: 'better-sqlite3',
    database: db.path,
    ...common,
    prepareDatabase: (conn: { pragma(s: string): unknown }) => {
      for (const p of SQLITE_PRAGMAS) conn.pragma(p);
    },
  });
}

/** Runs pending migrations, each in its own transaction; returns the names it applied. */
export async function migrate(dataSource: DataSource): Promise<string[]> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  return applied.map((m) => m.name);
}
