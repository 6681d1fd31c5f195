import type { EntityManager } from 'typeorm';
import { mapDriverError } from '../db/driver-errors';
import { nowIso } from '../util/timestamps';
import type { Context, TxContext } from './context';
import type { WriteRecord } from './write-record';

/**
 * Runs `work` in one transaction, with a context whose `manager` writes inside it. What `work`
 * queued in `beforeCommit` runs once it has finished, in order, in the same transaction: a lock
 * taken there is the last a transaction takes, so it cannot be taken in one order by one
 * transaction and in the other by another (a transaction may hold several writes).
 */
export function withTransaction<T>(ctx: Context, work: (tx: TxContext) => Promise<T>): Promise<T> {
  if (ctx.manager) return work(ctx as TxContext);
  return ctx.tx
    .run(async (manager) => {
      const tx: TxContext = { ...ctx, manager, at: await transactionTime(ctx, manager), beforeCommit: [] };
      const result = await work(tx);
      for (const step of tx.beforeCommit) await step();
      return result;
    })
    .catch((e: unknown) => {
      throw mapDriverError(e);
    });
}

/**
 * One instant for everything a write stores (rows, versions, history), so an asOf query sees a
 * write whole or not at all. On PostgreSQL it is the database's clock (shared by every server
 * process); within a process it strictly increases.
 */
async function transactionTime(ctx: Context, manager: EntityManager): Promise<string> {
  if (ctx.sql.dialect !== 'postgres') return nowIso();
  const [{ now }] = (await manager.query('SELECT now() AS now')) as { now: Date }[];
  return nowIso(now.getTime());
}

/**
 * Plain SQL inside a write transaction (so it sees the transaction's own writes), written with
 * `?` placeholders like the read path.
 */
export async function txQuery<T = Record<string, unknown>>(
  tx: TxContext,
  sql: string,
  params: readonly unknown[] = [],
): Promise<T[]> {
  const pg = tx.sql.dialect === 'postgres';
  let n = 0;
  const text = pg ? sql.replace(/\?/g, () => `$${++n}`) : sql;
  const values = params.map((p) => (!pg && typeof p === 'boolean' ? Number(p) : p));
  return (await tx.manager.query(text, values)) as T[];
}

/**
 * Ends every write: runs the write pipeline in the write's transaction, so what is derived from
 * the write commits with it or not at all. Every write service calls it exactly once per write.
 */
export function recordWrite(tx: TxContext, write: WriteRecord): Promise<void> {
  return tx.pipeline(tx, write);
}

/** The advisory locks write services take: one number per kind of write that must not run concurrently. */
export const WRITE_LOCKS = {
  /** writes that the echo auditor compares with every stored text (sources, echo decisions) */
  sourceTexts: 7_365_001,
} as const;

/**
 * Makes the writes that take `lock` run one at a time across every server process: on
 * PostgreSQL the transaction waits for the advisory lock and holds it until it ends (SQLite
 * runs one write at a time anyway). Taken first in a transaction, before any row is locked, so
 * it cannot deadlock with a writer holding rows.
 */
export async function serializeWrites(tx: TxContext, lock: number): Promise<void> {
  if (tx.sql.dialect === 'postgres') await tx.manager.query('SELECT pg_advisory_xact_lock($1)', [lock]);
}
