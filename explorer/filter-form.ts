import { enumLabel } from '../src/core/util/enum-labels';
import { byId } from './dom';
import { readDrawing, writeDrawing } from './drawing-form';
import type { Filters, LayoutName, ViewState } from './view-state';

/**
 * The view form (depth, recognitions, grouping, layout, claim filters) read into and written
 * from a ViewState. Any change applies at once: one query per change.
 */
const LISTS = ['category', 'status', 'verdict'] as const;
const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export class FilterForm {
  private readonly form = byId<HTMLFormElement>('filter-form');

  constructor(onChange: (next: Omit<ViewState, 'centre'>) => void, onReset: () => void) {
    const submit = () => {
      if (this.valid()) onChange(this.read());
    };
    this.form.addEventListener('change', submit);
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      submit();
    });
    byId('reset-filters').addEventListener('click', onReset);
  }

  /** Dates must be partial dates; the browser says which field is wrong (the server checks too). */
  private valid(): boolean {
    for (const id of ['date-from', 'date-to']) {
      const input = byId<HTMLInputElement>(id);
      const value = input.value.trim();
      input.setCustomValidity(
        value && !PARTIAL_DATE.test(value) ? 'Write a year, month or day: 2022, 2022-08 or 2022-08-15.' : '',
      );
      input.setAttribute('aria-invalid', String(!input.checkValidity()));
      if (!input.checkValidity()) {
        input.reportValidity();
        return false;
      }
    }
    return true;
  }

  read(): Omit<ViewState, 'centre'> {
    const data = new FormData(this.form);
    const text = (name: string) => String(data.get(name) ?? '').trim() || null;
    const voices = text('minIndependentVoices');
    const filters: Filters = {
      category: data.getAll('category').map(String),
      status: data.getAll('status').map(String),
      verdict: data.getAll('verdict').map(String),
      minIndependentVoices: voices !== null && /^\d+$/.test(voices) ? Number(voices) : null,
      from: text('from'),
      to: text('to'),
    };
    this.summarise(filters);
    return {
      depth: Number(data.get('depth')) || 2,
      recognitions: data.get('recognitions') !== null,
      group: data.get('group') !== null,
      layout: (data.get('layout') === 'force' ? 'force' : 'rings') as LayoutName,
      drawing: readDrawing(data),
      filters,
    };
  }

  write(view: ViewState): void {
    byId<HTMLSelectElement>('depth').value = String(view.depth);
    byId<HTMLInputElement>('recognitions').checked = view.recognitions;
    byId<HTMLInputElement>('group').checked = view.group;
    byId<HTMLSelectElement>('layout').value = view.layout;
    writeDrawing(view.drawing);
    for (const name of LISTS) {
      for (const box of this.form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`))
        box.checked = view.filters[name].includes(box.value);
    }
    byId<HTMLInputElement>('min-voices').value =
      view.filters.minIndependentVoices === null ? '' : String(view.filters.minIndependentVoices);
    byId<HTMLInputElement>('date-from').value = view.filters.from ?? '';
    byId<HTMLInputElement>('date-to').value = view.filters.to ?? '';
    this.summarise(view.filters);
  }

  /** Each closed disclosure says what is chosen in it ("any", or the values). */
  private summarise(f: Filters): void {
    for (const name of LISTS) {
      const el = this.form.querySelector<HTMLElement>(`[data-chosen="${name}"]`);
      if (el) el.textContent = f[name].length ? f[name].map(enumLabel).join(', ') : 'any';
    }
  }
}
