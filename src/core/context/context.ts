import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Principal } from '../auth/principal';
import type { Config } from '../config/config';
import type { SqlRunner } from '../db/sql-runner';
import type { TransactionRunner } from '../db/transaction-runner';
import { nowIso } from '../util/timestamps';
import { mapDriverError } from '../db/driver-errors';
import { createLoaders } from './loaders';
import type { Loaders } from './loaders';

/**
 * What every resolver and service receives: configuration, the read-path SQL runner, a fresh set
 * of DataLoaders (per request, so nothing is cached across requests), and — inside a write — the
 * transaction's entity manager.
 */
export interface Context {
  readonly requestId: string;
  readonly config: Config;
  readonly sql: SqlRunner;
  readonly tx: TransactionRunner;
  readonly loaders: Loaders;
  /** The API key's name and role; null for anonymous requests and internal work. */
  readonly principal: Principal | null;
  /** True when the request sent an Authorization header that names no live key. */
  readonly badCredentials: boolean;
  /** Set only inside withTransaction: every write goes through it. */
  readonly manager?: EntityManager;
}

export interface AppServices {
  readonly config: Config;
  readonly sql: SqlRunner;
  readonly tx: TransactionRunner;
}

export function createContext(app: AppServices, requestId: string = randomUUID(), principal: Principal | null | 'invalid' = null): Context {
  return {
    requestId,
    config: app.config,
    sql: app.sql,
    tx: app.tx,
    loaders: createLoaders(app.sql),
    principal: principal === 'invalid' ? null : principal,
    badCredentials: principal === 'invalid',
  };
}

/** Runs `work` in one transaction, with a context whose `manager` writes inside it. */
export function withTransaction<T>(ctx: Context, work: (tx: TxContext) => Promise<T>): Promise<T> {
  if (ctx.manager) return work(ctx as TxContext);
  return ctx.tx
    .run(async (manager) => work({ ...ctx, manager, at: await transactionTime(ctx, manager) }))
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

export type TxContext = Context & { readonly manager: EntityManager; readonly at: string };

/**
 * Plain SQL inside a write transaction (so it sees the transaction's own writes), written with
 * `?` placeholders like the read path.
 */
export async function txQuery<T = Record<string, unknown>>(tx: TxContext, sql: string, params: readonly unknown[] = []): Promise<T[]> {
  const pg = tx.sql.dialect === 'postgres';
  let n = 0;
  const text = pg ? sql.replace(/\?/g, () => `$${++n}`) : sql;
  const values = params.map((p) => (!pg && typeof p === 'boolean' ? Number(p) : p));
  return (await tx.manager.query(text, values)) as T[];
}
