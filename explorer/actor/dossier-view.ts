import { enumLabel } from '../../src/core/util/enum-labels';
import { byId, clear, h } from '../dom';
import type { DossierState, Pair } from './dossier-address';
import type { Loaded } from './dossier-load';
import type { TimelineCell } from './dossier-types';
import { evidenceView } from './evidence-view';
import { summarizeVoices, tallyVerdicts } from './evidence-model';
import type { ChooseClaims } from './figures';
import { countryText, filtersText, plural } from './format';
import { identityView } from './identity-view';
import { linksView } from './links-view';
import { recognitionsView } from './recognitions-view';
import { RelationTable } from './relation-table';
import { categoryOrder } from './timeline-model';
import { asideView, timelineView } from './timeline-view';

/**
 * Draws the dossier's sections from what the API answered, with the state of the address (the
 * years and filters, the pair whose timeline is shown, the claims open, the measure).
 */
export interface ViewActions {
  choose: ChooseClaims;
  showPair: (pair: Pair) => void;
  closePair: () => void;
  hrefOf: (key: string) => string;
}

const yearOf = (d: string | null) => (d && /^\d{4}/.test(d) ? Number(d.slice(0, 4)) : null);

export class DossierView {
  private readonly suppliers: RelationTable;
  private readonly recipients: RelationTable;
  private readonly recognitionsShown = new Set<string>();

  constructor(private readonly actions: ViewActions) {
    const base = { hrefOf: actions.hrefOf, choose: actions.choose, showPair: actions.showPair };
    this.suppliers = new RelationTable(byId('suppliers-body'), { ...base, side: 'supplier' });
    this.recipients = new RelationTable(byId('recipients-body'), { ...base, side: 'recipient' });
  }

  /** The name of a counterpart (or the actor), for titles. */
  nameOf(d: Loaded | null, key: string): string {
    if (d?.actor.key === key) return d.actor.name;
    const row = [...(d?.rolled.suppliers ?? []), ...(d?.rolled.recipients ?? [])].find((r) => r.key === key);
    return row?.name ?? key;
  }

  drawAll(d: Loaded, state: DossierState): void {
    const { actor, rolled } = d;
    const a = this.actions;
    byId('actor-name').textContent = actor.name;
    byId('actor-summary').textContent = [
      enumLabel(actor.kind),
      actor.countryCode ? countryText(actor.countryCode) : null,
      actor.parent ? `part of ${actor.parent.name}` : null,
    ]
      .filter(Boolean)
      .join(' · ');
    document.title = `${actor.name} — Supplyline dossier`;
    clear(byId('identity-body'), identityView(actor, a.hrefOf, rolled.bodies));
    const relations = [...rolled.suppliers, ...rolled.recipients];
    const tally = tallyVerdicts(d.cells, d.recognitionVerdicts);
    clear(byId('evidence-body'), ...evidenceView(tally, summarizeVoices(relations), a.choose));
    this.drawTables(d, state.pair);
    this.drawRecognitions(d);
    clear(byId('elsewhere-body'), ...linksView(actor.key, actor.name, state.filters));
    const deals = relations.reduce((n, r) => n + r.deals, 0);
    const recognitions = Object.values(d.recognitionVerdicts).reduce((n, x) => n + x, 0);
    const notes = [
      `${actor.name}: ${plural(rolled.suppliers.length, 'supplier')}, ${plural(rolled.recipients.length, 'recipient')}, ` +
        `${plural(deals, 'deal')} with them, ${plural(recognitions, 'recognition claim')}.`,
    ];
    if (d.truncated) notes.push('The network was cut at 1,000 counterparts: narrow the years or filters to see all.');
    const { intermediary, internal } = d.aside;
    if (intermediary || internal)
      notes.push(
        `Left out of the figures: ${[
          intermediary ? `${plural(intermediary, 'deal')} it only passed through` : '',
          internal ? `${plural(internal, 'deal')} between ${actor.name} and its own bodies` : '',
        ]
          .filter(Boolean)
          .join(' and ')} (under "Deals per year").`,
      );
    byId('status').textContent = notes.join(' ');
    byId('view-filters').textContent = `Showing ${filtersText(state.filters)}.`;
  }

  drawTables(d: Loaded, pair: Pair | null): void {
    this.suppliers.render(d.rolled.suppliers, d.actor.name, pair);
    this.recipients.render(d.rolled.recipients, d.actor.name, pair);
  }

  drawRecognitions(d: Loaded): void {
    const options = { actorName: d.actor.name, hrefOf: this.actions.hrefOf, choose: this.actions.choose };
    const redraw = () => this.drawRecognitions(d);
    clear(
      byId('recognitions-body'),
      ...recognitionsView(d.recognizes, d.recognizedBy, options, this.recognitionsShown, redraw),
    );
  }

  /** The actor's timeline, and the pair's below it when one is chosen (`pairCells`). */
  drawTimelines(d: Loaded, state: DossierState, pairCells: TimelineCell[] | null): void {
    const span = { from: yearOf(state.filters.from), to: yearOf(state.filters.to) };
    const order = categoryOrder(d.cells);
    const common = { measure: state.measure, span, order, choose: this.actions.choose, open: state.claims };
    const what = state.measure === 'deals' ? 'Deals' : 'TIV of the deals';
    const main = timelineView(d.cells, {
      ...common,
      id: 'actor-timeline',
      pair: null,
      title: `${what} of ${d.actor.name} per year`,
    });
    const parts: (HTMLElement | null)[] = [main, asideView(d.actor.name, d.aside, this.actions.choose)];
    // The years the actor's chart draws: those of its deals, within the chosen years.
    const years = d.cells.flatMap((c) => (c.year === null || c.year < (span.from ?? -Infinity) ? [] : [c.year]));
    if (state.pair && pairCells) {
      const p = state.pair;
      const other = this.nameOf(d, p.key);
      const arrow = p.side === 'supplier' ? `${other} → ${d.actor.name}` : `${d.actor.name} → ${other}`;
      const close = h('button', { type: 'button', class: 'secondary close' }, 'Close the pair');
      close.addEventListener('click', this.actions.closePair);
      const all = h('button', { type: 'button', class: 'secondary' }, 'Read all its claims');
      all.addEventListener('click', () => this.actions.choose({ kind: 'pair', pair: p }));
      parts.push(
        h(
          'div',
          { class: 'pair-timeline', id: 'pair-timeline', 'data-pair': `${p.side}.${p.key}` },
          h(
            'div',
            { class: 'claims-head' },
            h('h3', { id: 'pair-title', tabindex: '-1' }, `${arrow}: ${what.toLowerCase()} per year`),
            all,
            close,
          ),
          timelineView(pairCells, {
            ...common,
            // The pair's years are the actor's, so the two charts read against each other.
            span: years.length
              ? { from: Math.min(...years, span.from ?? Infinity), to: Math.max(...years, span.to ?? -Infinity) }
              : span,
            id: 'pair-chart',
            pair: p,
            title: `${what} ${arrow} per year`,
          }),
        ),
      );
    }
    const hint =
      state.measure === 'tiv' && !d.cells.some((c) => c.tivOrder !== null)
        ? h(
            'p',
            { class: 'hint' },
            "None of these deals has a TIV: SIPRI's register gives one to the deals it records.",
          )
        : null;
    clear(byId('timeline-body'), hint, ...parts);
  }
}
