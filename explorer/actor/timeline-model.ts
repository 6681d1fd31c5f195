import type { TimelineCell } from './dossier-types';

/**
 * The timeline's figures from the API's cells (year × category × verdict): one stack per year,
 * a segment per category split by verdict, bottom up in a fixed order, so each segment is drawn
 * from y0 to y1 on one scale. Pure: no DOM.
 */

/** Strongest first: the bottom of each category's segment. */
export const VERDICTS = ['CORROBORATED', 'SINGLE_SOURCE', 'CONTESTED', 'UNSUPPORTED'] as const;

/** What a bar's height counts: deals, or SIPRI's trend-indicator values of their orders. */
export type Measure = 'deals' | 'tiv';

export interface Segment {
  year: number;
  category: string;
  verdict: string;
  /** deals in it, whatever the measure */
  count: number;
  /** what its height counts: deals, or the TIV of their orders */
  value: number;
  y0: number;
  y1: number;
}

export interface YearStack {
  year: number;
  /** the height of the bar */
  value: number;
  count: number;
  segments: Segment[];
}

export interface StackedTimeline {
  measure: Measure;
  /** every year from the first to the last, empty years included */
  years: YearStack[];
  /** the categories present, most deals first: the order of the stack (bottom up) and the legend */
  categories: string[];
  /** the verdicts present */
  verdicts: string[];
  /** the tallest bar */
  max: number;
  /** the deals drawn: dated, starting within the chosen years */
  dated: { count: number; value: number };
  undated: { count: number; value: number };
  /** deals that start before the chosen years and run into them: counted, not drawn */
  earlier: { count: number; value: number };
  /** whether any deal has a TIV */
  tivKnown: boolean;
}

const valueOf = (c: TimelineCell, measure: Measure) => (measure === 'deals' ? c.count : (c.tivOrder ?? 0));

/** Categories by deals, most first (ties by name): the order of every chart of the page. */
export function categoryOrder(cells: readonly TimelineCell[]): string[] {
  const totals = new Map<string, number>();
  for (const c of cells) totals.set(c.category, (totals.get(c.category) ?? 0) + c.count);
  return [...totals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k]) => k);
}

/**
 * Stacks the cells. `span` widens the years to the view's (a view of 2020–2024 shows five years
 * even when the deals start in two of them) and clips them: the API keeps the deals that overlap
 * the view's years, so a deal ordered in 2015 and delivered until 2023 is in a view of 2020 on,
 * counted as `earlier`, never drawn outside the years chosen (none can start after them).
 * `order` fixes the categories' order (the pair's chart follows the actor's), categories it
 * lacks going last.
 */
export function stackTimeline(
  cells: readonly TimelineCell[],
  measure: Measure,
  span: { from: number | null; to: number | null } = { from: null, to: null },
  order: readonly string[] = [],
): StackedTimeline {
  const present = categoryOrder(cells);
  const categories = [...order.filter((c) => present.includes(c)), ...present.filter((c) => !order.includes(c))];
  const rank = new Map(categories.map((c, i) => [c, i]));
  const verdictRank = (v: string) => {
    const i = (VERDICTS as readonly string[]).indexOf(v);
    return i < 0 ? VERDICTS.length : i;
  };
  const from = span.from ?? -Infinity;
  const all = cells.filter((c): c is TimelineCell & { year: number } => c.year !== null);
  const earlier = all.filter((c) => c.year < from);
  const dated = all
    .filter((c) => c.year >= from)
    .sort(
      (a, b) =>
        (rank.get(a.category) ?? 0) - (rank.get(b.category) ?? 0) ||
        verdictRank(a.verdict) - verdictRank(b.verdict) ||
        a.verdict.localeCompare(b.verdict),
    );
  const undated = cells.filter((c) => c.year === null);
  const yearsSeen = dated.map((c) => c.year);
  const first = Math.min(...yearsSeen, ...(span.from === null ? [] : [span.from]));
  const last = Math.max(...yearsSeen, ...(span.to === null ? [] : [span.to]));
  const stacks = new Map<number, YearStack>();
  if (yearsSeen.length)
    for (let y = first; y <= last; y++) stacks.set(y, { year: y, value: 0, count: 0, segments: [] });
  for (const c of dated) {
    const stack = stacks.get(c.year)!;
    const value = valueOf(c, measure);
    stack.count += c.count;
    if (value <= 0) continue;
    stack.segments.push({
      year: c.year,
      category: c.category,
      verdict: c.verdict,
      count: c.count,
      value,
      y0: stack.value,
      y1: stack.value + value,
    });
    stack.value += value;
  }
  const years = [...stacks.values()];
  const sum = (list: readonly TimelineCell[], f: (c: TimelineCell) => number) => list.reduce((n, c) => n + f(c), 0);
  return {
    measure,
    years,
    categories,
    verdicts: VERDICTS.filter((v) => cells.some((c) => c.verdict === v)),
    max: Math.max(0, ...years.map((y) => y.value)),
    dated: { count: sum(dated, (c) => c.count), value: sum(dated, (c) => valueOf(c, measure)) },
    undated: { count: sum(undated, (c) => c.count), value: sum(undated, (c) => valueOf(c, measure)) },
    earlier: { count: sum(earlier, (c) => c.count), value: sum(earlier, (c) => valueOf(c, measure)) },
    tivKnown: cells.some((c) => c.tivOrder !== null),
  };
}

/** A round top for the axis and its ticks: 0 and up to five steps of 1, 2 or 5 × 10ⁿ. */
export function niceScale(max: number): { top: number; ticks: number[] } {
  if (max <= 0) return { top: 1, ticks: [0, 1] };
  const rough = max / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  const unit = Math.max(step, max < 4 ? 1 : step);
  const top = Math.ceil(max / unit) * unit;
  const ticks: number[] = [];
  for (let v = 0; v <= top + unit / 2; v += unit) ticks.push(Math.round(v * 1000) / 1000);
  return { top, ticks };
}

/** Every how many years the axis labels a year, so labels stay about `minGap` units apart. */
export function yearStep(years: number, width: number, minGap = 44): number {
  const per = width / Math.max(1, years);
  return [1, 2, 5, 10, 20, 25, 50].find((s) => s * per >= minGap) ?? 100;
}
