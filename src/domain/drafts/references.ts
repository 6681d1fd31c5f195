import type { ActorRef, Mention } from './actor-names';
import type { ReasonValue } from './attribution';
import type { PartyValue } from './parties';
import type { Sentence } from './text-units';

/**
 * The states a text is about, most named first (ties: the first named): "the regime", "the
 * army" and "the country" are the first of them, and a transfer with no recipient named goes to
 * it (with a COREFERENCE reason, for the editor to check).
 */
export interface Topic {
  actor: ActorRef;
  /** where the text first names it */
  first: Mention;
}

export function topicsOf(mentions: readonly (readonly Mention[])[]): Topic[] {
  const count = new Map<string, { actor: ActorRef; n: number; first: Mention }>();
  for (const list of mentions)
    for (const m of list)
      for (const a of m.actors) {
        if (!['STATE', 'ARMED_GROUP', 'GOVERNMENT_BODY'].includes(a.kind) || m.collective) continue;
        const c = count.get(a.id) ?? { actor: a, n: 0, first: m };
        c.n++;
        count.set(a.id, c);
      }
  return [...count.values()]
    .sort((x, y) => y.n - x.n || x.first.start - y.first.start)
    .map((c) => ({ actor: c.actor, first: c.first }));
}

const GENERIC =
  /\b(?:the|its|their|his|her)\s+(?:[\p{L}-]+\s+){0,2}?(?<noun>regime|junta|army|armed\s+forces|military|government|country|kingdom|island|authorities|administration|North|South|group|militia|militias|movement|rebels|organi[sz]ation|force|police)\b/gu;

/**
 * "the regime", "the West African country", "the North": references to a state the text names
 * elsewhere, as mentions of the text's first topic ("the North" and "the South": the named state
 * whose name starts so). Only where no name is written.
 */
export function genericReferences(s: Sentence, known: readonly Mention[], topics: readonly Topic[]): Mention[] {
  const out: Mention[] = [];
  for (const m of s.text.matchAll(GENERIC)) {
    const start = s.start + m.index;
    const end = start + m[0].length;
    if (known.some((k) => k.start < end && k.end > start)) continue;
    const noun = m.groups!.noun;
    // the kind of actor the noun speaks of: "the group" an armed group, "the force" a body or a group, else a state
    const kinds = /^(?:group|militias?|movement|rebels|organi[sz]ation)$/.test(noun)
      ? ['ARMED_GROUP']
      : /^(?:force|police)$/.test(noun)
        ? ['GOVERNMENT_BODY', 'ARMED_GROUP']
        : ['STATE'];
    const actor = /^(?:North|South)$/.test(noun)
      ? topics.find((t) => t.actor.name.startsWith(`${noun} `))?.actor
      : topics.find((t) => kinds.includes(t.actor.kind))?.actor;
    if (!actor) continue;
    out.push({
      text: m[0],
      start,
      end,
      actors: [actor],
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

/** What earlier sentences said, for "the drones" and "it": the last party of each role and item category. */
export interface Discourse {
  lastSubject: Mention[];
  bySupplierCategory: Map<string, PartyValue>;
  /** the states the text is about, most named first */
  topics: readonly Topic[];
  /** how often each actor has received so far, with where it was first named as a recipient */
  receivers: Map<string, { mention: Mention; count: number }>;
}

/** The text's usual recipient so far, else the state it names most: not one of the suppliers. */
export function fallbackRecipient(
  discourse: Discourse,
  suppliers: readonly Mention[],
): { mention: Mention; reason: ReasonValue } | null {
  const givers = new Set(suppliers.flatMap((m) => m.actors.map((a) => a.id)));
  const usual = [...discourse.receivers.values()]
    .filter((r) => !r.mention.actors.some((a) => givers.has(a.id)))
    .sort((a, b) => b.count - a.count || a.mention.start - b.mention.start)[0];
  const topic = discourse.topics.find((x) => x.actor.kind === 'STATE' && !givers.has(x.actor.id));
  const mention = usual ? usual.mention : topic && { ...topic.first, actors: [topic.actor] };
  if (!mention) return null;
  return {
    mention,
    reason: {
      role: 'COREFERENCE',
      text: mention.text,
      start: mention.start,
      end: mention.end,
      note: usual ? 'the recipient the text names so far' : 'the state the text names most',
    },
  };
}

/** Counts who received, for fallbackRecipient. */
export function noteRecipients(discourse: Discourse, recipients: readonly Mention[]): void {
  for (const r of recipients)
    for (const a of r.actors) {
      const seen = discourse.receivers.get(a.id);
      discourse.receivers.set(a.id, { mention: seen?.mention ?? { ...r, actors: [a] }, count: (seen?.count ?? 0) + 1 });
    }
}
