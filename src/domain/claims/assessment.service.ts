import type { ActorRow } from '../actors/actor.rows';
import type { Context } from '../../core/context/context';
import { sourceLabel } from '../sources/source-label';
import type { SourceRow } from '../sources/source.rows';
import { assess, originOf } from '../evidence/assessment';
import type { AssessmentFacts, CitationFacts, SourceFacts, Voice } from '../evidence/assessment';
import type { Assessment, VoiceType } from './assessment.types';
import { VoiceKind } from './assessment.types';
import type { CitationRow } from './citation.rows';
import { Stance } from '../evidence/evidence-enums';
import { explain } from '../evidence/explanation';
import { citationLoaders } from './citation.loaders';
import { sourceLoaders } from '../sources/source.loaders';
import { actorLoaders } from '../actors/actor.loaders';
import { echoLoaders } from '../echoes/echo.loaders';
import type { EchoLinkRow } from '../echoes/echo-links';
import { echoView } from '../echoes/echo-view';
import type { SuspectedEcho } from '../echoes/echo.types';

/**
 * The full assessment of a claim, read through the request's loaders (so assessing a page of
 * claims is a fixed number of batched queries), by the same pure rules that keep the claim's
 * summary columns.
 */
export type StoredSummary = Pick<
  AssessmentFacts,
  'verdict' | 'independentVoices' | 'disputingVoices' | 'bestReliability' | 'bestCredibility'
>;

export class AssessmentService {
  /**
   * `stored` is given for a claim read as of a past instant: its verdict, counts and grade are
   * the ones stored with that version (what filters saw then), while voices and sources are
   * named from today's records.
   */
  async forCitations(ctx: Context, citations: readonly CitationRow[], stored?: StoredSummary): Promise<Assessment> {
    const chains = await citationLoaders(ctx).chainByCitation.loadMany(citations.map((c) => c.id));
    const facts: CitationFacts[] = citations.map((c, i) => ({ ...c, chain: chains[i] as string[] }));
    const sources = await this.sources(ctx, facts);
    const sourceFacts = new Map<string, SourceFacts>([...sources.values()].map((s) => [s.id, s]));
    const computed = assess(facts, sourceFacts);
    const result = stored
      ? {
          ...computed,
          ...stored,
          grade:
            stored.bestReliability && stored.bestCredibility
              ? `${stored.bestReliability}${stored.bestCredibility}`
              : null,
        }
      : computed;

    const [voices, disputing] = await Promise.all([
      this.voices(ctx, result.voices, sources),
      this.voices(ctx, result.disputingVoiceList, sources),
    ]);
    const supporting = facts.filter((c) => c.stance === Stance.SUPPORTS);
    const label = (id: string) => (sources.get(id) ? sourceLabel(sources.get(id)!) : id);
    const echoes = await this.echoes(ctx, supporting);
    const first = result.firstReportedSourceId ? sources.get(result.firstReportedSourceId)! : null;
    const firstReported = first ? { source: first, date: first.publishedOn! } : null;
    const explanation = explain({
      facts: result,
      voiceNames: voices.map((v) => v.name),
      disputingNames: disputing.map((v) => v.name),
      paths: supporting.map((c) => [c.sourceId, ...c.chain].map(label)),
      sourceCount: new Set(supporting.flatMap((c) => [c.sourceId, ...c.chain])).size,
      firstReported: first ? { label: sourceLabel(first), date: first.publishedOn! } : null,
      echoes: namedEchoes(echoes).map((e) => ({
        copy: sourceLabel(e.copy),
        original: sourceLabel(e.original),
        similarity: e.similarity,
        verbatim: e.basis === 'QUOTE',
        confirmed: e.status === 'CONFIRMED',
      })),
    });
    return {
      verdict: result.verdict,
      independentVoices: result.independentVoices,
      disputingVoices: result.disputingVoices,
      voices,
      disputing,
      bestReliability: result.bestReliability,
      bestCredibility: result.bestCredibility,
      grade: result.grade,
      firstReported: firstReported as Assessment['firstReported'],
      explanation,
      suspectedEchoes: echoes,
    };
  }

  /** The live echo links whose copy is among the supporting citations' sources: the echoes counted once. */
  private async echoes(ctx: Context, supporting: readonly CitationFacts[]) {
    const onPaths = [...new Set(supporting.flatMap((c) => [c.sourceId, ...c.chain]))];
    if (!onPaths.length) return [];
    const links = (await echoLoaders(ctx).linksBySource.loadMany(onPaths)).flatMap((l) => (Array.isArray(l) ? l : []));
    const seen = new Set<string>();
    const counted: EchoLinkRow[] = [];
    for (const l of links) {
      const k = `${l.copyId} ${l.originalId}`;
      if (l.status === 'DISMISSED' || !onPaths.includes(l.copyId) || seen.has(k)) continue;
      seen.add(k);
      counted.push(l);
    }
    return echoView(ctx, counted);
  }

  private async sources(ctx: Context, facts: readonly CitationFacts[]): Promise<Map<string, SourceRow>> {
    const ids = [...new Set(facts.flatMap((c) => [c.sourceId, ...c.chain, originOf(c)]))];
    const rows = (await sourceLoaders(ctx).sourceById.loadMany(ids)).filter(
      (r): r is SourceRow => !!r && !(r instanceof Error),
    );
    // An origin in an echo group speaks as the group's earliest source, which this claim may not cite.
    const roots = [...new Set(rows.map((r) => r.echoRoot).filter((r): r is string => !!r && !ids.includes(r)))];
    const more = roots.length ? await sourceLoaders(ctx).sourceById.loadMany(roots) : [];
    return new Map(
      [...rows, ...more.filter((r): r is SourceRow => !!r && !(r instanceof Error))].map((r) => [r.id, r]),
    );
  }

  private async voices(ctx: Context, voices: readonly Voice[], sources: Map<string, SourceRow>): Promise<VoiceType[]> {
    const actors = await actorLoaders(ctx).actorById.loadMany(
      voices.filter((v) => v.kind === 'ACTOR').map((v) => v.id),
    );
    const byId = new Map(actors.filter((a): a is ActorRow => !!a && !(a instanceof Error)).map((a) => [a.id, a]));
    return voices.map((v) => {
      if (v.kind === 'ACTOR') {
        const actor = byId.get(v.id)!;
        return { kind: VoiceKind.ACTOR, name: actor.name, actor, source: null };
      }
      const source = sources.get(v.id)!;
      return { kind: VoiceKind.SOURCE, name: sourceLabel(source), actor: null, source };
    });
  }
}

export const assessmentService = new AssessmentService();

/**
 * The echoes an explanation names: one per copy — its link to the group's earliest source when
 * it has one, else its closest — so copies of one wire story are not listed pair by pair.
 */
function namedEchoes(echoes: readonly SuspectedEcho[]): SuspectedEcho[] {
  const byCopy = new Map<string, SuspectedEcho>();
  for (const e of echoes) {
    const root = e.copy.echoRoot;
    const best = byCopy.get(e.copy.id);
    const better =
      !best ||
      (e.original.id === root && best.original.id !== root) ||
      (best.original.id !== root && (e.similarity ?? 0) > (best.similarity ?? 0));
    if (better) byCopy.set(e.copy.id, e);
  }
  return [...byCopy.values()];
}
