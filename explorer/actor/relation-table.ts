import { enumLabel } from '../../src/core/util/enum-labels';
import { clear, h } from '../dom';
import type { Pair } from './dossier-address';
import type { ChooseClaims } from './figures';
import { figureButton, rowLimit } from './figures';
import { count, periodText, plural, tiv, verdictText } from './format';
import type { Relation, Side, SortKey, SortOrder } from './relations';
import { DEFAULT_SORT, firstDirection, sortRelations } from './relations';

/**
 * The suppliers (or recipients) of the actor as a table: one row per counterpart, sortable by
 * every figure (a button in each column header; the sorted column says so with aria-sort), the
 * first rows shown and the rest behind "Show all". Each count opens its claims; each row's
 * "Timeline" shows the pair's deals per year.
 */
export interface RelationTableOptions {
  side: Side;
  /** the counterpart's dossier, with the view's years and filters */
  hrefOf: (key: string) => string;
  choose: ChooseClaims;
  showPair: (pair: Pair) => void;
}

const COLUMNS: { key: SortKey | null; label: string; numeric?: boolean }[] = [
  { key: 'counterpart', label: 'Counterpart' },
  { key: 'deals', label: 'Deals', numeric: true },
  { key: 'tiv', label: 'TIV (order / delivered)', numeric: true },
  { key: 'period', label: 'Period' },
  { key: 'categories', label: 'Categories' },
  { key: 'verdict', label: 'Strongest verdict' },
  { key: 'voices', label: 'Independent voices', numeric: true },
  { key: null, label: 'Timeline' },
];

export class RelationTable {
  private order: SortOrder = DEFAULT_SORT;
  private expanded = false;
  private rows: Relation[] = [];
  private actorName = '';
  private pair: Pair | null = null;

  constructor(
    private readonly root: HTMLElement,
    private readonly options: RelationTableOptions,
  ) {}

  render(rows: Relation[], actorName: string, pair: Pair | null): void {
    this.rows = rows;
    this.actorName = actorName;
    this.pair = pair;
    this.draw();
  }

  private draw(focusSort?: SortKey): void {
    const { side } = this.options;
    const noun = side === 'supplier' ? 'suppliers' : 'recipients';
    const deals = this.rows.reduce((n, r) => n + r.deals, 0);
    if (!this.rows.length) {
      clear(this.root, h('p', { class: 'hint' }, `No ${noun} in the chosen years and filters.`));
      return;
    }
    const caption =
      side === 'supplier'
        ? `Who supplies ${this.actorName}: ${plural(this.rows.length, 'supplier')}, ${plural(deals, 'deal')}`
        : `Whom ${this.actorName} supplies: ${plural(this.rows.length, 'recipient')}, ${plural(deals, 'deal')}`;
    const body = sortRelations(this.rows, this.order).map((r) => this.row(r));
    const table = h(
      'table',
      { class: 'relations', 'data-side': side },
      h('caption', {}, caption),
      h('thead', {}, h('tr', {}, ...COLUMNS.map((c) => this.header(c)))),
      h('tbody', {}, ...body),
    );
    const more = rowLimit(table, body, noun, this.expanded, () => {
      this.expanded = !this.expanded;
      this.draw();
    });
    clear(this.root, h('div', { class: 'table-wrap' }, table), more);
    if (focusSort) this.root.querySelector<HTMLButtonElement>(`button[data-sort="${focusSort}"]`)?.focus();
  }

  private header(c: (typeof COLUMNS)[number]): HTMLElement {
    if (!c.key) return h('th', { scope: 'col', class: 'pair-col' }, c.label);
    const key = c.key;
    const sorted = this.order.key === key;
    const button = h(
      'button',
      { type: 'button', class: 'sort', 'data-sort': key },
      c.label,
      h(
        'span',
        { class: 'sort-mark', 'aria-hidden': 'true' },
        sorted ? (this.order.direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕',
      ),
    );
    button.addEventListener('click', () => {
      this.order = sorted
        ? { key, direction: this.order.direction === 'ascending' ? 'descending' : 'ascending' }
        : { key, direction: firstDirection(key) };
      this.draw(key);
    });
    return h(
      'th',
      { scope: 'col', class: c.numeric ? 'num' : undefined, 'aria-sort': sorted ? this.order.direction : undefined },
      button,
    );
  }

  private row(r: Relation): HTMLTableRowElement {
    const { side, hrefOf, choose, showPair } = this.options;
    const pair: Pair = { side, key: r.key };
    const between = side === 'supplier' ? `from ${r.name} to ${this.actorName}` : `from ${this.actorName} to ${r.name}`;
    const current = this.pair?.side === side && this.pair.key === r.key;
    const timeline = h(
      'button',
      { type: 'button', class: 'secondary pair-button', 'aria-pressed': current ? 'true' : 'false' },
      'Timeline',
      h('span', { class: 'visually-hidden' }, ` of the deals ${between}`),
    );
    timeline.addEventListener('click', () => showPair(pair));
    const tivText =
      r.tivOrder === null && r.tivDelivered === null ? '—' : `${tiv(r.tivOrder)} / ${tiv(r.tivDelivered)}`;
    return h(
      'tr',
      { 'data-key': r.key, class: current ? 'current' : undefined },
      h(
        'th',
        { scope: 'row' },
        h('a', { href: hrefOf(r.key) }, r.name),
        h('span', { class: 'kind' }, ` ${enumLabel(r.kind)}`),
        r.members.length ? h('span', { class: 'members' }, ` incl. ${r.members.join(', ')}`) : null,
      ),
      h('td', { class: 'num' }, figureButton(count(r.deals), `deals ${between}`, { kind: 'pair', pair }, choose)),
      h('td', { class: 'num' }, tivText),
      h('td', {}, periodText(r.start, r.end)),
      h('td', { class: 'categories' }, r.categories.map(enumLabel).join(', ')),
      h('td', { class: `verdict verdict-${r.verdict.toLowerCase()}` }, verdictText(r.verdict)),
      h('td', { class: 'num', title: r.voices.join(', ') || undefined }, count(r.independentVoices)),
      h('td', { class: 'pair-col' }, timeline),
    );
  }
}
