import { enumWords } from '../../src/core/util/enum-labels';
import { clear, h } from '../dom';
import type { DraftData, DraftReasonData } from './draft-types';
import { textBlocks } from './text-marks';
import type { MarkRange } from './text-marks';

/**
 * The batch text as the page shows it: each sentence that made drafts in a <mark>, the words
 * that made them (the verb, the hedge, the attribution…) underlined inside it, and the sentence
 * of one draft picked out while its card is hovered or focused.
 */

/**
 * Where a reason's words are: its offsets when they hold its words, else its words found in the
 * draft's sentence, else nowhere (a reason is never marked on words it does not name).
 */
export function reasonRange(text: string, d: DraftData, r: DraftReasonData): MarkRange | null {
  if (text.slice(r.start, r.end) === r.text) return { draft: d.id, start: r.start, end: r.end, role: r.role };
  const at = text.slice(d.quoteStart, d.quoteEnd).indexOf(r.text);
  if (!r.text || at < 0) return null;
  return { draft: d.id, start: d.quoteStart + at, end: d.quoteStart + at + r.text.length, role: r.role };
}

export function markRanges(text: string, drafts: DraftData[]): MarkRange[] {
  return drafts.flatMap((d) => [
    { draft: d.id, start: d.quoteStart, end: d.quoteEnd },
    ...d.reasons.map((r) => reasonRange(text, d, r)).filter((r): r is MarkRange => r !== null),
  ]);
}

export class TextView {
  constructor(private readonly root: HTMLElement) {}

  show(text: string, drafts: DraftData[]): void {
    const numbers = new Map(drafts.map((d, i) => [d.id, i + 1]));
    const blocks = textBlocks(text, markRanges(text, drafts)).map((block) => {
      const runs = block.runs.map((run) =>
        run.roles.length
          ? h(
              'span',
              {
                class: 'reason',
                'data-drafts': run.reasonOf.join(' '),
                title: run.roles.map(enumWords).join(', '),
              },
              run.text,
            )
          : run.text,
      );
      if (!block.sentenceOf.length) return runs;
      const which = block.sentenceOf.map((id) => numbers.get(id)).join(', ');
      return [
        h(
          'mark',
          { class: 'sentence', 'data-drafts': block.sentenceOf.join(' ') },
          h('span', { class: 'visually-hidden' }, `[sentence of draft ${which}: `),
          ...runs,
          h('span', { class: 'visually-hidden' }, ']'),
        ),
      ];
    });
    clear(this.root, h('div', { class: 'article-text' }, ...blocks.flat()));
  }

  /** Picks out the sentence and the reasons of one draft (null: none). */
  highlight(draft: string | null): void {
    for (const el of this.root.querySelectorAll<HTMLElement>('[data-drafts]')) {
      const on = draft !== null && el.dataset.drafts!.split(' ').includes(draft);
      el.classList.toggle('current', on);
    }
    if (draft === null) return;
    // Bring the sentence into the text's own scrolling box (never scroll the page under the pointer).
    const mark = this.root.querySelector<HTMLElement>('mark.current');
    if (!mark || this.root.scrollHeight <= this.root.clientHeight) return;
    const offset = mark.getBoundingClientRect().top - this.root.getBoundingClientRect().top;
    if (offset < 0 || offset > this.root.clientHeight - mark.offsetHeight)
      this.root.scrollTop += offset - this.root.clientHeight / 3;
  }
}
