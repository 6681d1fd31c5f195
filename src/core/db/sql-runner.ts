import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import type { DataSource } from 'typeorm';
import type { DatabaseConfig } from '../config/config';
import { SQLITE_PRAGMAS } from './data-source';

/**
 * The read path: plain SQL returning plain rows, with no ORM hydration (measured on this stack:
 * TypeORM entity loading at 2–3× the cost of the whole rest of a read). SQL is written with `?`
 * placeholders; on PostgreSQL they become $1, $2…
 *
 * On SQLite, reads use their own read-only connection: TypeORM's better-sqlite3 driver shares one
 * connection for everything, so reading through it during a write transaction would see
 * uncommitted rows. WAL gives this connection a consistent snapshot of committed data.
 */
export interface SqlRunner {
  readonly dialect: 'sqlite' | 'postgres';
  all<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /**
   * Every row of `table` in primary-key order, a batch at a time, by keyset on the key columns
   * (row-value comparison, which both databases have): memory stays flat whatever the size.
   */
  scan<T = Record<string, unknown>>(
    table: string,
    keyColumns: readonly string[],
    batchSize?: number,
    where?: string,
    /** what to read of each row (default every column); must include the key columns */
    columns?: string,
  ): AsyncGenerator<T[]>;
  /** `column IN (the ids)` as one parameter, so one prepared statement serves any batch size. */
  inList(column: string, values: readonly string[]): { sql: string; param: unknown };
  /** A text expression compared byte by byte, as SQLite does, whatever PostgreSQL's locale. */
  bytewise(expr: string): string;
  /** Unicode lower case of a text expression (SQLite's LOWER folds ASCII only). */
  lower(expr: string): string;
  /** A one-column derived table `(… ) AS <alias>` with column `id`, one row per value. */
  idTable(values: readonly string[], alias: string): { sql: string; param: unknown };
  close(): Promise<void>;
}

export type SqlObserver = (sql: string, params: readonly unknown[]) => void;

/** The same runner, reporting each statement's time in seconds (to the server's metrics and traces). */
export function timedSqlRunner(runner: SqlRunner, report: (seconds: number, sql: string) => void): SqlRunner {
  return {
    ...runner,
    async all<T>(sql: string, params?: readonly unknown[]) {
      const started = performance.now();
      try {
        return await runner.all<T>(sql, params);
      } finally {
        report((performance.now() - started) / 1000, sql);
      }
    },
  };
}

function toPostgres(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

async function* scanTable<T>(
  runner: Pick<SqlRunner, 'all'>,
  table: string,
  keys: readonly string[],
  batchSize = 1000,
  where?: string,
  columns = '*',
): AsyncGenerator<T[]> {
  const order = keys.join(', ');
  const tuple = keys.length === 1 ? keys[0] : `(${order})`;
  const marks = keys.length === 1 ? '?' : `(${keys.map(() => '?').join(', ')})`;
  let last: unknown[] | null = null;
  for (;;) {
    const rows: Record<string, unknown>[] = await runner.all(
      `SELECT ${columns} FROM ${table} WHERE ${[where ?? '1 = 1', last ? `${tuple} > ${marks}` : '1 = 1'].join(' AND ')} ORDER BY ${order} LIMIT ?`,
      [...(last ?? []), batchSize],
    );
    if (rows.length === 0) return;
    yield rows as T[];
    if (rows.length < batchSize) return;
    last = keys.map((k) => rows[rows.length - 1][k]);
  }
}

/**
 * `connection` (SQLite) and `query` (PostgreSQL) bind the runner to one connection instead of the
 * shared ones: see read-snapshot.ts.
 */
export function createSqlRunner(
  db: DatabaseConfig,
  dataSource: DataSource,
  observe?: SqlObserver,
  connection?: Database.Database,
  query?: (sql: string, params: unknown[]) => Promise<unknown[]>,
): SqlRunner {
  if (db.type === 'postgres') {
    const cache = new Map<string, string>();
    return {
      dialect: 'postgres',
      async all<T>(sql: string, params: readonly unknown[] = []) {
        observe?.(sql, params);
        let text = cache.get(sql);
        if (!text) cache.set(sql, (text = toPostgres(sql)));
        return (await (query ? query(text, params as unknown[]) : dataSource.query(text, params as unknown[]))) as T[];
      },
      inList: (column, values) => ({ sql: `${column} = ANY(?)`, param: [...values] }),
      idTable: (values, alias) => ({ sql: `(SELECT unnest(?::varchar[]) AS id) AS ${alias}`, param: [...values] }),
      lower: (expr) => `LOWER(${expr})`,
      scan(table, keys, batchSize, where, columns) {
        return scanTable(this, table, keys, batchSize, where, columns);
      },
      bytewise: (expr) => `${expr} COLLATE "C"`,
      close: async () => undefined,
    };
  }
  const shared = db.path === ':memory:' || connection !== undefined;
  const conn: Database.Database = connection
    ? connection
    : db.path === ':memory:'
      ? (dataSource.driver as unknown as { databaseConnection: Database.Database }).databaseConnection
      : new Database(db.path, { readonly: true, fileMustExist: true });
  if (!shared) for (const p of SQLITE_PRAGMAS.filter((p) => !p.startsWith('journal_mode'))) conn.pragma(p);
  conn.function('unicode_lower', { deterministic: true }, (s: unknown) =>
    s === null ? null : String(s).toLowerCase(),
  );
  const statements = new Map<string, Database.Statement>();
  return {
    dialect: 'sqlite',
    async all<T>(sql: string, params: readonly unknown[] = []) {
      observe?.(sql, params);
      let stmt = statements.get(sql);
      if (!stmt) statements.set(sql, (stmt = conn.prepare(sql)));
      return stmt.all(...params.map((p) => (typeof p === 'boolean' ? Number(p) : p))) as T[];
    },
    inList: (column, values) => ({
      sql: `${column} IN (SELECT value FROM json_each(?))`,
      param: JSON.stringify(values),
    }),
    idTable: (values, alias) => ({
      sql: `(SELECT value AS id FROM json_each(?)) AS ${alias}`,
      param: JSON.stringify(values),
    }),
    lower: (expr) => `unicode_lower(${expr})`,
    scan(table, keys, batchSize, where, columns) {
      return scanTable(this, table, keys, batchSize, where, columns);
    },
    bytewise: (expr) => expr,
    close: async () => {
      if (!shared) conn.close();
    },
  };
}
