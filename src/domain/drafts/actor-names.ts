import { normalizeName } from '../../core/util/normalize-name';
import { DEMONYMS } from '../gazetteer/gazetteer-data';
import type { Token } from './text-units';

/** An actor a mention can resolve to. */
export interface ActorRef {
  readonly id: string;
  readonly key: string;
  readonly name: string;
  readonly kind: string;
}

/** One stored name or alias of an actor, as the knowledge base holds it. */
export interface ActorNameRow {
  readonly id: string;
  readonly key: string;
  readonly actorName: string;
  readonly kind: string;
  readonly name: string;
}

interface NameEntry {
  readonly words: readonly string[];
  readonly actor: ActorRef;
  /** a short all-capitals alias ("US", "DPR"): found only when written in capitals */
  readonly capitals: boolean;
  /** a people's adjective ("Iranian", "North Korean"), which also matches its plural */
  readonly demonym: boolean;
}

// Words that name the kind of a self-proclaimed state, not its place: what is left of
// "Luhansk People's Republic" without them ("Luhansk") names the territory.
const GENERIC = new Set(
  (
    'people peoples republic of the state autonomous region democratic federal islamic arab socialist united ' +
    'soviet nagorno and transnistrian moldavian pridnestrovian'
  ).split(' '),
);

/**
 * Every name and alias of every live actor, indexed by first word for a longest-match scan:
 * the knowledge base's own names (the gazetteer's states come with their demonyms and capitals
 * as aliases), and the place words of self-proclaimed states ("Luhansk"), which are found only
 * where the text speaks of republics or territories.
 */
export class NameIndex {
  private readonly byFirst = new Map<string, NameEntry[]>();
  readonly territories = new Map<string, ActorRef>();
  readonly actors = new Map<string, ActorRef>();

  constructor(rows: readonly ActorNameRow[]) {
    for (const row of rows) {
      const actor = this.actors.get(row.id) ?? { id: row.id, key: row.key, name: row.actorName, kind: row.kind };
      this.actors.set(row.id, actor);
      const words = normalizeName(row.name).split(' ').filter(Boolean);
      if (!words.length) continue;
      const capitals = /^[A-Z.]{2,6}$/.test(row.name.trim());
      const entry = { words, actor, capitals, demonym: row.name !== row.actorName && DEMONYMS.has(words.join(' ')) };
      const list = this.byFirst.get(words[0]) ?? [];
      list.push(entry);
      this.byFirst.set(words[0], list);
      if (row.kind === 'SELF_PROCLAIMED_STATE') {
        const place = words.filter((w) => !GENERIC.has(w));
        if (place.length === 1 && place[0].length > 3) this.territories.set(place[0], actor);
      }
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  /**
   * The longest name starting at `tokens[i]`: how many words it takes and the actor, or null.
   * A name is found only where it starts with a capital letter (or digit) as written, and a
   * short all-capitals alias only where it is written in capitals: "us" is not the US.
   */
  match(
    text: string,
    tokens: readonly Token[],
    i: number,
  ): { length: number; actor: ActorRef; demonym: boolean } | null {
    const first = tokens[i];
    if (!/^[\p{Lu}\p{N}]/u.test(first.raw)) return null;
    for (const entry of this.byFirst.get(first.norm) ?? this.byFirst.get(plural(first.norm)) ?? []) {
      const n = entry.words.length;
      if (i + n > tokens.length) continue;
      let ok = true;
      for (let k = 0; k < n && ok; k++) {
        const t = tokens[i + k];
        const w = entry.words[k];
        const lastWord = k === n - 1;
        ok =
          t.norm === w ||
          (lastWord && possessive(t) === w) ||
          (lastWord && entry.demonym && (t.norm === `${w}s` || possessive(t) === `${w}s`)) ||
          // "the Donetsk and Luhansk People's Republics"
          (lastWord && n > 1 && w === 'republic' && t.norm === 'republics');
        // words of one name are adjacent: nothing but a space or a hyphen between them
        if (ok && k > 0 && !/^[\s-]*$/.test(text.slice(tokens[i + k - 1].end, t.start))) ok = false;
      }
      if (!ok) continue;
      if (entry.capitals && tokens.slice(i, i + n).some((t) => t.raw !== t.raw.toUpperCase())) continue;
      return { length: n, actor: entry.actor, demonym: entry.demonym };
    }
    return null;
  }
}

/** A possessive word without its "'s" ("Korea's" → "korea"). */
function possessive(t: Token): string | null {
  return /['’]s$/i.test(t.raw) ? t.norm.slice(0, -1) : null;
}

/** The lookup key for a plural demonym's first word ("Iranians" → "iranian"). */
function plural(norm: string): string {
  return norm.endsWith('s') ? norm.slice(0, -1) : norm;
}

/** An actor named in the text: the words as written, where, and who. */
export interface Mention {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** one actor, or — for a collective reference to self-proclaimed states — each of them */
  readonly actors: readonly ActorRef[];
  /** the first and one past the last token of the mention, in its sentence */
  readonly from: number;
  readonly to: number;
  readonly demonym: boolean;
  /** the word joined by a hyphen after it ("made" in "Iranian-made"), lower case */
  readonly compound: string | null;
  readonly possessive: boolean;
  readonly collective: boolean;
}

/** The actor mentions in one sentence (`text` is the whole text the tokens index into). */
export function mentionsIn(index: NameIndex, text: string, tokens: readonly Token[]): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const hit = index.match(text, tokens, i);
    if (!hit) continue;
    const last = tokens[i + hit.length - 1];
    const after = text.slice(last.end, last.end + 1);
    const next = tokens[i + hit.length];
    out.push({
      text: text.slice(tokens[i].start, last.end),
      start: tokens[i].start,
      end: last.end,
      actors: [hit.actor],
      from: i,
      to: i + hit.length,
      demonym: hit.demonym,
      compound: after === '-' && next && next.start === last.end + 1 ? next.raw.toLowerCase() : null,
      possessive: /['’]s$/i.test(last.raw),
      collective: false,
    });
    i += hit.length - 1;
  }
  return out;
}
