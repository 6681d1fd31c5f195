import { gql } from './api';
import { byId } from './dom';
import { svgEl } from './svg';

/** The years the knowledge base covers, with deals per year (transfers by the year they start). */
export const YEAR_EXTENT = `query ExplorerYears { transferStats(groupBy: YEAR) { key count } }`;

/** How long arrow-key presses on a slider may pause before the years apply. */
const KEY_PAUSE_MS = 300;

export interface YearSpan {
  from: number | null;
  to: number | null;
}

/**
 * The address's from/to after the year control chose `span`: an end whose year did not change
 * keeps its finer date (from=2022-08 stays when only the other end moved), an end moved becomes
 * its year, an end at the slider's limit none.
 */
export function applyYears(
  dates: { from: string | null; to: string | null },
  span: YearSpan,
): { from: string | null; to: string | null } {
  const end = (date: string | null, year: number | null) =>
    year === null ? null : yearOf(date) === year ? date : String(year);
  return { from: end(dates.from, span.from), to: end(dates.to, span.to) };
}

/** The year of a partial date from the address ("2022-08" → 2022), or null. */
export const yearOf = (date: string | null): number | null =>
  date && /^\d{4}/.test(date) ? Number(date.slice(0, 4)) : null;

/**
 * The year control of every view (page-parts.ts draws its markup): two sliders over the years the
 * data covers, drawn over a strip of deals per year. Moving a slider says the years as it goes;
 * letting go (or a key press) applies them. A slider at its end means "no bound", so the address
 * stays free of from/to until a researcher narrows the years. `onChange` gets the chosen span.
 */
export class YearRange {
  private readonly fromInput = byId<HTMLInputElement>('year-from');
  private readonly toInput = byId<HTMLInputElement>('year-to');
  private readonly chosen = byId('year-chosen');
  private readonly bars = byId('year-bars') as unknown as SVGSVGElement;
  private counts = new Map<number, number>();
  private span: YearSpan = { from: null, to: null };
  private pending: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly onChange: (span: YearSpan) => void) {
    for (const [input, other, side] of [
      [this.fromInput, this.toInput, 'from'],
      [this.toInput, this.fromInput, 'to'],
    ] as const) {
      input.addEventListener('input', () => {
        // The two ends never cross: moving one past the other moves both.
        if (side === 'from' && Number(input.value) > Number(other.value)) other.value = input.value;
        if (side === 'to' && Number(input.value) < Number(other.value)) other.value = input.value;
        this.show(this.read());
      });
      // The years apply when changes pause: a slider let go, or arrow keys (a change per press)
      // pressed in quick succession, make one query and one entry in the history.
      input.addEventListener('change', () => {
        clearTimeout(this.pending);
        this.pending = setTimeout(() => this.apply(this.read()), KEY_PAUSE_MS);
      });
    }
    byId('year-all').addEventListener('click', () => this.apply({ from: null, to: null }));
  }

  /** Reads the years the data covers and draws the strip; without data the control stays at its defaults. */
  async load(): Promise<void> {
    const d = await gql<{ transferStats: { key: string; count: number }[] }>(YEAR_EXTENT);
    this.counts = new Map(d.transferStats.filter((g) => /^\d{4}$/.test(g.key)).map((g) => [Number(g.key), g.count]));
    const years = [...this.counts.keys()];
    if (!years.length) return;
    const [min, max] = [Math.min(...years), Math.max(...years)];
    for (const input of [this.fromInput, this.toInput]) {
      input.min = String(min);
      input.max = String(max);
    }
    this.write(this.span);
    this.drawBars(min, max);
  }

  /** Shows the span of the address. */
  write(span: YearSpan): void {
    this.span = span;
    this.fromInput.value = String(span.from ?? this.fromInput.min);
    this.toInput.value = String(span.to ?? this.toInput.max);
    this.show(span);
  }

  private read(): YearSpan {
    const from = Number(this.fromInput.value);
    const to = Number(this.toInput.value);
    return {
      from: from <= Number(this.fromInput.min) ? null : from,
      to: to >= Number(this.toInput.max) ? null : to,
    };
  }

  private apply(span: YearSpan): void {
    if (span.from === this.span.from && span.to === this.span.to) return;
    this.write(span);
    this.onChange(span);
  }

  private show(span: YearSpan): void {
    const inSpan = [...this.counts].filter(([y]) => (span.from ?? -Infinity) <= y && y <= (span.to ?? Infinity));
    const total = inSpan.reduce((n, [, c]) => n + c, 0);
    const years =
      span.from === null && span.to === null
        ? 'All years'
        : span.from === span.to
          ? `${span.from}`
          : `${span.from ?? this.fromInput.min}–${span.to ?? this.toInput.max}`;
    // The strip is the whole knowledge base's, by the year each deal starts; the views filter by
    // overlap and by their own filters, so the figure says whose it is.
    const deals = total.toLocaleString('en');
    this.chosen.textContent = !this.counts.size
      ? years
      : span.from === null && span.to === null
        ? `${years}: ${deals} dated deals in the knowledge base`
        : `${years}: ${deals} deals in the knowledge base start in ${span.from === span.to ? 'this year' : 'these years'}`;
    for (const bar of this.bars.querySelectorAll('rect'))
      bar.classList.toggle(
        'in-range',
        (span.from ?? -Infinity) <= Number(bar.dataset.year) && Number(bar.dataset.year) <= (span.to ?? Infinity),
      );
  }

  private drawBars(min: number, max: number): void {
    const peak = Math.max(...this.counts.values());
    this.bars.setAttribute('viewBox', `0 0 ${max - min + 1} 100`);
    this.bars.replaceChildren();
    for (let y = min; y <= max; y++) {
      const n = this.counts.get(y) ?? 0;
      if (!n) continue;
      const height = 4 + 96 * Math.sqrt(n / peak);
      const rect = svgEl('rect', { x: y - min + 0.1, width: 0.8, y: 100 - height, height, 'data-year': y });
      this.bars.appendChild(rect);
    }
    this.show(this.span);
  }
}
