import type { Mention } from './actor-names';
import type { Attribution, ReasonValue } from './attribution';
import type { DateFound } from './dates';
import type { DraftValue } from './draft-values';
import { ANY_VERB, CANCELLATION, HEDGING, NOMINAL, SUPPLY_VERB } from './hedging';
import type { SubjectRole } from './hedging';
import { itemsIn } from './items';
import type { ItemValue } from './items';
import { afterPreposition, isParty, ORIGIN, partiesOf, subjectBefore } from './parties';
import type { PartyValue } from './parties';
import { denialAt, madeAt, partialDenials } from './stance';
import { categoryOf } from './categories';
import type { Sentence } from './text-units';

interface Trigger {
  start: number;
  end: number;
  role: SubjectRole;
  /** for passives: whether the verb gives (so "to" names the recipient) */
  gives: boolean;
  status: string;
  credibility: number;
  wording: string;
  text: string;
}

/** The triggers of a sentence: one per verb, the most specific row of the hedging table winning. */
export function triggersIn(s: Sentence): Trigger[] {
  const found: Trigger[] = [];
  const taken: [number, number][] = [];
  const free = (a: number, b: number) => !taken.some(([x, y]) => a < y && b > x);
  const add = (t: Trigger, verb: [number, number]) => {
    if (!free(...verb)) return;
    taken.push(verb);
    found.push(t);
  };
  for (const row of ANY_VERB.test(s.text) ? HEDGING : []) {
    for (const m of s.text.matchAll(row.regex)) {
      const v = m.indices ? m.indices : null;
      const vAt = m.index + m[0].lastIndexOf(m.groups!.v);
      const verb: [number, number] = v ? [vAt, vAt + m.groups!.v.length] : [m.index, m.index + m[0].length];
      add(
        {
          start: s.start + m.index,
          end: s.start + m.index + m[0].length,
          role: row.role,
          gives: row.role === 'item' ? SUPPLY_VERB.test(m.groups!.v) : row.role === 'supplier',
          status: row.rule.status,
          credibility: row.rule.credibility,
          wording: row.rule.wording,
          text: m[0],
        },
        verb,
      );
    }
  }
  for (const n of NOMINAL)
    for (const m of s.text.matchAll(n.pattern))
      add(
        {
          start: s.start + m.index,
          end: s.start + m.index + m[0].length,
          role: n.role,
          gives: n.role === 'supplier',
          status: n.status,
          credibility: 2,
          wording: n.wording,
          text: m[0],
        },
        [m.index, m.index + m[0].length],
      );
  for (const m of s.text.matchAll(CANCELLATION)) {
    const rest = s.text.slice(m.index + m[0].length);
    const role: SubjectRole =
      /^\s+(?:of\s+[^,.;]*?\s+)?to\b/i.test(rest) || /\b(?:sales?|exports?|deliver)/i.test(m[0])
        ? 'supplier'
        : 'recipient';
    add(
      {
        start: s.start + m.index,
        end: s.start + m.index + m[0].length,
        role,
        gives: role === 'supplier',
        status: 'CANCELLED',
        credibility: 2,
        wording: 'cancelled / scrapped / halted the order, deal or sale',
        text: m[0],
      },
      [m.index, m.index + m[0].length],
    );
  }
  return found.sort((a, b) => a.start - b.start);
}

/** What earlier sentences said, for "the drones" and "it": the last party of each role and item category. */
export interface Discourse {
  lastSubject: Mention[];
  bySupplierCategory: Map<string, PartyValue>;
}

const PRONOUN =
  /\b(?:it|they|its|their|the\s+country|the\s+regime|the\s+government|the\s+kingdom|the\s+republic|the\s+group|the\s+militia|the\s+movement|the\s+company|the\s+firm|the\s+state)\s+(?:\w+\s+){0,3}$/i;

/** The transfer drafts of one sentence. */
export function transferDrafts(
  text: string,
  s: Sentence,
  mentions: readonly Mention[],
  attribution: Attribution,
  datesOf: () => readonly DateFound[],
  discourse: Discourse,
): DraftValue[] {
  const out: DraftValue[] = [];
  const triggers = triggersIn(s);
  const skip = (m: Mention) =>
    attribution.speakers.has(m) && mentions.filter((x) => !attribution.speakers.has(x)).length > 0;
  const partials = partialDenials(s.text, s.start);
  triggers.forEach((t, i) => {
    if (!madeAt(s.text, t.start - s.start)) return;
    const prevEnd = i > 0 ? triggers[i - 1].end : s.start;
    const next = triggers[i + 1];
    let rightEnd = next ? next.start : s.end;
    if (next) {
      const nextSubject = subjectBefore(text, mentions, t.end, next.start, () => false);
      if (nextSubject.length) rightEnd = Math.min(rightEnd, nextSubject[0].start);
    }
    const reasons: ReasonValue[] = [
      { role: 'VERB', text: t.text, start: t.start, end: t.end, note: `${t.wording} → ${t.status}` },
    ];
    // "Tehran has denied supplying…": the one who denies is the subject, not a mere speaker
    const denier = /^(?:of|denied|denies|deny|denying|admitted|admits)\b/i.test(t.text);
    let subject = t.role === 'item' ? [] : subjectBefore(text, mentions, prevEnd, t.start, denier ? () => false : skip);
    const speaker = mentions
      .filter((m) => attribution.speakers.has(m) && m.start >= prevEnd && m.end <= t.start && m.actors.length)
      .pop();
    if (!subject.length && t.role !== 'item' && PRONOUN.test(text.slice(prevEnd, t.start))) {
      // "Iran said it had sent…": the pronoun is the speaker; else the subject before
      subject = speaker ? [speaker] : discourse.lastSubject;
      if (subject.length)
        reasons.push({
          role: 'COREFERENCE',
          text: subject.map((m) => m.text).join(' and '),
          start: subject[0].start,
          end: subject[0].end,
        });
    }
    if (subject.length && t.role !== 'item') discourse.lastSubject = subject;
    // the object: an indirect object first ("supplied Moscow with drones", "sent Russia drones")
    let objectStart = t.end;
    let indirect: Mention[] = [];
    const firstAfter = mentions.find((m) => m.start >= t.end && m.end <= rightEnd && isParty(m));
    if (
      t.role === 'supplier' &&
      firstAfter &&
      /^\s*(?:the\s+)?$/i.test(text.slice(t.end, firstAfter.start)) &&
      !firstAfter.demonym
    ) {
      indirect = [firstAfter];
      objectStart = firstAfter.end;
      const w = /^\s*(?:with|of)\s/i.exec(text.slice(objectStart));
      if (w) objectStart += w[0].length;
    }
    let items: ItemValue[] = t.role === 'item' ? [] : itemsIn(text, objectStart, rightEnd, mentions);
    if (!items.length) {
      // a passive or a participle after its noun: "drones were delivered", "drones, bought from Iran"
      const left = text
        .slice(prevEnd, t.start)
        .replace(/[\s,]*(?:which|that|who)?\s*(?:had\s+|have\s+|has\s+|were\s+|was\s+)?$/i, '');
      const bound = [
        ...left.matchAll(
          /(?:^|[,;:(“”"]|\s(?:to|from|for|by|with|of|about|that|which|after|before|on|at|in|said|says|but)\s)/gi,
        ),
      ].pop();
      const npStart = prevEnd + (bound ? bound.index + bound[0].length : 0);
      items = itemsIn(text, npStart, prevEnd + left.length, mentions);
    }
    if (!items.length) return;
    const gives = t.role === 'item' ? t.gives : t.role === 'supplier';
    let suppliers: Mention[] = [];
    let recipients: Mention[] = [];
    const afterItem = Math.max(objectStart, items[0].end);
    // the agent of a passive is in its own clause: "delivered to Russia, … first reported by The Washington Post" is no agent
    const clauseEnd = Math.min(
      rightEnd,
      ...[text.indexOf(',', afterItem), text.indexOf(';', afterItem)].filter((i) => i >= 0),
    );
    if (t.role === 'supplier') suppliers = subject;
    if (t.role === 'recipient') recipients = subject;
    if (gives) {
      if (!recipients.length)
        recipients = indirect.length
          ? indirect
          : afterPreposition(text, mentions, afterItem, rightEnd, /\b(?:to|for|into|towards)\b/gi, 3);
      if (!suppliers.length) suppliers = afterPreposition(text, mentions, afterItem, clauseEnd, /\b(?:by|from)\b/gi, 2);
    } else {
      if (!suppliers.length) suppliers = afterPreposition(text, mentions, afterItem, rightEnd, /\b(?:from)\b/gi, 2);
      if (!recipients.length) recipients = afterPreposition(text, mentions, afterItem, clauseEnd, /\b(?:by|to)\b/gi, 2);
    }
    // "Iranian-made drones", "North Korean military equipment": the maker, when no one else gives
    const origin = mentions.filter(
      (m) =>
        m.start >= items[0].start && m.end <= items[0].end && (m.demonym || (m.compound && ORIGIN.has(m.compound))),
    );
    if (!suppliers.length && origin.length) {
      suppliers = origin;
      reasons.push({ role: 'ORIGIN', text: origin[0].text, start: origin[0].start, end: origin[0].end });
    }
    const stance =
      denialAt(s.text, s.start, t.start - s.start) ??
      (/\b(?:not|never|n[’']t)\b/i.test(t.text) ? { role: 'DENIAL', text: t.text, start: t.start, end: t.end } : null);
    const period = datesOf().find((d) => d.start >= prevEnd && d.end <= rightEnd) ?? null;
    for (const item of items) {
      let supplierParties = suppliers.flatMap(partiesOf);
      if (!supplierParties.length) {
        const earlier = discourse.bySupplierCategory.get(item.category);
        if (earlier) {
          supplierParties = [earlier];
          reasons.push({ role: 'COREFERENCE', text: earlier.text, start: earlier.start, end: earlier.end });
        }
      }
      const denial =
        stance ??
        partials.find(
          (p) => categoryOf(p.word) === item.category || item.item.toLowerCase().includes(p.word.toLowerCase()),
        )?.reason ??
        null;
      for (const supplier of supplierParties.length ? supplierParties : [null]) {
        if (supplier?.actor) discourse.bySupplierCategory.set(item.category, supplier);
        for (const recipient of recipients.length ? recipients.flatMap(partiesOf) : [null]) {
          if (supplier?.actor && recipient?.actor && supplier.actor.id === recipient.actor.id) continue;
          for (const designation of item.designations.length ? item.designations : [null]) {
            out.push({
              kind: 'TRANSFER',
              supplier,
              recipient,
              recognizer: null,
              recognized: null,
              item: item.item,
              designation,
              category: item.category,
              status: t.status,
              quantity: item.quantity,
              period: period?.period ?? null,
              stance: denial ? 'DISPUTES' : 'SUPPORTS',
              quote: s.text,
              quoteStart: s.start,
              quoteEnd: s.end,
              voice: attribution.voice,
              chain: attribution.chain,
              credibility: denial ? null : Math.max(t.credibility, attribution.credibility),
              reasons: [
                ...reasons,
                ...(denial ? [denial] : []),
                ...(period ? [{ role: 'DATE', text: period.text, start: period.start, end: period.end }] : []),
                ...(item.quantity && item.quantityAt
                  ? [{ role: 'QUANTITY', text: item.quantity.text, start: item.quantityAt[0], end: item.quantityAt[1] }]
                  : []),
                ...attribution.reasons,
              ],
            });
          }
        }
      }
    }
  });
  return out;
}
