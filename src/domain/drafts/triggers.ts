import { ANY_VERB, HEDGING, SUPPLY_VERB } from './hedging';
import { CANCELLATION, NOMINAL } from './hedging-nouns';
import type { SubjectRole } from './hedging';
import type { Sentence } from './text-units';
import { categoryOf } from './categories';

export interface Trigger {
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
  // a cancellation first: "cancelled its order for…" is no order
  for (const m of s.text.matchAll(CANCELLATION)) {
    const rest = s.text.slice(m.index + m[0].length);
    const role: SubjectRole =
      /^\s+(?:of\s+[^,.;]*?\s+)?to\b(?!\s+(?:buy|purchase|acquire|procure|import|obtain)\b)/i.test(rest) ||
      /\b(?:sales?|exports?|deliver)/i.test(m[0])
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
  for (const row of ANY_VERB.test(s.text) ? HEDGING : []) {
    for (const m of s.text.matchAll(row.regex)) {
      // "on imported components", "the armed drones": a participle after a determiner or preposition is an adjective
      if (
        row.rule.wording === '{past}' &&
        /\b(?:the|a|an|its|their|his|her|on|of|with|for|in|from|by|newly|recently)\s+$/i.test(s.text.slice(0, m.index))
      )
        continue;
      // "fighters supplied by Pakistan", "engines smuggled through Oman": a participle after its noun is a passive
      const before = s.text.slice(0, m.index);
      const prevWord = /([\p{L}-]+)[\s,]+$/u.exec(before)?.[1] ?? '';
      const reduced =
        row.rule.wording === '{past}' &&
        SUPPLY_VERB.test(m.groups!.v) &&
        !/^(?:has|have|had|was|were|is|are|been|be|being|it|they|which|that|who)$/i.test(prevWord) &&
        !!categoryOf(prevWord);
      const v = m.indices ? m.indices : null;
      const vAt = m.index + m[0].lastIndexOf(m.groups!.v);
      const verb: [number, number] = v ? [vAt, vAt + m.groups!.v.length] : [m.index, m.index + m[0].length];
      add(
        {
          start: s.start + m.index,
          end: s.start + m.index + m[0].length,
          role: reduced ? 'item' : row.role,
          gives: row.role === 'item' || reduced ? SUPPLY_VERB.test(m.groups!.v) : row.role === 'supplier',
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
          // "will resume sales of…", "plans to expand deliveries of…": a future
          status:
            /\b(?:will|would|is\s+to|are\s+to|plans?\s+to|intends?\s+to|set\s+to|expected\s+to)\s+(?:\w+\s+){0,2}$/i.test(
              s.text.slice(0, m.index),
            )
              ? 'PLANNED'
              : n.status,
          credibility: 2,
          wording: n.wording,
          text: m[0],
        },
        [m.index, m.index + m[0].length],
      );
  // "Tehran denies arming the group": a denial of weapons in general (spread over the claims by the drafter)
  for (const m of s.text.matchAll(/\bden(?:y|ies|ied|ying)\s+(?:\w+\s+)?(?<v>arming)\b/giu))
    add(
      {
        start: s.start + m.index,
        end: s.start + m.index + m[0].length,
        role: 'supplier',
        gives: true,
        status: 'DELIVERED',
        credibility: 2,
        wording: 'denied arming Z',
        text: m[0],
      },
      [m.index + m[0].length - 6, m.index + m[0].length],
    );
  return found.sort((a, b) => a.start - b.start);
}
