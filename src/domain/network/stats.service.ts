import type { RecognitionFilter } from '../claims/recognition.inputs';
import type { TransferFilter } from '../claims/transfer.inputs';
import type { ActorRow } from '../actors/actor.rows';
import { actorService } from '../actors/actor.service';
import { RECOGNITION_KIND, TRANSFER_KIND } from '../claims/claim-kinds';
import { claimService } from '../claims/claim.service';
import type { Context } from '../../core/context/context';
import { RecognitionStatsGroupBy } from './network.enums';
import { StatsGroupBy } from './network.types';
import type { CoRecognizer, StatsGroup } from './network.types';
import { actorLoaders } from '../actors/actor.loaders';
import { tivValue } from '../claims/transfer-figures';

const TRANSFER_GROUPS: Record<StatsGroupBy, string> = {
  SUPPLIER: 't.supplier_id',
  RECIPIENT: 't.recipient_id',
  CATEGORY: 't.category',
  STATUS: 't.status',
  YEAR: 'SUBSTR(t.sort_date, 1, 4)',
};

const RECOGNITION_GROUPS: Record<RecognitionStatsGroupBy, string> = {
  RECOGNIZER: 't.recognizer_id',
  RECOGNIZED: 't.recognized_id',
  STATUS: 't.status',
  YEAR: 'SUBSTR(t.sort_date, 1, 4)',
};

/** One group as SQL answers it: key, count, quantity sums, TIV sums (stored integers; see transfer-figures.ts). */
type GroupRow = {
  k: string;
  n: number;
  qmin: number | null;
  qmax: number | null;
  tord: number | string | null;
  tdel: number | string | null;
};

/** Aggregates computed in SQL (GROUP BY), with the claim filters of the API. */
export class StatsService {
  async transfers(
    ctx: Context,
    groupBy: StatsGroupBy,
    filter: TransferFilter | undefined,
    /** false when nobody asks for the groups' independent voices: they are not counted */
    withVoices = true,
  ): Promise<StatsGroup[]> {
    const c = await claimService.conditions(ctx, TRANSFER_KIND, filter);
    const expr = TRANSFER_GROUPS[groupBy];
    const rows = await ctx.sql.all<GroupRow>(
      `SELECT ${expr} AS k, COUNT(*) AS n, SUM(t.quantity_min) AS qmin,
              CASE WHEN COUNT(t.quantity_max) = COUNT(*) THEN SUM(t.quantity_max) END AS qmax,
              SUM(t.tiv_order) AS tord, SUM(t.tiv_delivered) AS tdel
       FROM transfer t ${c.where.length ? `WHERE ${c.where.join(' AND ')}` : ''} GROUP BY ${expr} ORDER BY n DESC, k`,
      c.params,
    );
    const voices = withVoices ? await this.voices(ctx, 'transfer', expr, c.where, c.params) : new Map();
    return this.keyed(ctx, rows, voices, groupBy === StatsGroupBy.SUPPLIER || groupBy === StatsGroupBy.RECIPIENT);
  }

  /** Distinct voices per group, from the claims' stored voices (claim_voice): voices, not articles. */
  private async voices(
    ctx: Context,
    table: 'transfer' | 'recognition',
    expr: string,
    where: readonly string[],
    params: readonly unknown[],
  ): Promise<Map<string | null, number>> {
    const rows = await ctx.sql.all<{ k: string | null; voices: number }>(
      `SELECT ${expr} AS k, COUNT(DISTINCT v.voice) AS voices FROM ${table} t
       JOIN claim_voice v ON v.claim_type = '${table}' AND v.claim_id = t.id
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''} GROUP BY ${expr}`,
      params,
    );
    return new Map(rows.map((r) => [r.k, Number(r.voices)]));
  }

  async recognitions(
    ctx: Context,
    groupBy: RecognitionStatsGroupBy,
    filter: RecognitionFilter | undefined,
  ): Promise<StatsGroup[]> {
    const c = await claimService.conditions(ctx, RECOGNITION_KIND, filter);
    const expr = RECOGNITION_GROUPS[groupBy];
    const rows = await ctx.sql.all<{ k: string; n: number }>(
      `SELECT ${expr} AS k, COUNT(*) AS n FROM recognition t ${c.where.length ? `WHERE ${c.where.join(' AND ')}` : ''} GROUP BY ${expr} ORDER BY n DESC, k`,
      c.params,
    );
    const groups = await this.keyed(
      ctx,
      rows.map((r) => ({ ...r, qmin: null, qmax: null, tord: null, tdel: null })),
      await this.voices(ctx, 'recognition', expr, c.where, c.params),
      groupBy === 'RECOGNIZER' || groupBy === 'RECOGNIZED',
    );
    return groups.map((g) => ({ ...g, quantityMin: null, quantityMax: null, tivOrder: null, tivDelivered: null }));
  }

  /** Actors (with their bodies) that recognize the same entities as `of`, most overlap first. */
  async coRecognizers(ctx: Context, of: string): Promise<CoRecognizer[]> {
    const ids = await actorService.idsFor(ctx, of, false, 'of');
    const mine = ctx.sql.inList('r1.recognizer_id', ids);
    const theirs = ctx.sql.inList('r2.recognizer_id', ids);
    const rows = await ctx.sql.all<{ other: string; shared: string }>(
      `SELECT DISTINCT r2.recognizer_id AS other, r2.recognized_id AS shared
       FROM recognition r1 JOIN recognition r2 ON r2.recognized_id = r1.recognized_id
       WHERE ${mine.sql} AND NOT ${theirs.sql} AND r1.status = 'RECOGNIZED' AND r2.status = 'RECOGNIZED'
         AND NOT r1.retracted AND NOT r2.retracted
       ORDER BY other, shared`,
      [mine.param, theirs.param],
    );
    const byOther = new Map<string, string[]>();
    for (const r of rows) byOther.set(r.other, [...(byOther.get(r.other) ?? []), r.shared]);
    const actors = new Map(
      (
        (await actorLoaders(ctx).actorById.loadMany([
          ...new Set(rows.flatMap((r) => [r.other, r.shared])),
        ])) as ActorRow[]
      ).map((a) => [a.id, a]),
    );
    return [...byOther.entries()]
      .map(([other, shared]) => ({
        actor: actors.get(other)!,
        overlap: shared.length,
        shared: shared.map((s) => actors.get(s)!),
      }))
      .sort((a, b) => b.overlap - a.overlap || a.actor.key.localeCompare(b.actor.key));
  }

  private async keyed(
    ctx: Context,
    rows: GroupRow[],
    voices: ReadonlyMap<string | null, number>,
    actorKeys: boolean,
  ): Promise<StatsGroup[]> {
    // The groups' actors in one batch of the request's actor loader: their keys, and the rows
    // StatsGroup.actor answers with (no statement per group).
    const actors = actorKeys
      ? new Map(
          ((await actorLoaders(ctx).actorById.loadMany(rows.map((r) => r.k))) as (ActorRow | null)[])
            .filter((a): a is ActorRow => !!a)
            .map((a) => [a.id, a]),
        )
      : null;
    return rows.map((r) => ({
      key: actors ? (actors.get(r.k)?.key ?? r.k) : (r.k ?? ''),
      actor: actors?.get(r.k) ?? null,
      count: Number(r.n),
      independentVoices: voices.get(r.k) ?? 0,
      quantityMin: r.qmin === null ? null : Number(r.qmin),
      quantityMax: r.qmax === null ? null : Number(r.qmax),
      tivOrder: tivValue(r.tord),
      tivDelivered: tivValue(r.tdel),
    }));
  }
}

export const statsService = new StatsService();
