import { enumLabel } from '../../src/core/util/enum-labels';
import { byId } from '../dom';
import type { ViewState } from '../view-state';
import { DEFAULT_LIMIT } from './map-options';
import type { DrawOptions, Selection, WeightMode } from './selection';

/**
 * The map's form: the weight (deals or TIV), the hops, the least weight drawn and the categories;
 * and the buttons under the map that draw more flows or all of them. Changes of the weight, the
 * least weight and the count redraw without asking the server again; hops and categories ask.
 */
export interface ControlEvents {
  /** The drawing changed (weight, least weight, how many flows): no new data needed. */
  onOptions(next: DrawOptions): void;
  /** The network changed (hops, categories): a new query. */
  onView(change: { depth: number; category: string[] }): void;
}

export class MapControls {
  private readonly form = byId<HTMLFormElement>('map-form');
  private readonly min = byId<HTMLInputElement>('min-weight');
  private options: DrawOptions = { weight: 'deals', limit: DEFAULT_LIMIT, minWeight: 0 };

  constructor(private readonly events: ControlEvents) {
    this.form.addEventListener('submit', (e) => e.preventDefault());
    this.form.addEventListener('change', (e) => {
      const target = e.target as HTMLInputElement;
      if (target.name === 'weight' || target.name === 'min') {
        const min = Number(this.min.value);
        this.emit({
          ...this.options,
          weight: this.weight(),
          minWeight: Number.isFinite(min) && min > 0 ? min : 0,
        });
      } else {
        const data = new FormData(this.form);
        const category = data.getAll('category').map(String);
        this.summarise(category);
        events.onView({ depth: Number(data.get('depth')) || 2, category });
      }
    });
    byId('show-more').addEventListener('click', () =>
      this.emit({ ...this.options, limit: this.options.limit + DEFAULT_LIMIT }),
    );
    byId('show-all').addEventListener('click', () => this.emit({ ...this.options, limit: Infinity }));
    byId('show-fewer').addEventListener('click', () => this.emit({ ...this.options, limit: DEFAULT_LIMIT }));
  }

  private emit(next: DrawOptions): void {
    this.options = next;
    this.events.onOptions(next);
  }

  private weight(): WeightMode {
    return this.form.querySelector<HTMLInputElement>('input[name="weight"]:checked')?.value === 'tiv' ? 'tiv' : 'deals';
  }

  write(view: ViewState, options: DrawOptions): void {
    this.options = options;
    byId<HTMLSelectElement>('depth').value = String(view.depth);
    for (const r of this.form.querySelectorAll<HTMLInputElement>('input[name="weight"]'))
      r.checked = r.value === options.weight;
    this.min.value = options.minWeight > 0 ? String(options.minWeight) : '';
    for (const box of this.form.querySelectorAll<HTMLInputElement>('input[name="category"]'))
      box.checked = view.filters.category.includes(box.value);
    this.summarise(view.filters.category);
  }

  /** Says how many flows are drawn, and offers more, all, or fewer. */
  showCount(selection: Selection, arrows: number): void {
    const { ranked, drawn, belowMin, beyondLimit } = selection;
    const unit = selection.weight === 'tiv' ? 'by SIPRI TIV' : 'by deals';
    const parts = [
      ranked.length === 0
        ? 'No flow between two places matches the view.'
        : beyondLimit
          ? `Showing the ${drawn.length.toLocaleString('en')} heaviest (${unit}) of ${ranked.length.toLocaleString('en')} flows.`
          : `Showing all ${ranked.length.toLocaleString('en')} flows${belowMin ? ' at or above the least weight' : ''}, weighed ${unit}.`,
    ];
    if (belowMin) parts.push(`${belowMin.toLocaleString('en')} below the least weight are not drawn.`);
    if (arrows < drawn.length)
      parts.push(
        `${(drawn.length - arrows).toLocaleString('en')} join places too close for an arrow at this scale ` +
          '(neighbours, or a former state and its successor): zoom in, or see the table.',
      );
    byId('flow-count-text').textContent = parts.join(' ');
    const more = byId<HTMLButtonElement>('show-more');
    more.hidden = beyondLimit === 0;
    more.textContent = `Show ${Math.min(DEFAULT_LIMIT, beyondLimit)} more`;
    byId('show-all').hidden = beyondLimit === 0;
    byId('show-all').textContent = `Show all ${(drawn.length + beyondLimit).toLocaleString('en')}`;
    byId('show-fewer').hidden = this.options.limit <= DEFAULT_LIMIT || drawn.length <= DEFAULT_LIMIT;
  }

  private summarise(category: string[]): void {
    const el = this.form.querySelector<HTMLElement>('[data-chosen="category"]');
    if (el) el.textContent = category.length ? category.map(enumLabel).join(', ') : 'any';
  }
}
