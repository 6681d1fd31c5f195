import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type Database from 'better-sqlite3';
import type { DataSource, EntityManager } from 'typeorm';
import { isStorageError } from './driver-errors';

/** What /readyz reports of the writer. */
export type WriterState = 'ok' | 'storage-failed' | 'broken';

/**
 * Runs `work` in one database transaction: it commits if `work` resolves and rolls back if it
 * throws, so a refused write leaves nothing behind.
 *
 * On SQLite, TypeORM shares one connection for the whole data source, so transactions are queued
 * one after another (FIFO), and this class runs them on that connection itself: BEGIN IMMEDIATE,
 * then COMMIT, or ROLLBACK when anything fails — COMMIT included. SQLite may already have rolled
 * back by itself (a full disk does that); the connection's own `inTransaction` says so, so the
 * connection is always left outside any transaction. (TypeORM's transaction API keeps its own
 * flag of an open transaction, which a failed COMMIT left set: later writes then went into a
 * savepoint of a transaction that never committed.) If a ROLLBACK fails with a transaction still
 * open, the writer is broken: every later write is refused and /readyz says so, until the
 * process is restarted.
 *
 * PostgreSQL runs transactions concurrently on pooled connections through TypeORM, which rolls a
 * failed one back and releases its connection.
 */
export class TransactionRunner {
  private tail: Promise<unknown> = Promise.resolve();
  private state: WriterState = 'ok';

  /** `timed` is told each transaction's time in seconds (from its start, queueing excluded) and outcome. */
  constructor(
    private readonly dataSource: DataSource,
    private readonly timed?: (seconds: number, committed: boolean) => void,
  ) {}

  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (this.dataSource.options.type === 'postgres')
      return this.watch(this.time(() => this.dataSource.transaction(work)));
    const result = this.tail.then(() => this.watch(this.time(() => this.sqlite(work))));
    this.tail = result.catch(() => undefined);
    return result;
  }

  /** Resolves when every queued transaction has finished. */
  async drain(): Promise<void> {
    await this.tail;
  }

  /**
   * ok; storage-failed: the last write failed for want of space or through an I/O fault, and no
   * write has committed since; broken: a ROLLBACK failed (see above).
   */
  get writer(): WriterState {
    return this.state;
  }

  /**
   * After a storage failure: one write that must commit, about the size of a large write (a row
   * of write_probe with 64 KB of incompressible padding), to learn whether the writer has room
   * again. True when it committed (and the writer is ok again).
   */
  async probe(): Promise<boolean> {
    if (this.state === 'broken') return false;
    const pg = this.dataSource.options.type === 'postgres';
    const sql = `INSERT INTO write_probe (id, at, pad) VALUES (1, ${pg ? '$1, $2' : '?, ?'})
      ON CONFLICT (id) DO UPDATE SET at = excluded.at, pad = excluded.pad`;
    try {
      await this.run((m) => m.query(sql, [new Date().toISOString(), randomBytes(48 * 1024).toString('base64')]));
      return true;
    } catch {
      return false;
    }
  }

  private async time<T>(transaction: () => Promise<T>): Promise<T> {
    if (!this.timed) return transaction();
    const started = performance.now();
    let committed = false;
    try {
      const result = await transaction();
      committed = true;
      return result;
    } finally {
      this.timed((performance.now() - started) / 1000, committed);
    }
  }

  private async watch<T>(transaction: Promise<T>): Promise<T> {
    try {
      const result = await transaction;
      if (this.state === 'storage-failed') this.state = 'ok';
      return result;
    } catch (e) {
      if (this.state === 'ok' && isStorageError(e)) this.state = 'storage-failed';
      throw e;
    }
  }

  private async sqlite<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (this.state === 'broken') throw new Error('The database writer is broken: restart the server.');
    const conn = (this.dataSource.driver as unknown as { databaseConnection: Database.Database }).databaseConnection;
    const runner = this.dataSource.createQueryRunner();
    conn.exec('BEGIN IMMEDIATE');
    try {
      const result = await work(runner.manager);
      conn.exec('COMMIT');
      return result;
    } catch (e) {
      this.rollback(conn);
      throw e;
    }
  }

  private rollback(conn: Database.Database): void {
    if (!conn.inTransaction) return; // SQLite rolled back by itself (SQLITE_FULL, SQLITE_IOERR…)
    try {
      conn.exec('ROLLBACK');
    } catch {
      // handled below
    }
    if (conn.inTransaction) this.state = 'broken';
  }
}
