import Database from 'better-sqlite3';
import type { DataSource } from 'typeorm';
import type { AppServices } from './open-database';
import { createSqlRunner } from './sql-runner';
import type { SqlRunner } from './sql-runner';

/**
 * Runs `work` on one consistent snapshot of the database — what a full dump needs, so that rows
 * written while it streams (a claim and its citations) are in it whole or not at all. SQLite: a
 * read transaction on a connection of its own (WAL keeps the snapshot); PostgreSQL: a
 * REPEATABLE READ, READ ONLY transaction on a connection of its own.
 */
export async function withReadSnapshot<T>(
  app: AppServices,
  dataSource: DataSource,
  work: (sql: SqlRunner) => Promise<T>,
): Promise<T> {
  const db = app.config.database;
  if (db.type === 'sqlite') {
    if (db.path === ':memory:') return work(app.sql);
    const conn = new Database(db.path, { readonly: true, fileMustExist: true });
    app.snapshots.add(conn);
    try {
      conn.exec('BEGIN');
      const sql = createSqlRunner(db, dataSource, undefined, conn);
      const result = await work(sql);
      conn.exec('COMMIT');
      return result;
    } finally {
      app.snapshots.delete(conn);
      if (conn.open) conn.close();
    }
  }
  const runner = dataSource.createQueryRunner('slave');
  try {
    await runner.connect();
    await runner.query('BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const sql = createSqlRunner(db, dataSource, undefined, undefined, (text, params) => runner.query(text, params));
    const result = await work(sql);
    await runner.query('COMMIT');
    return result;
  } catch (e) {
    await runner.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    await runner.release();
  }
}
