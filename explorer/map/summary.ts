import type { ViewState } from '../view-state';
import type { CountryFlow, MapModel } from './flows';
import { plural, tivText } from './format';
import type { Selection } from './selection';

/** The map in words: the status line, and the picture's accessible name. Pure. */

function yearsOf(view: ViewState): string {
  const { from, to } = view.filters;
  if (!from && !to) return 'all years';
  if (from && to) return from === to ? from : `${from} to ${to}`;
  return from ? `from ${from}` : `up to ${to}`;
}

function centreName(model: MapModel): string {
  return model.centre?.actor.name ?? 'the centre';
}

/** Which claims the figures count: those overlapping the chosen years, or all. */
function claimsOf(view: ViewState): string {
  const { from, to } = view.filters;
  if (!from && !to) return 'from claims of all years, undated ones included';
  const years = from && to ? yearsOf(view) : from ? `${from} or later` : `${to} or earlier`;
  return `from claims overlapping ${years} (undated claims left out)`;
}

/**
 * The status line: the figures of this map's flows (not the year control's, which counts the
 * whole knowledge base by the year a deal starts).
 */
export function summary(model: MapModel, view: ViewState): string {
  const deals = model.flows.reduce((n, f) => n + f.deals, 0);
  const places = new Set(model.flows.flatMap((f) => [f.from, f.to])).size;
  return (
    `This map: ${plural(model.flows.length, 'flow')} between ${plural(places, 'place')} ` +
    `(${plural(deals, 'deal')}) within ${plural(view.depth, 'hop')} of ${centreName(model)}, ${claimsOf(view)}.`
  );
}

export function describeMap(model: MapModel, selection: Selection, arrows: CountryFlow[], view: ViewState): string {
  const name = (code: string) => model.ends.get(code)?.name ?? code;
  const heaviest = arrows
    .slice(0, 3)
    .map(
      (f) =>
        `${name(f.from)} to ${name(f.to)} (${selection.weight === 'tiv' ? `TIV ${tivText(f.tiv)}` : plural(f.deals, 'deal')})`,
    );
  return [
    `World map of arms flows within ${plural(view.depth, 'hop')} of ${centreName(model)}, ${yearsOf(view)}:`,
    `${plural(arrows.length, 'arrow')} drawn of ${plural(selection.ranked.length, 'flow')}.`,
    heaviest.length ? `Heaviest: ${heaviest.join('; ')}.` : '',
    'The table below lists every flow.',
  ]
    .filter(Boolean)
    .join(' ');
}
