import DataLoader from 'dataloader';
import { createActorLoaders } from './actors/actor.loaders';
import { createClaimLoaders } from './claims/claim.loaders';
import type { SqlRunner } from './db/sql-runner';
import { createEvidenceLoaders } from './evidence/evidence.loaders';
import { createHistoryLoaders } from './history/history.loaders';
import { createSourceLoaders } from './sources/source.loaders';

/**
 * Every per-request loader. `keyed` holds loaders that depend on field arguments (e.g. the
 * filter of Actor.suppliesTo): one loader per distinct argument set, so a list of actors asking
 * the same field with the same arguments is still one batch.
 */
export function createLoaders(sql: SqlRunner) {
  const keyed = new Map<string, DataLoader<unknown, unknown>>();
  return {
    ...createActorLoaders(sql),
    ...createSourceLoaders(sql),
    ...createEvidenceLoaders(sql),
    ...createClaimLoaders(sql),
    ...createHistoryLoaders(sql),
    keyed<K, V>(key: string, make: () => DataLoader<K, V>): DataLoader<K, V> {
      let loader = keyed.get(key);
      if (!loader) keyed.set(key, (loader = make() as DataLoader<unknown, unknown>));
      return loader as DataLoader<K, V>;
    },
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
