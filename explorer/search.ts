import { enumWords } from '../src/core/util/enum-labels';
import { ApiError, gql } from './api';
import { byId, clear, h, snippet } from './dom';
import { SEARCH } from './queries';
import type { SearchHitData } from './types';

/**
 * The search box: full-text search through the API's `search`; choosing a hit centres the
 * picture on its actor (for a transfer, its supplier; for a recognition, its recognizer) and,
 * for a claim, opens its connection.
 */
export interface SearchChoice {
  centre: string;
  /** The connection to open once the picture is drawn. */
  edge?: { kind: 'SUPPLY' | 'RECOGNITION'; source: string; target: string };
}

function choiceOf(hit: SearchHitData): { title: string; choice: SearchChoice } | null {
  if (hit.actor)
    return { title: `${hit.actor.name} (${enumWords(hit.actor.kind)})`, choice: { centre: hit.actor.key } };
  if (hit.transfer) {
    const t = hit.transfer;
    return {
      title: `${t.supplier.name} → ${t.recipient.name}: ${t.designation ? `${t.item} (${t.designation})` : t.item}`,
      choice: { centre: t.supplier.key, edge: { kind: 'SUPPLY', source: t.supplier.key, target: t.recipient.key } },
    };
  }
  if (hit.recognition) {
    const r = hit.recognition;
    return {
      title: `${r.recognizer.name} recognizes ${r.recognized.name}`,
      choice: {
        centre: r.recognizer.key,
        edge: { kind: 'RECOGNITION', source: r.recognizer.key, target: r.recognized.key },
      },
    };
  }
  return null;
}

export class SearchBox {
  private readonly box = byId('search-results');
  private readonly list = byId('search-list');

  constructor(onChoose: (choice: SearchChoice) => void) {
    const form = byId<HTMLFormElement>('search-form');
    const input = byId<HTMLInputElement>('search-text');
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const text = input.value.trim();
      if (!text) return;
      this.show([h('li', { class: 'hint' }, 'Searching…')]);
      let hits: SearchHitData[];
      try {
        hits = (await gql<{ search: SearchHitData[] }>(SEARCH, { text })).search;
      } catch (err) {
        this.show([
          h(
            'li',
            { class: 'error', role: 'alert' },
            `Search failed: ${err instanceof ApiError ? err.message : String(err)}`,
          ),
        ]);
        return;
      }
      const items = hits.flatMap((hit) => {
        const c = choiceOf(hit);
        if (!c) return [];
        const button = h(
          'button',
          { type: 'button', class: 'item', 'data-centre': c.choice.centre },
          h('span', { class: 'item-title' }, c.title),
          h('span', { class: 'item-detail' }, snippet(hit.snippet)),
        );
        button.addEventListener('click', () => {
          this.hide();
          onChoose(c.choice);
        });
        return [h('li', {}, button)];
      });
      this.show(items.length ? items : [h('li', { class: 'hint' }, `Nothing found for “${text}”.`)]);
      this.list.querySelector<HTMLButtonElement>('button')?.focus();
    });
    input.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') this.hide();
    });
  }

  private show(items: HTMLElement[]): void {
    clear(this.list, ...items);
    this.box.hidden = false;
  }

  hide(): void {
    this.box.hidden = true;
    clear(this.list);
  }
}
