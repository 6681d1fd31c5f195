import { gql } from '../api';
import { byId } from '../dom';
import { dossierHref, linkViews } from '../site-nav';
import { YearRange, yearOf } from '../year-range';
import type { YearSpan } from '../year-range';
import { claimRequest } from './claim-selection';
import { ClaimsSection, selectionTitle } from './claims-section';
import type { ClaimSelection, DossierState, Pair } from './dossier-address';
import { dossierParams, parseDossier, selectionParam, viewParams } from './dossier-address';
import { loadDossier, loadPairCells } from './dossier-load';
import type { Loaded } from './dossier-load';
import { DOSSIER_ACTOR } from './dossier-queries';
import type { DossierActor, TimelineCell } from './dossier-types';
import { DossierView } from './dossier-view';
import { filtersText } from './format';

/**
 * The dossier page: the address → the actor, then the network around it and its timeline and
 * recognitions (two operations sent together) → every section; a choice (a figure, a pair, the
 * years, the measure) → the address (pushState, so the back button restores the view) and what
 * it needs. `document.body.dataset.busy` and `.loads` say when a view is drawn (for tests), and
 * `.drawMs` how long drawing the sections took once the data had arrived.
 */
type History = 'push' | 'replace' | 'none';

export class DossierPage {
  private state: DossierState = parseDossier(location.pathname, location.search);
  private actor: DossierActor | null = null;
  private data: Loaded | null = null;
  private pairCells: TimelineCell[] | null = null;
  /** the latest load of the data: an answer to an earlier one is dropped */
  private request = 0;
  /** what is being read (loads, pairs, claims): the page is busy until none is */
  private pending = 0;
  private loads = 0;
  private readonly years: YearRange;
  private readonly view: DossierView;
  private readonly claims: ClaimsSection;

  constructor() {
    this.years = new YearRange((span) => this.setYears(span));
    this.view = new DossierView({
      choose: (s) => void this.choose(s),
      showPair: (p) => void this.showPair(p),
      closePair: () => void this.showPair(null),
      hrefOf: (key) => dossierHref(key, viewParams(this.state.filters)),
    });
    this.claims = new ClaimsSection(byId('claims-body'), () => void this.choose(null));
    window.addEventListener('popstate', () => {
      this.state = parseDossier(location.pathname, location.search);
      this.years.write(this.span());
      void this.load('none');
    });
    for (const input of document.querySelectorAll<HTMLInputElement>('input[name="measure"]'))
      input.addEventListener('change', () => {
        this.state = { ...this.state, measure: input.value === 'tiv' ? 'tiv' : 'deals' };
        this.address('push');
        this.begin();
        this.redrawTimelines();
        this.finish();
      });
    byId('print').addEventListener('click', () => window.print());
    // On paper every voice is listed (the rows hidden behind "Show all" are shown by print.css).
    window.addEventListener('beforeprint', () => {
      for (const d of document.querySelectorAll<HTMLDetailsElement>('details.more-voices')) d.open = true;
    });
    // Closing the claims (or a pair's timeline) moves the focus back to their section's heading.
    for (const id of ['claims-title', 'timeline-title']) byId(id).setAttribute('tabindex', '-1');
  }

  async start(): Promise<void> {
    this.years.write(this.span());
    // The control's bounds are only its scale: the dossier does not wait for them.
    this.years.load().catch(() => undefined);
    await this.load('replace');
  }

  private span(): YearSpan {
    return { from: yearOf(this.state.filters.from), to: yearOf(this.state.filters.to) };
  }

  private setYears(span: YearSpan): void {
    const filters = {
      ...this.state.filters,
      from: span.from === null ? null : String(span.from),
      to: span.to === null ? null : String(span.to),
    };
    this.state = { ...this.state, filters };
    void this.load('push');
  }

  private address(history: History): void {
    const query = dossierParams(this.state).toString();
    const url = `${location.pathname}${query ? `?${query}` : ''}`;
    if (history === 'push' && url !== `${location.pathname}${location.search}`) window.history.pushState(null, '', url);
    if (history === 'replace') window.history.replaceState(null, '', url);
    linkViews(viewParams(this.state.filters, this.state.key ?? undefined));
    for (const input of document.querySelectorAll<HTMLInputElement>('input[name="measure"]'))
      input.checked = input.value === this.state.measure;
  }

  private begin(): void {
    this.pending++;
    document.body.dataset.busy = 'true';
  }

  private finish(): void {
    this.pending = Math.max(0, this.pending - 1);
    document.body.dataset.loads = String(++this.loads);
    if (!this.pending) document.body.dataset.busy = 'false';
  }

  private showError(message: string | null): void {
    const error = byId('error');
    error.hidden = message === null;
    error.textContent = message ?? '';
  }

  private async load(history: History): Promise<void> {
    const mine = ++this.request;
    this.begin();
    this.address(history);
    this.showError(null);
    try {
      const key = this.state.key;
      if (key && !this.actor) {
        const d = await gql<{ actor: DossierActor | null }>(DOSSIER_ACTOR, { key });
        this.actor = d.actor;
      }
      if (mine !== this.request) return;
      if (!key || !this.actor) return this.unknown(key);
      const data = await loadDossier(this.actor, this.state.filters);
      if (mine !== this.request) return;
      const started = performance.now();
      this.data = data;
      this.view.drawAll(this.data, this.state);
      this.pairCells = null;
      this.redrawTimelines();
      byId('dossier-body').hidden = false;
      document.body.dataset.drawMs = (performance.now() - started).toFixed(1);
      await Promise.all([this.loadPair(mine, false), this.loadClaims(false)]);
      // A shared link with claims open shows them (without taking the focus from the page's start).
      if (history === 'replace' && this.state.claims && mine === this.request)
        byId('claims').scrollIntoView({ block: 'start' });
    } catch (e) {
      if (mine !== this.request) return;
      this.showError(`The dossier could not be read: ${e instanceof Error ? e.message : String(e)}`);
      byId('status').textContent = '';
    } finally {
      this.finish();
    }
  }

  private unknown(key: string | null): void {
    byId('actor-name').textContent = 'No such actor';
    document.title = 'Unknown actor — Supplyline dossier';
    byId('status').textContent = key
      ? `No actor has the key “${key}”. Search for it on the network page, or check the address.`
      : 'The address names no actor: a dossier is at /actor/<key>, e.g. /actor/russia.';
    byId('dossier-body').hidden = true;
  }

  private redrawTimelines(): void {
    if (this.data) this.view.drawTimelines(this.data, this.state, this.pairCells);
  }

  /** Reads the chosen pair's timeline (none: hides it) and draws both timelines. */
  private async loadPair(mine: number, focus: boolean): Promise<void> {
    const pair = this.state.pair;
    this.pairCells = null;
    if (pair && this.data) {
      const cells = await loadPairCells(this.data, pair, this.state.filters);
      if (mine !== this.request) return;
      this.pairCells = cells;
    }
    this.redrawTimelines();
    if (this.data) this.view.drawTables(this.data, pair);
    if (focus) byId(pair ? 'pair-title' : 'timeline-title').focus();
  }

  private async showPair(pair: Pair | null): Promise<void> {
    const same = pair && this.state.pair?.side === pair.side && this.state.pair.key === pair.key;
    this.state = { ...this.state, pair: same ? null : pair };
    this.address('push');
    this.begin();
    try {
      await this.loadPair(this.request, true);
    } catch (e) {
      this.showError(`The pair's timeline could not be read: ${(e as Error).message}`);
    } finally {
      this.finish();
    }
  }

  private async loadClaims(focus: boolean): Promise<void> {
    const s = this.state.claims;
    if (!s || !this.data) return this.claims.reset();
    const { actor, scope } = this.data;
    const title = selectionTitle(s, actor.name, (k) => this.view.nameOf(this.data, k));
    const counted = s.kind === 'year' ? ' Deals are counted in the year they start, as on the timeline.' : '';
    const subtitle = `With the dossier's years and filters: ${filtersText(this.state.filters)}.${counted}`;
    const req = claimRequest(actor.key, s, this.state.filters, scope);
    await this.claims.show(selectionParam(s), title, subtitle, req, focus);
  }

  private async choose(selection: ClaimSelection | null): Promise<void> {
    this.state = { ...this.state, claims: selection };
    this.address('push');
    this.begin();
    try {
      this.redrawTimelines();
      await this.loadClaims(selection !== null);
      if (!selection) byId('claims-title').focus();
    } finally {
      this.finish();
    }
  }
}
