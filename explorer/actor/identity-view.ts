import { enumLabel } from '../../src/core/util/enum-labels';
import { h } from '../dom';
import type { ActorChain, ActorLink, DossierActor } from './dossier-types';
import { countryText } from './format';

/**
 * Who the actor is: kind, country, description, other names, the states it continues or that
 * continue it, what it belongs to and what belongs to it — each actor a link to its own dossier
 * with the view's years and filters.
 */
function links(list: readonly ActorLink[], hrefOf: (key: string) => string): HTMLElement {
  return h(
    'ul',
    { class: 'inline-list' },
    ...list.map((a) =>
      h('li', {}, h('a', { href: hrefOf(a.key) }, a.name), h('span', { class: 'kind' }, ` ${enumLabel(a.kind)}`)),
    ),
  );
}

const ancestors = (a: ActorChain | null): ActorLink[] => {
  const out: ActorLink[] = [];
  for (let x = a; x; x = x.parent) out.push(x);
  return out;
};

export function identityView(
  actor: DossierActor,
  hrefOf: (key: string) => string,
  bodies: readonly string[],
): HTMLElement {
  const rows: [string, Node | string][] = [['Kind', enumLabel(actor.kind)]];
  if (actor.countryCode)
    rows.push([
      actor.kind === 'STATE' || actor.kind === 'SELF_PROCLAIMED_STATE' ? 'Country' : 'Based in',
      countryText(actor.countryCode),
    ]);
  if (actor.description) rows.push(['Description', actor.description]);
  if (actor.aliases.length) rows.push(['Also known as', actor.aliases.join('; ')]);
  const up = ancestors(actor.parent);
  if (up.length) rows.push(['Part of', links(up, hrefOf)]);
  if (actor.children.length) rows.push(['Bodies below it', links(actor.children, hrefOf)]);
  if (actor.predecessors.length) rows.push(['Continues (predecessors)', links(actor.predecessors, hrefOf)]);
  if (actor.successors.length) rows.push(['Continued by (successors)', links(actor.successors, hrefOf)]);
  const counted = bodies.length
    ? h(
        'p',
        { class: 'hint' },
        `Its figures include the deals of the bodies below it: ${bodies.join(', ')}. ` +
          'Counterparts are counted with the bodies below them too.',
      )
    : null;
  return h(
    'div',
    { class: 'identity' },
    h('dl', { class: 'facts-list' }, ...rows.flatMap(([term, value]) => [h('dt', {}, term), h('dd', {}, value)])),
    counted,
  );
}
