import type { ReasonValue } from './attribution';

/**
 * Whether a claim in a sentence is made at all, and whether it is denied. Claims merely
 * mentioned are not drafted: questions, conditions ("if China were to supply…"), warnings and
 * calls ("warned Beijing against providing…", "urged Iran not to send…"), refusals and
 * consequences ("…would face sanctions"). A denial ("denied accusations of supplying drones",
 * "has not sent", "the missile part is completely wrong", "reports that … are false") makes
 * the claim a DISPUTES draft.
 */
const NOT_MADE_BEFORE: RegExp[] = [
  /\b(?:if|whether|unless|should)\b/i,
  /\b(?:warn(?:ed|s|ing)?|urg(?:ed|es|ing)|call(?:ed|s|ing)?\s+on|press(?:ed|es|ing)|caution(?:ed|s|ing)?|ask(?:ed|s|ing)?|threaten(?:ed|s|ing)?|advis(?:ed|es|ing)|appeal(?:ed|s)?\s+to)\b[^.;]{0,80}?\b(?:against|not\s+to|to\s+stop|to\s+refrain\s+from|to\s+halt|to\s+end|from)\s+(?:\w+\s+){0,1}$/i,
  /\b(?:any|possible|potential|hypothetical|future)\s+(?:\w+\s+)?(?:attempts?|moves?|decisions?|efforts?|plans?)\s+to\s+$/i,
  /\b(?:any|possible|potential|hypothetical|future|further)\s+(?:[\w-]+\s+)?$/i,
  /\b(?:ruled\s+out|refused\s+to|refuses\s+to|declined\s+to|declines\s+to|rejected\s+(?:calls|requests|demands)\s+to|against|without|instead\s+of|rather\s+than|avoid|prevent|prevents|prevented|stop|stopped|ban|banned|bans|prohibit(?:s|ed)?|restrict(?:s|ed)?|curb(?:s|ed)?|limit(?:s|ed)?|sanctions?\s+for|punish(?:ed)?\s+for)\s+(?:\w+\s+){0,2}$/i,
  /\b(?:questions?|asked|wondered|speculation|speculated|rumou?rs?)\s+(?:about\s+|over\s+)?(?:whether|if)\b/i,
  /\b(?:no\s+(?:public\s+|hard\s+|firm\s+|clear\s+)?(?:evidence|sign|indication|proof)|unclear|not\s+clear|unknown)\s+(?:that|of|whether|if)\b/i,
  /\b(?:no\s+(?:public\s+|hard\s+|firm\s+|clear\s+)?(?:evidence|sign|indication|proof)|unclear|not\s+clear|unknown)\s+(?:that|of|whether|if)\b/i,
];
const NOT_MADE_AFTER =
  /\b(?:would\s+(?:face|be\s+met|trigger|violate|cross|cost|mean|prompt|lead|result)|red\s+line|would\s+be\s+(?:a|an)\s+(?:mistake|escalation))\b/i;

export function madeAt(sentence: string, trigger: number): boolean {
  if (/\?\s*["”’]?\s*$/.test(sentence)) return false;
  const before = sentence.slice(0, trigger);
  if (NOT_MADE_BEFORE.some((re) => re.test(before))) return false;
  return !NOT_MADE_AFTER.test(sentence.slice(trigger));
}

const DENY = /\b(?:den(?:y|ies|ied|ying)|rejected|rejects|dismissed|dismisses|refuted|refutes|disputed|disputes)\b/i;
const NEGATION = /\b(?:not|never|no\s+longer|n[o’']t|neither|nor)\b(?:\s+\w+){0,2}\s*$/i;
const FALSE_REPORTS = /\b(?:reports?|claims?|allegations?|accusations?|suggestions?|assertions?)\s+(?:that|of)\b/i;
const FALSITY =
  /\b(?:false|baseless|untrue|fabricated|groundless|nonsense|lies|propaganda|fake|not\s+true|wrong|incorrect|unfounded|fiction|absurd)\b/i;

/** DISPUTES when the sentence denies the claim at `trigger`, with the words that say so. */
export function denialAt(sentence: string, offset: number, trigger: number): ReasonValue | null {
  const before = sentence.slice(0, trigger);
  const deny = DENY.exec(before);
  if (deny) return reason(deny, offset);
  const neg = NEGATION.exec(before);
  if (neg) return reason(neg, offset);
  if (FALSE_REPORTS.test(before)) {
    const f = FALSITY.exec(sentence.slice(trigger));
    if (f)
      return {
        role: 'DENIAL',
        text: f[0],
        start: offset + trigger + f.index,
        end: offset + trigger + f.index + f[0].length,
      };
  }
  return null;
}

/** "the missile part is completely wrong": a denial of one item, by its word. */
export function partialDenials(sentence: string, offset: number): { word: string; reason: ReasonValue }[] {
  const out: { word: string; reason: ReasonValue }[] = [];
  const re =
    /\bthe\s+(\w+)\s+(?:part|element|claim|allegation|aspect|story|report)s?\s+(?:is|are|was|were)\s+(?:\w+\s+)?(?:wrong|false|untrue|incorrect|baseless|fabricated|not\s+true|a\s+lie|nonsense)\b/gi;
  for (const m of sentence.matchAll(re)) out.push({ word: m[1], reason: reason(m, offset) });
  return out;
}

function reason(m: RegExpExecArray | RegExpMatchArray, offset: number): ReasonValue {
  return { role: 'DENIAL', text: m[0].trim(), start: offset + m.index!, end: offset + m.index! + m[0].trim().length };
}
