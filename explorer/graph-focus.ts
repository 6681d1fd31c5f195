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

export function focusModel(full: GraphModel, drawing: Drawing): Focused {
  const noTiv = drawing.weight === 'tiv' && !full.edges.some((e) => e.tivOrder !== null);
  const byTiv = drawing.weight === 'tiv' && !noTiv;
  const weightOf = (e: DrawEdge) => (byTiv && e.kind === 'SUPPLY' ? (e.tivOrder ?? 0) : e.claimCount);
  const kept = full.edges.filter(
    (e) => e.kind !== 'SUPPLY' || drawing.minWeight === null || weightOf(e) >= drawing.minWeight,
  );
  const score = new Map<string, number>();
  const links = new Map<string, Set<string>>();
  for (const e of kept) {
    for (const [a, b] of [
      [e.source, e.target],
      [e.target, e.source],
    ]) {
      score.set(a, (score.get(a) ?? 0) + weightOf(e));
      links.set(a, (links.get(a) ?? new Set()).add(b));
    }
  }
  const drawn = choose(full, score, links, drawing.top);
  const nodes = full.nodes.filter((n) => drawn.has(n.id));
  const edges = kept
    .filter((e) => drawn.has(e.source) && drawn.has(e.target))
    .map((e) => ({ ...e, width: edgeWidth(weightOf(e)) }));
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
 * The centre, then the heaviest actors one at a time, each joined to one already chosen (so that
 * nothing floats unconnected), up to `top` besides the centre; without a centre, the heaviest.
 */
function choose(
  full: GraphModel,
  score: ReadonlyMap<string, number>,
  links: ReadonlyMap<string, ReadonlySet<string>>,
  top: number | null,
): Set<string> {
  const connected = full.nodes.filter((n) => links.has(n.id) || n.centre);
  if (top === null) return new Set(connected.map((n) => n.id));
  const order = connected
    .filter((n) => !n.centre)
    .sort((a, b) => (score.get(b.id) ?? 0) - (score.get(a.id) ?? 0) || a.name.localeCompare(b.name))
    .map((n) => n.id);
  const chosen = new Set<string>(full.centreId ? [full.centreId] : []);
  let added = 0;
  while (added < top) {
    const next = order.find(
      (id) => !chosen.has(id) && (chosen.size === 0 || [...(links.get(id) ?? [])].some((o) => chosen.has(o))),
    );
    if (next === undefined) break;
    chosen.add(next);
    added++;
  }
  return chosen;
}
