import type { ActorRef, Mention } from './actor-names';

/** Words of the text that made a draft, shown to the editor and highlighted on the page. */
export interface ReasonValue {
  /** VERB, HEDGE, ATTRIBUTION, RELAY, DENIAL, DATE, QUANTITY, COREFERENCE, ORIGIN */
  role: string;
  text: string;
  start: number;
  end: number;
  /** for a VERB: the row of the hedging table it matched, and the status it gives */
  note?: string;
}

export interface SpanMention {
  text: string;
  start: number;
  end: number;
  actors: readonly ActorRef[];
}

/** Who says a sentence's claims, through whom, and how surely. */
export interface Attribution {
  voice: SpanMention | null;
  chain: SpanMention[];
  /** mentions that are speakers or relays, not parties */
  speakers: Set<Mention>;
  /** the strongest doubt the sentence's own words express: 2 none, 3 belief or likelihood */
  credibility: number;
  reasons: ReasonValue[];
}

// Verbs of saying; forms that are more often nouns ("claims", "states", "reports", "estimates") are left out.
const SAY = String.raw`(?:said|says|say|told|confirmed|confirms|announced|announces|claimed|alleged|alleges|stated|added|believes?|believed|assess(?:es|ed)?|estimated|reported|insisted|insists|warned|warns|disclosed|revealed|acknowledged|admitted|denied|denies|accused|accuses|suspected|concluded|found|thinks?|wrote|noted|cited)`;
const BELIEF =
  /\b(?:believes?|believed|likely|probably|possibly|assess(?:es|ed)?|estimates?|suspects?|suspected|reportedly|allegedly|apparently|alleged|thought\s+to|appears?\s+to|seems?\s+to|understood\s+to|unconfirmed|unverified)\b/i;
const OUTLET = String.raw`(?:the\s+)?(?:[A-Z][\w.&'’-]*(?:\s+(?:of\s+)?[A-Z][\w.&'’-]*){0,4})`;
const RELAYS: RegExp[] = [
  new RegExp(
    String.raw`\b(?:first\s+|originally\s+|initially\s+)?(?:reported|revealed|disclosed|published|broken)\s+by\s+(?<o>${OUTLET})`,
    'g',
  ),
  new RegExp(
    String.raw`\b(?:told|in\s+an\s+interview\s+with|speaking\s+to|quoted\s+by|cited\s+by|according\s+to\s+a\s+report\s+(?:by|in))\s+(?<o>${OUTLET})`,
    'g',
  ),
  new RegExp(String.raw`(?<o>${OUTLET})\s+(?:cited|quoted|reported|first\s+reported)\b`, 'g'),
];
const NOT_OUTLETS =
  /^(?:the\s+)?(?:He|She|They|It|We|I|In|On|At|The|A|An|This|That|These|Those|Reporters|Journalists|Lawmakers|Parliament|Congress|Officials?)$/i;

/**
 * The attribution of a sentence: "according to X", "X said / told / believes", "first reported
 * by the New York Times", "X told CNN", "The Guardian cited …". The voice is the first actor the
 * attribution names (or its words, when it names none); relays are the outlets it passes
 * through, nearest first.
 */
export function attributionOf(sentence: string, offset: number, mentions: readonly Mention[]): Attribution {
  const speakers = new Set<Mention>();
  const reasons: ReasonValue[] = [];
  let voice: SpanMention | null = null;
  const at = (a: number, b: number) => mentions.filter((m) => m.start >= offset + a && m.end <= offset + b);
  const according = /\baccording\s+to\s+(?<who>[^,;.“”"]+)/i.exec(sentence);
  if (according) {
    const a = according.index + according[0].length - according.groups!.who.length;
    const b = according.index + according[0].length;
    const inside = at(a, b);
    inside.forEach((m) => speakers.add(m));
    voice = spanOf(sentence, offset, a, b, inside);
    reasons.push({ role: 'ATTRIBUTION', text: according[0], start: offset + according.index, end: offset + b });
  }
  // "X said", "X, the US national security adviser, told CNN": the speaker before the verb
  for (const m of sentence.matchAll(new RegExp(String.raw`\b${SAY}\b`, 'g'))) {
    // "Iran is believed to have sent…" is no speaker: a passive of a verb of saying names nobody
    if (/\b(?:is|are|was|were|be|been|being)\s+$/i.test(sentence.slice(0, m.index))) continue;
    const np = speakerBefore(sentence.slice(0, m.index));
    if (!np) continue;
    const inside = at(np.start, np.end);
    if (
      !inside.length &&
      !/^(?:[A-Z]|(?:the\s+|a\s+|an\s+)?(?:officials?|intelligence|sources?|diplomats?|analysts?|experts?|administration|ministry|government|spokesm[ae]n|spokeswoman|spokesperson)\b)/i.test(
        np.text,
      )
    )
      continue;
    inside.forEach((x) => speakers.add(x));
    voice ??= spanOf(sentence, offset, np.start, np.end, inside);
    reasons.push({
      role: 'ATTRIBUTION',
      text: sentence.slice(np.start, m.index + m[0].length),
      start: offset + np.start,
      end: offset + m.index + m[0].length,
    });
  }
  // ", officials said." / ", said the ministry": the speaker after the verb
  const after = new RegExp(
    String.raw`,\s+(?:${SAY})\s+(?<who>[^,;.]+)[.;]?$|,\s+(?<who2>[^,;.]{2,60}?)\s+(?:${SAY})[.;]?$`,
  ).exec(sentence);
  if (after) {
    const who = after.groups!.who ?? after.groups!.who2;
    const a = after.index + after[0].indexOf(who);
    const inside = at(a, a + who.length);
    inside.forEach((x) => speakers.add(x));
    voice ??= spanOf(sentence, offset, a, a + who.length, inside);
  }
  const chain: SpanMention[] = [];
  for (const re of RELAYS) {
    for (const m of sentence.matchAll(re)) {
      const o = m.groups!.o.trim().replace(/[.,]+$/, '');
      if (NOT_OUTLETS.test(o) || mentions.some((x) => x.actors.length > 0 && x.text === o.replace(/^the\s+/i, '')))
        continue;
      const a = m.index + m[0].indexOf(o);
      if (chain.some((c) => c.start === offset + a)) continue;
      chain.push({ text: o, start: offset + a, end: offset + a + o.length, actors: [] });
      reasons.push({ role: 'RELAY', text: m[0], start: offset + m.index, end: offset + m.index + m[0].length });
    }
  }
  const doubt = BELIEF.exec(sentence);
  if (doubt)
    reasons.push({
      role: 'HEDGE',
      text: doubt[0],
      start: offset + doubt.index,
      end: offset + doubt.index + doubt[0].length,
    });
  return { voice, chain, speakers, credibility: doubt ? 3 : 2, reasons };
}

// Words that end the clause before a speaker: "The finding comes after the Biden administration recently confirmed".
const CLAUSE =
  /(?:^|[,;:“”"(]\s*|\b(?:after|that|when|as|because|since|while|which|who|and|but|before|comes|came|said|says|although|though|where|if|once)\s+)(?=[^,;:“”"(]*$)/gi;

/** The speaker's noun phrase before a verb of saying, or null when there is none (at most 10 words). */
function speakerBefore(before: string): { text: string; start: number; end: number } | null {
  const trimmed = before.replace(
    /(?:\s+(?:\w+ly|also|again|then|now|have|has|had|had\s+been|was|were|is|are|did|do|does|would|will|had\s+previously))*\s*$/i,
    '',
  );
  // skip ", who spoke on condition of anonymity," and ", the US national security adviser,"
  const core = trimmed.replace(/,\s+(?:who|which)\b[^,]*,\s*$|,\s+(?:the|a|an)\s+[^,]*,\s*$/i, '');
  let start = 0;
  for (const m of core.matchAll(CLAUSE)) start = m.index + m[0].length;
  const text = core.slice(start).trim();
  if (!text || text.split(/\s+/).length > 10) return null;
  const at = start + core.slice(start).indexOf(text);
  return { text: trimmed.slice(at), start: at, end: trimmed.length };
}

function spanOf(sentence: string, offset: number, a: number, b: number, inside: readonly Mention[]): SpanMention {
  const text = sentence.slice(a, b).trim();
  const lead = sentence.slice(a, b).indexOf(text);
  return { text, start: offset + a + lead, end: offset + a + lead + text.length, actors: inside[0]?.actors ?? [] };
}
