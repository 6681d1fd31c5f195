import type { DataSource, EntityManager } from 'typeorm';

/**
 * Runs `work` in one database transaction: it commits if `work` resolves and rolls back if it
 * throws, so a refused write leaves nothing behind. On SQLite, TypeORM shares one query runner
 * for the whole data source, so transactions are queued one after another (FIFO); PostgreSQL
 * runs them concurrently on pooled connections.
 */
export class TransactionRunner {
  private tail: Promise<unknown> = Promise.resolve();

  constructor(private readonly dataSource: DataSource) {}

  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (this.dataSource.options.type === 'postgres') return this.dataSource.transaction(work);
    const result = this.tail.then(() => this.dataSource.transaction(work));
    this.tail = result.catch(() => undefined);
    return result;
  }

  /** Resolves when every queued transaction has finished. */
  async drain(): Promise<void> {
    await this.tail;
  }
}
