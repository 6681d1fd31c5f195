/**
 * What the explorer shows — the centre, the hops around it and the claim filters — kept in the
 * page's address (?centre=russia&depth=2&category=UAV…) so that a view can be shared and the
 * browser's back button works. Pure: no DOM.
 */

export interface Filters {
  category: string[];
  status: string[];
  verdict: string[];
  minIndependentVoices: number | null;
  from: string | null;
  to: string | null;
}

export type LayoutName = 'rings' | 'force';

/** What makes a connection heavy: its number of deals, or SIPRI's trend-indicator value. */
export type WeightName = 'deals' | 'tiv';

/** How the picture is drawn at scale: the heaviest actors, the lightest connections left out, regions as clusters. */
export interface Drawing {
  weight: WeightName;
  /** At most this many actors besides the centre (the heaviest); null draws all. */
  top: number | null;
  /** Supply connections lighter than this are not drawn; null draws all. */
  minWeight: number | null;
  /** Each region drawn as one node (the centre stays itself). */
  cluster: 'none' | 'region';
}

export const DEFAULT_DRAWING: Drawing = { weight: 'deals', top: 40, minWeight: null, cluster: 'none' };

export interface ViewState {
  /** Actor key at the centre; null until the page has chosen one. */
  centre: string | null;
  depth: number;
  recognitions: boolean;
  /** Draw government bodies inside their state (the API's roll-up), or every body on its own. */
  group: boolean;
  layout: LayoutName;
  drawing: Drawing;
  filters: Filters;
}

export const NO_FILTERS: Filters = {
  category: [],
  status: [],
  verdict: [],
  minIndependentVoices: null,
  from: null,
  to: null,
};

export const DEFAULT_VIEW: ViewState = {
  centre: null,
  depth: 2,
  recognitions: true,
  group: true,
  layout: 'rings',
  drawing: DEFAULT_DRAWING,
  filters: NO_FILTERS,
};

const LIST_FILTERS = ['category', 'status', 'verdict'] as const;

const list = (v: string | null) =>
  v
    ? v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
const text = (v: string | null) => (v && v.trim() ? v.trim() : null);

export function parseView(params: URLSearchParams): ViewState {
  const depth = Number(params.get('depth'));
  const voices = params.get('minIndependentVoices');
  return {
    centre: text(params.get('centre')),
    depth: Number.isInteger(depth) && depth >= 1 && depth <= 4 ? depth : DEFAULT_VIEW.depth,
    recognitions: params.get('recognitions') !== 'false',
    group: params.get('group') !== 'false',
    layout: params.get('layout') === 'force' ? 'force' : 'rings',
    drawing: parseDrawing(params),
    filters: {
      category: list(params.get('category')),
      status: list(params.get('status')),
      verdict: list(params.get('verdict')),
      minIndependentVoices: voices !== null && /^\d+$/.test(voices) ? Number(voices) : null,
      from: text(params.get('from')),
      to: text(params.get('to')),
    },
  };
}

function parseDrawing(params: URLSearchParams): Drawing {
  const top = params.get('top');
  const min = params.get('minWeight');
  return {
    weight: params.get('weight') === 'tiv' ? 'tiv' : 'deals',
    top: top === 'all' ? null : top && /^\d+$/.test(top) && Number(top) > 0 ? Number(top) : DEFAULT_DRAWING.top,
    minWeight: min && /^\d+(\.\d+)?$/.test(min) && Number(min) > 0 ? Number(min) : null,
    cluster: params.get('cluster') === 'region' ? 'region' : 'none',
  };
}

/** The claim filters as URL parameters, named as the API and the exports name them. */
export function filterParams(f: Filters, kinds: 'transfers' | 'recognitions' = 'transfers'): [string, string][] {
  const out: [string, string][] = [];
  for (const name of LIST_FILTERS) {
    if (kinds === 'recognitions' && name !== 'verdict') continue;
    if (f[name].length) out.push([name, f[name].join(',')]);
  }
  if (f.minIndependentVoices !== null) out.push(['minIndependentVoices', String(f.minIndependentVoices)]);
  if (f.from) out.push(['from', f.from]);
  if (f.to) out.push(['to', f.to]);
  return out;
}

/** The address of a view: only what differs from the defaults. */
export function viewToParams(v: ViewState): URLSearchParams {
  const p = new URLSearchParams();
  if (v.centre) p.set('centre', v.centre);
  if (v.depth !== DEFAULT_VIEW.depth) p.set('depth', String(v.depth));
  if (!v.recognitions) p.set('recognitions', 'false');
  if (!v.group) p.set('group', 'false');
  if (v.layout !== DEFAULT_VIEW.layout) p.set('layout', v.layout);
  if (v.drawing.weight !== DEFAULT_DRAWING.weight) p.set('weight', v.drawing.weight);
  if (v.drawing.top !== DEFAULT_DRAWING.top) p.set('top', v.drawing.top === null ? 'all' : String(v.drawing.top));
  if (v.drawing.minWeight !== null) p.set('minWeight', String(v.drawing.minWeight));
  if (v.drawing.cluster !== DEFAULT_DRAWING.cluster) p.set('cluster', v.drawing.cluster);
  for (const [k, value] of filterParams(v.filters)) p.set(k, value);
  return p;
}

/** The API's NetworkFilter for these filters (null when none is set). */
export function networkFilter(f: Filters): Record<string, unknown> | null {
  const out: Record<string, unknown> = {};
  for (const name of LIST_FILTERS) if (f[name].length) out[name] = f[name];
  if (f.minIndependentVoices !== null) out.minIndependentVoices = f.minIndependentVoices;
  if (f.from) out.from = f.from;
  if (f.to) out.to = f.to;
  return Object.keys(out).length ? out : null;
}

/** The API's RecognitionFilter part of these filters: category and status are about transfers. */
export function recognitionFilter(f: Filters): Record<string, unknown> {
  const { category: _c, status: _s, ...rest } = networkFilter(f) ?? {};
  return rest;
}

export const transferFilter = (f: Filters): Record<string, unknown> => networkFilter(f) ?? {};
