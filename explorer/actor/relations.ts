import type { ActorChain, DossierEdge, DossierNetwork } from './dossier-types';

/**
 * The actor's suppliers and recipients from the network one hop around it. The API's walk starts
 * from the actor and the bodies below it (Russia and its Ministry of Defence), and its edges are
 * per pair of actors: edges to or from those bodies are rolled into the actor, and each
 * counterpart is drawn as its top-most ancestor (a ministry inside its state), as the API's actor
 * filters roll up — so a row's deals are what `transfers(filter: { supplier, recipient })` counts.
 * Pure: no DOM.
 */

export type Side = 'supplier' | 'recipient';

/** One counterpart, aggregated over every edge between it (or its bodies) and the actor (or its bodies). */
export interface Relation {
  /** the counterpart's side: a supplier of the actor, or a recipient */
  side: Side;
  key: string;
  name: string;
  kind: string;
  /** names of the counterpart's bodies whose deals are counted in this row */
  members: string[];
  /** the actor, or the bodies of its, at the other end of this row's deals (keys) */
  ends: string[];
  deals: number;
  tivOrder: number | null;
  tivDelivered: number | null;
  start: string | null;
  end: string | null;
  categories: string[];
  verdict: string;
  /** the independent voices behind its deals, by display name */
  voices: string[];
  independentVoices: number;
}

export interface RolledRelations {
  suppliers: Relation[];
  recipients: Relation[];
  /** deals between the actor and its own bodies (not counterparts) */
  internalDeals: number;
  /** names of the bodies below the actor that the network reached */
  bodies: string[];
  /** the keys of the actor and of the bodies below it that the network reached */
  inside: string[];
}

export const VERDICT_RANK: Record<string, number> = { CORROBORATED: 4, SINGLE_SOURCE: 3, CONTESTED: 2, UNSUPPORTED: 1 };

const chainOf = (a: ActorChain): ActorChain[] => {
  const out: ActorChain[] = [];
  for (let x: ActorChain | null = a; x; x = x.parent) out.push(x);
  return out;
};

const sumOrNull = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : a + b);
const minDate = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a < b ? a : b);
const maxDate = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a > b ? a : b);

function merge(row: Relation, e: DossierEdge): void {
  row.deals += e.claimCount;
  row.tivOrder = sumOrNull(row.tivOrder, e.tivOrder);
  row.tivDelivered = sumOrNull(row.tivDelivered, e.tivDelivered);
  row.start = minDate(row.start, e.period.start);
  row.end = maxDate(row.end, e.period.end);
  row.categories = [...new Set([...row.categories, ...e.categories])].sort();
  if ((VERDICT_RANK[e.strongestVerdict] ?? 0) > (VERDICT_RANK[row.verdict] ?? 0)) row.verdict = e.strongestVerdict;
  row.voices = [...new Set([...row.voices, ...e.voices.map((v) => v.name)])].sort();
  // An edge's own count is exact; across edges, voices are told apart by name.
  row.independentVoices = Math.max(row.independentVoices, e.independentVoices, row.voices.length);
}

export function rollRelations(network: DossierNetwork, actorKey: string): RolledRelations {
  const byKey = new Map(network.nodes.map((n) => [n.actor.key, n.actor]));
  const self = byKey.get(actorKey);
  // The actor's ancestors: a counterpart is never rolled into them (a sibling body stays itself).
  const above = new Set(self ? chainOf(self).map((a) => a.key) : [actorKey]);
  const inside = (key: string) => {
    const a = byKey.get(key);
    return a ? chainOf(a).some((x) => x.key === actorKey) : key === actorKey;
  };
  const counterpartOf = (key: string): ActorChain => {
    const a = byKey.get(key) ?? { key, name: key, kind: 'OTHER', parent: null };
    let top = a;
    for (const x of chainOf(a)) {
      if (above.has(x.key)) break;
      top = x;
    }
    return top;
  };
  const rows = { supplier: new Map<string, Relation>(), recipient: new Map<string, Relation>() };
  let internalDeals = 0;
  for (const e of network.edges) {
    const [sIn, tIn] = [inside(e.source.key), inside(e.target.key)];
    if (sIn && tIn) {
      internalDeals += e.claimCount;
      continue;
    }
    if (!sIn && !tIn) continue;
    const side: Side = sIn ? 'recipient' : 'supplier';
    const end = sIn ? e.target.key : e.source.key;
    const top = counterpartOf(end);
    const table = rows[side];
    let row = table.get(top.key);
    if (!row) {
      row = {
        side,
        key: top.key,
        name: top.name,
        kind: top.kind,
        members: [],
        ends: [],
        deals: 0,
        tivOrder: null,
        tivDelivered: null,
        start: null,
        end: null,
        categories: [],
        verdict: 'UNSUPPORTED',
        voices: [],
        independentVoices: 0,
      };
      table.set(top.key, row);
    }
    const mine = sIn ? e.source.key : e.target.key;
    if (!row.ends.includes(mine)) row.ends.push(mine);
    if (end !== top.key) {
      const member = byKey.get(end)?.name ?? end;
      if (!row.members.includes(member)) row.members.push(member);
    }
    merge(row, e);
  }
  const below = network.nodes.filter((n) => n.actor.key !== actorKey && inside(n.actor.key));
  const bodies = below.map((n) => n.actor.name).sort();
  return {
    suppliers: sortRelations([...rows.supplier.values()], DEFAULT_SORT),
    recipients: sortRelations([...rows.recipient.values()], DEFAULT_SORT),
    internalDeals,
    bodies,
    inside: [actorKey, ...below.map((n) => n.actor.key)],
  };
}

export type SortKey = 'counterpart' | 'deals' | 'tiv' | 'period' | 'categories' | 'verdict' | 'voices';
export type SortDirection = 'ascending' | 'descending';
export interface SortOrder {
  key: SortKey;
  direction: SortDirection;
}

export const DEFAULT_SORT: SortOrder = { key: 'deals', direction: 'descending' };

/** The direction a column sorts in when first chosen: names A–Z, figures largest first. */
export const firstDirection = (key: SortKey): SortDirection =>
  key === 'counterpart' || key === 'categories' ? 'ascending' : 'descending';

/** The value a column sorts by; null (no TIV, no date) always sorts last. */
function sortValue(r: Relation, key: SortKey): number | string | null {
  switch (key) {
    case 'counterpart':
      return r.name.toLocaleLowerCase('en');
    case 'deals':
      return r.deals;
    case 'tiv':
      return r.tivOrder;
    case 'period':
      return r.start ?? r.end;
    case 'categories':
      return r.categories.join(', ');
    case 'verdict':
      return VERDICT_RANK[r.verdict] ?? 0;
    case 'voices':
      return r.independentVoices;
  }
}

function compare(a: number | string, b: number | string): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), 'en');
}

/** Rows in the chosen order; ties by deals (most first), then by name. Does not change `rows`. */
export function sortRelations(rows: readonly Relation[], order: SortOrder): Relation[] {
  const sign = order.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const [x, y] = [sortValue(a, order.key), sortValue(b, order.key)];
    if (x === null || y === null) {
      if (x !== y) return x === null ? 1 : -1;
    } else {
      const c = compare(x, y);
      if (c) return sign * c;
    }
    return b.deals - a.deals || a.name.localeCompare(b.name, 'en');
  });
}
