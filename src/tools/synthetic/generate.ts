import { HOLDS_SOURCES_OR_CLAIMS_SQL, held } from '../../domain/knowledge-base';
import { actorWriteService } from '../../domain/actors/actor-write.service';
import { BadUserInputError } from '../../core/errors/errors';
import { withTransaction } from '../../core/context/transaction';
import type { Context } from '../../core/context/context';
import { claimRecord } from '../imports/jsonl-records';
import type { ImportRecord } from '../imports/import-record';
import { importRecords } from '../imports/run-import';
import { sourceWriteService } from '../../domain/sources/source-write.service';
import { ClaimDrawer, syntheticActors, syntheticSource, worldSize } from './world';

export interface GenerateOptions {
  transfers: number;
  recognitions?: number;
  /** how many states (else from the number of transfers) */
  states?: number;
  seed?: number;
  /** claims per transaction */
  batch?: number;
  onProgress?: (stage: string, done: number, total: number) => void;
}

export interface GenerateSummary {
  actors: number;
  sources: number;
  transfers: number;
  recognitions: number;
  seconds: number;
  /** claims written per second, through the import path */
  claimsPerSecond: number;
}

function* claims(
  kind: 'transfer' | 'recognition',
  from: number,
  to: number,
  drawer: ClaimDrawer,
): Generator<ImportRecord> {
  for (let i = from; i <= to; i++)
    yield claimRecord(i, () => (kind === 'transfer' ? drawer.transfer(i) : drawer.recognition(i)));
}

/**
 * Fills an empty database with a synthetic knowledge base: actors and sources through the write
 * services, claims through the import path (claimRecord + importRecords, exactly as a claims.jsonl
 * import), a batch of claims per transaction. Refuses a database that already has actors.
 */
export async function generate(ctx: Context, options: GenerateOptions): Promise<GenerateSummary> {
  const seed = options.seed ?? 1;
  const batch = options.batch ?? 2000;
  if (!Number.isSafeInteger(options.transfers) || options.transfers < 1)
    throw new BadUserInputError('transfers', '--transfers must be a positive whole number.');
  // Reference data (the gazetteer's states) may be there; sources and claims may not.
  if (held(await ctx.sql.all<{ held: unknown }>(HOLDS_SOURCES_OR_CLAIMS_SQL)))
    throw new BadUserInputError('database', 'The database is not empty: generate into a new one.');
  if (options.states !== undefined && (!Number.isSafeInteger(options.states) || options.states < 2))
    throw new BadUserInputError('states', '--states must be a whole number of at least 2.');
  const size = worldSize(options.transfers, options.recognitions, options.states);
  const started = process.hrtime.bigint();
  const progress = options.onProgress ?? (() => undefined);

  const actors = syntheticActors(size);
  await withTransaction(ctx, async (tx) => {
    for (const input of actors) await actorWriteService.create(tx, input);
  });
  progress('actors', actors.length, actors.length);
  for (let from = 1; from <= size.sources; from += batch) {
    const to = Math.min(size.sources, from + batch - 1);
    await withTransaction(ctx, async (tx) => {
      for (let i = from; i <= to; i++) await sourceWriteService.create(tx, syntheticSource(i, size, seed));
    });
    progress('sources', to, size.sources);
  }

  const claimsStarted = process.hrtime.bigint();
  const drawer = new ClaimDrawer(size, seed);
  for (const [kind, total] of [
    ['transfer', size.transfers],
    ['recognition', size.recognitions],
  ] as const) {
    for (let from = 1; from <= total; from += batch) {
      const to = Math.min(total, from + batch - 1);
      await importRecords(ctx, 'generated', claims(kind, from, to, drawer), {});
      progress(`${kind}s`, to, total);
    }
  }
  const end = process.hrtime.bigint();
  const claimSeconds = Number(end - claimsStarted) / 1e9;
  return {
    actors: actors.length,
    sources: size.sources,
    transfers: size.transfers,
    recognitions: size.recognitions,
    seconds: Number(end - started) / 1e9,
    claimsPerSecond: Math.round((size.transfers + size.recognitions) / claimSeconds),
  };
}
