import type { Mention } from './actor-names';
import { fallbackRecipient, noteRecipients } from './references';
import type { Discourse } from './references';
import type { Attribution, ReasonValue } from './attribution';
import type { DateFound } from './dates';
import type { DraftValue } from './draft-values';
import { triggersIn } from './triggers';
import { itemsIn } from './items';
import type { ItemValue } from './items';
import { afterPreposition, isParty, ORIGIN, partiesOf, subjectBefore } from './parties';
import type { PartyValue } from './parties';
import { denialAt, madeAt, partialDenials } from './stance';
import { categoryOf } from './categories';
import type { Sentence } from './text-units';

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
      // a people's adjective or a "-made" word inside the object ("Russian Su-35 jets") is no new subject
      // …and only a name right before the next verb is its subject ("and North Korea shipped")
      const nextSubject = subjectBefore(text, mentions, t.end, next.start, (m) => m.demonym || m.compound !== null);
      const close =
        nextSubject.length &&
        /^[\s,]*(?:[\p{L}’'-]+\s+){0,3}$/u.test(text.slice(nextSubject[nextSubject.length - 1].end, next.start));
      if (close) rightEnd = Math.min(rightEnd, nextSubject[0].start);
    }
    const reasons: ReasonValue[] = [
      { role: 'VERB', text: t.text, start: t.start, end: t.end, note: `${t.wording} → ${t.status}` },
    ];
    // "Tehran has denied supplying…": the one who denies is the subject, not a mere speaker
    const denier = /^(?:of|denied|denies|deny|denying|admitted|admits)\b/i.test(t.text);
    let subject = t.role === 'item' ? [] : subjectBefore(text, mentions, prevEnd, t.start, denier ? () => false : skip);
    // "Iran said it had sent…", "North Korea denied US claims that it is supplying…": the first speaker
    const speaker = mentions.find(
      (m) => attribution.speakers.has(m) && m.start >= prevEnd && m.end <= t.start && m.actors.length,
    );
    // "…, and has also handed over…": a second verb of the same subject
    const coordinated =
      /\b(?:and|but|while)\s+(?:(?:has|have|had|is|are|was|were|will|would)\s+)?(?:\w+ly\s+|also\s+)?$/i.test(
        text.slice(prevEnd, t.start),
      );
    // "Russia has paid Iran…, and has also handed over…": the second verb's subject is the first's;
    // "…denied US claims that it is supplying…": a pronoun right before the verb is its subject
    const pronounFirst = /\b(?:it|they)\s+(?:[\p{L}’']+\s+){0,2}$/iu.exec(text.slice(prevEnd, t.start));
    if (
      (coordinated && i > 0 && discourse.lastSubject.length) ||
      (pronounFirst && subject.every((m) => m.end <= t.start - pronounFirst[0].length))
    )
      subject = [];
    if (!subject.length && t.role !== 'item' && (coordinated || PRONOUN.test(text.slice(prevEnd, t.start)))) {
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
      /^\s*(?:the\s+)?(?:[\p{L}.-]+['’]s\s+)?$/iu.test(text.slice(t.end, firstAfter.start)) &&
      !firstAfter.demonym
    ) {
      indirect = [firstAfter];
      objectStart = firstAfter.end;
      const w = /^\s*(?:with|of|in)\s/i.exec(text.slice(objectStart));
      if (w) objectStart += w[0].length;
    }
    // "signed a contract with India for howitzers": the other party follows "with", the item "for"
    let counterpart: Mention[] = [];
    if (t.role === 'recipient' && /\bwith$/i.test(t.text) && firstAfter && firstAfter.start - t.end < 40) {
      counterpart = [firstAfter];
      objectStart = firstAfter.end;
      const f = /^[^,.;]*?\bfor\s/i.exec(text.slice(objectStart, rightEnd));
      if (f) objectStart += f[0].length;
    }
    let items: ItemValue[] = t.role === 'item' ? [] : itemsIn(text, objectStart, rightEnd, mentions);
    if (!items.length) {
      // a passive or a participle after its noun: "drones were delivered", "drones, bought from Iran"
      const left = text
        .slice(prevEnd, t.start)
        .replace(/[\s,]*(?:which|that|who)?\s*(?:had\s+|have\s+|has\s+|were\s+|was\s+)?$/i, '')
        // "…batteries that Venezuela bought", "…fighters, which Bogotá bought": the relative's subject is not the item
        .replace(/[\s,]+(?:which|that)\s+(?:[\p{Lu}][\p{L}’'-]*\s+){1,3}(?:had\s+|has\s+|have\s+)?$/u, '');
      const bound = [
        ...left.matchAll(
          /(?:^|[,;:(“”"]|\s[-–—]\s|\s(?:to|from|for|by|with|of|about|that|which|after|before|on|at|in|said|says|but)\s)/gi,
        ),
      ].pop();
      const npStart = prevEnd + (bound ? bound.index + bound[0].length : 0);
      items = itemsIn(text, npStart, prevEnd + left.length, mentions);
    }
    // "denied arming the M23": weapons, unnamed (what follows is another claim's)
    if (/arming$/i.test(t.text))
      items = [
        {
          item: 'weapons',
          category: 'OTHER_MATERIEL',
          designations: [],
          quantity: null,
          quantityAt: null,
          start: t.end,
          end: t.end,
        },
      ];
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
          : afterPreposition(text, mentions, afterItem, rightEnd, /\b(?:to|for|into|towards)\b/gi, 5);
      if (!suppliers.length) suppliers = afterPreposition(text, mentions, afterItem, clauseEnd, /\b(?:by|from)\b/gi, 2);
    } else {
      if (!suppliers.length)
        suppliers = counterpart.length
          ? counterpart
          : afterPreposition(text, mentions, afterItem, rightEnd, /\b(?:from)\b/gi, 2);
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
    // no recipient named: the text's usual recipient, else the state it names most (a COREFERENCE reason says so)
    if (!recipients.length) {
      const fallback = suppliers.length ? fallbackRecipient(discourse, suppliers) : null;
      if (fallback) {
        recipients = [fallback.mention];
        reasons.push(fallback.reason);
      }
    } else noteRecipients(discourse, recipients);
    const stance =
      denialAt(s.text, s.start, t.start - s.start) ??
      (/\b(?:not|never|n[’']t|den(?:y|ies|ied|ying))\b/i.test(t.text)
        ? { role: 'DENIAL', text: t.text, start: t.start, end: t.end }
        : null);
    const period = datesOf().find((d) => d.start >= prevEnd && d.end <= rightEnd) ?? null;
    // "delivered the first of four radars", "the purchase … has run into delays": not all delivered yet
    const after = s.text.slice(t.start - s.start);
    const partial =
      t.status === 'DELIVERED'
        ? /\b(?:the\s+)?first\s+(?:[\w-]+\s+){0,2}of\s+(?:the\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)\b|\b(?:delay(?:s|ed)?|behind\s+schedule|still\s+(?:awaiting|waiting|outstanding))\b/i.exec(
            after,
          )
        : null;
    const status = partial ? 'IN_PROGRESS' : t.status;
    if (partial)
      reasons.push({
        role: 'HEDGE',
        text: partial[0],
        start: t.start + partial.index,
        end: t.start + partial.index + partial[0].length,
        note: 'not all delivered: IN_PROGRESS',
      });
    const push = (
      item: ItemValue,
      supplier: PartyValue | null,
      recipient: PartyValue | null,
      denial: ReasonValue | null,
      more: ReasonValue[] = [],
    ) => {
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
          status: status,
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
            ...more,
            ...(denial ? [denial] : []),
            ...(period ? [{ role: 'DATE', text: period.text, start: period.start, end: period.end }] : []),
            ...(item.quantity && item.quantityAt
              ? [{ role: 'QUANTITY', text: item.quantity.text, start: item.quantityAt[0], end: item.quantityAt[1] }]
              : []),
            ...attribution.reasons,
          ],
        });
      }
    };
    const pairs: [PartyValue | null, PartyValue | null][] = [];
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
          pairs.push([supplier, recipient]);
          push(item, supplier, recipient, denial);
        }
      }
    }
    // "sent jets to Iran in exchange for drones": the drones go the other way
    const exchange = /\bin\s+(?:exchange|return)\s+for\s+/i.exec(text.slice(afterItem, s.end));
    if (exchange && !stance) {
      const from = afterItem + exchange.index + exchange[0].length;
      const own = triggers.some((x) => x.start >= from && !/[,;]/.test(text.slice(from, x.start)));
      const back = own ? [] : itemsIn(text, from, s.end, mentions);
      const words = { role: 'EXCHANGE', text: exchange[0].trim(), start: afterItem + exchange.index, end: from };
      for (const item of back)
        for (const [supplier, recipient] of pairs.slice(0, 1)) push(item, recipient, supplier, null, [words]);
    }
  });
  return out;
}
