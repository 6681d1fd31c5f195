import { edgeWidth } from './graph-model';
import type { DrawEdge, DrawNode, GraphModel } from './graph-model';
import type { Drawing } from './view-state';

/**
 * What of a network is drawn when it is large: a picture of 251 actors and 2,815 connections is
 * one dense ring, so the picture keeps the centre and the heaviest actors connected to it (at
 * most `top`), and leaves out supply connections lighter than `minWeight`. Weight is the number
 * of deals, or SIPRI's trend-indicator value (TIV) when asked and known. The rest is counted, so
 * the page can say what is not drawn and offer it. Pure: no DOM.
 */
export interface Focused {
  model: GraphModel;
  /** Actors and connections of the whole network, and how many of them are not drawn. */
  totalNodes: number;
  totalEdges: number;
  hiddenNodes: number;
  hiddenEdges: number;
  /** The weight of each drawn connection (deals, or TIV), for widths and lists. */
  weightOf: (e: DrawEdge) => number;
  /** Asked for TIV, but no connection has one: weights fell back to deals. */
  noTiv: boolean;
  /** The actors that carry a label at any zoom (the heaviest); the others show theirs when zoomed in. */
  labelled: Set<string>;
}

/** How many actors keep their label when the picture is zoomed out. */
const LABELLED = 15;
/**
 * Connections drawn per drawn actor, at least EDGE_BUDGET_MIN: 41 actors of a register can share
 * 1,230 connections, which no picture shows; the lightest are left out (and counted).
 */
const EDGES_PER_ACTOR = 4;
const EDGE_BUDGET_MIN = 100;

export function focusModel(full: GraphModel, drawing: Drawing): Focused {
  const noTiv = drawing.weight === 'tiv' && !full.edges.some((e) => e.tivOrder !== null);
  const byTiv = drawing.weight === 'tiv' && !noTiv;
  // By TIV, recognitions weigh nothing (they have no TIV): actors are ranked by supply alone.
  const weightOf = (e: DrawEdge) => (!byTiv ? e.claimCount : e.kind === 'SUPPLY' ? (e.tivOrder ?? 0) : 0);
  const kept = full.edges.filter(
    (e) => e.kind !== 'SUPPLY' || drawing.minWeight === null || weightOf(e) >= drawing.minWeight,
  );
  const score = new Map<string, number>();
  const links = new Map<string, DrawEdge[]>();
  for (const e of kept) {
    for (const id of [e.source, e.target]) {
      score.set(id, (score.get(id) ?? 0) + weightOf(e));
      links.set(id, [...(links.get(id) ?? []), e]);
    }
  }
  const { chosen: drawn, joins } = choose(full, score, links, drawing.top, weightOf);
  const nodes = full.nodes.filter((n) => drawn.has(n.id));
  // Connections too: each actor's join to the picture, then the heaviest others up to a budget.
  const budget = Math.max(EDGE_BUDGET_MIN, EDGES_PER_ACTOR * nodes.length);
  const among = kept.filter((e) => drawn.has(e.source) && drawn.has(e.target));
  const rest = among.filter((e) => !joins.has(e.id)).sort((a, b) => weightOf(b) - weightOf(a));
  const keep = new Set([...joins, ...rest.slice(0, Math.max(0, budget - joins.size)).map((e) => e.id)]);
  const edges = among.filter((e) => keep.has(e.id)).map((e) => ({ ...e, width: edgeWidth(weightOf(e)) }));
  const degree = new Map<string, number>();
  for (const e of edges) for (const id of [e.source, e.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
  const drawnNodes: DrawNode[] = nodes.map((n) => ({ ...n, degree: degree.get(n.id) ?? 0 }));
  const labelled = new Set(
    [...drawnNodes]
      .sort((a, b) => Number(b.centre) - Number(a.centre) || (score.get(b.id) ?? 0) - (score.get(a.id) ?? 0))
      .slice(0, LABELLED)
      .map((n) => n.id),
  );
  return {
    model: { ...full, nodes: drawnNodes, edges },
    totalNodes: full.nodes.length,
    totalEdges: full.edges.length,
    hiddenNodes: full.nodes.length - drawnNodes.length,
    hiddenEdges: full.edges.length - edges.length,
    weightOf,
    noTiv,
    labelled,
  };
}

/**
 * The centre, then the heaviest actors one at a time, each joined to one already chosen by its
 * heaviest connection to them (so that nothing floats unconnected), up to `top` besides the
 * centre; without a centre, the heaviest first. Returns the actors and the joining connections.
 */
function choose(
  full: GraphModel,
  score: ReadonlyMap<string, number>,
  links: ReadonlyMap<string, readonly DrawEdge[]>,
  top: number | null,
  weightOf: (e: DrawEdge) => number,
): { chosen: Set<string>; joins: Set<string> } {
  const order = full.nodes
    .filter((n) => links.has(n.id) && !n.centre)
    .sort((a, b) => (score.get(b.id) ?? 0) - (score.get(a.id) ?? 0) || a.name.localeCompare(b.name))
    .map((n) => n.id);
  const chosen = new Set<string>();
  const joins = new Set<string>();
  /** actors with a connection to one already chosen */
  const reachable = new Set<string>();
  const add = (id: string) => {
    const join = (links.get(id) ?? [])
      .filter((e) => chosen.has(e.source === id ? e.target : e.source))
      .reduce<DrawEdge | null>((best, e) => (best && weightOf(best) >= weightOf(e) ? best : e), null);
    if (join) joins.add(join.id);
    chosen.add(id);
    for (const e of links.get(id) ?? []) reachable.add(e.source === id ? e.target : e.source);
  };
  if (full.centreId) add(full.centreId);
  const limit = top ?? order.length;
  for (let added = 0; added < limit; added++) {
    // The heaviest actor not chosen that joins the picture (any, while nothing is chosen).
    const next = order.find((id) => !chosen.has(id) && (chosen.size === 0 || reachable.has(id)));
    if (next === undefined) break;
    add(next);
  }
  return { chosen, joins };
}
