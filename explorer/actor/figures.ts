import { h } from '../dom';
import type { ClaimSelection } from './dossier-address';
import { selectionParam } from './dossier-address';

/**
 * Every figure of the dossier is a button that opens the claims it counts. Its visible text is
 * the figure; the rest of its name (what it counts) is read out but not shown.
 */
export type ChooseClaims = (selection: ClaimSelection) => void;

export function figureButton(text: string, says: string, selection: ClaimSelection, choose: ChooseClaims): HTMLElement {
  const button = h(
    'button',
    { type: 'button', class: 'figure', 'data-claims': selectionParam(selection) },
    text,
    h('span', { class: 'visually-hidden' }, ` ${says}: show the claims`),
  );
  button.addEventListener('click', () => choose(selection));
  return button;
}

/** Rows shown before "Show all": long lists (Russia's recipients in the SIPRI register) stay readable. */
export const ROW_LIMIT = 25;

/**
 * Hides the rows after the first ROW_LIMIT (on screen: print shows them all) behind a button
 * that shows them all, or the first ones again. `expanded` is the current state; `toggle` flips it.
 */
export function rowLimit(
  table: HTMLTableElement,
  rows: HTMLTableRowElement[],
  noun: string,
  expanded: boolean,
  toggle: () => void,
): HTMLElement | null {
  rows.forEach((r, i) => r.classList.toggle('beyond', i >= ROW_LIMIT));
  table.classList.toggle('expanded', expanded);
  if (rows.length <= ROW_LIMIT) return null;
  const button = h(
    'button',
    { type: 'button', class: 'secondary show-all', 'aria-expanded': expanded ? 'true' : 'false' },
    expanded ? `Show the first ${ROW_LIMIT} only` : `Show all ${rows.length.toLocaleString('en')} ${noun}`,
  );
  button.addEventListener('click', toggle);
  return h('p', { class: 'table-more' }, button);
}
