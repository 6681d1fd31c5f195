import { Reliability } from './admiralty';
import { Stance, Verdict } from './evidence-enums';

/**
 * The evidence rules (docs/evidence-model.md, "The assessment"), as one pure function so that they are tested
 * case by case and used identically when a claim is written (its summary columns) and read
 * (the full assessment).
 *
 * - A citation's origin is the last source of its chain, or its own source when the chain is empty.
 * - Its voice is its attributedTo actor, else the origin's attributedTo actor, else the origin.
 * - Echoes of one voice count once: voices are counted distinct.
 * - Suspected or confirmed echoes (sources the independence auditor grouped, each group named by
 *   its earliest source, `echoRoot`) count once too: citations whose paths pass through sources of
 *   one group are one voice, and an origin in a group speaks as the group's earliest source.
 */
export interface CitationFacts {
  readonly sourceId: string;
  readonly stance: Stance;
  readonly credibility: number;
  readonly attributedToId: string | null;
  /** Source ids, nearest first, ending at the origin; empty when the citing source is the origin. */
  readonly chain: readonly string[];
}

export interface SourceFacts {
  readonly id: string;
  readonly reliability: Reliability;
  readonly attributedToId: string | null;
  /** First and last day the publication date covers, null when undated. */
  readonly publishedLo: string | null;
  readonly publishedHi: string | null;
  /** The earliest source of its echo group; null or absent when it is in none. */
  readonly echoRoot?: string | null;
}

export interface Voice {
  readonly kind: 'ACTOR' | 'SOURCE';
  readonly id: string;
}

export interface AssessmentFacts {
  readonly verdict: Verdict;
  readonly independentVoices: number;
  readonly disputingVoices: number;
  readonly voices: Voice[];
  readonly disputingVoiceList: Voice[];
  readonly bestReliability: Reliability | null;
  readonly bestCredibility: number | null;
  readonly grade: string | null;
  /** The earliest dated source among supporting citations and their chains. */
  readonly firstReportedSourceId: string | null;
  /** Ordering key: higher is stronger evidence. */
  readonly strength: number;
}

export const originOf = (c: CitationFacts): string => (c.chain.length > 0 ? c.chain[c.chain.length - 1] : c.sourceId);

export function voiceOf(c: CitationFacts, sources: ReadonlyMap<string, SourceFacts>): Voice {
  if (c.attributedToId) return { kind: 'ACTOR', id: c.attributedToId };
  const origin = originOf(c);
  const actor = sources.get(origin)?.attributedToId;
  return actor ? { kind: 'ACTOR', id: actor } : { kind: 'SOURCE', id: sources.get(origin)?.echoRoot ?? origin };
}

/**
 * The voices of some citations, each counted once: citations with the same voice, or whose
 * paths (citing source and chain) pass through sources of one echo group, are one voice. Each
 * group of citations is named by its first actor voice, else by its first citation's voice.
 */
function distinctVoices(citations: readonly CitationFacts[], sources: ReadonlyMap<string, SourceFacts>): Voice[] {
  const parent = citations.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const owner = new Map<string, number>();
  citations.forEach((c, i) => {
    const v = voiceOf(c, sources);
    const keys = [`${v.kind}:${v.id}`];
    for (const id of [c.sourceId, ...c.chain]) {
      const root = sources.get(id)?.echoRoot;
      if (root) keys.push(`ECHO:${root}`);
    }
    for (const k of keys) {
      const o = owner.get(k);
      if (o === undefined) owner.set(k, i);
      else parent[find(i)] = find(o);
    }
  });
  const groups = new Map<number, Voice[]>();
  citations.forEach((c, i) => {
    const g = find(i);
    (groups.get(g) ?? groups.set(g, []).get(g)!).push(voiceOf(c, sources));
  });
  return [...groups.values()].map((vs) => vs.find((v) => v.kind === 'ACTOR') ?? vs[0]);
}

const VERDICT_RANK: Record<Verdict, number> = {
  [Verdict.CORROBORATED]: 3,
  [Verdict.SINGLE_SOURCE]: 2,
  [Verdict.CONTESTED]: 1,
  [Verdict.UNSUPPORTED]: 0,
};

export const verdictRank = (v: Verdict): number => VERDICT_RANK[v];

export function verdictFor(independentVoices: number, disputingVoices: number): Verdict {
  if (disputingVoices > 0) return Verdict.CONTESTED;
  if (independentVoices >= 2) return Verdict.CORROBORATED;
  if (independentVoices === 1) return Verdict.SINGLE_SOURCE;
  return Verdict.UNSUPPORTED;
}

/**
 * One integer that orders claims by strength of evidence: verdict first, then the number of
 * independent voices (capped at 99), then best reliability, then best credibility.
 */
export function evidenceStrength(
  verdict: Verdict,
  independentVoices: number,
  bestReliability: Reliability | null,
  bestCredibility: number | null,
): number {
  const rel = bestReliability ? 6 - 'ABCDEF'.indexOf(bestReliability) : 0;
  const cred = bestCredibility ? 7 - bestCredibility : 0;
  return VERDICT_RANK[verdict] * 10_000 + Math.min(independentVoices, 99) * 100 + rel * 10 + cred;
}

/**
 * The earliest dated source among the supporting citations and their chains. Partial dates only
 * order partly, so "earlier" means: its date ends before the other's begins; else, when the
 * dates overlap, it stands deeper in a chain that relays the other (a source is published before
 * whoever relays it); else the earlier first day covered, then the id.
 */
function firstReported(
  supporting: readonly CitationFacts[],
  sources: ReadonlyMap<string, SourceFacts>,
): SourceFacts | null {
  const relayedBy = new Set<string>();
  for (const c of supporting) {
    const path = [c.sourceId, ...c.chain];
    for (let later = 0; later < path.length; later++) {
      for (let earlier = later + 1; earlier < path.length; earlier++) relayedBy.add(`${path[earlier]} ${path[later]}`);
    }
  }
  const before = (a: SourceFacts, b: SourceFacts): boolean => {
    if (a.publishedHi! < b.publishedLo!) return true;
    if (b.publishedHi! < a.publishedLo!) return false;
    if (relayedBy.has(`${a.id} ${b.id}`)) return true;
    if (relayedBy.has(`${b.id} ${a.id}`)) return false;
    return a.publishedLo! < b.publishedLo! || (a.publishedLo === b.publishedLo && a.id < b.id);
  };
  let first: SourceFacts | null = null;
  for (const c of supporting) {
    for (const id of [c.sourceId, ...c.chain]) {
      const s = sources.get(id);
      if (s?.publishedLo && s.publishedHi && (!first || before(s, first))) first = s;
    }
  }
  return first;
}

export function assess(
  citations: readonly CitationFacts[],
  sources: ReadonlyMap<string, SourceFacts>,
): AssessmentFacts {
  const supporting = citations.filter((c) => c.stance === Stance.SUPPORTS);
  const disputing = citations.filter((c) => c.stance === Stance.DISPUTES);
  const voices = distinctVoices(supporting, sources);
  const disputingVoiceList = distinctVoices(disputing, sources);
  const verdict = verdictFor(voices.length, disputingVoiceList.length);

  let bestReliability: Reliability | null = null;
  let bestCredibility: number | null = null;
  for (const c of supporting) {
    const rel = sources.get(originOf(c))?.reliability ?? null;
    if (rel && (bestReliability === null || rel < bestReliability)) bestReliability = rel;
    if (bestCredibility === null || c.credibility < bestCredibility) bestCredibility = c.credibility;
  }

  const first = firstReported(supporting, sources);

  return {
    verdict,
    independentVoices: voices.length,
    disputingVoices: disputingVoiceList.length,
    voices,
    disputingVoiceList,
    bestReliability,
    bestCredibility,
    grade: bestReliability && bestCredibility ? `${bestReliability}${bestCredibility}` : null,
    firstReportedSourceId: first?.id ?? null,
    strength: evidenceStrength(verdict, voices.length, bestReliability, bestCredibility),
  };
}
