import type { ActorRef, Mention } from './actor-names';

/** Hyphenated words after a name that make it an affiliation, not a party: "Russian-occupied", "Iran-backed". */
export const AFFILIATION = new Set(
  'backed occupied controlled held aligned allied installed supported based led friendly leaning linked sponsored funded armed annexed'.split(
    ' ',
  ),
);
/** Hyphenated words after a name that say where an item was made: "Iranian-made drones". */
export const ORIGIN = new Set(
  'made manufactured built designed produced supplied origin developed sourced type produced'.split(' '),
);

export const isParty = (m: Mention) => !m.compound || !AFFILIATION.has(m.compound);

/** A party of a draft: one actor (or none, for words naming no known actor), with the words. */
export interface PartyValue {
  text: string;
  start: number;
  end: number;
  actor: ActorRef | null;
}

export const partiesOf = (m: Mention): PartyValue[] =>
  m.actors.length
    ? m.actors.map((actor) => ({ text: m.text, start: m.start, end: m.end, actor }))
    : [{ text: m.text, start: m.start, end: m.end, actor: null }];

/**
 * The subject before a trigger: the last party mention in `[from, to)` that is not a speaker,
 * with the mentions joined to it by "and" or commas ("Iran and North Korea have supplied…"),
 * skipping mentions inside a relative or appositive clause and groups like "aside from X".
 */
export function subjectBefore(
  text: string,
  mentions: readonly Mention[],
  from: number,
  to: number,
  skip: (m: Mention) => boolean,
): Mention[] {
  const inRange = mentions.filter(
    (m) => m.start >= from && m.end <= to && isParty(m) && !skip(m) && !adjectiveOfThing(text, m),
  );
  const candidates = inRange.filter((m) => !insideAside(text, m, from) && !insideRelative(text, m, from, to));
  const last = candidates[candidates.length - 1];
  if (!last) return [];
  // a possessive subject is the owner of the thing that acts: "North Korea's ambassador" is not North Korea
  const group = [last];
  for (let i = candidates.length - 2; i >= 0; i--) {
    const gap = text.slice(candidates[i].end, group[0].start);
    if (!/^\s*(?:,|,?\s+and|,?\s+as\s+well\s+as|\s+&)\s+(?:the\s+)?$/i.test(gap)) break;
    group.unshift(candidates[i]);
  }
  return group;
}

/**
 * "Ukrainian cities", "Iranian drones": a people's adjective on a thing, which names no subject
 * ("the Russian military", "a Russian plan to acquire…" do).
 */
function adjectiveOfThing(text: string, m: Mention): boolean {
  // "the North Koreans have…" is a people, not an adjective
  if (!m.demonym || /s$/i.test(m.text)) return false;
  const next = /^[\s-]+([\p{L}\p{N}-]+)/u.exec(text.slice(m.end, m.end + 40));
  return (
    !!next &&
    !/^(?:has|have|had|is|are|was|were|will|would|could|may|might|can|did|does|do|said|says|also)$/i.test(next[1]) &&
    !/^(?:military|army|armed|forces|government|ministry|navy|air|defen[cs]e|officials?|regime|troops|authorities|leadership|state|side|president|plan|plans|purchase|order|deal|request|company|firm|manufacturer|exporter|agency|intelligence|embassy|mission|junta|leader)$/.test(
      next[1],
    )
  );
}

const ASIDE_WORDS = (
  'aside from|apart from|besides|along with|alongside|like|unlike|joining|other than|except|including|with|against|' +
  'to|from|of|in|for|by|on|over|between|among'
)
  .split('|')
  .map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1).replace(/ /g, '\\s+')}`)
  .join('|');
// Case matters after the preposition (names are capitalised), so no "i" flag: \p{Lu} would match any letter.
const ASIDE = new RegExp(
  `\\b(?:${ASIDE_WORDS})\\s+(?:(?:the\\s+)?[\\p{Lu}][\\p{L}'’ -]*(?:,\\s*|\\s+and\\s+))*(?:the\\s+)?$`,
  'u',
);

/** "aside from Russia and Syria", "along with X", "to Moscow": mentions that are not the subject. */
export function insideAside(text: string, m: Mention, from: number): boolean {
  return ASIDE.test(text.slice(from, m.start));
}

/** A mention inside ", which …," or ", a … ," between it and the trigger. */
function insideRelative(text: string, m: Mention, from: number, to: number): boolean {
  const before = text.slice(Math.max(from, m.start - 60), m.start);
  const after = text.slice(m.end, to);
  return /,\s+(?:who|which|whose|where|a|an|the|long|once|itself|also|then)\b[^,]*$/i.test(before) && /,/.test(after);
}

/**
 * Parties named after a preposition in `[from, to)`: "to Russia and Belarus", "from North
 * Korea", "to help rebuild Russian-occupied territories". At most `gap` words between the
 * preposition and the first name; names joined by "and" or commas follow.
 */
export function afterPreposition(
  text: string,
  mentions: readonly Mention[],
  from: number,
  to: number,
  preposition: RegExp,
  gap = 3,
): Mention[] {
  const span = text.slice(from, to);
  for (const p of span.matchAll(preposition)) {
    const at = from + p.index + p[0].length;
    const first = mentions.find((m) => m.start >= at && m.end <= to && isParty(m));
    if (!first) continue;
    const between = text.slice(at, first.start).trim();
    if (between && (between.split(/\s+/).length > gap || /[,.;:]/.test(between))) continue;
    // "from the Turkish manufacturer Baykar": the name, not the adjective before it
    const named = mentions.find((m) => m.start > first.end && m.end <= to && isParty(m));
    const lead = first.demonym && named && /^\s+(?:[\p{Ll}-]+\s+){1,3}$/u.test(text.slice(first.end, named.start));
    const group = [lead ? named : first];
    for (const m of mentions) {
      if (m.start <= group[group.length - 1].start || m.end > to || !isParty(m)) continue;
      const g = text.slice(group[group.length - 1].end, m.start);
      if (!/^(?:['’]s)?\s*(?:,|,?\s+and|,?\s+as\s+well\s+as|,?\s+or)\s+(?:to\s+|the\s+)?$/i.test(g)) break;
      // "…to Moscow, the Pentagon said": a speaker is no second party
      if (
        /^\s+(?:said|says|told|added|announced|confirmed|reported|stated|noted)\b/i.test(text.slice(m.end, m.end + 20))
      )
        break;
      group.push(m);
    }
    return group;
  }
  return [];
}
