import { byId, h } from '../dom';

/**
 * The controls of a draft card's form, each labelled, with a hint and an error line tied to it
 * (aria-describedby), named by the DraftCorrectionsInput field it corrects (data-field), and
 * knowing the value it started with, so that only what the editor changed is sent.
 */
let controls = 0;
export const nextId = (what: string) => `${what}-${++controls}`;

/** A control's wrapper: its label, the control, its hint, and the line its errors go to. */
export interface Field {
  /** The DraftCorrectionsInput field (or group, e.g. "quantity"). */
  name: string;
  element: HTMLElement;
  /** The controls, by their field path ("quantity.min"), for focusing the one an error names. */
  controls: Map<string, HTMLElement>;
  error: HTMLElement;
}

export function errorLine(id: string): HTMLElement {
  return h('p', { id, class: 'field-error', 'aria-live': 'polite' });
}

/** Wraps a control (an input or select, or an element holding one) with its label, hint and error line. */
export function field(name: string, label: string, control: HTMLElement, hint?: Node | string | null): Field {
  const target = control.matches('input, select, textarea') ? control : control.querySelector<HTMLElement>('input')!;
  target.id ||= nextId(name);
  target.dataset.field = name;
  const error = errorLine(`${target.id}-error`);
  const hintEl = hint ? h('p', { id: `${target.id}-hint`, class: 'hint' }, hint) : null;
  target.setAttribute('aria-describedby', [hintEl?.id, error.id].filter(Boolean).join(' '));
  return {
    name,
    element: h('div', { class: 'field' }, h('label', { for: target.id }, label), control, hintEl, error),
    controls: new Map([[name, target]]),
    error,
  };
}

export function textInput(value: string | null, attrs: Record<string, string> = {}): HTMLInputElement {
  const input = h('input', { type: 'text', autocomplete: 'off', ...attrs });
  input.value = value ?? '';
  input.dataset.initial = input.value;
  return input;
}

/** A select of the enum values kept in the page's <template id="options-…">, with a blank choice when the draft has none. */
export function enumSelect(template: string, value: string | null): HTMLSelectElement {
  const select = h('select', {});
  if (value === null) select.append(h('option', { value: '' }, 'not given'));
  select.append(byId<HTMLTemplateElement>(`options-${template}`).content.cloneNode(true));
  select.value = value ?? '';
  select.dataset.initial = select.value;
  return select;
}

/** A group of controls under a legend (quantity, period), with one error line. */
export function group(name: string, legend: string, parts: [string, string, HTMLInputElement][], hint: string): Field {
  const error = errorLine(nextId(`${name}-error`));
  const hintId = nextId(`${name}-hint`);
  const controls = new Map<string, HTMLElement>();
  const cells = parts.map(([path, label, input]) => {
    input.id = nextId(path.replace('.', '-'));
    input.dataset.field = path;
    input.setAttribute('aria-describedby', `${hintId} ${error.id}`);
    controls.set(path, input);
    return h('div', {}, h('label', { for: input.id }, label), input);
  });
  return {
    name,
    element: h(
      'fieldset',
      { class: 'field group' },
      h('legend', {}, legend),
      h('div', { class: 'pair' }, ...cells),
      h('p', { id: hintId, class: 'hint' }, hint),
      error,
    ),
    controls,
    error,
  };
}

/** Whether a control holds something other than what it started with. */
export const edited = (el: HTMLInputElement | HTMLSelectElement) => el.value.trim() !== (el.dataset.initial ?? '');

/** The text of an input, or null when empty. */
export const textOrNull = (el: HTMLInputElement | HTMLSelectElement) => el.value.trim() || null;

/** An integer typed into an input, null when empty, NaN when not a whole number. */
export function integerOrNull(el: HTMLInputElement): number | null {
  const v = el.value.trim();
  if (!v) return null;
  return /^-?\d+$/.test(v) ? Number(v) : NaN;
}
