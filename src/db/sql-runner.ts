import Database from 'better-sqlite3';
import type { DataSource } from 'typeorm';
import type { DatabaseConfig } from '../config';
import { SQLITE_PRAGMAS } from './data-source';

/**
 * The read path: plain SQL returning plain rows, with no ORM hydration (STACK.md measured
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

export type SqlObserver = (sql: string) => void;

function toPostgres(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

export function createSqlRunner(db: DatabaseConfig, dataSource: DataSource, observe?: SqlObserver): SqlRunner {
  if (db.type === 'postgres') {
    const cache = new Map<string, string>();
    return {
      dialect: 'postgres',
      async all<T>(sql: string, params: readonly unknown[] = []) {
        observe?.(sql);
        let text = cache.get(sql);
        if (!text) cache.set(sql, (text = toPostgres(sql)));
        return (await dataSource.query(text, params as unknown[])) as T[];
      },
      inList: (column, values) => ({ sql: `${column} = ANY(?)`, param: [...values] }),
      idTable: (values, alias) => ({ sql: `(SELECT unnest(?::varchar[]) AS id) AS ${alias}`, param: [...values] }),
      lower: (expr) => `LOWER(${expr})`,
      bytewise: (expr) => `${expr} COLLATE "C"`,
      close: async () => undefined,
    };
  }
  const shared = db.path === ':memory:';
  const conn: Database.Database = shared
    ? (dataSource.driver as unknown as { databaseConnection: Database.Database }).databaseConnection
    : new Database(db.path, { readonly: true, fileMustExist: true });
  if (!shared) for (const p of SQLITE_PRAGMAS.filter((p) => !p.startsWith('journal_mode'))) conn.pragma(p);
  conn.function('unicode_lower', { deterministic: true }, (s: unknown) => (s === null ? null : String(s).toLowerCase()));
  const statements = new Map<string, Database.Statement>();
  return {
    dialect: 'sqlite',
    async all<T>(sql: string, params: readonly unknown[] = []) {
      observe?.(sql);
      let stmt = statements.get(sql);
      if (!stmt) statements.set(sql, (stmt = conn.prepare(sql)));
      return stmt.all(...params.map((p) => (typeof p === 'boolean' ? Number(p) : p))) as T[];
    },
    inList: (column, values) => ({ sql: `${column} IN (SELECT value FROM json_each(?))`, param: JSON.stringify(values) }),
    idTable: (values, alias) => ({ sql: `(SELECT value AS id FROM json_each(?)) AS ${alias}`, param: JSON.stringify(values) }),
    lower: (expr) => `unicode_lower(${expr})`,
    bytewise: (expr) => expr,
    close: async () => {
      if (!shared) conn.close();
    },
  };
}
