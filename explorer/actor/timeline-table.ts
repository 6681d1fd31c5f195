import { enumLabel } from '../../src/core/util/enum-labels';
import { h } from '../dom';
import type { Pair } from './dossier-address';
import type { TimelineCell } from './dossier-types';
import type { ChooseClaims } from './figures';
import { figureButton } from './figures';
import { count, tiv } from './format';
import type { Measure } from './timeline-model';
import { VERDICTS } from './timeline-model';

/**
 * The timeline's figures as a table, the chart's accessible alternative: a row per year and
 * category (undated last), a column per verdict. Each figure is a button that opens its claims.
 */
export function timelineTable(
  cells: readonly TimelineCell[],
  categories: readonly string[],
  measure: Measure,
  pair: Pair | null,
  caption: string,
  choose: ChooseClaims,
): HTMLTableElement {
  const rows = new Map<string, Map<string, TimelineCell>>();
  const keyOf = (year: number | null, category: string) => `${year ?? 'undated'}|${category}`;
  const sorted = [...cells].sort(
    (a, b) =>
      (a.year ?? Infinity) - (b.year ?? Infinity) || categories.indexOf(a.category) - categories.indexOf(b.category),
  );
  for (const c of sorted) {
    const k = keyOf(c.year, c.category);
    if (!rows.has(k)) rows.set(k, new Map());
    rows.get(k)!.set(c.verdict, c);
  }
  const value = (c: TimelineCell) => (measure === 'deals' ? count(c.count) : tiv(c.tivOrder));
  const body = [...rows.values()].map((byVerdict) => {
    const first = [...byVerdict.values()][0];
    const { year, category } = first;
    const when = year === null ? 'undated' : String(year);
    const all: TimelineCell = {
      year,
      category,
      verdict: '',
      count: [...byVerdict.values()].reduce((n, c) => n + c.count, 0),
      tivOrder: [...byVerdict.values()].reduce<number | null>(
        (n, c) => (c.tivOrder === null ? n : (n ?? 0) + c.tivOrder),
        null,
      ),
      tivDelivered: null,
    };
    const says = (v: string | null) =>
      `${measure === 'deals' ? 'deals' : 'million TIV'}, ${when}, ${enumLabel(category)}${v ? `, ${enumLabel(v)}` : ''}`;
    return h(
      'tr',
      {},
      h('th', { scope: 'row' }, year === null ? 'Undated' : String(year)),
      h('th', { scope: 'row', class: 'category' }, enumLabel(category)),
      ...VERDICTS.map((v) => {
        const c = byVerdict.get(v);
        return h(
          'td',
          { class: 'num' },
          c ? figureButton(value(c), says(v), { kind: 'year', pair, year, category, verdict: v }, choose) : '',
        );
      }),
      h(
        'td',
        { class: 'num total' },
        figureButton(value(all), says(null), { kind: 'year', pair, year, category, verdict: null }, choose),
      ),
    );
  });
  return h(
    'table',
    { class: 'timeline-table' },
    h('caption', {}, caption),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, 'Year'),
        h('th', { scope: 'col' }, 'Category'),
        ...VERDICTS.map((v) => h('th', { scope: 'col', class: 'num' }, enumLabel(v))),
        h('th', { scope: 'col', class: 'num' }, 'All'),
      ),
    ),
    h('tbody', {}, ...body),
  );
}
