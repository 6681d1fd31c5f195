import { byId, clear, h } from '../dom';
import { dossierHref } from '../site-nav';
import type { CountryFlow, MapEnd } from './flows';
import { mainActor } from './flows';
import { listText, tivText, withoutTivText, yearsText } from './format';
import { weightOf } from './selection';
import type { WeightMode } from './selection';
import { verdictLabel, verdictStyle } from './verdicts';

/**
 * Every flow of the map as a table, the map's text equivalent and the keyboard's way to the
 * evidence: 50 rows a page, sortable, each row linking to the network centred on its supplier and
 * to both ends' dossiers. A flow's "From" and "To" centre the map on that end.
 */
export const PAGE_ROWS = 50;

type SortKey = 'weight' | 'from' | 'to' | 'deals' | 'tiv' | 'years';

export interface TableContext {
  ends: Map<string, MapEnd>;
  weight: WeightMode;
  drawn: ReadonlySet<string>;
  /** The view's address (years, filters…), for the links. */
  params: URLSearchParams;
  /** The map's address centred on an actor. */
  mapHref(key: string): string;
  onCentre(key: string): void;
}

export class FlowTable {
  private readonly body = byId('flow-rows');
  private readonly info = byId('flow-page-info');
  private readonly prev = byId<HTMLButtonElement>('flow-prev');
  private readonly next = byId<HTMLButtonElement>('flow-next');
  private flows: CountryFlow[] = [];
  private ctx: TableContext | null = null;
  private sort: { key: SortKey; descending: boolean } = { key: 'weight', descending: true };
  private page = 0;

  constructor() {
    for (const b of byId('flow-table').querySelectorAll<HTMLButtonElement>('button[data-sort]'))
      b.addEventListener('click', () => {
        const key = b.dataset.sort as SortKey;
        const numeric = key === 'weight' || key === 'deals' || key === 'tiv';
        this.sort = {
          key,
          descending: this.sort.key === key ? !this.sort.descending : numeric,
        };
        this.page = 0;
        this.render();
      });
    this.prev.addEventListener('click', () => this.turn(-1));
    this.next.addEventListener('click', () => this.turn(1));
  }

  show(flows: CountryFlow[], ctx: TableContext): void {
    this.flows = flows;
    this.ctx = ctx;
    this.page = 0;
    this.render();
  }

  /** Shows the page holding this flow and moves the focus to its row. */
  reveal(id: string): void {
    const i = this.sorted().findIndex((f) => f.id === id);
    if (i < 0) return;
    this.page = Math.floor(i / PAGE_ROWS);
    this.render();
    const row = this.body.querySelector<HTMLTableRowElement>(`tr[data-flow="${CSS.escape(id)}"]`);
    for (const r of this.body.querySelectorAll('tr.current')) r.classList.remove('current');
    row?.classList.add('current');
    row?.focus();
  }

  private turn(by: number): void {
    this.page += by;
    this.render();
    this.body.closest('table')?.focus();
  }

  private sorted(): CountryFlow[] {
    const ctx = this.ctx;
    if (!ctx) return [];
    const name = (code: string) => ctx.ends.get(code)?.name ?? code;
    const { key, descending } = this.sort;
    const value = (f: CountryFlow): number | string => {
      switch (key) {
        case 'weight':
          return weightOf(f, ctx.weight);
        case 'deals':
          return f.deals;
        case 'tiv':
          return f.tiv ?? -1;
        case 'from':
          return name(f.from);
        case 'to':
          return name(f.to);
        case 'years':
          return f.start ?? '';
      }
    };
    return [...this.flows].sort((a, b) => {
      const [x, y] = [value(a), value(b)];
      const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
      return (descending ? -c : c) || b.deals - a.deals || a.id.localeCompare(b.id);
    });
  }

  private render(): void {
    const ctx = this.ctx;
    if (!ctx) return;
    const rows = this.sorted();
    const pages = Math.max(1, Math.ceil(rows.length / PAGE_ROWS));
    this.page = Math.min(Math.max(0, this.page), pages - 1);
    const first = this.page * PAGE_ROWS;
    const shown = rows.slice(first, first + PAGE_ROWS);
    clear(this.body, ...shown.map((f) => this.row(f, ctx)));
    if (!rows.length)
      this.body.append(h('tr', {}, h('td', { colspan: '9', class: 'hint' }, 'No flow matches the view.')));
    this.info.textContent = rows.length
      ? `Flows ${first + 1}–${first + shown.length} of ${rows.length.toLocaleString('en')} (page ${this.page + 1} of ${pages})`
      : '';
    this.prev.disabled = this.page === 0;
    this.next.disabled = this.page >= pages - 1;
    byId('flow-pages').hidden = pages < 2;
    for (const th of byId('flow-table').querySelectorAll<HTMLElement>('th[data-sort-key]')) {
      const own =
        th.dataset.sortKey === this.sort.key || (th.dataset.sortKey === ctx.weight && this.sort.key === 'weight');
      if (own) th.setAttribute('aria-sort', this.sort.descending ? 'descending' : 'ascending');
      else th.removeAttribute('aria-sort');
    }
  }

  /** An end of a flow: its place, centring the map there, and the actors of this flow in it when they are others than its state. */
  private endCell(code: string, keys: string[], ctx: TableContext): HTMLElement {
    const end = ctx.ends.get(code);
    if (!end) return h('td', {}, code);
    const main = mainActor(end);
    const link = h(
      'a',
      { href: ctx.mapHref(main.key), 'data-centre': main.key, title: `Centre the map on ${main.name}` },
      end.name,
    );
    link.addEventListener('click', (e) => {
      if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
      e.preventDefault();
      ctx.onCentre(main.key);
    });
    const names = new Map(end.actors.map((a) => [a.key, a.name]));
    const others = [...new Set(keys)]
      .filter((k) => k !== main.key || main.name !== end.name)
      .map((k) => names.get(k) ?? k);
    return h('td', {}, link, others.length ? h('span', { class: 'members' }, listText(others)) : null);
  }

  private row(f: CountryFlow, ctx: TableContext): HTMLTableRowElement {
    const name = (code: string) => ctx.ends.get(code)?.name ?? code;
    const style = verdictStyle(f.verdict);
    const sample = h('span', { class: `verdict-sample verdict-${f.verdict.toLowerCase()}`, 'aria-hidden': 'true' });
    sample.style.borderTopColor = style.colour;
    const network = new URLSearchParams(ctx.params);
    const supplier = f.pairs[0]?.source;
    if (supplier) network.set('centre', supplier);
    const dossier = (code: string) => {
      const end = ctx.ends.get(code);
      if (!end) return null;
      const a = mainActor(end);
      return h('a', { href: dossierHref(a.key, ctx.params) }, `Dossier: ${a.name}`);
    };
    const title = `${name(f.from)} → ${name(f.to)}`;
    return h(
      'tr',
      { 'data-flow': f.id, tabindex: '-1', class: ctx.drawn.has(f.id) ? 'drawn' : 'not-drawn' },
      this.endCell(
        f.from,
        f.pairs.map((p) => p.source),
        ctx,
      ),
      this.endCell(
        f.to,
        f.pairs.map((p) => p.target),
        ctx,
      ),
      h('td', { class: 'num' }, f.deals.toLocaleString('en')),
      h(
        'td',
        { class: 'num' },
        tivText(f.tiv),
        f.tiv !== null && f.dealsWithoutTiv
          ? h('span', { class: 'members' }, withoutTivText(f.dealsWithoutTiv, f.deals))
          : null,
      ),
      h('td', { class: 'flow-years' }, yearsText(f.start, f.end)),
      h('td', {}, sample, verdictLabel(f.verdict)),
      h('td', { class: 'num' }, String(f.voices)),
      h('td', {}, ctx.drawn.has(f.id) ? 'Drawn' : 'Not drawn'),
      h(
        'td',
        { class: 'evidence-links' },
        h('a', { href: `/?${network}`, 'aria-label': `The network of ${title}, centred on the supplier` }, 'Network'),
        dossier(f.from),
        dossier(f.to),
      ),
    );
  }
}
