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
  const verdict = `strongest verdict: ${enumWords(e.strongestVerdict)}`;
  if (e.kind === 'RECOGNITION') return `recognizes · ${plural(e.claimCount, 'claim')} · ${verdict}`;
  return `supplies ${e.categories.map(enumWords).join(', ')} · ${plural(e.claimCount, 'transfer')} · ${verdict}`;
}

function nodeText(n: DrawNode): string {
  const parts = [enumWords(n.kind), plural(n.degree, 'connection')];
  if (n.members.length) parts.push(`with ${n.members.join(', ')}`);
  if (n.centre) parts.unshift('centre');
  return parts.join(' · ');
}

export function renderLists(edgeList: HTMLElement, nodeList: HTMLElement, model: GraphModel, events: ListEvents): void {
  const name = new Map(model.nodes.map((n) => [n.id, n.name]));
  clear(
    edgeList,
    ...model.edges.map((e) =>
      h(
        'li',
        {},
        h(
          'button',
          { type: 'button', class: `item ${e.kind.toLowerCase()}`, 'data-edge': e.id },
          h('span', { class: 'item-title' }, `${name.get(e.source)} → ${name.get(e.target)}`),
          h('span', { class: 'item-detail' }, edgeText(e)),
        ),
      ),
    ),
  );
  if (!model.edges.length) edgeList.append(h('li', { class: 'hint' }, 'No connection matches the filters.'));
  clear(
    nodeList,
    ...model.nodes.map((n) =>
      h(
        'li',
        {},
        h(
          'button',
          { type: 'button', class: 'item', 'data-node': n.id },
          swatch(n.kind),
          h('span', { class: 'item-title' }, n.name),
          h('span', { class: 'item-detail' }, nodeText(n)),
        ),
      ),
    ),
  );
  for (const b of edgeList.querySelectorAll<HTMLButtonElement>('button[data-edge]'))
    b.addEventListener('click', () => events.onEdge(b.dataset.edge!));
  for (const b of nodeList.querySelectorAll<HTMLButtonElement>('button[data-node]'))
    b.addEventListener('click', () => events.onNode(b.dataset.node!));
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
