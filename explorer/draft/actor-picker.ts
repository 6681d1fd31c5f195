import { enumWords } from '../../src/core/util/enum-labels';
import { clear, h } from '../dom';
import type { ActorRef } from '../types';
import { ACTOR_SUGGESTIONS, SUGGESTIONS } from './draft-queries';
import { editorGql } from './editor-key';

/**
 * A party of a draft as an accessible combobox (the ARIA 1.2 list-autocomplete pattern): a text
 * input whose suggestions come from the `actors(filter: { search })` query. ArrowDown and ArrowUp
 * move through the suggestions (aria-activedescendant), Enter picks one, Escape closes the list;
 * a click picks too. What it holds is the picked actor's key, or the words typed (the API takes
 * a key, a name or an alias).
 */
let pickers = 0;

export class ActorPicker {
  readonly input: HTMLInputElement;
  readonly element: HTMLElement;
  private readonly list: HTMLUListElement;
  /** Says when no actor matches (outside the listbox, which holds only options). */
  private readonly note = h('p', { class: 'no-option', 'aria-live': 'polite' });
  private readonly id = `picker-${++pickers}`;
  private options: ActorRef[] = [];
  private active = -1;
  private request = 0;
  private timer: number | undefined;
  /** The actor picked from the list; cleared by typing. */
  private picked: ActorRef | null;

  constructor(
    label: string,
    private readonly initial: ActorRef | null,
  ) {
    this.picked = initial;
    this.input = h('input', {
      id: `${this.id}-input`,
      type: 'text',
      role: 'combobox',
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': `${this.id}-list`,
      autocomplete: 'off',
      spellcheck: 'false',
      maxlength: '200',
      placeholder: 'Type a name, alias or key',
    });
    this.input.value = initial?.name ?? '';
    this.list = h('ul', { id: `${this.id}-list`, role: 'listbox', class: 'suggestions', 'aria-label': label });
    this.list.hidden = true;
    this.element = h('div', { class: 'combo' }, this.input, this.list, this.note);
    this.input.addEventListener('input', () => this.typed());
    this.input.addEventListener('keydown', (e) => this.key(e));
    this.input.addEventListener('blur', () => this.close());
    // Pick on mousedown, before the input loses focus and closes the list.
    this.list.addEventListener('mousedown', (e) => {
      const li = (e.target as Element).closest<HTMLElement>('[role="option"]');
      if (!li) return;
      e.preventDefault();
      this.pick(Number(li.dataset.index));
    });
  }

  /** What to send: the picked actor's key, else the words typed (trimmed); '' when empty. */
  value(): string {
    return this.picked?.key ?? this.input.value.trim();
  }

  /** Whether the editor chose something other than the actor the draft resolved to. */
  changed(): boolean {
    const v = this.value();
    return v !== '' && v !== this.initial?.key;
  }

  private typed(): void {
    this.picked = null;
    window.clearTimeout(this.timer);
    const text = this.input.value.trim();
    if (!text) {
      this.close();
      return;
    }
    this.timer = window.setTimeout(() => void this.suggest(text), 120);
  }

  private async suggest(search: string): Promise<void> {
    const mine = ++this.request;
    let found: ActorRef[] = [];
    let note = `No actor is known by “${search}”.`;
    try {
      const d = await editorGql<{ actors: { edges: { node: ActorRef }[] } }>(ACTOR_SUGGESTIONS, {
        search,
        first: SUGGESTIONS,
      });
      found = d.actors.edges.map((e) => e.node);
    } catch (e) {
      note = `No suggestions: ${e instanceof Error ? e.message : String(e)}`;
    }
    if (mine !== this.request || document.activeElement !== this.input) return;
    this.options = found;
    this.active = -1;
    this.input.removeAttribute('aria-activedescendant');
    this.note.textContent = found.length ? '' : note;
    clear(
      this.list,
      ...found.map((a, i) =>
        h(
          'li',
          { id: `${this.id}-opt-${i}`, role: 'option', 'aria-selected': 'false', 'data-index': String(i) },
          h('span', { class: 'option-name' }, a.name),
          h('span', { class: 'option-detail' }, ` ${enumWords(a.kind)} · ${a.key}`),
        ),
      ),
    );
    if (!found.length) {
      this.close();
      return;
    }
    this.open();
  }

  private key(e: KeyboardEvent): void {
    const open = !this.list.hidden;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) {
        if (this.options.length) this.open();
        else if (this.input.value.trim()) void this.suggest(this.input.value.trim());
        return;
      }
      if (!this.options.length) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      this.move((this.active + step + this.options.length) % this.options.length);
    } else if (e.key === 'Enter' && open && this.active >= 0) {
      e.preventDefault();
      this.pick(this.active);
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      e.stopPropagation();
      this.close();
    }
  }

  private move(index: number): void {
    this.active = index;
    for (const li of this.list.querySelectorAll<HTMLElement>('[role="option"]')) {
      const on = Number(li.dataset.index) === index;
      li.setAttribute('aria-selected', String(on));
      li.classList.toggle('active', on);
      if (on) {
        this.input.setAttribute('aria-activedescendant', li.id);
        li.scrollIntoView({ block: 'nearest' });
      }
    }
  }

  private pick(index: number): void {
    const actor = this.options[index];
    if (!actor) return;
    this.picked = actor;
    this.input.value = actor.name;
    this.input.dispatchEvent(new Event('change', { bubbles: true }));
    this.close();
  }

  private open(): void {
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
  }

  private close(): void {
    this.request++;
    if (document.activeElement !== this.input) this.note.textContent = '';
    window.clearTimeout(this.timer);
    this.list.hidden = true;
    this.active = -1;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  }
}
