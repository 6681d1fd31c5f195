import DataLoader from 'dataloader';
import { createActorLoaders } from '../../domain/actors/actor.loaders';
import { createClaimLoaders } from '../../domain/claims/claim.loaders';
import type { SqlRunner } from '../db/sql-runner';
import { createEvidenceLoaders } from '../../domain/claims/evidence.loaders';
import { createHistoryLoaders } from '../../domain/history/history.loaders';
import { createSourceLoaders } from '../../domain/sources/source.loaders';

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
