import { ApiError } from '../api';
import { byId, clear } from '../dom';
import { DraftCard } from './draft-card';
import { DRAFT_BATCH, DRAFT_CLAIMS } from './draft-queries';
import type { DraftBatchData, DraftData } from './draft-types';
import { editorGql, storeKey, storedKey } from './editor-key';
import { readArticle, writeArticle } from './article-form';
import { TextView } from './text-view';

/**
 * The draft page (GET /draft): the editor's key, an article to draft claims from → one
 * draftClaims mutation → the text with the sentences that made drafts marked, and one card per
 * draft to correct and accept, or reject. The batch's id goes in the address (?batch=…), so the
 * page can be left and the batch opened again. `document.body.dataset.busy` and `.loads` say
 * when the page has drawn (for tests and scripts), as on the explorer.
 */
function start(): void {
  const body = document.body;
  let loads = 0;
  let request = 0;
  let drafts: DraftData[] = [];
  const keyInput = byId<HTMLInputElement>('api-key');
  const form = byId<HTMLFormElement>('draft-form');
  const formError = byId('form-error');
  const status = byId('status');
  const summary = byId('drafts-summary');
  const list = byId('draft-list');
  const text = new TextView(byId('text-view'));
  let wanted = new URLSearchParams(location.search).get('batch');
  let shown: string | null = null;

  const showError = (message: string | null) => clear(formError, message ?? '');
  const counts = () => {
    const n = (s: DraftData['state']) => drafts.filter((d) => d.state === s).length;
    const total = `${drafts.length} draft${drafts.length === 1 ? '' : 's'}`;
    summary.textContent = drafts.length
      ? `${total}: ${n('PENDING')} pending, ${n('ACCEPTED')} accepted, ${n('REJECTED')} rejected.`
      : 'The drafter found no transfer or recognition in this text.';
  };

  function show(batch: DraftBatchData): void {
    shown = wanted = batch.id;
    drafts = batch.drafts;
    text.show(batch.text, drafts);
    byId('text-legend').hidden = !drafts.length;
    const cards = drafts.map(
      (d, i) =>
        new DraftCard(d, i + 1, {
          highlight: (id) => text.highlight(id),
          decided: (next) => {
            drafts = drafts.map((x) => (x.id === next.id ? next : x));
            counts();
            status.textContent = `Draft ${i + 1} ${next.state === 'ACCEPTED' ? 'accepted' : 'rejected'}.`;
          },
        }),
    );
    clear(list, ...cards.map((c) => c.element));
    counts();
    window.history.replaceState(null, '', `${location.pathname}?batch=${encodeURIComponent(batch.id)}`);
  }

  /** Runs one request for the page (drafting, or reading a batch), with the busy markers set around it. */
  async function load(what: string, run: () => Promise<DraftBatchData | null>): Promise<boolean> {
    const mine = ++request;
    body.dataset.busy = 'true';
    showError(null);
    status.textContent = `${what}…`;
    try {
      const batch = await run();
      if (mine !== request) return false;
      if (!batch) throw new ApiError(`No batch has the id “${wanted}”.`, 'NOT_FOUND');
      show(batch);
      status.textContent = `${what}: done.`;
      return true;
    } catch (e) {
      if (mine !== request) return false;
      status.textContent = '';
      const err = e instanceof ApiError ? e : new ApiError(String(e), undefined);
      const where = err.field ? `, field ${err.field}` : '';
      showError(`${what} failed: ${err.message} (${err.code ?? 'ERROR'}${where})`);
      const control =
        err.code === 'UNAUTHENTICATED' || err.code === 'FORBIDDEN'
          ? keyInput
          : err.field && form.querySelector<HTMLElement>(`[name="${err.field.replace(/^input\./, '')}"]`);
      if (control) {
        control.setAttribute('aria-invalid', 'true');
        control.focus();
      }
      return false;
    } finally {
      if (mine === request) {
        body.dataset.busy = 'false';
        body.dataset.loads = String(++loads);
      }
    }
  }

  let opening: string | null = null;
  const openWanted = () => {
    if (!wanted || wanted === shown || wanted === opening) return;
    const id = (opening = wanted);
    void load('Reading the batch', async () => {
      const d = await editorGql<{ draftBatch: DraftBatchData | null }>(DRAFT_BATCH, { id });
      if (d.draftBatch) writeArticle(form, d.draftBatch);
      return d.draftBatch;
    }).finally(() => (opening = null));
  };

  keyInput.value = storedKey();
  keyInput.addEventListener('input', () => storeKey(keyInput.value.trim()));
  keyInput.addEventListener('change', openWanted);
  byId('key-form').addEventListener('submit', (e) => {
    e.preventDefault();
    openWanted();
  });

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    for (const el of form.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
    if (!keyInput.value.trim()) {
      showError('Enter your editor API key first: drafting needs an EDITOR key.');
      keyInput.focus();
      return;
    }
    const input = readArticle(form);
    if (input instanceof ApiError) {
      showError(`Not drafted: ${input.message}`);
      const control = form.querySelector<HTMLElement>(`[name="${input.field}"]`);
      control?.setAttribute('aria-invalid', 'true');
      control?.focus();
      return;
    }
    const drafted = await load('Drafting claims', async () => {
      const d = await editorGql<{ draftClaims: DraftBatchData }>(DRAFT_CLAIMS, { input });
      return d.draftClaims;
    });
    if (drafted) byId('drafts').focus();
  });

  if (wanted && !keyInput.value) {
    status.textContent = 'Enter your editor API key to open the batch in the address.';
  }
  if (wanted && keyInput.value) openWanted();
  else {
    body.dataset.busy = 'false';
    body.dataset.loads = String(++loads);
  }
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
