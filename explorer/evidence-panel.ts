import { ApiError, gql } from './api';
import { recognitionView, transferView } from './claim-view';
import { clear, h } from './dom';
import { actorExports, connectionExports } from './export-links';
import type { ExportLink } from './export-links';
import type { DrawEdge, DrawNode } from './graph-model';
import { ACTOR_CLAIMS, ACTOR_PAGE, PANEL_PAGE, RECOGNITIONS, TRANSFERS } from './queries';
import type { Page, RecognitionData, TransferData } from './types';
import { recognitionFilter, transferFilter } from './view-state';
import type { ViewState } from './view-state';

/**
 * The evidence panel: the claims behind the chosen connection or actor, read with one query
 * each time, filtered as the picture is. An answer that arrives after a newer choice is dropped.
 */
export class EvidencePanel {
  private request = 0;

  constructor(
    private readonly root: HTMLElement,
    private readonly body: HTMLElement,
  ) {}

  showEdge(edge: DrawEdge, names: (id: string) => string, view: ViewState): Promise<void> {
    const title = `${names(edge.source)} → ${names(edge.target)}`;
    const verb =
      edge.kind === 'RECOGNITION'
        ? 'Diplomatic recognition, as claimed in the sources below.'
        : 'What the supplier is reported to transfer to the recipient.';
    const exact = view.group ? {} : { exactActor: true };
    const exports = connectionExports(edge, view.filters, view.group);
    if (edge.kind === 'RECOGNITION') {
      const filter = { recognizer: edge.source, recognized: edge.target, ...exact, ...recognitionFilter(view.filters) };
      return this.load(edge.id, title, verb, exports, async () => {
        const d = await gql<{ recognitions: Page<RecognitionData> }>(RECOGNITIONS, {
          recognitions: filter,
          first: PANEL_PAGE,
        });
        return [section('Recognitions', d.recognitions, recognitionView)];
      });
    }
    const filter = { supplier: edge.source, recipient: edge.target, ...exact, ...transferFilter(view.filters) };
    return this.load(edge.id, title, verb, exports, async () => {
      const d = await gql<{ transfers: Page<TransferData> }>(TRANSFERS, { transfers: filter, first: PANEL_PAGE });
      return [section('Transfers', d.transfers, transferView)];
    });
  }

  showNode(node: DrawNode, view: ViewState): Promise<void> {
    const exact = view.group ? {} : { exactActor: true };
    const members = `Every claim it takes part in${node.members.length ? `, with ${node.members.join(', ')}` : ''}.`;
    return this.load(node.id, node.name, members, actorExports(node.id, view.filters, view.group), async () => {
      const d = await gql<{ transfers: Page<TransferData>; recognitions: Page<RecognitionData> }>(ACTOR_CLAIMS, {
        transfers: { actor: node.id, ...exact, ...transferFilter(view.filters) },
        recognitions: { actor: node.id, ...exact, ...recognitionFilter(view.filters) },
        first: ACTOR_PAGE,
      });
      return [
        section('Transfers', d.transfers, transferView),
        section('Recognitions', d.recognitions, recognitionView),
      ];
    });
  }

  reset(): void {
    this.request++;
    delete this.root.dataset.showing;
    this.root.setAttribute('aria-busy', 'false');
    clear(
      this.body,
      h(
        'p',
        { class: 'hint' },
        'Choose a connection or an actor, in the picture or in the lists below, to see the claims and the evidence behind them.',
      ),
    );
  }

  private async load(
    id: string,
    title: string,
    subtitle: string,
    exports: ExportLink[],
    read: () => Promise<HTMLElement[]>,
  ): Promise<void> {
    const mine = ++this.request;
    this.root.dataset.showing = id;
    this.root.setAttribute('aria-busy', 'true');
    const heading = h('h3', { class: 'panel-title', tabindex: '-1' }, title);
    clear(
      this.body,
      heading,
      subtitle ? h('p', { class: 'panel-subtitle' }, subtitle) : null,
      h('p', { class: 'hint' }, 'Loading the evidence…'),
    );
    let content: HTMLElement[];
    try {
      content = await read();
    } catch (e) {
      content = [
        h(
          'p',
          { class: 'error', role: 'alert' },
          `The evidence could not be read: ${e instanceof ApiError || e instanceof Error ? e.message : String(e)}`,
        ),
      ];
    }
    if (mine !== this.request) return;
    const links = h(
      'ul',
      { class: 'panel-exports' },
      ...exports.map((l) => h('li', {}, h('a', { href: l.href, download: true }, l.label))),
    );
    clear(this.body, heading, subtitle ? h('p', { class: 'panel-subtitle' }, subtitle) : null, links, ...content);
    this.root.setAttribute('aria-busy', 'false');
    heading.focus();
  }
}

function section<T>(label: string, page: Page<T>, view: (claim: T) => HTMLElement): HTMLElement {
  const shown = page.edges.length;
  const count =
    shown < page.totalCount
      ? `${label}: ${shown} of ${page.totalCount}, strongest evidence first (the export holds them all)`
      : `${label}: ${page.totalCount}`;
  return h('section', { class: 'claims' }, h('p', { class: 'count' }, count), ...page.edges.map((e) => view(e.node)));
}
