import type { Mention } from './actor-names';
import { categoryOf } from './categories';
import type { Sentence } from './text-units';

// A run of capitalised words: "Wagner Group", "Rosoboronexport", "Islamic Revolutionary Guard Corps", "al-Shabaab".
const RUN =
  /(?:\b|(?<=\s))(?:al-)?[\p{Lu}][\p{L}\p{N}’'&-]*(?:\s+(?:of\s+(?:the\s+)?|al-)?[\p{Lu}][\p{L}\p{N}’'&-]*)*/gu;

/** Capitalised words that name no party: sentence openers, titles, months and days, outlets' words. */
const NOT_NAMES = new Set(
  (
    'the a an in on at but and however meanwhile it they he she we i this that these those its their his her our ' +
    'according after before while when last next some many most officials official mr mrs ms dr president prime minister ' +
    'minister spokesman spokeswoman spokesperson general colonel secretary ambassador envoy adviser advisor chief head ' +
    'january february march april may june july august september october november december monday tuesday wednesday ' +
    'thursday friday saturday sunday earlier later since despite although though under over asked if whether as ' +
    'western eastern northern southern west east north south analysts experts sources reports report satellite images ' +
    'there here what who why how where also yet still both neither nor either each every such no not one two three ' +
    'separately instead moreover additionally furthermore eventually finally currently recently today yesterday thus'
  ).split(' '),
);

/**
 * Names the knowledge base does not know, as mentions with no actor, so a draft can name its
 * party in the text's words ("Wagner Group") and the editor can pick or create the actor: runs of
 * capitalised words that overlap no known name, minus sentence openers, titles, months, days and
 * model names ("Shahed-136").
 */
export function unknownNames(text: string, s: Sentence, known: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of s.text.matchAll(RUN)) {
    let words = m[0].split(/\s+/);
    let offset = s.start + m.index;
    // drop leading words that are no name ("The", "Officials", "In")
    // …but a direction starts a name when a name follows it ("South Ossetia", "North Darfur")
    const direction = (w: string, next?: string) => /^(?:north|south|east|west)$/i.test(w) && !!next;
    while (
      words.length &&
      NOT_NAMES.has(words[0].toLowerCase().replace(/['’]s$/, '')) &&
      !direction(words[0], words[1])
    ) {
      offset += words[0].length + 1;
      words = words.slice(1);
      while (text[offset] === ' ') offset++;
    }
    if (!words.length) continue;
    const raw = text.slice(offset, s.start + m.index + m[0].length).replace(/['’]s$/, '');
    const start = offset;
    const end = offset + raw.length;
    if (known.some((k) => k.start < end && k.end > start)) continue;
    if (/\d/.test(raw) || categoryOf(raw) || raw.length < 3 || NOT_NAMES.has(raw.toLowerCase())) continue;
    // "Separately, …", "Officially, …": an adverb opening a sentence
    if (start === s.start && /^[\p{L}]+ly$/u.test(raw)) continue;
    // "a European country", "Hangor-class submarines": an adjective or a model, not a party
    if (/^[\p{L}]+(?:an|ese|ish|ic)$/u.test(raw) && /^\s+[\p{Ll}]/u.test(text.slice(end, end + 3))) continue;
    if (/-(?:class|series|type|made|built|designed|backed|led)$/i.test(raw)) continue;
    // "Goma airport", "the port of Tartus", "Hmeimim air base": places, not parties
    if (
      /^\s+(?:airport|air\s+base|airbase|base|port|harbou?r|airfield|airstrip|province|region|city|district|border|crossing)\b/i.test(
        text.slice(end, end + 30),
      ) ||
      /\b(?:port|city|town|province|region|airport)\s+of\s+$/i.test(text.slice(start - 20, start))
    )
      continue;
    out.push({
      text: raw,
      start,
      end,
      actors: [],
      from: -1,
      to: -1,
      demonym: false,
      compound: null,
      possessive: false,
      collective: false,
    });
  }
  return out;
}
