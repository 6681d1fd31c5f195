import { enumWords } from '../../src/core/util/enum-labels';
import type { MapActor, ParentRef } from './map-types';

/**
 * Where on the map each actor stands: a state at its own country, a non-state party (company,
 * armed group, government body…) at its base country or else its parent's, a former state at its
 * main successor's place. Pure: no DOM, no map data (the caller says which codes it can draw).
 */

/** Former states (ISO 3166-3, as the gazetteer codes them) and renamed ones: where each is drawn, and its name. */
export const FORMER_STATES: Record<string, { at: string; name: string }> = {
  SUN: { at: 'RUS', name: 'Soviet Union' },
  YUG: { at: 'SRB', name: 'Yugoslavia' },
  SCG: { at: 'SRB', name: 'Serbia and Montenegro' },
  CSK: { at: 'CZE', name: 'Czechoslovakia' },
  DDR: { at: 'DEU', name: 'East Germany' },
  YMD: { at: 'YEM', name: 'South Yemen' },
  VDR: { at: 'VNM', name: 'North Vietnam' },
  ZAR: { at: 'COD', name: 'Zaire' },
  BUR: { at: 'MMR', name: 'Burma' },
  TMP: { at: 'TLS', name: 'East Timor' },
  DHY: { at: 'BEN', name: 'Dahomey' },
  HVO: { at: 'BFA', name: 'Upper Volta' },
  RHO: { at: 'ZWE', name: 'Rhodesia' },
  BYS: { at: 'BLR', name: 'Byelorussian SSR' },
  ANT: { at: 'CUW', name: 'Netherlands Antilles' },
};

/** Former states the gazetteer knows without a code, by key: where each is drawn (its successor). */
export const FORMER_WITHOUT_CODE: Record<string, string> = { 'north-yemen': 'YEM', 'south-vietnam': 'VNM' };

/** How an actor came to its place, for the table and the list of actors left off. */
export type PlacedBy = 'own' | 'base' | 'parent' | 'former' | 'successor';

export interface Placed {
  /** The flow end it belongs to: its country's code (a former state keeps its own: "SUN"). */
  end: string;
  /** The country whose place it is drawn at ("RUS" for "SUN"). */
  at: string;
  by: PlacedBy;
  /** The actor whose code placed it (its parent or successor), when not itself. */
  via?: string;
}

export interface Unplaced {
  end: null;
  /** Why, in words: "self-proclaimed state with no country code, nor a parent with one". */
  reason: string;
}

export type Placement = Placed | Unplaced;

/** Resolves a code to where it is drawn: itself when the map knows it, else its successor's. */
function resolve(code: string, known: (code: string) => boolean): { end: string; at: string; former: boolean } | null {
  const c = code.toUpperCase();
  // A code the map draws directly wins ("YEM" is today's Yemen); otherwise a former state's successor.
  if (known(c)) return { end: c, at: c, former: false };
  const former = FORMER_STATES[c];
  if (former && known(former.at)) return { end: c, at: former.at, former: true };
  return null;
}

const isState = (kind: string) => kind === 'STATE';

/**
 * `known`: whether the map can draw a code. `lookup`: another actor of the network by key, so that
 * the walk up the parents goes on past what the query read of them.
 */
export function placeActor(
  actor: MapActor,
  known: (code: string) => boolean,
  lookup: (key: string) => ParentRef | undefined = () => undefined,
): Placement {
  const unknownCodes: string[] = [];
  if (actor.countryCode) {
    const r = resolve(actor.countryCode, known);
    if (r) return { end: r.end, at: r.at, by: r.former ? 'former' : isState(actor.kind) ? 'own' : 'base' };
    unknownCodes.push(actor.countryCode);
  }
  const seen = new Set([actor.key]);
  for (let p = actor.parent; p && !seen.has(p.key); p = p.parent ?? lookup(p.key)?.parent) {
    seen.add(p.key);
    if (!p.countryCode) continue;
    const r = resolve(p.countryCode, known);
    if (r) return { end: r.end, at: r.at, by: 'parent', via: p.name };
    unknownCodes.push(p.countryCode);
  }
  const successor = FORMER_WITHOUT_CODE[actor.key];
  if (!actor.countryCode && successor && known(successor)) return { end: successor, at: successor, by: 'successor' };
  return { end: null, reason: reasonFor(actor, unknownCodes) };
}

function reasonFor(actor: MapActor, unknownCodes: string[]): string {
  const kind = enumWords(actor.kind);
  if (unknownCodes.length)
    return `${kind} with a country code the map does not know (${[...new Set(unknownCodes)].join(', ')})`;
  if (actor.parent) return `${kind} with no country code, nor a parent with one`;
  return `${kind} with no country code`;
}

/** How a placement reads in the table ("base country", "its parent Russia's"…). */
export function placedByWords(p: Placed): string {
  switch (p.by) {
    case 'own':
      return 'its own country';
    case 'base':
      return 'its base country';
    case 'parent':
      return `its parent ${p.via}'s country`;
    case 'former':
      return `its successor's place (${FORMER_STATES[p.end]?.name ?? p.end} is a former state)`;
    case 'successor':
      return "its successor's country";
  }
}
