import { recognitionFilter, transferFilter } from '../view-state';
import type { Filters } from '../view-state';
import type { ClaimSelection, Pair } from './dossier-address';
import type { ClaimKey } from './dossier-types';

/**
 * The API filters for the claims a chosen figure counts, with the view's filters. A timeline
 * figure counts the deals that start in its year (as transferTimeline does), which no filter
 * says: the API's from/to keep the claims that overlap a range, so those claims are read by key,
 * narrowed to the year's overlap where the view allows, and kept when they start in the year.
 * Pure: no DOM.
 */
export interface ClaimRequest {
  /** TransferFilter, or null when the selection holds no transfers */
  transfers: Record<string, unknown> | null;
  /** RecognitionFilter, or null when the selection holds no recognitions */
  recognitions: Record<string, unknown> | null;
  /** keep only the transfers that start in this year (null: the undated ones); absent: keep all */
  startYear?: number | null;
  /** one claim by id */
  id?: string;
}

/** The parties of a pair: the counterpart on its side, the actor on the other. */
export const pairFilter = (actor: string, p: Pair) =>
  p.side === 'supplier' ? { supplier: p.key, recipient: actor } : { supplier: actor, recipient: p.key };

/** A bound of the view that is a whole year ("2022"), as a number; other bounds are kept as they are. */
const wholeYear = (d: string | null) => (d && /^\d{4}$/.test(d) ? Number(d) : null);

export function claimRequest(actor: string, s: ClaimSelection, filters: Filters): ClaimRequest {
  const tf = transferFilter(filters);
  switch (s.kind) {
    case 'claim':
      return { transfers: null, recognitions: null, id: s.id };
    case 'all':
      return { transfers: { actor, ...tf }, recognitions: { actor, ...recognitionFilter(filters) } };
    case 'verdict':
      return {
        transfers: { actor, ...tf, verdict: [s.verdict] },
        recognitions: { actor, ...recognitionFilter(filters), verdict: [s.verdict] },
      };
    case 'pair':
      return { transfers: { ...pairFilter(actor, s.pair), ...tf }, recognitions: null };
    case 'year': {
      const f: Record<string, unknown> = { ...(s.pair ? pairFilter(actor, s.pair) : { actor }), ...tf };
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
      return { transfers: f, recognitions: null, startYear: s.year };
    }
  }
}

/** The year a transfer counts in on the timeline: the year of the first day of its period. */
export function startYearOf(k: ClaimKey): number | null {
  const d = k.period.start ?? k.period.end;
  return d && /^\d{4}/.test(d) ? Number(d.slice(0, 4)) : null;
}

export const startsIn = (k: ClaimKey, year: number | null) => startYearOf(k) === year;
