import type { ActorWithParents, NetworkEdgeData, Period, SupplyNetworkData } from './types';

/**
 * Turns the API's supplyNetwork into what is drawn. With grouping on, each body is drawn inside
 * its top-most known ancestor (the Russian Ministry of Defence inside Russia), the same roll-up
 * the API applies to actor filters, so "North Korea → Russia" holds the shells bought by the
 * ministry. Pure: no DOM, no Cytoscape.
 */

export interface DrawNode {
  id: string;
  name: string;
  kind: string;
  degree: number;
  /** Hops from the centre over drawn edges (either direction). */
  hops: number;
  centre: boolean;
  /** Names of the bodies (or, for a region, the actors) drawn inside this node. */
  members: string[];
}

/** A region's node in a clustered picture: its id starts with this. */
export const REGION_PREFIX = 'region:';

export interface DrawEdge {
  id: string;
  kind: 'SUPPLY' | 'RECOGNITION';
  source: string;
  target: string;
  claimCount: number;
  categories: string[];
  strongestVerdict: string;
  /** distinct voices across the edges drawn as this one (see voiceKeys) */
  independentVoices: number;
  /** the voices of those edges, by kind and key: edges merged into one count each voice once */
  voiceKeys: Set<string>;
  period: Period;
  width: number;
  /** SIPRI TIV of the orders behind it, where any is known */
  tivOrder: number | null;
}

export interface GraphModel {
  nodes: DrawNode[];
  edges: DrawEdge[];
  centreId: string | null;
  truncated: boolean;
  /** Claims left out of the picture because both ends fell in one group (a body and its state). */
  internalClaims: number;
  /** The drawn node of each actor of the network (itself, or the group it is drawn in). */
  drawnIdOf: Map<string, string>;
}

const VERDICT_RANK: Record<string, number> = { CORROBORATED: 4, SINGLE_SOURCE: 3, CONTESTED: 2, UNSUPPORTED: 1 };

/** Line width: grows with the number of claims, slowly, and stays readable. */
export const edgeWidth = (claims: number) => Math.min(12, 2 + 2 * Math.log2(Math.max(1, claims)));

export const edgeId = (kind: string, source: string, target: string) => `${kind}:${source}>${target}`;

function topOf(actor: ActorWithParents): ActorWithParents {
  let a = actor;
  while (a.parent) a = a.parent;
  return a;
}

const minDate = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a < b ? a : b);
const maxDate = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a > b ? a : b);

const voiceKeysOf = (e: NetworkEdgeData) =>
  (e.voices ?? []).map((v) => `${v.kind}:${v.actor?.key ?? v.source?.key ?? ''}`);

function mergeEdge(into: DrawEdge, e: NetworkEdgeData): void {
  into.claimCount += e.claimCount;
  for (const k of voiceKeysOf(e)) into.voiceKeys.add(k);
  into.independentVoices = into.voiceKeys.size;
  into.categories = [...new Set([...into.categories, ...e.categories])].sort();
  if ((VERDICT_RANK[e.strongestVerdict] ?? 0) > (VERDICT_RANK[into.strongestVerdict] ?? 0))
    into.strongestVerdict = e.strongestVerdict;
  into.period = { start: minDate(into.period.start, e.period.start), end: maxDate(into.period.end, e.period.end) };
  into.width = edgeWidth(into.claimCount);
  if (e.tivOrder != null) into.tivOrder = (into.tivOrder ?? 0) + e.tivOrder;
}

/** The region of an actor, or of the nearest ancestor that has one. */
function regionOf(actor: ActorWithParents): string | null {
  for (let a: ActorWithParents | null = actor; a; a = a.parent) if (a.region) return a.region;
  return null;
}

function hopsFrom(centre: string | null, nodes: Map<string, DrawNode>, edges: DrawEdge[]): void {
  const next = new Map<string, string[]>();
  for (const e of edges) {
    next.set(e.source, [...(next.get(e.source) ?? []), e.target]);
    next.set(e.target, [...(next.get(e.target) ?? []), e.source]);
  }
  const seen = new Map<string, number>();
  let frontier = centre && nodes.has(centre) ? [centre] : [];
  for (let hop = 0; frontier.length; hop++) {
    for (const id of frontier) seen.set(id, hop);
    frontier = [...new Set(frontier.flatMap((id) => next.get(id) ?? []))].filter((id) => !seen.has(id));
  }
  const far = Math.max(0, ...seen.values()) + 1;
  for (const n of nodes.values()) n.hops = seen.get(n.id) ?? far;
}

export function buildGraphModel(
  network: SupplyNetworkData,
  centreKey: string | null,
  group: boolean,
  cluster: 'none' | 'region' = 'none',
): GraphModel {
  const byKey = new Map(network.nodes.map((n) => [n.actor.key, n.actor]));
  const centreTop = centreKey && byKey.has(centreKey) ? topOf(byKey.get(centreKey)!).key : null;
  const drawnAs = (key: string): ActorWithParents => {
    const actor = byKey.get(key);
    if (!actor) return { key, name: key, kind: 'OTHER', parent: null };
    const top = group || cluster === 'region' ? topOf(actor) : actor;
    if (cluster === 'none' || top.key === centreTop) return top;
    const region = regionOf(actor);
    return { key: `${REGION_PREFIX}${region ?? ''}`, name: region ?? 'No known region', kind: 'REGION', parent: null };
  };
  const nodes = new Map<string, DrawNode>();
  for (const { actor } of network.nodes) {
    const top = drawnAs(actor.key);
    const node = nodes.get(top.key) ?? {
      id: top.key,
      name: top.name,
      kind: top.kind,
      degree: 0,
      hops: 0,
      centre: false,
      members: [],
    };
    if (top.key !== actor.key) node.members.push(actor.name);
    nodes.set(top.key, node);
  }
  const edges = new Map<string, DrawEdge>();
  let internalClaims = 0;
  for (const e of network.edges) {
    const source = drawnAs(e.source.key).key;
    const target = drawnAs(e.target.key).key;
    if (source === target) {
      internalClaims += e.claimCount;
      continue;
    }
    for (const end of [e.source.key, e.target.key]) {
      const top = drawnAs(end);
      if (!nodes.has(top.key))
        nodes.set(top.key, {
          id: top.key,
          name: top.name,
          kind: top.kind,
          degree: 0,
          hops: 0,
          centre: false,
          members: [],
        });
    }
    const id = edgeId(e.kind, source, target);
    const existing = edges.get(id);
    if (existing) mergeEdge(existing, e);
    else
      edges.set(id, {
        id,
        kind: e.kind,
        source,
        target,
        claimCount: e.claimCount,
        categories: [...e.categories].sort(),
        strongestVerdict: e.strongestVerdict,
        independentVoices: e.independentVoices,
        voiceKeys: new Set(voiceKeysOf(e)),
        period: { ...e.period },
        width: edgeWidth(e.claimCount),
        tivOrder: e.tivOrder ?? null,
      });
  }
  const drawnEdges = [...edges.values()];
  for (const e of drawnEdges) for (const id of [e.source, e.target]) nodes.get(id)!.degree++;
  const centreId = centreKey && byKey.has(centreKey) ? drawnAs(centreKey).key : null;
  if (centreId) nodes.get(centreId)!.centre = true;
  hopsFrom(centreId, nodes, drawnEdges);
  const name = (id: string) => nodes.get(id)?.name ?? id;
  return {
    nodes: [...nodes.values()].sort((a, b) => a.hops - b.hops || a.name.localeCompare(b.name)),
    edges: drawnEdges.sort(
      (a, b) =>
        name(a.source).localeCompare(name(b.source)) ||
        name(a.target).localeCompare(name(b.target)) ||
        a.kind.localeCompare(b.kind),
    ),
    centreId,
    truncated: network.truncated,
    internalClaims,
    drawnIdOf: new Map(network.nodes.map((n) => [n.actor.key, drawnAs(n.actor.key).key])),
  };
}
