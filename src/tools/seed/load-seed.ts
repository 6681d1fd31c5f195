import { actorWriteService } from '../../domain/actors/actor-write.service';
import { claimWriteService } from '../../domain/claims/claim-write.service';
import { txQuery, withTransaction } from '../../core/context/transaction';
import type { Context } from '../../core/context/context';
import { sourceWriteService } from '../../domain/sources/source-write.service';
import { completeActor } from '../../domain/gazetteer/gazetteer';
import { HOLDS_SOURCES_OR_CLAIMS_SQL, held } from '../../domain/knowledge-base';
import { SEED_ACTORS } from './seed-actors';
import { SEED_RECOGNITIONS, SEED_TRANSFERS } from './seed-claims';
import { SEED_SOURCES } from './seed-sources';

export interface SeedResult {
  loaded: boolean;
  actors: number;
  sources: number;
  transfers: number;
  recognitions: number;
}

/**
 * Loads the seed data into a database that holds no sources and no claims (reference data such as
 * the gazetteer's states may be there), all in one transaction, through the same write services
 * (and checks) as any other write. A seed actor already there (a gazetteer state) is joined, not
 * duplicated: it gains the seed's aliases and details it lacks. The seed never loads twice.
 */
export async function loadSeedIfEmpty(ctx: Context): Promise<SeedResult> {
  const counts = {
    actors: SEED_ACTORS.length,
    sources: SEED_SOURCES.length,
    transfers: SEED_TRANSFERS.length,
    recognitions: SEED_RECOGNITIONS.length,
  };
  const loaded = await withTransaction(ctx, async (tx) => {
    if (held(await txQuery<{ held: unknown }>(tx, HOLDS_SOURCES_OR_CLAIMS_SQL))) return false;
    for (const a of SEED_ACTORS) {
      const [there] = await txQuery<{ id: string }>(tx, 'SELECT id FROM actor WHERE key = ?', [a.key]);
      if (there) await completeActor(tx, there.id, a, 'seedActor');
      else await actorWriteService.create(tx, a);
    }
    for (const s of SEED_SOURCES) await sourceWriteService.create(tx, s);
    for (const t of SEED_TRANSFERS) await claimWriteService.recordTransfer(tx, t);
    for (const r of SEED_RECOGNITIONS) await claimWriteService.recordRecognition(tx, r);
    return true;
  });
  return { loaded, ...counts };
}
