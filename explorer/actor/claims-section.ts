import { enumLabel } from '../../src/core/util/enum-labels';
import { recognitionView, transferView } from '../claim-view';
import { clear, h } from '../dom';
import type { ClaimRequest } from './claim-selection';
import type { ClaimList, OpenClaims } from './claims-loader';
import { openClaims } from './claims-loader';
import { CLAIMS_PAGE } from './dossier-queries';
import type { ClaimSelection } from './dossier-address';
import { count, exportHref, plural } from './format';

/**
 * The claims behind the figure a researcher chose, as the explorer's evidence panel shows them
 * (claim-view.ts): each transfer or recognition with its assessment and every citation's quote,
 * source and chain back to the origin voice, strongest evidence first, a page at a time. An answer
 * that arrives after a newer choice is dropped.
 */

/** What a selection holds, in words: the section's title. */
export function selectionTitle(s: ClaimSelection, actor: string, nameOf: (key: string) => string): string {
  const arrow = (p: { side: string; key: string }) =>
    p.side === 'supplier' ? `${nameOf(p.key)} → ${actor}` : `${actor} → ${nameOf(p.key)}`;
  switch (s.kind) {
    case 'all':
      return `Every claim about ${actor}`;
    case 'verdict':
      return `${actor}: claims judged ${enumLabel(s.verdict).toLowerCase()}`;
    case 'pair':
      return `${arrow(s.pair)}: every deal`;
    case 'claim':
      return 'One claim';
    case 'aside':
      return s.what === 'internal'
        ? `Deals between ${actor} and its own bodies`
        : `Deals ${actor} only passed through, as an intermediary`;
    case 'earlier':
      return `${s.pair ? arrow(s.pair) : actor}: deals that started before the chosen years and run into them`;
    case 'year': {
      const what = [
        s.year === null ? 'undated deals' : `deals starting in ${s.year}`,
        s.category ? enumLabel(s.category) : null,
        s.verdict ? enumLabel(s.verdict).toLowerCase() : null,
      ].filter(Boolean);
      return `${s.pair ? arrow(s.pair) : actor}: ${what.join(', ')}`;
    }
  }
}

export class ClaimsSection {
  private request = 0;

  constructor(
    private readonly root: HTMLElement,
    private readonly close: () => void,
  ) {}

  reset(): void {
    this.request++;
    delete this.root.dataset.showing;
    this.root.setAttribute('aria-busy', 'false');
    clear(
      this.root,
      h(
        'p',
        { class: 'hint' },
        'Choose a figure — a count in a table, a bar of the timeline, a verdict — to read the claims it counts here, ' +
          'with their quotes and sources.',
      ),
    );
  }

  /** Shows the claims of `req`; resolves when the first page is drawn (or the request is outdated). */
  async show(id: string, title: string, subtitle: string, req: ClaimRequest, focus: boolean): Promise<void> {
    const mine = ++this.request;
    this.root.dataset.showing = id;
    this.root.setAttribute('aria-busy', 'true');
    const heading = h('h3', { class: 'claims-title', tabindex: '-1' }, title);
    const closeButton = h('button', { type: 'button', class: 'secondary close' }, 'Close the claims');
    closeButton.addEventListener('click', this.close);
    const head = h('div', { class: 'claims-head' }, heading, closeButton);
    clear(this.root, head, h('p', { class: 'hint' }, subtitle), h('p', { class: 'hint' }, 'Loading the claims…'));
    let content: HTMLElement[];
    try {
      const open = await openClaims(req);
      content = this.content(open, req);
    } catch (e) {
      content = [h('p', { class: 'error', role: 'alert' }, `The claims could not be read: ${(e as Error).message}`)];
    }
    if (mine !== this.request) return;
    clear(this.root, head, h('p', { class: 'hint' }, subtitle), ...content);
    this.root.setAttribute('aria-busy', 'false');
    if (focus) {
      heading.focus();
      heading.scrollIntoView({ block: 'start' });
    }
  }

  private content(open: OpenClaims, req: ClaimRequest): HTMLElement[] {
    if (req.id) {
      const { transfer, recognition } = open.single ?? { transfer: null, recognition: null };
      if (transfer) return [transferView(transfer)];
      if (recognition) return [recognitionView(recognition)];
      return [h('p', { class: 'hint' }, 'No claim has this id.')];
    }
    const exports: HTMLElement[] = [];
    if (req.transfers && !req.rule)
      exports.push(
        h(
          'li',
          {},
          h('a', { href: exportHref('transfers.csv', req.transfers), download: true }, 'These transfers (CSV)'),
        ),
        h(
          'li',
          {},
          h('a', { href: exportHref('citations.csv', req.transfers), download: true }, 'Their citations (CSV)'),
        ),
      );
    if (req.recognitions)
      exports.push(
        h(
          'li',
          {},
          h(
            'a',
            { href: exportHref('recognitions.csv', req.recognitions), download: true },
            'These recognitions (CSV)',
          ),
        ),
      );
    return [
      exports.length ? h('ul', { class: 'panel-exports' }, ...exports) : null,
      open.transfers ? this.list('Transfers', 'transfer', open.transfers, (t) => transferView(t)) : null,
      open.recognitions ? this.list('Recognitions', 'recognition', open.recognitions, (r) => recognitionView(r)) : null,
    ].filter((x): x is HTMLElement => x !== null);
  }

  private list<T>(label: string, noun: string, list: ClaimList<T>, view: (claim: T) => HTMLElement): HTMLElement {
    const section = h('section', { class: 'claims', 'aria-label': label });
    const countLine = h('p', { class: 'count' });
    const items = h('div', { class: 'claim-items' });
    const more = h('button', { type: 'button', class: 'secondary more-claims' });
    const drawn = new Set<number>();
    const update = () => {
      list.items.forEach((c, i) => {
        if (drawn.has(i)) return;
        drawn.add(i);
        items.append(view(c));
      });
      const total = `${list.capped ? 'at least ' : ''}${count(list.total)}`;
      countLine.textContent =
        list.items.length < list.total
          ? `${label}: ${count(list.items.length)} of ${total}, strongest evidence first`
          : `${label}: ${total}${list.total > 1 ? ', strongest evidence first' : ''}`;
      more.hidden = !list.hasMore();
      more.textContent = `Show ${plural(Math.min(CLAIMS_PAGE, list.total - list.items.length), `more ${noun}`)}`;
    };
    more.addEventListener('click', () => {
      more.disabled = true;
      list
        .more()
        .then(update)
        .catch((e: Error) => items.append(h('p', { class: 'error', role: 'alert' }, e.message)))
        .finally(() => (more.disabled = false));
    });
    update();
    section.append(countLine, items, more);
    return section;
  }
}
