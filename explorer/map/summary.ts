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

export function summary(model: MapModel, view: ViewState): string {
  const deals = model.flows.reduce((n, f) => n + f.deals, 0);
  const places = new Set(model.flows.flatMap((f) => [f.from, f.to])).size;
  return (
    `${plural(model.flows.length, 'flow')} between ${plural(places, 'place')} ` +
    `(${plural(deals, 'deal')}) within ${plural(view.depth, 'hop')} of ${centreName(model)}, ${yearsOf(view)}.`
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
