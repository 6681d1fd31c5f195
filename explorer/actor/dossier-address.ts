import { filterParams, parseView } from '../view-state';
import type { Filters } from '../view-state';
import type { Side } from './relations';
import type { Measure } from './timeline-model';
import { VERDICTS } from './timeline-model';

/**
 * What a dossier shows, kept in its address so that a shared link opens the same: the actor (the
 * path, /actor/<key>), the view's years and claim filters (the same parameters as every view),
 * the pair whose timeline is shown (`pair=supplier.north-korea`: North Korea as a supplier of
 * the actor), the claims open (`claims=…`, see `selectionParam`) and the timeline's measure
 * (`measure=tiv`). Pure: no DOM.
 */

/** A counterpart on one side of the actor. */
export interface Pair {
  side: Side;
  key: string;
}

/** Which claims the claims section shows. */
export type ClaimSelection =
  | { kind: 'all' }
  | { kind: 'verdict'; verdict: string }
  | { kind: 'pair'; pair: Pair }
  /** the deals a timeline figure counts: those starting in a year (null: undated), of the actor or a pair */
  | { kind: 'year'; pair: Pair | null; year: number | null; category: string | null; verdict: string | null }
  /** the deals that start before the view's years and run into them, of the actor or a pair */
  | { kind: 'earlier'; pair: Pair | null }
  /** the actor's deals no counterpart holds: those it only passed through, or with its own bodies */
  | { kind: 'aside'; what: Aside }
  | { kind: 'claim'; id: string };

export type Aside = 'intermediary' | 'internal';

export interface DossierState {
  key: string | null;
  filters: Filters;
  pair: Pair | null;
  claims: ClaimSelection | null;
  measure: Measure;
}

const KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ENUM = /^[A-Z][A-Z_]*$/;
const ID = /^[0-9A-Za-z-]{1,64}$/;

/** The actor's key from the page's path (/actor/<key>), or null. */
export function actorKeyOf(pathname: string): string | null {
  const m = /^\/actor\/([^/]+)\/?$/.exec(pathname);
  if (!m) return null;
  try {
    return decodeURIComponent(m[1]);
  } catch {
    return null;
  }
}

export const pairParam = (p: Pair) => `${p.side}.${p.key}`;

function parsePair(parts: string[]): Pair | null {
  const [side, key] = parts;
  return (side === 'supplier' || side === 'recipient') && key && KEY.test(key) ? { side, key } : null;
}

/**
 * A selection in the address: `all`, `verdict.CONTESTED`, `supplier.north-korea` (a pair),
 * `year.2022`, `year.2022.UAV`, `year.2022.UAV.CORROBORATED`, `year.2022.any.CONTESTED`,
 * `year.undated`, `earlier` (deals started before the view's years), the same after a pair
 * (`supplier.iran.year.2022.UAV`, `supplier.iran.earlier`), `intermediary` (deals the actor only
 * passed through), `internal` (deals with its own bodies), or `claim.<id>`.
 * Dots, as keys, years and enum values hold none and URLSearchParams leaves them as they are.
 */
export function selectionParam(s: ClaimSelection): string {
  switch (s.kind) {
    case 'all':
      return 'all';
    case 'verdict':
      return `verdict.${s.verdict}`;
    case 'pair':
      return pairParam(s.pair);
    case 'claim':
      return `claim.${s.id}`;
    case 'aside':
      return s.what;
    case 'earlier':
      return s.pair ? `${pairParam(s.pair)}.earlier` : 'earlier';
    case 'year': {
      const parts = [...(s.pair ? [pairParam(s.pair)] : []), 'year', s.year === null ? 'undated' : String(s.year)];
      if (s.category || s.verdict) parts.push(s.category ?? 'any');
      if (s.verdict) parts.push(s.verdict);
      return parts.join('.');
    }
  }
}

export function parseSelection(text: string | null): ClaimSelection | null {
  if (!text) return null;
  const parts = text.split('.');
  if (text === 'all') return { kind: 'all' };
  if (text === 'intermediary' || text === 'internal') return { kind: 'aside', what: text };
  if (parts[0] === 'claim' && parts.length === 2 && ID.test(parts[1])) return { kind: 'claim', id: parts[1] };
  if (parts[0] === 'verdict' && parts.length === 2 && (VERDICTS as readonly string[]).includes(parts[1]))
    return { kind: 'verdict', verdict: parts[1] };
  const pair = parsePair(parts);
  const rest = pair ? parts.slice(2) : parts;
  if (pair && rest.length === 0) return { kind: 'pair', pair };
  if (rest.length === 1 && rest[0] === 'earlier') return { kind: 'earlier', pair };
  const [word, year, category, verdict, ...extra] = rest;
  if (word !== 'year' || extra.length || !year || !(year === 'undated' || /^\d{4}$/.test(year))) return null;
  const cat = category && category !== 'any' ? category : null;
  if (cat !== null && !ENUM.test(cat)) return null;
  if (verdict !== undefined && !(VERDICTS as readonly string[]).includes(verdict)) return null;
  return {
    kind: 'year',
    pair,
    year: year === 'undated' ? null : Number(year),
    category: cat,
    verdict: verdict ?? null,
  };
}

export function parseDossier(pathname: string, search: string): DossierState {
  const params = new URLSearchParams(search);
  const pair = params.get('pair');
  return {
    key: actorKeyOf(pathname),
    filters: parseView(params).filters,
    pair: pair ? parsePair(pair.split('.')) : null,
    claims: parseSelection(params.get('claims')),
    measure: params.get('measure') === 'tiv' ? 'tiv' : 'deals',
  };
}

/** The dossier's query string: the view's filters, then what is open. */
export function dossierParams(s: DossierState): URLSearchParams {
  const p = new URLSearchParams(filterParams(s.filters));
  if (s.pair) p.set('pair', pairParam(s.pair));
  if (s.claims) p.set('claims', selectionParam(s.claims));
  if (s.measure !== 'deals') p.set('measure', s.measure);
  return p;
}

/** The address of another view (network, map, another dossier) with this one's years and filters. */
export function viewParams(filters: Filters, centre?: string): URLSearchParams {
  const p = new URLSearchParams(centre ? [['centre', centre]] : []);
  for (const [k, v] of filterParams(filters)) p.set(k, v);
  return p;
}
