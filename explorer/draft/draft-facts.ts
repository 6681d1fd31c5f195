import { enumLabel } from '../../src/core/util/enum-labels';
import { h } from '../dom';
import type { DraftData, DraftMentionData, DraftPeriodData, DraftQuantityData } from './draft-types';
import { partiesOf } from './draft-types';

/**
 * A draft as the drafter made it, in words: its parties (the words as written and the actor each
 * resolves to), what, how many, when, the stance and credibility, the voice and the chain, and
 * the reasons (the words that made it, with the hedging table's note). Text only.
 */

const FIELD_LABELS: Record<string, string> = {
  supplier: 'Supplier',
  recipient: 'Recipient',
  recognizer: 'Recognizer',
  recognized: 'Recognized',
};
export const fieldLabel = (field: string) => FIELD_LABELS[field] ?? enumLabel(field.toUpperCase());

/** “the words” → the actor, or “the words” → unknown actor. */
export function mention(m: DraftMentionData | null): Node {
  if (!m) return h('span', { class: 'missing' }, 'not named');
  return h(
    'span',
    { class: 'mention' },
    `“${m.text}” → `,
    m.actor ? h('strong', {}, m.actor.name) : h('em', { class: 'unknown-actor' }, 'unknown actor'),
  );
}

export function quantityText(q: DraftQuantityData | null): string {
  if (!q) return 'not given';
  const bounds =
    q.min !== null && q.max !== null
      ? q.min === q.max
        ? `${q.min.toLocaleString('en')}`
        : `${q.min.toLocaleString('en')}–${q.max.toLocaleString('en')}`
      : q.min !== null
        ? `at least ${q.min.toLocaleString('en')}`
        : q.max !== null
          ? `at most ${q.max.toLocaleString('en')}`
          : null;
  return bounds ? `“${q.text}” (${bounds})` : `“${q.text}”`;
}

export function periodText(p: DraftPeriodData | null): string {
  if (!p || (!p.start && !p.end)) return 'not given';
  if (p.start && p.end && p.start !== p.end) return `${p.start} to ${p.end}`;
  return p.start ?? `until ${p.end}`;
}

/** The heading of a card: its number, kind and parties by their resolved names (or words). */
export function draftTitle(d: DraftData, n: number): string {
  const [a, b] = partiesOf(d.kind).map((f) => {
    const m = d[f];
    return m?.actor?.name ?? (m ? `“${m.text}”` : `no ${f} named`);
  });
  return d.kind === 'TRANSFER' ? `${n}. Transfer: ${a} → ${b}` : `${n}. Recognition: ${a} recognizes ${b}`;
}

function reasons(d: DraftData): HTMLElement {
  if (!d.reasons.length) return h('span', { class: 'missing' }, 'none given');
  return h(
    'ul',
    { class: 'reasons' },
    ...d.reasons.map((r) =>
      h(
        'li',
        {},
        h('span', { class: 'reason-role' }, `${enumLabel(r.role)}: `),
        `“${r.text}”`,
        r.note ? h('span', { class: 'reason-note' }, ` — ${r.note}`) : null,
      ),
    ),
  );
}

/** The facts of a draft as drafted, as a description list. */
export function draftFacts(d: DraftData): HTMLElement {
  const rows: [string, Node | string][] = [['Kind', enumLabel(d.kind)]];
  for (const f of partiesOf(d.kind)) rows.push([fieldLabel(f), mention(d[f])]);
  if (d.kind === 'TRANSFER') {
    rows.push(['Item', d.item ?? 'not given'], ['Designation', d.designation ?? 'none']);
    rows.push(['Category', d.category ? enumLabel(d.category) : 'not given']);
  }
  rows.push(['Status', enumLabel(d.status)]);
  if (d.kind === 'TRANSFER') rows.push(['Quantity', quantityText(d.quantity)]);
  rows.push(
    [d.kind === 'TRANSFER' ? 'Period' : 'Date', periodText(d.period)],
    ['Stance', d.stance === 'DISPUTES' ? 'Disputes (a denial)' : 'Supports'],
    ['Credibility', d.credibility === null ? 'not given' : String(d.credibility)],
    ['Voice', d.voice ? mention(d.voice) : 'none named'],
    [
      'Chain',
      d.chain.length ? h('ol', { class: 'chain-list' }, ...d.chain.map((m) => h('li', {}, mention(m)))) : 'none named',
    ],
    ['Reasons', reasons(d)],
  );
  return h('dl', { class: 'draft-facts' }, ...rows.flatMap(([term, value]) => [h('dt', {}, term), h('dd', {}, value)]));
}
