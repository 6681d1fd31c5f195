import { clear, h } from './dom';
import type { Focused } from './graph-focus';
import type { DrawEdge, DrawNode, GraphModel } from './graph-model';
import { MAX_NODES } from './queries';
import type { ViewState } from './view-state';

/**
 * The sentences under the picture's title: what is drawn out of what was read, why parts are
 * left out and how to see them (more actors, all of them, or a narrower view when the network
 * was cut at its limit). Buttons call `more(top)`, with null for every actor.
 */
const n = (x: number) => x.toLocaleString('en');
const plural = (x: number, one: string, many = `${one}s`) => `${n(x)} ${x === 1 ? one : many}`;

export function summary(focused: Focused, centre: string, view: ViewState): string {
  const { model } = focused;
  const hops = `within ${plural(view.depth, 'hop')} of ${centre}`;
  const drawn =
    focused.hiddenNodes || focused.hiddenEdges
      ? `Drawing ${n(model.nodes.length)} of ${plural(focused.totalNodes, 'actor')} and ${n(model.edges.length)} of ${plural(focused.totalEdges, 'connection')} ${hops}: the heaviest by ${focused.noTiv || view.drawing.weight === 'deals' ? 'deals' : 'TIV'}.`
      : `${plural(model.nodes.length, 'actor')} and ${plural(model.edges.length, 'connection')} ${hops}.`;
  const parts = [drawn];
  if (focused.noTiv) parts.push('No connection here has a SIPRI TIV: weighed by deals instead.');
  if (model.internalClaims)
    parts.push(
      `${plural(model.internalClaims, 'claim')} between bodies of one state${view.drawing.cluster === 'region' ? ' or within one region' : ''} are not drawn.`,
    );
  return parts.join(' ');
}

/** The note on what is not drawn, with buttons to draw more, and the truncation warning. */
export function renderFocusNote(
  el: HTMLElement,
  focused: Focused,
  view: ViewState,
  truncated: boolean,
  more: (top: number | null) => void,
): void {
  const items: HTMLElement[] = [];
  if (truncated)
    items.push(
      h(
        'p',
        { class: 'truncated', role: 'alert' },
        `This network is larger than the ${n(MAX_NODES)} actors the server reads at once, so it was cut: the heaviest connections were kept. ` +
          'To see all of it, narrow it: fewer hops, fewer years, one category, a verdict or a minimum of voices.',
      ),
    );
  const left = focused.hiddenNodes;
  if (left > 0 && view.drawing.top !== null) {
    const step = view.drawing.top;
    const buttons = h(
      'p',
      { class: 'more' },
      `And ${plural(left, 'more actor')} not drawn. `,
      h('button', { type: 'button', class: 'secondary', 'data-more': 'next' }, `Draw ${n(Math.min(step, left))} more`),
      ' ',
      h('button', { type: 'button', class: 'secondary', 'data-more': 'all' }, `Draw all ${n(focused.totalNodes)}`),
    );
    buttons.querySelector('[data-more="next"]')!.addEventListener('click', () => more(step + Math.min(step, left)));
    buttons.querySelector('[data-more="all"]')!.addEventListener('click', () => more(null));
    items.push(buttons);
  }
  clear(el, ...items);
  el.hidden = items.length === 0;
}

/** The evidence panel's content for a region of a clustered picture: who is in it, and how to see their claims. */
export function regionPanel(body: HTMLElement, title: string, members: string[], uncluster: () => void): void {
  const button = h('button', { type: 'button', class: 'secondary' }, 'Draw every actor instead');
  button.addEventListener('click', uncluster);
  clear(
    body,
    h('h3', {}, title),
    h('p', {}, `A cluster of ${plural(members.length, 'actor')}: ${members.join(', ')}.`),
    h('p', { class: 'hint' }, 'Claims are shown per actor: draw the actors one by one to choose a connection.'),
    button,
  );
}

/** Members of a region node, or of both ends of an edge touching one. */
export function clusterMembers(model: GraphModel, target: DrawNode | DrawEdge): string[] {
  if ('members' in target) return target.members;
  const byId = new Map(model.nodes.map((x) => [x.id, x]));
  return [target.source, target.target].flatMap((id) => byId.get(id)?.members ?? []);
}
