import { enumLabel } from '../../src/core/util/enum-labels';
import { h } from '../dom';
import type { ClaimSelection, Pair } from './dossier-address';
import type { TimelineCell } from './dossier-types';
import type { ChooseClaims } from './figures';
import { figureButton } from './figures';
import { count, plural, tiv } from './format';
import { VERDICT_SHADES, colourOf, swatch } from './palette';
import { drawChart, measureWords } from './timeline-chart';
import type { Measure } from './timeline-model';
import { stackTimeline } from './timeline-model';
import { timelineTable } from './timeline-table';

/**
 * One timeline on the page (the actor's, or a pair's): the chart, its legend (categories by
 * colour, verdicts by shade), the undated deals beside it, and its figures as a table inside a
 * disclosure, built when opened (the full register's 75 years × categories would be thousands
 * of buttons drawn for nobody).
 */
export interface TimelineViewOptions {
  id: string;
  pair: Pair | null;
  title: string;
  measure: Measure;
  span: { from: number | null; to: number | null };
  /** the categories' order of the page (the actor's), so the pair's chart stacks the same way */
  order: readonly string[];
  choose: ChooseClaims;
  open: ClaimSelection | null;
}

function legend(categories: readonly string[], verdicts: readonly string[]): HTMLElement {
  return h(
    'div',
    { class: 'legend-block' },
    h(
      'ul',
      { class: 'legend', 'aria-label': 'Categories, by colour' },
      ...categories.map((c) => h('li', {}, swatch(colourOf(c)), enumLabel(c))),
    ),
    h(
      'ul',
      { class: 'legend', 'aria-label': 'Verdicts, by shade' },
      ...verdicts.map((v) => h('li', {}, swatch('#3d3d3d', v), `${enumLabel(v)} (${VERDICT_SHADES[v] ?? v})`)),
    ),
  );
}

/**
 * The actor's deals that no counterpart holds, and so no figure counts: those it only passed
 * through (an intermediary) and those between it and its own bodies — each count opening them.
 */
export function asideView(
  actorName: string,
  aside: { intermediary: number; internal: number },
  choose: ChooseClaims,
): HTMLElement | null {
  const parts: (string | HTMLElement)[] = [];
  const deals = (n: number) => ` ${n === 1 ? 'deal' : 'deals'}`;
  if (aside.intermediary)
    parts.push(
      figureButton(
        count(aside.intermediary),
        `deals ${actorName} only passed through`,
        { kind: 'aside', what: 'intermediary' },
        choose,
      ),
      `${deals(aside.intermediary)} that ${actorName} only passed through, as an intermediary`,
    );
  if (aside.intermediary && aside.internal) parts.push(', and ');
  if (aside.internal)
    parts.push(
      figureButton(
        count(aside.internal),
        `deals between ${actorName} and its own bodies`,
        { kind: 'aside', what: 'internal' },
        choose,
      ),
      `${deals(aside.internal)} between ${actorName} and its own bodies`,
    );
  if (!parts.length) return null;
  return h(
    'p',
    { class: 'aside hint' },
    'Neither in the chart nor in the tables, which count its deals with counterparts: ',
    ...parts,
    '.',
  );
}

export function timelineView(cells: readonly TimelineCell[], o: TimelineViewOptions): HTMLElement {
  const t = stackTimeline(cells, o.measure, o.span, o.order);
  const [one, many] = measureWords(t);
  const figure = h('figure', { class: 'timeline', id: o.id, 'data-dated': String(t.dated.count) });
  if (!t.years.length) {
    figure.append(h('p', { class: 'hint' }, 'No dated deal in the chosen years and filters.'));
  } else {
    figure.append(
      drawChart(t, { id: o.id, pair: o.pair, title: o.title, choose: o.choose, open: o.open }),
      h(
        'figcaption',
        {},
        legend(
          t.categories.filter((c) => t.years.some((y) => y.segments.some((g) => g.category === c))),
          t.verdicts.filter((v) => t.years.some((y) => y.segments.some((g) => g.verdict === v))),
        ),
      ),
    );
  }
  const notes = h('div', { class: 'timeline-notes' });
  const total = o.measure === 'deals' ? plural(t.dated.count, 'dated deal') : `${tiv(t.dated.value)} ${many}`;
  notes.append(
    h(
      'p',
      {},
      `${total} in the chart`,
      o.measure === 'tiv' ? ` (from ${plural(t.dated.count, 'dated deal')}; deals without a TIV add nothing)` : '',
      '. A deal counts in the year it starts (its order, or its first reported day).',
    ),
  );
  if (t.earlier.count && o.span.from !== null) {
    const n = t.earlier.count;
    notes.append(
      h(
        'p',
        { class: 'earlier' },
        'Started before ',
        String(o.span.from),
        ' and running into these years, not in the chart: ',
        figureButton(
          count(n),
          `${n === 1 ? 'deal' : 'deals'} started before ${o.span.from}`,
          { kind: 'earlier', pair: o.pair },
          o.choose,
        ),
        ` ${n === 1 ? 'deal' : 'deals'}`,
        o.measure === 'tiv' && t.earlier.value ? ` (${tiv(t.earlier.value)} ${one})` : '',
        '.',
      ),
    );
  }
  if (t.undated.count) {
    const says = `undated ${t.undated.count === 1 ? 'deal' : 'deals'}`;
    notes.append(
      h(
        'p',
        { class: 'undated' },
        'Undated, not in the chart: ',
        figureButton(
          count(t.undated.count),
          says,
          { kind: 'year', pair: o.pair, year: null, category: null, verdict: null },
          o.choose,
        ),
        ` ${t.undated.count === 1 ? 'deal' : 'deals'}`,
        o.measure === 'tiv' && t.undated.value ? ` (${tiv(t.undated.value)} ${one})` : '',
        '.',
      ),
    );
  }
  const details = h('details', { class: 'figures' }, h('summary', {}, 'The figures of this chart as a table'));
  const fill = () => {
    if (details.querySelector('table')) return;
    details.append(
      h(
        'div',
        { class: 'table-wrap' },
        // The chart's figures: the deals that start within the chosen years, and the undated.
        timelineTable(
          cells.filter((c) => c.year === null || c.year >= (o.span.from ?? -Infinity)),
          t.categories,
          o.measure,
          o.pair,
          `${o.title}, by year, category and verdict`,
          o.choose,
        ),
      ),
    );
  };
  details.addEventListener('toggle', () => {
    if (details.open) fill();
  });
  return h('div', { class: 'timeline-view' }, figure, notes, cells.length ? details : null);
}
