import { defaultCentre } from '../default-centre';
import { ApiError, gql } from '../api';
import { byId, clear, h } from '../dom';
import { SearchBox } from '../search';
import { dossierHref, linkViews } from '../site-nav';
import { networkFilter, parseView } from '../view-state';
import type { ViewState } from '../view-state';
import { YearRange, yearOf } from '../year-range';
import { MapControls } from './controls';
import { FlowTable } from './flow-table';
import { buildMapModel, mainActor } from './flows';
import type { MapModel } from './flows';
import { MAP_MAX_NODES, MAP_NETWORK } from './map-queries';
import type { MapActor, MapNetworkData } from './map-types';
import { mapParams, parseMapOptions } from './map-options';
import { MapView } from './map-view';
import { renderInternal, renderLegend, renderNotices, renderUnplaced } from './notes';
import { selectFlows } from './selection';
import type { DrawOptions, Selection } from './selection';
import { describeMap, summary } from './summary';
import { loadWorld } from './world';

/**
 * The map page: the view in the address (the network's: centre, hops, years, claim filters; and
 * the map's: weight, how many flows) → one supplyNetwork query → the flows summed country to
 * country, drawn on the world and listed in the table. A change of the drawing alone (weight,
 * count) redraws from the data at hand. `document.body.dataset.busy`, `.loads` and `.drawMs`
 * (the time the last drawing took, in ms) are for tests and scripts.
 */
function start(): void {
  const address = () => new URLSearchParams(location.search);
  let view: ViewState = parseView(address());
  let options: DrawOptions = parseMapOptions(address());
  let model: MapModel | null = null;
  let selection: Selection | null = null;
  let request = 0;
  let loads = 0;
  const body = document.body;
  const status = byId('status');
  const error = byId('error');
  const world = loadWorld();

  const showError = (message: string | null) => {
    error.hidden = message === null;
    error.textContent = message ?? '';
  };
  const params = () => mapParams(view, options);
  const record = (history: 'push' | 'replace') => {
    const url = `${location.pathname}?${params()}`;
    if (history === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
    linkViews(params());
  };
  const centreOn = (key: string) => {
    view = { ...view, centre: key };
    void load('push');
  };

  const table = new FlowTable();
  const map = new MapView(byId('map') as unknown as SVGSVGElement, {
    onEnd: (code) => {
      // A dot or label names an end; a country's shape names the place (a former state's successor's).
      const end = model?.ends.get(code) ?? [...(model?.ends.values() ?? [])].find((e) => e.at === code);
      if (end && mainActor(end).key !== view.centre) centreOn(mainActor(end).key);
    },
    onFlow: (id) => table.reveal(id),
    onDrawn: (d) => {
      if (selection) controls.showCount(selection, d.arrows.length);
    },
  });

  /** Draws the flows of the data at hand with the current options. */
  function render(): void {
    if (!model) return;
    selection = selectFlows(model.flows, options);
    const started = performance.now();
    const drawn = map.draw(model, selection, world);
    body.dataset.drawMs = (performance.now() - started).toFixed(1);
    const p = params();
    table.show(selection.ranked, {
      ends: model.ends,
      weight: selection.weight,
      drawn: new Set(selection.drawn.map((f) => f.id)),
      params: p,
      mapHref: (key) => `/map?${new URLSearchParams([...p].filter(([k]) => k !== 'centre').concat([['centre', key]]))}`,
      onCentre: centreOn,
    });
    renderLegend(byId('map-legend'), selection);
    renderNotices(byId('notices'), model, selection, view.depth);
    renderUnplaced(byId('unplaced-list'), model, p);
    renderInternal(byId('internal-list'), model, model.internal, p);
    byId('map').setAttribute('aria-label', describeMap(model, selection, drawn.arrows, view));
    status.textContent = summary(model, view);
  }

  const finish = () => {
    body.dataset.busy = 'false';
    body.dataset.loads = String(++loads);
  };

  async function load(history: 'push' | 'replace'): Promise<void> {
    const mine = ++request;
    body.dataset.busy = 'true';
    status.textContent = 'Loading the flows…';
    showError(null);
    try {
      if (!view.centre) view = { ...view, centre: await defaultCentre() };
      if (!view.centre) {
        status.textContent = 'The knowledge base holds no actor yet.';
        return;
      }
      const d = await gql<{ centre: MapActor | null; supplyNetwork: MapNetworkData }>(MAP_NETWORK, {
        around: view.centre,
        depth: view.depth,
        filter: networkFilter(view.filters),
        maxNodes: MAP_MAX_NODES,
      });
      if (mine !== request) return;
      if (!d.centre) throw new ApiError(`No actor has the key “${view.centre}”.`, 'NOT_FOUND');
      model = buildMapModel(d.supplyNetwork, d.centre, world);
      showCentre(d.centre);
      render();
    } catch (e) {
      if (mine !== request) return;
      status.textContent = '';
      showError(`The flows could not be read: ${e instanceof Error ? e.message : String(e)}`);
      byId('map').setAttribute('aria-label', 'World map of arms flows: the flows could not be read');
    } finally {
      if (mine === request) {
        record(history);
        finish();
      }
    }
  }

  function showCentre(centre: MapActor): void {
    byId('centre-name').textContent = centre.name;
    const p = params();
    const network = new URLSearchParams([...p].filter(([k]) => !['weight', 'flows', 'min'].includes(k)));
    const placed = model?.centre?.placement;
    clear(
      byId('centre-links'),
      h('a', { href: `/?${network}` }, `${centre.name} on the network`),
      ' · ',
      h('a', { href: dossierHref(centre.key, p) }, `Dossier of ${centre.name}`),
      placed && placed.end === null ? h('span', { class: 'hint' }, ` · Not on the map: ${placed.reason}.`) : null,
    );
  }

  const controls = new MapControls({
    onOptions: (next) => {
      options = next;
      body.dataset.busy = 'true';
      render();
      record('push');
      finish();
    },
    onView: ({ depth, category }) => {
      view = { ...view, depth, filters: { ...view.filters, category } };
      void load('push');
    },
  });
  const years = new YearRange((span) => {
    view = {
      ...view,
      filters: {
        ...view.filters,
        from: span.from === null ? null : String(span.from),
        to: span.to === null ? null : String(span.to),
      },
    };
    void load('push');
  });
  const showYears = () => years.write({ from: yearOf(view.filters.from), to: yearOf(view.filters.to) });
  new SearchBox((choice) => centreOn(choice.centre));
  byId('zoom-in').addEventListener('click', () => map.zoom.zoomBy(1.6));
  byId('zoom-out').addEventListener('click', () => map.zoom.zoomBy(1 / 1.6));
  byId('zoom-reset').addEventListener('click', () => map.zoom.reset());
  window.addEventListener('popstate', () => {
    view = parseView(address());
    options = parseMapOptions(address());
    controls.write(view, options);
    showYears();
    void load('replace');
  });
  let resizeTimer: ReturnType<typeof setTimeout> | undefined;
  new ResizeObserver(() => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => {
      if (map.resized()) render();
    }, 150);
  }).observe(byId('map').parentElement!);

  controls.write(view, options);
  showYears();
  years.load().then(showYears, () => undefined);
  void load('replace');
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
