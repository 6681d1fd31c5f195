import { NETWORK } from '../../core/config/limits';
import type { ActorRow } from '../actors/actor.rows';
import { actorService } from '../actors/actor.service';
import { RECOGNITION_KIND, TRANSFER_KIND } from '../claims/claim-kinds';
import { claimService } from '../claims/claim.service';
import { BadUserInputError } from '../../core/errors/errors';
import type { Context } from '../../core/context/context';
import { addTiv, edgesAround, supplyEdgesAround, toNetworkEdges, verdictOfRank } from './network-edges';
import type { Conditions } from '../claims/claim-query';
import type { EdgeRow, EdgeSide } from './network-edges';
import type { NetworkFilter } from './network.inputs';
import { NetworkEdgeKind } from './network.types';
import type { SupplyChain, SupplyNetwork } from './network.types';
import { actorLoaders } from '../actors/actor.loaders';

/** The filter parts that apply to recognitions (dates, evidence, retraction). */
const recognitionPart = (f: NetworkFilter | undefined) =>
  f
    ? {
        from: f.from,
        to: f.to,
        verdict: f.verdict,
        minIndependentVoices: f.minIndependentVoices,
        minReliability: f.minReliability,
        includeRetracted: f.includeRetracted,
      }
    : undefined;

/**
 * Whether a filter leaves every unretracted transfer in play except by category: then edges come
 * from the maintained supply_edge table instead of the transfers themselves.
 */
function aggregatable(f: NetworkFilter | undefined): boolean {
  if (!f) return true;
  return (Object.entries(f) as [keyof NetworkFilter, unknown][]).every(
    ([k, v]) => v === undefined || v === null || k === 'category' || (k === 'includeRetracted' && v === false),
  );
}

/** Supply edges around some actors: from supply_edge when the filter allows, else aggregated live. */
function supplyEdges(
  ctx: Context,
  ids: readonly string[],
  side: EdgeSide,
  filter: NetworkFilter | undefined,
  live: Conditions,
  withVoices = true,
) {
  return aggregatable(filter)
    ? supplyEdgesAround(ctx, ids, side, filter?.category, withVoices)
    : edgesAround(ctx, NetworkEdgeKind.SUPPLY, ids, side, live, withVoices);
}

/**
 * Networks and chains, walked hop by hop in SQL: each hop is one aggregated query over the whole
 * frontier, and the walk is bounded by depth and node count (reported as `truncated`).
 */
export class NetworkService {
  async network(
    ctx: Context,
    around: string[],
    depth: number,
    filter: NetworkFilter | undefined,
    includeRecognitions: boolean,
    maxNodes: number = NETWORK.defaultMaxNodes,
    /** false when the edges' voices (and independentVoices) are not asked for: they are not read */
    withVoices = true,
    /** true when the edges' TIV sums are asked for: one more statement */
    withTiv = false,
  ): Promise<SupplyNetwork> {
    if (around.length === 0) throw new BadUserInputError('around', 'Give at least one actor.');
    if (!Number.isInteger(depth) || depth < 1 || depth > NETWORK.maxDepth)
      throw new BadUserInputError('depth', `"depth" must be from 1 to ${NETWORK.maxDepth}.`);
    if (!Number.isInteger(maxNodes) || maxNodes < 1 || maxNodes > NETWORK.maxNodes)
      throw new BadUserInputError('maxNodes', `"maxNodes" must be from 1 to ${NETWORK.maxNodes}.`);
    const start = new Set<string>();
    for (const [i, ref] of around.entries())
      for (const id of await actorService.idsFor(ctx, ref, false, `around[${i}]`)) start.add(id);
    const supply = await claimService.conditions(ctx, TRANSFER_KIND, filter);
    const recognition = await claimService.conditions(ctx, RECOGNITION_KIND, recognitionPart(filter));

    const nodes = new Set<string>([...start].slice(0, maxNodes));
    let truncated = start.size > maxNodes;
    const edges = new Map<string, EdgeRow>();
    let frontier = [...nodes];
    let cutAt = -1;
    for (let hop = 0; hop < depth && frontier.length && !truncated; hop++) {
      const found = [
        ...(await supplyEdges(ctx, frontier, 'either', filter, supply, withVoices)),
        ...(includeRecognitions
          ? await edgesAround(ctx, NetworkEdgeKind.RECOGNITION, frontier, 'either', recognition, withVoices)
          : []),
      ];
      const next: string[] = [];
      // When the limit cuts the walk, the heaviest connections keep their actors: nodes are
      // admitted in order of the claims behind the edge that reaches them.
      for (const e of [...found].sort((x, y) => y.claimCount - x.claimCount)) {
        for (const id of [e.sourceId, e.targetId]) {
          if (nodes.has(id)) continue;
          if (nodes.size >= maxNodes) {
            truncated = true;
            continue;
          }
          nodes.add(id);
          next.push(id);
        }
      }
      for (const e of found)
        if (nodes.has(e.sourceId) && nodes.has(e.targetId)) edges.set(`${e.kind}:${e.sourceId}>${e.targetId}`, e);
      if (truncated) cutAt = hop;
      frontier = next;
    }
    // A walk cut by the limit before its last hop stops early: the connections among the actors
    // it kept, which the next hop would have read, are read in one more pass. (Cut on the last
    // hop, the network is what the uncut one holds among those actors.)
    if (truncated && cutAt < depth - 1) {
      const kept = [...nodes];
      for (const e of [
        ...(await supplyEdges(ctx, kept, 'both', filter, supply, withVoices)),
        ...(includeRecognitions
          ? await edgesAround(ctx, NetworkEdgeKind.RECOGNITION, kept, 'both', recognition, withVoices)
          : []),
      ])
        edges.set(`${e.kind}:${e.sourceId}>${e.targetId}`, e);
    }
    const degree = new Map<string, number>();
    for (const e of edges.values())
      for (const id of [e.sourceId, e.targetId]) degree.set(id, (degree.get(id) ?? 0) + 1);
    const actors = (await actorLoaders(ctx).actorById.loadMany([...nodes])) as ActorRow[];
    if (withTiv) await addTiv(ctx, [...nodes], supply, edges.values());
    return {
      nodes: actors.map((a) => ({ actor: a, degree: degree.get(a.id) ?? 0 })),
      edges: await toNetworkEdges(ctx, [...edges.values()]),
      truncated,
    };
  }

  /** Simple directed paths of transfers from one actor (rolled up) to another, shortest first. */
  async chains(
    ctx: Context,
    fromRef: string,
    toRef: string,
    maxHops: number,
    filter: NetworkFilter | undefined,
    /** true when the hops' TIV is asked for: one more statement */
    withTiv = false,
  ): Promise<SupplyChain[]> {
    if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > NETWORK.maxHops)
      throw new BadUserInputError('maxHops', `"maxHops" must be from 1 to ${NETWORK.maxHops}.`);
    const from = await actorService.idsFor(ctx, fromRef, false, 'from');
    const to = new Set(await actorService.idsFor(ctx, toRef, false, 'to'));
    const supply = await claimService.conditions(ctx, TRANSFER_KIND, filter);
    const found: EdgeRow[][] = [];
    let paths: { nodes: string[]; hops: EdgeRow[] }[] = from.map((id) => ({ nodes: [id], hops: [] }));
    for (let hop = 0; hop < maxHops && paths.length && found.length < NETWORK.maxChains; hop++) {
      const ends = [...new Set(paths.map((p) => p.nodes[p.nodes.length - 1]))];
      const out = await supplyEdges(ctx, ends, 'source', filter, supply);
      const bySource = new Map<string, EdgeRow[]>();
      for (const e of out) bySource.set(e.sourceId, [...(bySource.get(e.sourceId) ?? []), e]);
      const next: typeof paths = [];
      for (const p of paths) {
        for (const e of bySource.get(p.nodes[p.nodes.length - 1]) ?? []) {
          if (p.nodes.includes(e.targetId)) continue; // simple paths only
          const q = { nodes: [...p.nodes, e.targetId], hops: [...p.hops, e] };
          if (to.has(e.targetId)) found.push(q.hops);
          else next.push(q);
        }
      }
      paths = next.slice(0, 10_000);
    }
    const chains: SupplyChain[] = [];
    const kept = found.slice(0, NETWORK.maxChains);
    if (withTiv)
      await addTiv(ctx, [...new Set(kept.flat().flatMap((e) => [e.sourceId, e.targetId]))], supply, kept.flat());
    for (const hops of kept) {
      const edges = await toNetworkEdges(ctx, hops);
      chains.push({
        actors: [edges[0].source, ...edges.map((e) => e.target)],
        hops: edges,
        weakestVerdict: verdictOfRank(Math.min(...hops.map((h) => h.best))),
        minIndependentVoices: Math.min(...hops.map((h) => h.independentVoices)),
      });
    }
    return chains;
  }
}

export const networkService = new NetworkService();
