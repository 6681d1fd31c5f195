import { clear, h } from '../dom';
import { dossierHref } from '../site-nav';
import type { CountryFlow, MapModel } from './flows';
import { listText, plural, yearsText } from './format';
import { strokeScale } from './selection';
import type { Selection } from './selection';
import { r1, svgEl } from '../svg';
import { VERDICTS, VERDICT_ORDER, verdictLabel } from './verdicts';

/**
 * What the map says beside the picture: the legend, the notices (cut network, missing TIV), the
 * actors it could not place and the supplies inside one country, each with its evidence link.
 */

/** A short line in the verdict's colour and pattern. */
function sample(verdict: string): SVGSVGElement {
  const style = VERDICTS[verdict];
  return svgEl(
    'svg',
    { class: 'legend-line', width: 44, height: 14, viewBox: '0 0 44 14', 'aria-hidden': 'true', focusable: 'false' },
    svgEl('line', {
      x1: 2,
      y1: 7,
      x2: 34,
      y2: 7,
      stroke: style.colour,
      'stroke-width': 4,
      'stroke-dasharray': style.dash(4) ?? undefined,
      'stroke-linecap': style.cap,
    }),
    svgEl('path', { d: 'M33,2L43,7L33,12z', fill: style.colour }),
  );
}

export function renderLegend(list: HTMLElement, selection: Selection): void {
  const unit = selection.weight === 'tiv' ? 'SIPRI TIV' : 'deals';
  const widths = strokeScale(1);
  const widthSample = svgEl(
    'svg',
    { class: 'legend-line', width: 44, height: 18, viewBox: '0 0 44 18', 'aria-hidden': 'true', focusable: 'false' },
    ...[0.05, 0.3, 1].map((w, i) =>
      svgEl('line', {
        x1: 4 + i * 14,
        y1: 17,
        x2: 4 + i * 14,
        y2: 1,
        stroke: '#3b4454',
        'stroke-width': r1(widths(w)),
      }),
    ),
  );
  clear(
    list,
    ...VERDICT_ORDER.map((v) =>
      h('li', {}, sample(v), h('span', {}, h('strong', {}, verdictLabel(v)), ` — ${VERDICTS[v].meaning}`)),
    ),
    h('li', {}, widthSample, h('span', {}, `Wider: more ${unit} (width grows with the square root)`)),
    h('li', {}, h('span', { class: 'centre-swatch', 'aria-hidden': 'true' }), h('span', {}, 'The centre’s country')),
  );
}

export function renderNotices(list: HTMLElement, model: MapModel, selection: Selection, depth: number): void {
  const items: string[] = [];
  if (model.truncated)
    items.push(
      `The network reached the limit of 1,000 actors before ${plural(depth, 'hop')}: the map shows part of it. ` +
        'Narrow it to see all: fewer hops, fewer years, or some categories only.',
    );
  if (selection.tivMissing)
    items.push(
      'No flow here has a SIPRI trend-indicator value (TIV): reported claims have none, only deals of SIPRI’s register do. ' +
        'The arrows are weighed by deals instead.',
    );
  else if (selection.weight === 'tiv' && selection.withoutTiv)
    items.push(
      `${selection.dealsWithoutTiv.toLocaleString('en')} of the ${plural(selection.deals, 'deal')} between places ` +
        `${selection.dealsWithoutTiv === 1 ? 'has' : 'have'} no TIV (reported claims have none), ` +
        `in ${plural(selection.withoutTiv, 'flow')}: a flow’s TIV sums only its deals that have one, ` +
        'and a flow with none weighs 0. The table says how many of each flow’s deals have none.',
    );
  clear(list, ...items.map((text) => h('li', { class: 'notice' }, text)));
}

/** Long lists show their first items and a button for the rest. */
const LIST_SHOWN = 25;

function cappedList(list: HTMLElement, items: HTMLElement[], head: HTMLElement | null = null): void {
  clear(list, head, ...items.slice(0, LIST_SHOWN));
  if (items.length <= LIST_SHOWN) return;
  const more = h('button', { type: 'button', class: 'secondary' }, `Show all ${items.length.toLocaleString('en')}`);
  const li = h('li', { class: 'hint' }, more);
  more.addEventListener('click', () => {
    li.replaceWith(...items.slice(LIST_SHOWN));
    (items[LIST_SHOWN].querySelector('a') ?? list).focus();
  });
  list.append(li);
}

export function renderUnplaced(list: HTMLElement, model: MapModel, params: URLSearchParams): void {
  if (!model.unplaced.length) {
    clear(list, h('li', { class: 'hint' }, 'Every actor of these flows is on the map.'));
    return;
  }
  cappedList(
    list,
    model.unplaced.map((u) =>
      h(
        'li',
        { 'data-unplaced': u.key },
        h('a', { href: dossierHref(u.key, params) }, u.name),
        ` — ${u.reason}. ${plural(u.deals, 'deal')} with ${listText(u.partners)}.`,
      ),
    ),
    h(
      'li',
      { class: 'hint' },
      `${plural(model.unplacedDeals, 'deal')} ${model.unplacedDeals === 1 ? 'involves' : 'involve'} ` +
        `${plural(model.unplaced.length, 'actor')} the map cannot place; ` +
        'they are not in the flows above:',
    ),
  );
}

export function renderInternal(
  list: HTMLElement,
  model: MapModel,
  flows: CountryFlow[],
  params: URLSearchParams,
): void {
  if (!flows.length) {
    clear(list, h('li', { class: 'hint' }, 'No supplies between actors of one country.'));
    return;
  }
  const actorName = (key: string) => {
    for (const end of model.ends.values()) for (const a of end.actors) if (a.key === key) return a.name;
    return key;
  };
  cappedList(
    list,
    flows.map((f) => {
      const pairs = f.pairs.map((p) => `${actorName(p.source)} → ${actorName(p.target)}`);
      const network = new URLSearchParams(params);
      network.set('centre', f.pairs[0].source);
      return h(
        'li',
        { 'data-internal': f.from },
        h('strong', {}, model.ends.get(f.from)?.name ?? f.from),
        `: ${listText(pairs)} — ${plural(f.deals, 'deal')}, ${yearsText(f.start, f.end)}, strongest verdict ${verdictLabel(f.verdict).toLowerCase()}. `,
        h('a', { href: `/?${network}` }, 'Network'),
      );
    }),
  );
}
