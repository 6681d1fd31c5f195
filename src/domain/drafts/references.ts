import type { ActorRef, Mention } from './actor-names';
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
