import type { TimelineCell } from './dossier-types';

/**
 * Timelines added and taken away cell by cell (year × category × verdict, deals and TIV). The
 * actor's figures are its deals with counterparts — those the suppliers and recipients tables
 * hold: its deals as supplier, plus as recipient, less twice those between it and its own
 * bodies (which are in both), while `transferTimeline(filter: { actor })` also counts the deals
 * it only passed through. Pure: no DOM.
 */

const keyOf = (c: TimelineCell) => `${c.year ?? 'undated'}|${c.category}|${c.verdict}`;

/** TIV sums are kept to a millionth: a sum less its parts is 0, not 1e-15. */
const round = (n: number | null) => (n === null ? null : Math.round(n * 1e6) / 1e6);
const add = (a: number | null, b: number | null, times: number) => (b === null ? a : (a ?? 0) + times * b);

/** Σ times × cells, cell by cell; cells left with no deal are dropped. Oldest year first, undated last. */
export function combineCells(parts: readonly { cells: readonly TimelineCell[]; times: number }[]): TimelineCell[] {
  const out = new Map<string, TimelineCell>();
  for (const { cells, times } of parts)
    for (const c of cells) {
      const k = keyOf(c);
      const o = out.get(k) ?? { ...c, count: 0, tivOrder: null, tivDelivered: null };
      o.count += times * c.count;
      o.tivOrder = add(o.tivOrder, c.tivOrder, times);
      o.tivDelivered = add(o.tivDelivered, c.tivDelivered, times);
      out.set(k, o);
    }
  return [...out.values()]
    .filter((c) => c.count > 0)
    .map((c) => ({ ...c, tivOrder: round(c.tivOrder), tivDelivered: round(c.tivDelivered) }))
    .sort(
      (a, b) =>
        (a.year ?? Infinity) - (b.year ?? Infinity) ||
        a.category.localeCompare(b.category) ||
        a.verdict.localeCompare(b.verdict),
    );
}

/** Deals in the cells. */
export const dealsIn = (cells: readonly TimelineCell[]) => cells.reduce((n, c) => n + c.count, 0);

export interface ActorFigures {
  /** its deals with counterparts: what the tables count */
  cells: TimelineCell[];
  /** deals it only passed through, as an intermediary */
  intermediary: number;
  /** deals between it and its own bodies */
  internal: number;
}

/** The actor's figures from its four timelines (every claim, as supplier, as recipient, internal). */
export function actorFigures(t: {
  all: readonly TimelineCell[];
  asSupplier: readonly TimelineCell[];
  asRecipient: readonly TimelineCell[];
  internal: readonly TimelineCell[];
}): ActorFigures {
  const cells = combineCells([
    { cells: t.asSupplier, times: 1 },
    { cells: t.asRecipient, times: 1 },
    { cells: t.internal, times: -2 },
  ]);
  const internal = dealsIn(t.internal);
  return { cells, internal, intermediary: Math.max(0, dealsIn(t.all) - dealsIn(cells) - internal) };
}
