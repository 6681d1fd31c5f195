import { defaultCentre } from './default-centre';
import type { Core } from 'cytoscape';
import { ApiError, gql } from './api';
import { byId, clear, h } from './dom';
import { EvidencePanel } from './evidence-panel';
import { viewExports } from './export-links';
import { FilterForm } from './filter-form';
import { focusModel } from './graph-focus';
import type { Focused } from './graph-focus';
import { REGION_PREFIX, buildGraphModel, edgeId } from './graph-model';
import type { GraphModel } from './graph-model';
import type { GraphView } from './graph-view';
import { markCurrent, renderLegend, renderLists } from './lists';
import { dossierHref, linkViews } from './site-nav';
import { clusterMembers, regionPanel, renderFocusNote, summary } from './view-summary';
import { YearRange, applyYears, yearOf } from './year-range';
import { MAX_NODES, NETWORK } from './queries';
import { SearchBox } from './search';
import type { SearchChoice } from './search';
import type { ActorRef, SupplyNetworkData } from './types';
import { DEFAULT_VIEW, networkFilter, parseView, viewToParams } from './view-state';
import type { ViewState } from './view-state';

/**
 * The explorer page: the view in the address → one supplyNetwork query → the picture, the lists
 * and the export links; a choice in the picture or the lists → one query → the evidence panel.
 * `document.body.dataset.busy` and `.loads` say when a view is drawn (for tests and scripts), and
 * `window.supplylineExplorer.cy` is the Cytoscape instance (for tests and the browser console).
 */
declare global {
  interface Window {
    supplylineExplorer?: { cy: Core };
  }
}

function start(): void {
  let view: ViewState = parseView(new URLSearchParams(location.search));
  let model: GraphModel | null = null;
  let focused: Focused | null = null;
  /** The last network read, by its query's variables: a change of drawing only is not read again. */
  let last: { vars: string; data: { centre: ActorRef | null; supplyNetwork: SupplyNetworkData } } | null = null;
  let request = 0;
  let loads = 0;
  const body = document.body;
  const status = byId('status');
  const error = byId('error');
  const edgeList = byId('edge-list');
  const nodeList = byId('node-list');
  const panel = new EvidencePanel(byId('evidence'), byId('evidence-body'));

  const choose = (id: string | null) => {
    graph?.select(id);
    markCurrent([edgeList, nodeList], id);
  };
  const showCluster = (id: string) => {
    const target = model?.nodes.find((n) => n.id === id) ?? model?.edges.find((e) => e.id === id);
    if (!target || !model) return;
    choose(id);
    const title = 'members' in target ? target.name : 'A connection between clusters';
    regionPanel(byId('evidence-body'), title, clusterMembers(model, target), () => {
      view = { ...view, drawing: { ...view.drawing, cluster: 'none' } };
      form.write(view);
      void draw('push');
    });
  };
  const openEdge = (id: string) => {
    const edge = model?.edges.find((e) => e.id === id);
    if (!edge || !model) return;
    if (edge.source.startsWith(REGION_PREFIX) || edge.target.startsWith(REGION_PREFIX)) return showCluster(id);
    const names = new Map(model.nodes.map((n) => [n.id, n.name]));
    choose(id);
    void panel.showEdge(edge, (k) => names.get(k) ?? k, view);
  };
  const openNode = (id: string) => {
    const node = model?.nodes.find((n) => n.id === id);
    if (!node) return;
    if (node.id.startsWith(REGION_PREFIX)) return showCluster(id);
    choose(id);
    void panel.showNode(node, view);
  };

  // Cytoscape.js is most of the page's code: its chunk loads while the network is read.
  const loadingGraph = import('./graph-view').then(({ GraphView: View }) => {
    graph = new View(byId('graph'), { onEdge: openEdge, onNode: openNode });
    window.supplylineExplorer = { cy: graph.cy };
    return graph;
  });
  let graph: GraphView | undefined;
  const years = new YearRange((span) => {
    view = { ...view, filters: { ...view.filters, ...applyYears(view.filters, span) } };
    form.write(view);
    void draw('push');
  });
  // Cytoscape caches where its canvas sits on the page and notices window resizes and scrolls,
  // not content above it growing or shrinking (search results, the stacked panel on a phone):
  // tell it whenever the page's size changes, or taps would land beside their target.
  new ResizeObserver(() => graph?.resize()).observe(document.body);
  renderLegend(byId('legend'));

  const showError = (message: string | null) => {
    error.hidden = message === null;
    error.textContent = message ?? '';
  };

  async function draw(history: 'push' | 'replace', open?: SearchChoice['edge']): Promise<void> {
    const mine = ++request;
    body.dataset.busy = 'true';
    status.textContent = 'Loading the network…';
    showError(null);
    try {
      if (!view.centre) view = { ...view, centre: await defaultCentre() };
      if (!view.centre) {
        status.textContent = 'The knowledge base holds no actor yet.';
        return;
      }
      const variables = {
        around: view.centre,
        depth: view.depth,
        filter: networkFilter(view.filters),
        recognitions: view.recognitions,
        maxNodes: MAX_NODES,
      };
      const vars = JSON.stringify(variables);
      const d =
        last?.vars === vars
          ? last.data
          : await gql<{ centre: ActorRef | null; supplyNetwork: SupplyNetworkData }>(NETWORK, variables);
      last = { vars, data: d };
      const picture = await loadingGraph;
      if (mine !== request) return;
      if (!d.centre) throw new ApiError(`No actor has the key “${view.centre}”.`, 'NOT_FOUND');
      const started = performance.now();
      const full = buildGraphModel(d.supplyNetwork, d.centre.key, view.group, view.drawing.cluster);
      focused = focusModel(full, view.drawing);
      // The picture draws the focused part; the lists and the panel reach every connection read.
      model = full;
      picture.draw(focused.model, view.layout, focused.labelled);
      const drawnIds = new Set([...focused.model.nodes, ...focused.model.edges].map((x) => x.id));
      renderLists(edgeList, nodeList, model, { onEdge: openEdge, onNode: openNode }, focused.weightOf, drawnIds);
      body.dataset.drawMs = (performance.now() - started).toFixed(1);
      byId('centre-name').textContent = d.centre.name;
      byId<HTMLAnchorElement>('centre-dossier').href = dossierHref(d.centre.key, viewToParams(view));
      renderExports(d.centre, view);
      status.textContent = summary(focused, d.centre.name, view);
      renderFocusNote(byId('focus-note'), focused, view, d.supplyNetwork.truncated, (top) => {
        view = { ...view, drawing: { ...view.drawing, top } };
        form.write(view);
        void draw('push');
      });
      panel.reset();
      const target =
        open &&
        model.drawnIdOf.get(open.source) &&
        edgeId(open.kind, model.drawnIdOf.get(open.source)!, model.drawnIdOf.get(open.target) ?? open.target);
      if (target) openEdge(target);
    } catch (e) {
      if (mine !== request) return;
      status.textContent = '';
      showError(`The network could not be read: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      if (mine === request) {
        const params = viewToParams(view);
        linkViews(params);
        years.write({ from: yearOf(view.filters.from), to: yearOf(view.filters.to) });
        const url = `${location.pathname}?${params}`;
        if (history === 'push') window.history.pushState(null, '', url);
        else window.history.replaceState(null, '', url);
        body.dataset.busy = 'false';
        body.dataset.loads = String(++loads);
      }
    }
  }

  const form = new FilterForm(
    (next) => {
      view = { ...next, centre: view.centre };
      void draw('push');
    },
    () => {
      view = { ...DEFAULT_VIEW, centre: view.centre };
      form.write(view);
      void draw('push');
    },
  );
  new SearchBox((choice) => {
    view = { ...view, centre: choice.centre };
    void draw('push', choice.edge);
  });
  byId('zoom-in').addEventListener('click', () => graph?.zoomBy(1.25));
  byId('zoom-out').addEventListener('click', () => graph?.zoomBy(0.8));
  byId('zoom-fit').addEventListener('click', () => (model?.centreId ? graph?.centreOn(model.centreId) : graph?.fit()));
  window.addEventListener('popstate', () => {
    view = parseView(new URLSearchParams(location.search));
    form.write(view);
    void draw('replace');
  });

  form.write(view);
  years.write({ from: yearOf(view.filters.from), to: yearOf(view.filters.to) });
  void years.load().catch(() => undefined);
  void draw('replace');
}

function renderExports(centre: ActorRef, view: ViewState): void {
  byId('exports-scope').textContent =
    `The claims that involve ${centre.name} (and the bodies below it), with the filters of this view. ` +
    `The picture also reaches actors further out; choose a connection for exactly its claims.`;
  clear(
    byId('export-list'),
    ...viewExports(centre.key, view.filters, view.recognitions).map((l) =>
      h('li', {}, h('a', { href: l.href, download: true }, l.label)),
    ),
  );
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
