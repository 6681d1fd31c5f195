import type { ActorRow } from '../actors/actor.rows';
import { VERDICT_RANK_SQL, earliest, latest, verdictOfRank } from '../claims/claim-aggregates';
import type { TransferCategory } from '../claims/claim-enums';
import type { Conditions } from '../claims/claim-query';
import type { Context } from '../../core/context/context';
import { NetworkEdgeKind } from './network.types';
import type { NetworkEdge } from './network.types';
import { actorLoaders } from '../actors/actor.loaders';
import { VoiceKind } from '../claims/assessment.types';
import type { VoiceType } from '../claims/assessment.types';
import { sourceLabel } from '../sources/source-label';
import { tivValue } from '../claims/transfer-figures';
import { sourceLoaders } from '../sources/source.loaders';
import type { SourceRow } from '../sources/source.rows';

export { verdictOfRank };

/** An aggregated edge by actor ids, before its actors are loaded. */
export interface EdgeRow {
  kind: NetworkEdgeKind;
  sourceId: string;
  targetId: string;
  claimCount: number;
  categories: TransferCategory[];
  lo: string | null;
  hi: string | null;
  best: number;
  independentVoices: number;
  /** the distinct voices behind its claims ("ACTOR:<id>" or "SOURCE:<id>") */
  voices: string[];
  /** TIV sums of its transfers (stored integers), when asked for (addTiv) */
  tivOrder?: number | string | null;
  tivDelivered?: number | string | null;
  /** how many of its transfers have an order TIV */
  tivCount?: number;
}

/**
 * The TIV sums of the supply edges between these actors, and how many of each edge's transfers
 * have an order TIV, in one statement with the network's transfer conditions, set on every edge
 * row of the pair (a chain may hold the same pair's row twice).
 */
export async function addTiv(
  ctx: Context,
  ids: readonly string[],
  conditions: Conditions,
  edges: Iterable<EdgeRow>,
): Promise<void> {
  if (ids.length === 0) return;
  const a = ctx.sql.inList('t.supplier_id', ids);
  const b = ctx.sql.inList('t.recipient_id', ids);
  const rows = await ctx.sql.all<{
    s: string;
    r: string;
    tord: number | string | null;
    tdel: number | string | null;
    tn: number | string;
  }>(
    `SELECT t.supplier_id AS s, t.recipient_id AS r, SUM(t.tiv_order) AS tord, SUM(t.tiv_delivered) AS tdel,
            COUNT(t.tiv_order) AS tn
     FROM transfer t WHERE ${[...conditions.where, a.sql, b.sql].join(' AND ')}
     GROUP BY t.supplier_id, t.recipient_id`,
    [...conditions.params, a.param, b.param],
  );
  const byPair = new Map(rows.map((r) => [`${r.s}>${r.r}`, r]));
  for (const edge of edges) {
    if (edge.kind !== NetworkEdgeKind.SUPPLY) continue;
    const r = byPair.get(`${edge.sourceId}>${edge.targetId}`);
    Object.assign(edge, { tivOrder: r?.tord ?? null, tivDelivered: r?.tdel ?? null, tivCount: Number(r?.tn ?? 0) });
  }
}

/** Which end of an edge must be one of the given actors: its source, its target, either, or both. */
export type EdgeSide = 'source' | 'target' | 'either' | 'both';

type InList = { sql: string; param: unknown };

function touching(side: EdgeSide, a: InList, b: InList): { sql: string; params: unknown[] } {
  if (side === 'source') return { sql: a.sql, params: [a.param] };
  if (side === 'target') return { sql: b.sql, params: [b.param] };
  return { sql: `(${a.sql} ${side === 'both' ? 'AND' : 'OR'} ${b.sql})`, params: [a.param, b.param] };
}

/**
 * Claims touching the given actors (as source, target or either), aggregated per
 * (source, target): one SQL statement for the whole frontier.
 */
export async function edgesAround(
  ctx: Context,
  kind: NetworkEdgeKind,
  ids: readonly string[],
  side: EdgeSide,
  conditions: Conditions,
  /** false when nobody asks for the edges' voices: they are not read */
  withVoices = true,
): Promise<EdgeRow[]> {
  if (ids.length === 0) return [];
  const [table, from, to, lo, hi, category] =
    kind === NetworkEdgeKind.SUPPLY
      ? ['transfer', 'supplier_id', 'recipient_id', 'period_lo', 'period_hi', 't.category']
      : ['recognition', 'recognizer_id', 'recognized_id', 'date_lo', 'date_hi', 'NULL'];
  const a = ctx.sql.inList(`t.${from}`, ids);
  const b = ctx.sql.inList(`t.${to}`, ids);
  const { sql: touch, params: touchParams } = touching(side, a, b);
  const voices = withVoices ? distinctList(ctx, 'cv.voice') : 'NULL';
  const joinVoices = withVoices ? `LEFT JOIN claim_voice cv ON cv.claim_type = '${table}' AND cv.claim_id = t.id` : '';
  const rows = await ctx.sql.all<AggregateRow>(
    `SELECT t.${from} AS source, t.${to} AS target, ${category} AS category, COUNT(DISTINCT t.id) AS n,
            MIN(t.${lo}) AS lo, MAX(t.${hi}) AS hi, MAX(${VERDICT_RANK_SQL}) AS best, ${voices} AS voices
     FROM ${table} t ${joinVoices}
     WHERE ${[...conditions.where, touch].join(' AND ')}
     GROUP BY t.${from}, t.${to}${kind === NetworkEdgeKind.SUPPLY ? ', t.category' : ''}
     ORDER BY source, target${kind === NetworkEdgeKind.SUPPLY ? ', category' : ''}`,
    [...conditions.params, ...touchParams],
  );
  return mergeCategories(kind, rows);
}

/**
 * The distinct values of an expression over a group, as one comma-separated text (voices are
 * "ACTOR:<id>" or "SOURCE:<id>", without commas): an edge's voices are the union of its rows'.
 */
function distinctList(ctx: Context, expr: string): string {
  return ctx.sql.dialect === 'postgres' ? `STRING_AGG(DISTINCT ${expr}, ',')` : `GROUP_CONCAT(DISTINCT ${expr})`;
}

interface AggregateRow {
  source: string;
  target: string;
  category: TransferCategory | null;
  n: number;
  lo: string | null;
  hi: string | null;
  best: number;
  /** the distinct voices of the row's claims, comma-separated (null when none) */
  voices: string | null;
}

/**
 * Supply edges touching the given actors from the maintained supply_edge table (see
 * supply-edges.ts): the same rows edgesAround computes from the transfers, read as one row per
 * (pair, category), each with its voices from supply_edge_voice — for networks whose filter is
 * at most a list of categories.
 */
export async function supplyEdgesAround(
  ctx: Context,
  ids: readonly string[],
  side: EdgeSide,
  categories?: readonly string[] | null,
  /** false when nobody asks for the edges' voices: they are not read */
  withVoices = true,
): Promise<EdgeRow[]> {
  if (ids.length === 0) return [];
  const a = ctx.sql.inList('t.supplier_id', ids);
  const b = ctx.sql.inList('t.recipient_id', ids);
  const touch = touching(side, a, b);
  const where = [touch.sql];
  const params: unknown[] = [...touch.params];
  if (categories?.length) {
    where.push(`t.category IN (${categories.map(() => '?').join(', ')})`);
    params.push(...categories);
  }
  const rows = await ctx.sql.all<AggregateRow>(
    `SELECT t.supplier_id AS source, t.recipient_id AS target, t.category, t.claims AS n, t.lo, t.hi, t.best,
            ${
              withVoices
                ? `(SELECT ${distinctList(ctx, 'v.voice')} FROM supply_edge_voice v
             WHERE v.supplier_id = t.supplier_id AND v.recipient_id = t.recipient_id AND v.category = t.category)`
                : 'NULL'
            } AS voices
     FROM supply_edge t WHERE ${where.join(' AND ')} ORDER BY source, target, t.category`,
    params,
  );
  return mergeCategories(NetworkEdgeKind.SUPPLY, rows);
}

/** Rows per (source, target, category) into one edge per (source, target); its voices are the union of its rows'. */
function mergeCategories(kind: NetworkEdgeKind, rows: readonly AggregateRow[]): EdgeRow[] {
  const edges = new Map<string, EdgeRow>();
  const voices = new Map<string, Set<string>>();
  for (const r of rows) {
    const key = `${r.source}>${r.target}`;
    const e = edges.get(key);
    const set = voices.get(key) ?? new Set<string>();
    for (const v of r.voices ? r.voices.split(',') : []) set.add(v);
    voices.set(key, set);
    edges.set(key, {
      kind,
      sourceId: r.source,
      targetId: r.target,
      claimCount: (e?.claimCount ?? 0) + Number(r.n),
      categories: [...(e?.categories ?? []), ...(r.category ? [r.category] : [])],
      lo: earliest(e?.lo ?? null, r.lo),
      hi: latest(e?.hi ?? null, r.hi),
      best: Math.max(e?.best ?? 0, Number(r.best)),
      independentVoices: set.size,
      voices: [...set].sort(),
    });
  }
  return [...edges.values()];
}

/** The GraphQL shape of edges, their actors and their voices' actors and sources loaded in one batch each. */
export async function toNetworkEdges(ctx: Context, rows: readonly EdgeRow[]): Promise<NetworkEdge[]> {
  const voiceIds = (kind: 'ACTOR' | 'SOURCE') =>
    rows.flatMap((r) => r.voices.filter((v) => v.startsWith(`${kind}:`)).map((v) => v.slice(kind.length + 1)));
  const actors = new Map(
    (
      (await actorLoaders(ctx).actorById.loadMany([
        ...new Set([...rows.flatMap((r) => [r.sourceId, r.targetId]), ...voiceIds('ACTOR')]),
      ])) as ActorRow[]
    ).map((a) => [a.id, a]),
  );
  const sources = new Map(
    ((await sourceLoaders(ctx).sourceById.loadMany([...new Set(voiceIds('SOURCE'))])) as SourceRow[]).map((s) => [
      s.id,
      s,
    ]),
  );
  const voice = (key: string): VoiceType => {
    const [kind, id] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
    if (kind === 'ACTOR') {
      const actor = actors.get(id)!;
      return { kind: VoiceKind.ACTOR, name: actor.name, actor, source: null };
    }
    const source = sources.get(id)!;
    return { kind: VoiceKind.SOURCE, name: sourceLabel(source), actor: null, source };
  };
  return rows.map((r) => ({
    kind: r.kind,
    source: actors.get(r.sourceId)!,
    target: actors.get(r.targetId)!,
    claimCount: r.claimCount,
    categories: r.categories,
    period: { start: r.lo, end: r.hi },
    strongestVerdict: verdictOfRank(r.best),
    independentVoices: r.independentVoices,
    voices: r.voices.map(voice),
    tivOrder: tivValue(r.tivOrder ?? null),
    tivDelivered: tivValue(r.tivDelivered ?? null),
    tivCount: r.kind === NetworkEdgeKind.SUPPLY ? (r.tivCount ?? null) : null,
  }));
}
