import { mentionsIn } from './actor-names';
import type { ActorRef, Mention, NameIndex } from './actor-names';
import { attributionOf } from './attribution';
import type { SpanMention } from './attribution';
import { DATELINE, datesIn } from './dates';
import type { DraftValue } from './draft-values';
import { recognitionDrafts } from './recognitions';
import { transferDrafts } from './transfers';
import { unknownNames } from './unknown-names';
import { deniedReports, spreadDenials } from './denials';
import { genericReferences, topicsOf } from './references';
import type { Discourse } from './references';
import { sentenceBatches } from './text-units';
import type { Sentence } from './text-units';

/** This drafter's version: stored with each batch, so a batch says which rules made it. */
export const DRAFTER_VERSION = '1';

const COLLECTIVE =
  /\b(?:(?:[\p{Lu}][\p{L}]+-(?:occupied|backed|controlled|held|installed|supported)|separatist|breakaway|self-proclaimed|occupied|rebel-held|pro-Russian|so-called|two|the)\s+)+(?:territories|regions|republics|areas|statelets|entities|enclaves)\b/gu;
const PLACE_CONTEXT =
  /\b(?:republics?|territor(?:y|ies)|regions?|entities|statelets?|enclaves?|recogni[sz]\w*|separatists?|breakaway|self-proclaimed)\b/i;

/**
 * Drafts the claims a text makes: transfers and recognitions, each with the words that made it.
 * Pure: the knowledge base enters as `names`, and the same text, names and date give the same
 * drafts in the same order.
 */
export function draftText(text: string, names: NameIndex, publishedOn: string | null): DraftValue[] {
  const steps = draftSteps(text, names, publishedOn);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * draftText giving the event loop a turn after every step (a piece of text split, a hundred
 * sentences read), so drafting a long text never holds up the server's other requests.
 */
export async function draftTextInTurns(
  text: string,
  names: NameIndex,
  publishedOn: string | null,
): Promise<DraftValue[]> {
  const steps = draftSteps(text, names, publishedOn);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

function* draftSteps(text: string, names: NameIndex, publishedOn: string | null): Generator<void, DraftValue[]> {
  const sentences: Sentence[] = [];
  for (const batch of sentenceBatches(text)) {
    sentences.push(...batch);
    yield;
  }
  // a dateline ("KYIV, July 14 (Reuters) –", "BAMAKO —") says where the report was filed: no party (it still tells the topic)
  const dateline = (s: Sentence) =>
    DATELINE.exec(s.text)?.[0].length ?? /^[\p{Lu}][\p{Lu} .'’/-]+\s+[-–—]\s/u.exec(s.text)?.[0].length ?? 0;
  const perSentence = sentences.map((s) => placeMentions(text, s, names, mentionsIn(names, text, s.tokens)));
  // "separatist territories" are the self-proclaimed states the text names elsewhere
  const named = new Map<string, ActorRef>();
  for (const ms of perSentence)
    for (const m of ms) for (const a of m.actors) if (a.kind === 'SELF_PROCLAIMED_STATE') named.set(a.id, a);
  const known = sentences.map((s, i) => collectives(text, s, perSentence[i], [...named.values()]));
  const topics = topicsOf(known);
  const withCollectives = sentences.map((s, i) => {
    // "the West African country" is a reference, though "African" alone would be an unknown name
    const generic = genericReferences(s, known[i], topics);
    const unknown = unknownNames(text, s, known[i]).filter(
      (u) => !generic.some((g) => g.start < u.end && g.end > u.start),
    );
    const all = [...known[i], ...generic, ...unknown].sort((a, b) => a.start - b.start);
    // "Yemen’s Houthi rebels", "Russia’s state arms exporter Rosoboronexport": the possessor only says whose
    const filed = s.start + dateline(s);
    return all.filter(
      (m, k) =>
        m.start >= filed &&
        // "Africa’s biggest arms importer", "Lockheed Martin’s plant": an unknown owner is no party
        !(m.possessive && !m.actors.length) &&
        !(
          m.possessive &&
          all[k + 1]?.actors.length &&
          /^(?:\s+(?!(?:of|from|to|for|by|in)\b)[\p{Ll}-]+){0,3}\s*$/u.test(text.slice(m.end, all[k + 1].start))
        ),
    );
  });
  const discourse: Discourse = { lastSubject: [], bySupplierCategory: new Map(), topics, receivers: new Map() };
  const drafts: DraftValue[] = [];
  const recognitionMemory = { recognized: [] as Mention[] };
  const relays: { noun: string; chain: SpanMention[]; before: number }[] = [];
  for (const [i, s] of sentences.entries()) {
    if (i % 100 === 99) yield;
    const mentions = withCollectives[i];
    const attribution = attributionOf(s.text, s.start, mentions);
    // dates are read only in sentences that make drafts
    let dates: ReturnType<typeof datesIn> | null = null;
    const datesOf = () => (dates ??= datesIn(s.text, s.start, publishedOn)).found;
    const made = [
      ...transferDrafts(text, s, mentions, attribution, datesOf, discourse),
      ...recognitionDrafts(text, s, mentions, attribution, datesOf, recognitionMemory),
    ];
    for (const d of made)
      for (const u of made.length ? (dates ??= datesIn(s.text, s.start, publishedOn)).unresolved : [])
        d.reasons.push({
          role: 'DATE',
          text: `${u} (no publication date to resolve it)`,
          start: s.start,
          end: s.start,
        });
    drafts.push(...made);
    const since = sentences.find((x) => x.paragraph >= s.paragraph - 1)?.start ?? 0;
    if (!made.length) drafts.push(...deniedReports(s, mentions, attribution, drafts, since));
    // "The intelligence finding was first reported by the New York Times", "The shipment was first reported by
    // the Levant Ledger": a sentence that only relays speaks of the claims before it
    const subject =
      /^(?:the|this|that|these|those)\s+(?:[\w-]+\s+){0,2}?(\w+)\s+(?:was|were|had\s+been|has\s+been)\b/i.exec(s.text);
    if (subject && attribution.chain.length && !made.length)
      relays.push({ noun: subject[1].toLowerCase(), chain: attribution.chain, before: s.start });
  }
  // a relay sentence passes on the claims whose attribution names its subject ("the finding"), and
  // those of the nearest sentence before it that made drafts
  for (const r of relays) {
    const earlier = drafts.filter((d) => d.quoteEnd <= r.before);
    const nearest = earlier[earlier.length - 1]?.quoteStart;
    for (const d of earlier) {
      const named = d.voice && new RegExp(`\\b${r.noun}\\b`, 'i').test(d.voice.text);
      if (!d.chain.length && (named || d.quoteStart === nearest)) d.chain = r.chain;
    }
  }
  return dedupe(spreadDenials(drafts));
}

/** Place words of self-proclaimed states ("Luhansk") where the sentence speaks of republics or territories. */
function placeMentions(text: string, s: Sentence, names: NameIndex, found: Mention[]): Mention[] {
  if (!names.territories.size || !PLACE_CONTEXT.test(s.text)) return found;
  const out = [...found];
  s.tokens.forEach((t, i) => {
    const actor = names.territories.get(t.norm);
    if (!actor || !/^\p{Lu}/u.test(t.raw) || found.some((m) => m.start <= t.start && m.end >= t.end)) return;
    out.push({
      text: t.raw,
      start: t.start,
      end: t.end,
      actors: [actor],
      from: i,
      to: i + 1,
      demonym: false,
      compound: null,
      possessive: false,
      collective: false,
    });
  });
  return out.sort((a, b) => a.start - b.start);
}

/** "Russian-occupied territories", "the self-proclaimed republics": the self-proclaimed states the text names. */
function collectives(text: string, s: Sentence, found: Mention[], named: ActorRef[]): Mention[] {
  const out = [...found];
  for (const m of s.text.matchAll(COLLECTIVE)) {
    const start = s.start + m.index;
    const end = start + m[0].length;
    // followed by their names ("republics in Luhansk and Donetsk"): the names say it
    const after = text.slice(end, end + 40);
    if (
      /^\s+(?:in|of|known\s+as|called)\s+/i.test(after) &&
      found.some((x) => x.start > end && x.start < end + 40 && x.actors.some((a) => a.kind === 'SELF_PROCLAIMED_STATE'))
    )
      continue;
    if (
      !/\b(?:territories|republics|statelets|entities|enclaves|regions|areas)\b/i.test(m[0]) ||
      !/[-\s](?:occupied|backed|controlled|held|installed|supported|separatist|breakaway|self-proclaimed|rebel|so-called)/i.test(
        m[0],
      )
    )
      continue;
    // the hyphenated name inside ("Russian" of "Russian-occupied") is an affiliation, not a party
    const inside = out.filter((x) => x.start >= start && x.end <= end);
    for (const x of inside) out.splice(out.indexOf(x), 1);
    out.push({
      text: m[0],
      start,
      end,
      actors: named,
      from: -1,
      to: -1,
      demonym: false,
      compound: null,
      possessive: false,
      collective: true,
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** One draft per claim and quote: the same parties, item, status and stance from one sentence once. */
function dedupe(drafts: DraftValue[]): DraftValue[] {
  const seen = new Set<string>();
  return drafts.filter((d) => {
    const k = JSON.stringify([
      d.kind,
      d.supplier?.actor?.id ?? d.supplier?.text,
      d.recipient?.actor?.id ?? d.recipient?.text,
      d.recognizer?.actor?.id,
      d.recognized?.actor?.id ?? d.recognized?.text,
      d.category,
      d.designation,
      d.status,
      d.stance,
      d.quoteStart,
    ]);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
