import { ApiError } from '../api';
import { h } from '../dom';
import { ActorPicker } from './actor-picker';
import { fieldLabel } from './draft-facts';
import type { DraftClaimData, DraftData, DraftMentionData } from './draft-types';
import { partiesOf } from './draft-types';
import { ACCEPT_DRAFT, REJECT_DRAFT } from './draft-queries';
import { editorGql } from './editor-key';
import { readCorrections } from './corrections';
import { enumSelect, errorLine, field, group, nextId, textInput } from './form-fields';
import type { Field } from './form-fields';

/**
 * A pending draft's form: its values, to correct, then "Accept" (acceptDraft with only the fields
 * the editor changed, as DraftCorrectionsInput) or "Reject" (a reason, required, in an inline
 * input, then rejectDraft). An API error naming a field (extensions.field "corrections.supplier")
 * is shown under that field, which takes the focus; any other under the buttons.
 */
export interface DecisionEvents {
  accepted(claim: DraftClaimData): void;
  rejected(draft: DraftData): void;
}

function partyHint(m: DraftMentionData | null): string {
  if (!m) return 'The sentence names none: choose one.';
  return m.actor
    ? `Written “${m.text}”, resolved to ${m.actor.name}. Change it to record another actor.`
    : `Written “${m.text}”: unknown actor. Choose the actor it means (drafts never create actors).`;
}

export class CorrectionForm {
  readonly element: HTMLFormElement;
  private readonly fields: Field[] = [];
  private readonly pickers = new Map<string, ActorPicker>();
  private readonly message = h('p', { class: 'card-message error', 'aria-live': 'assertive' });
  private readonly reason = textInput('', { maxlength: '300', required: '' });
  private readonly rejectPanel: HTMLElement;
  private readonly rejectButton: HTMLButtonElement;
  private busy = false;

  constructor(
    private readonly draft: DraftData,
    title: string,
    private readonly events: DecisionEvents,
  ) {
    const d = draft;
    for (const party of partiesOf(d.kind)) {
      const picker = new ActorPicker(`Actors for ${fieldLabel(party).toLowerCase()}`, d[party]?.actor ?? null);
      this.pickers.set(party, picker);
      this.fields.push(field(party, fieldLabel(party), picker.element, partyHint(d[party])));
    }
    if (d.kind === 'TRANSFER') {
      this.fields.push(
        field('item', 'Item', textInput(d.item, { maxlength: '300' })),
        field('designation', 'Designation', textInput(d.designation, { maxlength: '200' })),
        field('category', 'Category', enumSelect('category', d.category)),
      );
    }
    this.fields.push(field('status', 'Status', enumSelect(`${d.kind.toLowerCase()}-status`, d.status)));
    if (d.kind === 'TRANSFER') {
      const number = (v: number | null) => textInput(v === null ? '' : String(v), { inputmode: 'numeric' });
      this.fields.push(
        group(
          'quantity',
          'Quantity',
          [
            ['quantity.min', 'At least', number(d.quantity?.min ?? null)],
            ['quantity.max', 'At most', number(d.quantity?.max ?? null)],
            ['quantity.text', 'In words', textInput(d.quantity?.text ?? null, { maxlength: '200' })],
          ],
          'Whole numbers; the words as the text gives them (“millions”).',
        ),
      );
    }
    const date = (v: string | null | undefined) => textInput(v ?? null, { inputmode: 'numeric' });
    this.fields.push(
      d.kind === 'TRANSFER'
        ? group(
            'period',
            'Period',
            [
              ['period.start', 'From', date(d.period?.start)],
              ['period.end', 'To', date(d.period?.end)],
            ],
            'A year, month or day: 2022, 2022-08 or 2022-08-15.',
          )
        : field('period', 'Date', date(d.period?.start), 'A year, month or day: 2022, 2022-08 or 2022-08-15.'),
      field('stance', 'Stance', enumSelect('stance', d.stance)),
      field(
        'credibility',
        'Credibility',
        textInput(d.credibility === null ? '' : String(d.credibility), { inputmode: 'numeric' }),
        'Admiralty scale: 1 (confirmed) to 6 (cannot be judged).',
      ),
    );

    const accept = h('button', { type: 'button', class: 'accept' }, 'Accept');
    this.rejectButton = h('button', { type: 'button', class: 'secondary', 'aria-expanded': 'false' }, 'Reject…');
    this.reason.id = nextId('reject-reason');
    const reasonError = errorLine(`${this.reason.id}-error`);
    this.reason.setAttribute('aria-describedby', reasonError.id);
    const confirm = h('button', { type: 'button', class: 'reject' }, 'Confirm rejection');
    const cancel = h('button', { type: 'button', class: 'secondary' }, 'Cancel');
    this.rejectPanel = h(
      'div',
      { class: 'reject-panel', id: nextId('reject-panel') },
      h('label', { for: this.reason.id }, 'Why reject it? (required)'),
      this.reason,
      reasonError,
      h('div', { class: 'buttons' }, confirm, cancel),
    );
    this.rejectPanel.hidden = true;
    this.rejectButton.setAttribute('aria-controls', this.rejectPanel.id);

    this.element = h(
      'form',
      { class: 'corrections', novalidate: true, 'aria-label': `Correct and decide: ${title}` },
      h('h4', {}, 'Correct, then accept or reject'),
      h('p', { class: 'hint' }, 'Only the fields you change are sent; the others keep the draft’s values.'),
      h('div', { class: 'fields' }, ...this.fields.map((f) => f.element)),
      this.message,
      h('div', { class: 'buttons' }, accept, this.rejectButton),
      this.rejectPanel,
    );
    this.element.addEventListener('submit', (e) => e.preventDefault());
    accept.addEventListener('click', () => void this.accept());
    this.rejectButton.addEventListener('click', () => this.toggleReject(true));
    cancel.addEventListener('click', () => this.toggleReject(false));
    confirm.addEventListener('click', () => void this.reject(reasonError));
    this.reason.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') {
        e.preventDefault();
        void this.reject(reasonError);
      } else if (e.key === 'Escape') this.toggleReject(false);
    });
  }

  private control(path: string): HTMLInputElement | HTMLSelectElement | undefined {
    for (const f of this.fields) {
      const c = f.controls.get(path);
      if (c) return c as HTMLInputElement | HTMLSelectElement;
    }
    return undefined;
  }

  private clearErrors(): void {
    this.message.textContent = '';
    for (const f of this.fields) {
      f.error.textContent = '';
      for (const c of f.controls.values()) c.removeAttribute('aria-invalid');
    }
  }

  /** Shows an error under the field it names (focusing it), else under the buttons. */
  private showError(e: unknown, what: string): void {
    const err = e instanceof ApiError ? e : new ApiError(e instanceof Error ? e.message : String(e), undefined);
    const path = err.field?.replace(/^corrections\./, '') ?? '';
    const f = path ? this.fields.find((x) => x.name === path || path.startsWith(`${x.name}.`)) : undefined;
    const code = err.code ? ` (${err.code})` : '';
    if (!f) {
      this.message.textContent = `${what}: ${err.message}${code}`;
      return;
    }
    const c = f.controls.get(path) ?? [...f.controls.values()][0];
    c.setAttribute('aria-invalid', 'true');
    f.error.textContent = `${err.message}${code}`;
    this.message.textContent = `${what}: see ${f.name.replace('.', ' ')} above.`;
    c.focus();
  }

  private async accept(): Promise<void> {
    if (this.busy) return;
    this.clearErrors();
    let corrections: Record<string, unknown>;
    try {
      corrections = readCorrections(this.pickers, (path) => this.control(path));
    } catch (e) {
      this.showError(e, 'Not accepted');
      return;
    }
    await this.send('Not accepted', async () => {
      const d = await editorGql<{ acceptDraft: DraftClaimData }>(ACCEPT_DRAFT, {
        id: this.draft.id,
        corrections: Object.keys(corrections).length ? corrections : null,
      });
      this.events.accepted(d.acceptDraft);
    });
  }

  private toggleReject(open: boolean): void {
    this.rejectPanel.hidden = !open;
    this.rejectButton.setAttribute('aria-expanded', String(open));
    (open ? this.reason : this.rejectButton).focus();
  }

  private async reject(error: HTMLElement): Promise<void> {
    if (this.busy) return;
    this.clearErrors();
    error.textContent = '';
    this.reason.removeAttribute('aria-invalid');
    const reason = this.reason.value.trim();
    if (!reason) {
      error.textContent = 'Give the reason for rejecting this draft.';
      this.reason.setAttribute('aria-invalid', 'true');
      this.reason.focus();
      return;
    }
    await this.send('Not rejected', async () => {
      const d = await editorGql<{ rejectDraft: DraftData }>(REJECT_DRAFT, { id: this.draft.id, reason });
      this.events.rejected(d.rejectDraft);
    });
  }

  private async send(what: string, run: () => Promise<void>): Promise<void> {
    this.busy = true;
    this.element.setAttribute('aria-busy', 'true');
    try {
      await run();
    } catch (e) {
      this.showError(e, what);
    } finally {
      this.busy = false;
      this.element.setAttribute('aria-busy', 'false');
    }
  }
}
