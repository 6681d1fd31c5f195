import type { CountryFlow } from './flows';

/**
 * Which flows the map draws: weighted by deal count or by SIPRI TIV, the heaviest first, at most
 * `limit` of them and none below `minWeight`. The table lists them all. Pure.
 */

export type WeightMode = 'deals' | 'tiv';

export interface DrawOptions {
  weight: WeightMode;
  /** Flows drawn at most (Infinity: all). */
  limit: number;
  /** Flows lighter than this are not drawn (in the weight's unit). */
  minWeight: number;
}

export interface Selection {
  /** The weight used: TIV is asked for but no flow has one → deals. */
  weight: WeightMode;
  /** TIV was asked for and no flow has one. */
  tivMissing: boolean;
  /** Every flow between two places, heaviest first. */
  ranked: CountryFlow[];
  drawn: CountryFlow[];
  /** Flows left out by the minimum weight. */
  belowMin: number;
  /** Flows left out by the limit. */
  beyondLimit: number;
  /** With TIV weights: flows some of whose deals have no TIV. */
  withoutTiv: number;
  /** With TIV weights: deals without a TIV, counted deal by deal over all the flows (0 by deals). */
  dealsWithoutTiv: number;
  /** Deals of all the flows. */
  deals: number;
}

export const weightOf = (f: CountryFlow, mode: WeightMode): number => (mode === 'tiv' ? (f.tiv ?? 0) : f.deals);

export function selectFlows(flows: CountryFlow[], o: DrawOptions): Selection {
  const tivMissing = o.weight === 'tiv' && !flows.some((f) => f.tiv !== null);
  const weight: WeightMode = tivMissing ? 'deals' : o.weight;
  const ranked = [...flows].sort(
    (a, b) => weightOf(b, weight) - weightOf(a, weight) || b.deals - a.deals || a.id.localeCompare(b.id),
  );
  const heavy = ranked.filter((f) => weightOf(f, weight) >= o.minWeight);
  const drawn = heavy.slice(0, Math.max(0, o.limit));
  return {
    weight,
    tivMissing,
    ranked,
    drawn,
    belowMin: ranked.length - heavy.length,
    beyondLimit: heavy.length - drawn.length,
    withoutTiv: weight === 'tiv' ? flows.filter((f) => f.dealsWithoutTiv > 0).length : 0,
    dealsWithoutTiv: weight === 'tiv' ? flows.reduce((n, f) => n + f.dealsWithoutTiv, 0) : 0,
    deals: flows.reduce((n, f) => n + f.deals, 0),
  };
}

/** Stroke width: by the square root of the weight, so that area reads as amount; 1.5 to `max` px. */
export function strokeScale(maxWeight: number, max = 14): (w: number) => number {
  const top = Math.sqrt(Math.max(maxWeight, 1e-9));
  return (w) => 1.5 + ((max - 1.5) * Math.sqrt(Math.max(0, w))) / top;
}
