import { h } from '../dom';
import { viewExports } from '../export-links';
import type { Filters } from '../view-state';
import { viewParams } from './dossier-address';

/**
 * Where to go from the dossier: the network around the actor and the map centred on it, with the
 * same years and filters, and the exports of every claim that involves it (as the explorer's).
 */
export function linksView(key: string, name: string, filters: Filters): HTMLElement[] {
  const query = viewParams(filters, key).toString();
  return [
    h(
      'ul',
      { class: 'view-links' },
      h('li', {}, h('a', { href: `/?${query}`, 'data-link': 'network' }, `The network around ${name}`)),
      h('li', {}, h('a', { href: `/map?${query}`, 'data-link': 'map' }, `${name} on the map`)),
    ),
    h('h3', {}, 'Exports'),
    h(
      'p',
      { class: 'hint' },
      `Every claim that involves ${name} (and the bodies below it), with the years and filters of this dossier.`,
    ),
    h(
      'ul',
      { class: 'export-list' },
      ...viewExports(key, filters, true).map((l) => h('li', {}, h('a', { href: l.href, download: true }, l.label))),
    ),
  ];
}
