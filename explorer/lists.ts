import { enumLabel, enumWords } from '../src/core/util/enum-labels';
import { clear, h } from './dom';
import type { DrawEdge, DrawNode, GraphModel } from './graph-model';
import { KIND_COLOURS, RECOGNITION_COLOUR, SUPPLY_COLOUR } from './graph-style';

/**
 * What the canvas draws, as lists of buttons: the keyboard's and the screen reader's way to the
 * same evidence panel, and a plain-text reading of the picture. Plus the legend.
 */
export interface ListEvents {
  onEdge(id: string): void;
  onNode(id: string): void;
}

/** A colour sample of an actor kind (set through the DOM, which the CSP allows; no inline style). */
function swatch(kind: string): HTMLElement {
  const el = h('span', { class: 'swatch', 'aria-hidden': 'true' });
  el.style.backgroundColor = KIND_COLOURS[kind] ?? KIND_COLOURS.OTHER;
  return el;
}

function line(kind: 'supply' | 'recognition'): HTMLElement {
  const el = h('span', { class: `line ${kind}`, 'aria-hidden': 'true' });
  el.style.borderTopColor = kind === 'supply' ? SUPPLY_COLOUR : RECOGNITION_COLOUR;
  return el;
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

function edgeText(e: DrawEdge): string {
  const tiv = e.tivOrder !== null ? ` · TIV ${e.tivOrder.toLocaleString('en')}` : '';
  const verdict = `strongest verdict: ${enumWords(e.strongestVerdict)}`;
  if (e.kind === 'RECOGNITION') return `recognizes · ${plural(e.claimCount, 'claim')} · ${verdict}`;
  return `supplies ${e.categories.map(enumWords).join(', ')} · ${plural(e.claimCount, 'transfer')}${tiv} · ${verdict}`;
}

function nodeText(n: DrawNode): string {
  const parts = [enumWords(n.kind), plural(n.degree, 'connection')];
  if (n.members.length) parts.push(`with ${n.members.join(', ')}`);
  if (n.centre) parts.unshift('centre');
  return parts.join(' · ');
}

/** Items shown at first, and added by each "Show more": long lists stay short pages. */
export const LIST_PAGE = 50;

/** A list of many items, shown a page at a time with a button for the next page. */
function paged(list: HTMLElement, items: HTMLElement[], noun: string): void {
  let shown = 0;
  const more = h('button', { type: 'button', class: 'secondary show-more' });
  const moreItem = h('li', { class: 'more-item' }, more);
  const next = () => {
    const page = items.slice(shown, shown + LIST_PAGE);
    moreItem.remove();
    list.append(...page);
    shown += page.length;
    const left = items.length - shown;
    if (left > 0) {
      more.textContent = `Show ${Math.min(LIST_PAGE, left)} more ${noun} (${left.toLocaleString('en')} not shown)`;
      list.append(moreItem);
    }
    return page;
  };
  more.addEventListener('click', () => next()[0]?.querySelector('button')?.focus());
  clear(list);
  next();
}

export function renderLists(
  edgeList: HTMLElement,
  nodeList: HTMLElement,
  model: GraphModel,
  events: ListEvents,
  /** heaviest first by this weight (deals by default) */
  weightOf: (e: DrawEdge) => number = (e) => e.claimCount,
  /** what the picture draws (all when omitted): the others are listed as not drawn */
  drawn?: ReadonlySet<string>,
): void {
  const notDrawn = (id: string) => (drawn && !drawn.has(id) ? ' · not drawn' : '');
  const name = new Map(model.nodes.map((n) => [n.id, n.name]));
  const edges = [...model.edges].sort((a, b) => weightOf(b) - weightOf(a));
  const edgeItems = edges.map((e) => {
    const button = h(
      'button',
      { type: 'button', class: `item ${e.kind.toLowerCase()}`, 'data-edge': e.id },
      h('span', { class: 'item-title' }, `${name.get(e.source)} → ${name.get(e.target)}`),
      h('span', { class: 'item-detail' }, `${edgeText(e)}${notDrawn(e.id)}`),
    );
    button.addEventListener('click', () => events.onEdge(e.id));
    return h('li', {}, button);
  });
  paged(edgeList, edgeItems, 'connections');
  if (!model.edges.length) edgeList.append(h('li', { class: 'hint' }, 'No connection matches the filters.'));
  const nodeItems = model.nodes.map((n) => {
    const button = h(
      'button',
      { type: 'button', class: 'item', 'data-node': n.id },
      swatch(n.kind),
      h('span', { class: 'item-title' }, n.name),
      h('span', { class: 'item-detail' }, `${nodeText(n)}${notDrawn(n.id)}`),
    );
    button.addEventListener('click', () => events.onNode(n.id));
    return h('li', {}, button);
  });
  paged(nodeList, nodeItems, 'actors');
}

/** Marks the chosen item in the lists (aria-current), as the picture marks it. */
export function markCurrent(lists: HTMLElement[], id: string | null): void {
  for (const list of lists) {
    for (const b of list.querySelectorAll<HTMLButtonElement>('button')) {
      if ((b.dataset.edge ?? b.dataset.node) === id) b.setAttribute('aria-current', 'true');
      else b.removeAttribute('aria-current');
    }
  }
}

/** What each colour and line of the picture means. */
export function renderLegend(legend: HTMLElement): void {
  clear(
    legend,
    ...Object.keys(KIND_COLOURS).map((kind) => h('li', {}, swatch(kind), enumLabel(kind))),
    h('li', {}, line('supply'), 'Supplies (arrow to the recipient; wider = more transfers)'),
    h('li', {}, line('recognition'), 'Recognizes (dashed)'),
  );
}
