import type { EntityManager } from 'typeorm';
import type { Principal } from '../auth/principal';
import type { Config } from '../config/config';
import type { SqlRunner } from '../db/sql-runner';
import type { TransactionRunner } from '../db/transaction-runner';
import type { LoaderCache } from './loader-cache';
import type { WriteRecord } from './write-record';

/**
 * What every resolver and service receives: configuration, the read-path SQL runner, the
 * request's DataLoaders, who is calling, the write pipeline, and — inside a write — the
 * transaction's entity manager. Types only: the context is made by `createContext` in
 * src/domain/context.ts, which binds the domain's write pipeline.
 */
export interface Context {
  readonly requestId: string;
  readonly config: Config;
  readonly sql: SqlRunner;
  readonly tx: TransactionRunner;
  readonly loaders: LoaderCache;
  /** The API key's name and role; null for anonymous requests and internal work. */
  readonly principal: Principal | null;
  /** True when the request sent an Authorization header that names no live key. */
  readonly badCredentials: boolean;
  /** What every write keeps current, run by `recordWrite` at the end of each write. */
  readonly pipeline: WritePipeline;
  /** Set only inside withTransaction: every write goes through it. */
  readonly manager?: EntityManager;
}

/**
 * The context inside a write: its transaction's entity manager, its one instant, and what runs
 * last before its COMMIT (after every write of the transaction; see withTransaction).
 */
export type TxContext = Context & {
  readonly manager: EntityManager;
  readonly at: string;
  readonly beforeCommit: (() => Promise<void>)[];
};

/** The domain's write pipeline, bound into every context by createContext (src/domain/write-pipeline.ts). */
export type WritePipeline = (tx: TxContext, write: WriteRecord) => Promise<void>;
