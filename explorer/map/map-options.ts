import { viewToParams } from '../view-state';
import type { ViewState } from '../view-state';
import type { DrawOptions } from './selection';

/**
 * The map's own settings in the address, beside the view the network shares (centre, hops, years,
 * claim filters): weight=tiv, flows=120 (or all), min=5. Only what differs from the defaults. Pure.
 */

export const DEFAULT_LIMIT = 60;

export const DEFAULT_OPTIONS: DrawOptions = { weight: 'deals', limit: DEFAULT_LIMIT, minWeight: 0 };

export function parseMapOptions(params: URLSearchParams): DrawOptions {
  const flows = params.get('flows');
  const limit = flows === 'all' ? Infinity : /^\d+$/.test(flows ?? '') ? Number(flows) : DEFAULT_LIMIT;
  const min = Number(params.get('min'));
  return {
    weight: params.get('weight') === 'tiv' ? 'tiv' : 'deals',
    limit: limit > 0 ? limit : DEFAULT_LIMIT,
    minWeight: Number.isFinite(min) && min > 0 ? min : 0,
  };
}

/** The map's address: the view's parameters, then the map's own. */
export function mapParams(view: ViewState, o: DrawOptions): URLSearchParams {
  const p = viewToParams(view);
  if (o.weight !== DEFAULT_OPTIONS.weight) p.set('weight', o.weight);
  if (o.limit !== DEFAULT_LIMIT) p.set('flows', o.limit === Infinity ? 'all' : String(o.limit));
  if (o.minWeight > 0) p.set('min', String(o.minWeight));
  return p;
}
