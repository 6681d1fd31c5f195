import type DataLoader from 'dataloader';
import type { SqlRunner } from '../db/sql-runner';

/** A feature's loaders: made from the read-path SQL runner, one set per request. */
export type LoaderFactory<T> = (sql: SqlRunner) => T;

/**
 * The DataLoaders of one request. Each feature declares its own loaders and reads them through
 * `ctx.loaders.of(createXLoaders)`: they are made on first use and cached for the rest of the
 * request (nothing is cached across requests), and the context knows no feature.
 */
export class LoaderCache {
  private readonly sets = new Map<LoaderFactory<unknown>, unknown>();
  private readonly keyedLoaders = new Map<string, DataLoader<unknown, unknown>>();

  constructor(private readonly sql: SqlRunner) {}

  of<T>(factory: LoaderFactory<T>): T {
    let set = this.sets.get(factory) as T | undefined;
    if (set === undefined) {
      set = factory(this.sql);
      this.sets.set(factory, set);
    }
    return set;
  }

  /** Forgets every loaded value: a subscription reads each event afresh in its one context. */
  clear(): void {
    this.sets.clear();
    this.keyedLoaders.clear();
  }

  /**
   * Loaders that depend on field arguments (e.g. the filter of Actor.suppliesTo): one loader per
   * distinct argument set, so a list of actors asking the same field with the same arguments is
   * still one batch.
   */
  keyed<K, V>(key: string, make: () => DataLoader<K, V>): DataLoader<K, V> {
    let loader = this.keyedLoaders.get(key);
    if (!loader) {
      loader = make() as DataLoader<unknown, unknown>;
      this.keyedLoaders.set(key, loader);
    }
    return loader as DataLoader<K, V>;
  }
}
