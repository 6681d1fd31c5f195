import { recognitionFilter, transferFilter } from '../view-state';
import type { Filters } from '../view-state';
import type { ClaimSelection, Pair } from './dossier-address';
import type { ClaimKey } from './dossier-types';

/**
 * The API filters for the claims a chosen figure counts, with the view's filters. Where no filter
 * says exactly which claims a figure counts, they are read by key and kept by a rule (KeyRule):
 * a timeline figure counts the deals that start in its year (the API's from/to keep those that
 * overlap a range), and the actor's figures count its deals with counterparts, while the API's
 * `actor` filter also holds the deals it only passed through or made with its own bodies. Pure:
 * no DOM.
 */

/** Which of the transfers a filter holds a figure keeps. */
export interface KeyRule {
  /** those that start in this year (null: the undated) */
  year?: number | null;
  /** those that start before this year */
  before?: number;
  /** those with exactly one end (supplier or recipient) among these: the actor's deals with counterparts */
  oneEndIn?: readonly string[];
  /** those with no end among these: the deals the actor only passed through */
  noEndIn?: readonly string[];
  /** those whose end on this side is exactly this actor */
  end?: { side: 'supplier' | 'recipient'; key: string };
}

export interface ClaimRequest {
  /** TransferFilter, or null when the selection holds no transfers */
  transfers: Record<string, unknown> | null;
  /** RecognitionFilter, or null when the selection holds no recognitions */
  recognitions: Record<string, unknown> | null;
  /** which of the transfers to keep (read by key); absent: all of them */
  rule?: KeyRule;
  /** one claim by id */
  id?: string;
}

/** What the page knows of the actor that decides how a figure's claims are read. */
export interface Scope {
  /** the actor and the bodies below it */
  inside: readonly string[];
  /** the actor's ancestors (its state…) */
  above: readonly string[];
  /** whether its claims hold deals no counterpart does (as intermediary, or with its own bodies) */
  mixed: boolean;
  /** the actor and its bodies in a pair's deals (asked of a pair with an ancestor) */
  ends: (pair: Pair) => readonly string[];
}

/** The actor alone: no bodies, no ancestors, nothing left out. */
export const plainScope = (actor: string): Scope => ({ inside: [actor], above: [], mixed: false, ends: () => [actor] });

const parties = (actor: string, p: Pair, other = p.key) =>
  p.side === 'supplier' ? { supplier: other, recipient: actor } : { supplier: actor, recipient: other };

/**
 * The filters whose claims together are a pair's deals. A counterpart rolls up over its bodies;
 * but the actor's own state (an ancestor) stands for itself, not its other bodies (the actor's
 * siblings are rows of their own): each deal of the state with the actor, or a body of the
 * actor's, is read with exactActor, one filter per body of the actor's in them.
 */
export function pairFilters(actor: string, p: Pair, scope: Scope): Record<string, unknown>[] {
  if (!scope.above.includes(p.key)) return [parties(actor, p)];
  const ends = scope.ends(p);
  return (ends.length ? ends : [actor]).map((end) => ({ ...parties(end, p), exactActor: true }));
}

/** A pair's deals as one filter, and a rule when one filter cannot say them. */
function pairBase(actor: string, p: Pair, scope: Scope): { filter: Record<string, unknown>; rule?: KeyRule } {
  const filters = pairFilters(actor, p, scope);
  if (filters.length === 1) return { filter: filters[0] };
  return { filter: parties(actor, p), rule: { end: { side: p.side, key: p.key } } };
}

/** The actor's deals with counterparts. */
const actorBase = (actor: string, scope: Scope): { filter: Record<string, unknown>; rule?: KeyRule } =>
  scope.mixed ? { filter: { actor }, rule: { oneEndIn: scope.inside } } : { filter: { actor } };

/** A bound of the view that is a whole year ("2022"), as a number; other bounds are kept as they are. */
const wholeYear = (d: string | null) => (d && /^\d{4}$/.test(d) ? Number(d) : null);
const yearOf = (d: string | null) => (d && /^\d{4}/.test(d) ? Number(d.slice(0, 4)) : null);

export function claimRequest(
  actor: string,
  s: ClaimSelection,
  filters: Filters,
  scope: Scope = plainScope(actor),
): ClaimRequest {
  const tf = transferFilter(filters);
  const base = (p: Pair | null) => (p ? pairBase(actor, p, scope) : actorBase(actor, scope));
  switch (s.kind) {
    case 'claim':
      return { transfers: null, recognitions: null, id: s.id };
    case 'all':
    case 'verdict': {
      const { filter, rule } = actorBase(actor, scope);
      const verdict = s.kind === 'verdict' ? { verdict: [s.verdict] } : {};
      return {
        transfers: { ...filter, ...tf, ...verdict },
        recognitions: { actor, ...recognitionFilter(filters), ...verdict },
        ...(rule ? { rule } : {}),
      };
    }
    case 'pair': {
      const { filter, rule } = pairBase(actor, s.pair, scope);
      return { transfers: { ...filter, ...tf }, recognitions: null, ...(rule ? { rule } : {}) };
    }
    case 'aside':
      return s.what === 'internal'
        ? { transfers: { supplier: actor, recipient: actor, ...tf }, recognitions: null }
        : { transfers: { actor, ...tf }, recognitions: null, rule: { noEndIn: scope.inside } };
    case 'earlier': {
      const { filter, rule } = base(s.pair);
      const before = yearOf(filters.from) ?? -Infinity;
      return { transfers: { ...filter, ...tf }, recognitions: null, rule: { ...rule, before } };
    }
    case 'year': {
      const { filter, rule } = base(s.pair);
      const f: Record<string, unknown> = { ...filter, ...tf };
      if (s.category) f.category = [s.category];
      if (s.verdict) f.verdict = [s.verdict];
      if (s.year !== null) {
        // Deals starting in the year overlap it; they overlap the view's years too when those
        // are whole years around it (the year control's), so the year's overlap is read instead.
        const [from, to] = [wholeYear(filters.from), wholeYear(filters.to)];
        const fromOk = filters.from === null || (from !== null && from <= s.year);
        const toOk = filters.to === null || (to !== null && s.year <= to);
        if (fromOk && toOk) Object.assign(f, { from: String(s.year), to: String(s.year) });
      }
      return { transfers: f, recognitions: null, rule: { ...rule, year: s.year } };
    }
  }
}

/** The year a transfer counts in on the timeline: the year of the first day of its period. */
export function startYearOf(k: Pick<ClaimKey, 'period'>): number | null {
  const d = k.period.start ?? k.period.end;
  return d && /^\d{4}/.test(d) ? Number(d.slice(0, 4)) : null;
}

export const startsIn = (k: Pick<ClaimKey, 'period'>, year: number | null) => startYearOf(k) === year;

/** Whether a figure keeps a transfer. */
export function keeps(k: ClaimKey, r: KeyRule): boolean {
  const start = startYearOf(k);
  if (r.year !== undefined && start !== r.year) return false;
  if (r.before !== undefined && (start === null || start >= r.before)) return false;
  const ends = [k.supplier.key, k.recipient.key];
  if (r.oneEndIn && ends.filter((e) => r.oneEndIn!.includes(e)).length !== 1) return false;
  if (r.noEndIn?.some((e) => ends.includes(e))) return false;
  if (r.end && k[r.end.side].key !== r.end.key) return false;
  return true;
}
