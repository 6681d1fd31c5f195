import type { Mention } from './actor-names';
import type { Attribution, ReasonValue } from './attribution';
import type { DateFound } from './dates';
import type { DraftValue } from './draft-values';
import { insideAside, isParty, partiesOf, subjectBefore } from './parties';
import { madeAt } from './stance';
import type { Sentence } from './text-units';

const RECOGNISE = /\b(?:recogni[sz](?:e|es|ed|ing)|recognition\s+of|(?:has|have)\s+recogni[sz]ed)\b/gi;
const WITHDRAW =
  /\b(?:withdr[ae]w(?:n|s|ing)?|revok(?:ed|es|ing)|rescind(?:ed|s|ing)|cancell?(?:ed|s|ing)|suspend(?:ed|s|ing)|ended|end(?:s|ing)?)\s+(?:its\s+|their\s+|the\s+)?(?:diplomatic\s+)?recognition\s+of\b|\bderecogni[sz](?:e|es|ed|ing)\b/gi;
const FOLLOWED = /\b(?:followed\s+(?:suit|(?:its|their)\s+lead)|did\s+(?:so|the\s+same)|followed(?=\s+[\p{Lu}]))/gu;
const NOT_YET =
  /\b(?:will|would|could|may|might|plans?\s+to|considering|consider|refus\w*\s+to|declin\w*\s+to|not|never|n[’']t|no\s+country|nobody|none)\s+(?:\w+\s+){0,2}$/i;
const ALSO =
  /\b(?:aside\s+from|apart\s+from|besides|along\s+with|alongside|joining|after|like|following|as\s+did|as\s+have|as\s+had)\s+/gi;

/**
 * The recognition drafts of one sentence: "X recognised Y", "X became the only nation aside
 * from A and B to recognise Y" (A and B recognise too), "X withdrew its recognition of Y".
 * The recognized may be named by their places where the sentence speaks of republics or
 * territories ("the self-proclaimed republics in Luhansk and Donetsk").
 */
export function recognitionDrafts(
  text: string,
  s: Sentence,
  mentions: readonly Mention[],
  attribution: Attribution,
  datesOf: () => readonly DateFound[],
  memory: { recognized: Mention[] } = { recognized: [] },
): DraftValue[] {
  const out: DraftValue[] = [];
  const seen: [number, number][] = [];
  const triggers = [
    ...[...s.text.matchAll(WITHDRAW)].map((m) => ({ m, status: 'WITHDRAWN', followed: false })),
    ...[...s.text.matchAll(RECOGNISE)].map((m) => ({ m, status: 'RECOGNIZED', followed: false })),
    // "Nicaragua followed Russia within days", "Nauru did so in 2009": the last recognition again
    ...(memory.recognized.length
      ? [...s.text.matchAll(FOLLOWED)].map((m) => ({ m, status: 'RECOGNIZED', followed: true }))
      : []),
  ].filter(({ m }) => {
    const a = m.index!;
    const b = a + m[0].length;
    if (seen.some(([x, y]) => a < y && b > x)) return false;
    seen.push([a, b]);
    return true;
  });
  for (const { m, status, followed } of triggers) {
    const at = m.index!;
    if (!madeAt(s.text, at) || NOT_YET.test(s.text.slice(0, at))) continue;
    // "Yemen’s internationally recognised government" is no recognition
    if (
      /\b(?:internationally|widely|universally|officially|formally|un)\s*$/i.test(s.text.slice(0, at)) ||
      /^\s+(?:government|authorit(?:y|ies)|borders?|state|leaders?|president|administration|rulers?)\b/i.test(
        s.text.slice(at + m[0].length),
      )
    )
      continue;
    const start = s.start + at;
    const end = start + m[0].length;
    const skip = (x: Mention) => attribution.speakers.has(x);
    const recognizers = subjectBefore(text, mentions, s.start, start, skip);
    // "aside from Russia and Syria": they recognise too
    for (const also of s.text.slice(0, at).matchAll(ALSO)) {
      const from = s.start + also.index + also[0].length;
      for (const x of mentions) {
        if (x.start < from || x.end > start || !isParty(x) || recognizers.includes(x)) continue;
        const gap = text.slice(from, x.start);
        if (/^(?:(?:the\s+)?[\p{Lu}][\p{L}'’ -]*(?:,\s*|\s+and\s+))*(?:the\s+)?$/u.test(gap)) recognizers.push(x);
      }
    }
    const stop =
      /,\s+(?!and\b)[a-z]|;|\s[–—]\s|,\s+(?:a|an|the)\s+(?:move|step|decision)|\s(?:after|before|following|when|while|because|since|in\s+(?:exchange|return))\s|\s+in\s+\d{4}\b|,\s+[^,]*?\b(?:says|said|claims|insists|argues|reports)\b/.exec(
        s.text.slice(at + m[0].length),
      );
    // the next recognition ends this one's list: "withdrew its recognition of Taiwan and recognised Beijing"
    const following = triggers.find((x) => x.m.index! > at)?.m.index;
    const rightEnd = Math.min(stop ? end + stop.index : s.end, following !== undefined ? s.start + following : s.end);
    const recognized = mentions.filter(
      (x) =>
        (x.start >= end && x.end <= rightEnd && isParty(x) && !insideAside(text, x, end)) ||
        (x.start >= end && x.end <= rightEnd && x.collective),
    );
    const ofWhom = mentions.filter((x) => x.start >= end && x.end <= rightEnd && isParty(x));
    const ellipsis =
      followed ||
      /^\s*(?:of\s+)?(?:both|them|the\s+two|the\s+republics|the\s+regions)\b/i.test(text.slice(end, rightEnd));
    let targets = ellipsis ? memory.recognized : recognized.length ? recognized : ofWhom;
    // "Taiwan was recognised by Honduras": the one before is recognized, the one after "by" recognizes
    if (
      /\b(?:is|are|was|were|been|being)\s+(?:\w+ly\s+)?$/i.test(s.text.slice(0, at)) &&
      /^\s+by\b/i.test(s.text.slice(at + m[0].length))
    ) {
      const by = targets.filter((x) => x.start >= end);
      const before = [...recognizers];
      recognizers.splice(0, recognizers.length, ...by);
      targets = before;
    }
    if (!ellipsis && targets.length) memory.recognized = [...targets];
    if (!recognizers.length || !targets.length) continue;
    const date = datesOf().find((d) => d.start < rightEnd) ?? null;
    const subjectDate = recognizers[0];
    const reasons: ReasonValue[] = [{ role: 'VERB', text: m[0], start, end, note: `recognition → ${status}` }];
    for (const r of recognizers)
      for (const recognizer of partiesOf(r))
        for (const recognizedParty of targets.flatMap(partiesOf)) {
          if (recognizer.actor && recognizedParty.actor && recognizer.actor.id === recognizedParty.actor.id) continue;
          const dated = date && r === subjectDate ? date : null;
          out.push({
            kind: 'RECOGNITION',
            supplier: null,
            recipient: null,
            recognizer,
            recognized: recognizedParty,
            item: null,
            designation: null,
            category: null,
            status,
            quantity: null,
            period: dated ? { start: dated.period.start, end: null } : null,
            stance: 'SUPPORTS',
            quote: s.text,
            quoteStart: s.start,
            quoteEnd: s.end,
            voice: attribution.voice,
            chain: attribution.chain,
            credibility: attribution.credibility,
            reasons: [
              ...reasons,
              ...(dated ? [{ role: 'DATE', text: dated.text, start: dated.start, end: dated.end }] : []),
              ...attribution.reasons,
            ],
          });
        }
  }
  return out;
}
