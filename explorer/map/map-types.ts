import type { Period } from '../types';

/** The shapes of the map's answer from the API (map-queries.ts). */

/** An actor's parent, as far up as the query reads it. */
export interface ParentRef {
  key: string;
  name: string;
  countryCode: string | null;
  parent?: ParentRef | null;
}

export interface MapActor {
  key: string;
  name: string;
  kind: string;
  /** ISO alpha-3: a state's own (ISO 3166-3 for former states), or a non-state actor's base country. */
  countryCode: string | null;
  parent?: ParentRef | null;
}

export interface MapEdge {
  source: { key: string };
  target: { key: string };
  claimCount: number;
  strongestVerdict: string;
  /** Its voices: an actor's name, or an origin source (by key) with no actor attributed. */
  voices: { name: string; source: { key: string } | null }[];
  period: Period;
  /** SIPRI trend-indicator value of the orders, where known. */
  tivOrder: number | null;
  /** How many of its transfers have an order TIV (the others are not in tivOrder). */
  tivCount: number | null;
}

export interface MapNetworkData {
  nodes: { actor: MapActor }[];
  edges: MapEdge[];
  truncated: boolean;
}
