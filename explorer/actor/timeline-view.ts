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
        timelineTable(cells, t.categories, o.measure, o.pair, `${o.title}, by year, category and verdict`, o.choose),
      ),
    );
  };
  details.addEventListener('toggle', () => {
    if (details.open) fill();
  });
  return h('div', { class: 'timeline-view' }, figure, notes, cells.length ? details : null);
}
