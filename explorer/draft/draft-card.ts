import { enumLabel } from '../../src/core/util/enum-labels';
import { clear, h } from '../dom';
import { DEFAULT_VIEW, NO_FILTERS, viewToParams } from '../view-state';
import { CorrectionForm } from './correction-form';
import { draftFacts, draftTitle } from './draft-facts';
import type { DraftClaimData, DraftData } from './draft-types';

/**
 * One draft as a card: its heading, its state, its sentence and its facts as drafted; a pending
 * draft also holds the form to correct and accept or reject it. Accepting or rejecting redraws the
 * card in its new state and moves the focus to that state. Hovering or focusing the card picks out
 * its sentence in the text.
 */

/**
 * Where the explorer shows a recorded claim. The explorer's address names a view, not a claim: the
 * supplier (or recognizer) at the centre, one hop, bodies not grouped under their state, and for a
 * transfer its category, which shows the connection that holds the claim.
 */
export function explorerHref(claim: DraftClaimData): string {
  const transfer = claim.__typename === 'Transfer';
  const centre = transfer ? claim.supplier.key : claim.recognizer.key;
  const filters = transfer ? { ...NO_FILTERS, category: [claim.category] } : NO_FILTERS;
  return `/?${viewToParams({ ...DEFAULT_VIEW, centre, depth: 1, group: false, filters })}`;
}

function claimWords(claim: DraftClaimData): string {
  return claim.__typename === 'Transfer'
    ? `${claim.supplier.name} → ${claim.recipient.name}`
    : `${claim.recognizer.name} recognizes ${claim.recognized.name}`;
}

function stateLine(d: DraftData): HTMLElement {
  const line = h('p', { class: `state state-${d.state.toLowerCase()}`, tabindex: '-1' });
  if (d.state === 'PENDING') {
    line.append(h('strong', {}, 'Pending'), ': correct it if needed, then accept or reject it.');
  } else if (d.state === 'REJECTED') {
    line.append(h('strong', {}, 'Rejected'), `: ${d.rejectionReason ?? 'no reason recorded'}`);
    if (d.decidedBy) line.append(` (by ${d.decidedBy})`);
  } else {
    line.append(h('strong', {}, 'Accepted'));
    if (d.claim) {
      const kind = d.claim.__typename === 'Transfer' ? 'a transfer' : 'a recognition';
      line.append(
        `: recorded as ${kind}, ${claimWords(d.claim)}. `,
        h(
          'a',
          { href: explorerHref(d.claim), class: 'claim-link', 'data-claim': d.claim.id },
          `See ${claimWords(d.claim)} in the explorer`,
        ),
      );
    }
  }
  return line;
}

export interface CardEvents {
  /** The card is hovered or focused (its draft id), or left (null). */
  highlight(draft: string | null): void;
  /** The draft was accepted or rejected: the card shows its new state. */
  decided(draft: DraftData): void;
}

export class DraftCard {
  readonly element: HTMLElement;
  private readonly article: HTMLElement;

  constructor(
    private draft: DraftData,
    private readonly n: number,
    private readonly events: CardEvents,
  ) {
    this.article = h('article', { class: 'draft-card', tabindex: '0' });
    this.element = h('li', {}, this.article);
    this.article.addEventListener('mouseenter', () => events.highlight(this.draft.id));
    // Leaving with the pointer keeps the sentence picked out while the focus is still in the card.
    this.article.addEventListener('mouseleave', () =>
      events.highlight(this.article.contains(document.activeElement) ? this.draft.id : null),
    );
    this.article.addEventListener('focusin', () => events.highlight(this.draft.id));
    this.article.addEventListener('focusout', (e) => {
      if (!this.article.contains(e.relatedTarget as Node | null)) events.highlight(null);
    });
    this.render();
  }

  private render(): void {
    const d = this.draft;
    const title = draftTitle(d, this.n);
    const titleId = `draft-title-${d.id}`;
    this.article.dataset.draft = d.id;
    this.article.dataset.state = d.state;
    this.article.className = `draft-card ${d.kind.toLowerCase()} state-${d.state.toLowerCase()}`;
    this.article.setAttribute('aria-labelledby', titleId);
    const form =
      d.state === 'PENDING'
        ? new CorrectionForm(d, title, {
            accepted: (claim) => this.decide({ ...d, state: 'ACCEPTED', claim }),
            rejected: (next) => this.decide(next),
          }).element
        : null;
    clear(
      this.article,
      h('h3', { id: titleId }, title, h('span', { class: 'badge' }, ` · ${enumLabel(d.state)}`)),
      stateLine(d),
      h('blockquote', { class: 'quote' }, d.quote),
      h('h4', {}, 'As drafted'),
      draftFacts(d),
      form,
    );
  }

  private decide(next: DraftData): void {
    this.draft = next;
    this.render();
    this.events.decided(next);
    this.article.querySelector<HTMLElement>('.state')?.focus();
  }
}
