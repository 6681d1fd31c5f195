import { FORMER_STATES, placeActor } from './places';
import type { Placement } from './places';
import type { MapActor, MapEdge, MapNetworkData } from './map-types';

/**
 * The network's actor-to-actor supply edges summed country to country: several actors in one
 * country are one end (the Russian Ministry of Defence and Russia are "Russia"), supplies between
 * actors of one country are kept apart (listed, not drawn), and every actor that cannot be placed
 * is kept with its reason and its deals. Pure: no DOM, no map data.
 */

export interface EndActor {
  key: string;
  name: string;
  kind: string;
  countryCode: string | null;
  /** Deals of this actor's in the flows (either side). */
  deals: number;
}

/** One end of the flows: a country (or a former state, drawn at its successor's place). */
export interface MapEnd {
  code: string;
  /** The country whose place it is drawn at. */
  at: string;
  name: string;
  actors: EndActor[];
}

export interface ActorPair {
  source: string;
  target: string;
  deals: number;
}

export interface CountryFlow {
  /** "PRK>RUS" */
  id: string;
  from: string;
  to: string;
  deals: number;
  /** Summed SIPRI TIV of the orders that have one; null when none has. */
  tiv: number | null;
  /**
   * Its deals without an order TIV, counted deal by deal: the sum over its actor pairs of
   * claimCount − tivCount (reported claims have none; so may a register deal).
   */
  dealsWithoutTiv: number;
  start: string | null;
  end: string | null;
  /** The strongest verdict among its claims. */
  verdict: string;
  /** Distinct independent voices behind its claims (a voice behind two actor pairs counts once). */
  voices: number;
  /** The actor pairs it sums, most deals first. */
  pairs: ActorPair[];
}

export interface UnplacedActor {
  key: string;
  name: string;
  kind: string;
  reason: string;
  deals: number;
  /** Names of whom it supplies or is supplied by in this network. */
  partners: string[];
}

export interface MapModel {
  ends: Map<string, MapEnd>;
  /** Flows between two ends, heaviest (by deals) first. */
  flows: CountryFlow[];
  /** Supplies between actors of one end. */
  internal: CountryFlow[];
  unplaced: UnplacedActor[];
  /** Deals on edges with an end that could not be placed. */
  unplacedDeals: number;
  centre: { actor: MapActor; placement: Placement } | null;
  truncated: boolean;
}

export const VERDICT_RANK: Record<string, number> = {
  CORROBORATED: 4,
  SINGLE_SOURCE: 3,
  CONTESTED: 2,
  UNSUPPORTED: 1,
};

const minDate = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a < b ? a : b);
const maxDate = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a > b ? a : b);
/** A voice is an actor (whose name is unique) or an origin source (by key). */
const voiceKey = (v: MapEdge['voices'][number]) => (v.source ? `source:${v.source.key}` : `actor:${v.name}`);

/** What the map knows of the world: which codes it can draw, and their names. */
export interface MapWorld {
  known(code: string): boolean;
  name(code: string): string | null;
}

interface FlowAcc extends CountryFlow {
  voiceKeys: Set<string>;
  pairMap: Map<string, ActorPair>;
}

function addEdge(flows: Map<string, FlowAcc>, from: string, to: string, e: MapEdge): void {
  const id = `${from}>${to}`;
  let f = flows.get(id);
  if (!f) {
    f = {
      id,
      from,
      to,
      deals: 0,
      tiv: null,
      dealsWithoutTiv: 0,
      start: null,
      end: null,
      verdict: e.strongestVerdict,
      voices: 0,
      pairs: [],
      voiceKeys: new Set(),
      pairMap: new Map(),
    };
    flows.set(id, f);
  }
  f.deals += e.claimCount;
  if (e.tivOrder !== null) f.tiv = (f.tiv ?? 0) + e.tivOrder;
  f.dealsWithoutTiv += e.claimCount - Math.min(e.claimCount, e.tivCount ?? 0);
  f.start = minDate(f.start, e.period.start);
  f.end = maxDate(f.end, e.period.end);
  if ((VERDICT_RANK[e.strongestVerdict] ?? 0) > (VERDICT_RANK[f.verdict] ?? 0)) f.verdict = e.strongestVerdict;
  for (const v of e.voices) f.voiceKeys.add(voiceKey(v));
  f.voices = f.voiceKeys.size;
  const pairId = `${e.source.key}>${e.target.key}`;
  const pair = f.pairMap.get(pairId) ?? { source: e.source.key, target: e.target.key, deals: 0 };
  pair.deals += e.claimCount;
  f.pairMap.set(pairId, pair);
}

function finish(f: FlowAcc): CountryFlow {
  const { voiceKeys: _v, pairMap, ...flow } = f;
  return {
    ...flow,
    pairs: [...pairMap.values()].sort((a, b) => b.deals - a.deals || a.source.localeCompare(b.source)),
  };
}

/** The end's name: its state's, as the knowledge base names it, else the map's, else the former state's, else its code. */
function endName(code: string, actors: EndActor[], world: MapWorld): string {
  const state = actors.find((a) => a.kind === 'STATE' && a.countryCode?.toUpperCase() === code);
  return state?.name ?? FORMER_STATES[code]?.name ?? world.name(code) ?? code;
}

export function buildMapModel(network: MapNetworkData, centre: MapActor | null, world: MapWorld): MapModel {
  const actors = new Map(network.nodes.map((n) => [n.actor.key, n.actor]));
  const lookup = (key: string) => actors.get(key);
  const placements = new Map<string, Placement>();
  const placeOf = (key: string): Placement => {
    let p = placements.get(key);
    if (!p) {
      const actor = actors.get(key) ?? { key, name: key, kind: 'OTHER', countryCode: null };
      p = placeActor(actor, world.known, lookup);
      placements.set(key, p);
    }
    return p;
  };
  const flows = new Map<string, FlowAcc>();
  const endActors = new Map<string, { at: string; actors: Map<string, EndActor> }>();
  const unplaced = new Map<string, UnplacedActor>();
  let unplacedDeals = 0;
  const touch = (key: string, deals: number, partner: string) => {
    const p = placeOf(key);
    const a = actors.get(key) ?? { key, name: key, kind: 'OTHER', countryCode: null };
    if (p.end === null) {
      const u = unplaced.get(key) ?? { key, name: a.name, kind: a.kind, reason: p.reason, deals: 0, partners: [] };
      u.deals += deals;
      if (!u.partners.includes(partner)) u.partners.push(partner);
      unplaced.set(key, u);
      return null;
    }
    const end = endActors.get(p.end) ?? { at: p.at, actors: new Map() };
    const ea = end.actors.get(key) ?? { key, name: a.name, kind: a.kind, countryCode: a.countryCode, deals: 0 };
    ea.deals += deals;
    end.actors.set(key, ea);
    endActors.set(p.end, end);
    return p.end;
  };
  const nameOf = (key: string) => actors.get(key)?.name ?? key;
  for (const e of network.edges) {
    const from = touch(e.source.key, e.claimCount, nameOf(e.target.key));
    const to = touch(e.target.key, e.claimCount, nameOf(e.source.key));
    if (from === null || to === null) {
      unplacedDeals += e.claimCount;
      continue;
    }
    addEdge(flows, from, to, e);
  }
  const ends = new Map<string, MapEnd>();
  for (const [code, { at, actors: members }] of endActors) {
    const list = [...members.values()].sort((a, b) => b.deals - a.deals || a.name.localeCompare(b.name));
    ends.set(code, { code, at, name: endName(code, list, world), actors: list });
  }
  const all = [...flows.values()].map(finish).sort((a, b) => b.deals - a.deals || a.id.localeCompare(b.id));
  return {
    ends,
    flows: all.filter((f) => f.from !== f.to),
    internal: all.filter((f) => f.from === f.to),
    unplaced: [...unplaced.values()].sort((a, b) => b.deals - a.deals || a.name.localeCompare(b.name)),
    unplacedDeals,
    centre: centre ? { actor: centre, placement: placeActor(centre, world.known, lookup) } : null,
    truncated: network.truncated,
  };
}

/** The actor to centre on for an end: its state when the state is in the flows, else its busiest actor. */
export function mainActor(end: MapEnd): EndActor {
  return end.actors.find((a) => a.kind === 'STATE' && a.countryCode?.toUpperCase() === end.code) ?? end.actors[0];
}
