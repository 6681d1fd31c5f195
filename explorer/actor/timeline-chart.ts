import { enumLabel } from '../../src/core/util/enum-labels';
import type { ClaimSelection, Pair } from './dossier-address';
import { count, tiv } from './format';
import { colourOf, hatch, shade } from './palette';
import { svgEl as s } from '../svg';
import type { Segment, StackedTimeline } from './timeline-model';
import { niceScale, yearStep } from './timeline-model';

/**
 * The timeline as an SVG bar chart: a bar per year, stacked by category, each category's segment
 * split by verdict (palette.ts). The chart is one image for assistive technology (role="img",
 * with a label that says what it shows); the same figures are in the table beside it
 * (timeline-table.ts), whose buttons open the claims from the keyboard. A click on a segment
 * opens its claims too.
 */
const W = 960;
const H = 300;
const M = { left: 56, right: 12, top: 14, bottom: 30 };

export interface ChartOptions {
  /** unique on the page: prefixes the ids of the chart's patterns */
  id: string;
  /** the pair the chart is about, or null for the actor's */
  pair: Pair | null;
  /** what the chart shows, in words: its accessible name starts with it */
  title: string;
  choose: (selection: ClaimSelection) => void;
  /** the selection open in the claims section, outlined when it is one of this chart's */
  open: ClaimSelection | null;
}

export function measureWords(t: StackedTimeline): [string, string] {
  return t.measure === 'deals' ? ['deal', 'deals'] : ['million TIV', 'million TIV'];
}

const valueText = (t: StackedTimeline, v: number) => (t.measure === 'deals' ? count(v) : tiv(v));

/** The chart's accessible name: what, when, how much, and the peak. */
export function chartLabel(t: StackedTimeline, title: string): string {
  const [, many] = measureWords(t);
  if (!t.years.length) return `${title}: no dated deal.`;
  const peak = t.years.reduce((a, b) => (b.value > a.value ? b : a));
  const span = `${t.years[0].year}–${t.years[t.years.length - 1].year}`;
  return (
    `${title}, ${span}: ${valueText(t, t.dated.value)} ${many} in all, stacked by category ` +
    `(${t.categories.map(enumLabel).join(', ')}); the most in ${peak.year}, ${valueText(t, peak.value)}. ` +
    `The table below holds the same figures.`
  );
}

function isOpen(open: ClaimSelection | null, pair: Pair | null, seg: Segment): boolean {
  if (!open || open.kind !== 'year' || open.year !== seg.year) return false;
  if ((open.pair?.key ?? null) !== (pair?.key ?? null) || (open.pair?.side ?? null) !== (pair?.side ?? null))
    return false;
  return (!open.category || open.category === seg.category) && (!open.verdict || open.verdict === seg.verdict);
}

export function drawChart(t: StackedTimeline, o: ChartOptions): SVGSVGElement {
  const svg = s('svg', {
    class: 'timeline-chart',
    viewBox: `0 0 ${W} ${H}`,
    role: 'img',
    'aria-label': chartLabel(t, o.title),
    'data-measure': t.measure,
  });
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const { top, ticks } = niceScale(t.max);
  const y = (v: number) => M.top + plotH - (v / top) * plotH;
  const band = plotW / Math.max(1, t.years.length);
  const barW = Math.min(56, Math.max(1, band * 0.78));
  const defs = s('defs');
  const hatchId = (cat: string) => `${o.id}-hatch-${t.categories.indexOf(cat)}`;
  for (const cat of t.categories) defs.append(hatch(hatchId(cat), colourOf(cat)));
  svg.append(defs);
  const axis = s('g', { class: 'axis' });
  for (const v of ticks) {
    axis.append(
      s('line', { x1: M.left, x2: W - M.right, y1: y(v), y2: y(v), class: v ? 'grid' : 'baseline' }),
      s('text', { x: M.left - 6, y: y(v) + 4, 'text-anchor': 'end' }, valueText(t, v)),
    );
  }
  const [, many] = measureWords(t);
  axis.append(
    s(
      'text',
      { x: 14, y: M.top + plotH / 2, 'text-anchor': 'middle', transform: `rotate(-90 14 ${M.top + plotH / 2})` },
      many.charAt(0).toUpperCase() + many.slice(1),
    ),
  );
  const step = yearStep(t.years.length, plotW);
  t.years.forEach((yr, i) => {
    if (yr.year % step === 0)
      axis.append(
        s('text', { x: M.left + band * (i + 0.5), y: H - M.bottom + 18, 'text-anchor': 'middle' }, String(yr.year)),
      );
  });
  svg.append(axis);
  const bars = s('g', { class: 'bars' });
  t.years.forEach((yr, i) => {
    const x = M.left + band * i + (band - barW) / 2;
    for (const seg of yr.segments) {
      const height = Math.max(0.5, y(seg.y0) - y(seg.y1));
      const rect = s(
        'rect',
        {
          class: `seg${isOpen(o.open, o.pair, seg) ? ' chosen' : ''}`,
          x: x.toFixed(2),
          y: y(seg.y1).toFixed(2),
          width: barW.toFixed(2),
          height: height.toFixed(2),
          'data-year': seg.year,
          'data-category': seg.category,
          'data-verdict': seg.verdict,
          'data-count': seg.count,
          'data-value': seg.value,
          ...shade(colourOf(seg.category), seg.verdict, hatchId(seg.category)),
        },
        s(
          'title',
          {},
          `${seg.year} · ${enumLabel(seg.category)} · ${enumLabel(seg.verdict)}: ${count(seg.count)} ` +
            `${seg.count === 1 ? 'deal' : 'deals'}${t.measure === 'tiv' ? `, ${tiv(seg.value)} million TIV` : ''}`,
        ),
      );
      rect.addEventListener('click', () =>
        o.choose({ kind: 'year', pair: o.pair, year: seg.year, category: seg.category, verdict: seg.verdict }),
      );
      bars.append(rect);
    }
  });
  svg.append(bars);
  return svg;
}
