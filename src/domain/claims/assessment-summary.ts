import type { TxContext } from '../../core/context/context';
import { txQuery } from '../../core/context/transaction';
import type { ClaimRef } from '../../core/context/write-record';
import type { Reliability } from '../evidence/admiralty';
import { assess } from '../evidence/assessment';
import type { CitationFacts, SourceFacts } from '../evidence/assessment';

/**
 * Recomputes and stores a claim's assessment summary (verdict, voices, best grades, ordering
 * strength) from its live citations, inside the write's transaction, so filters and orderings by
 * evidence run on indexed columns. A step of the write pipeline: it runs for every claim a write
 * touches — its citations, or a cited source's reliability, attribution or date, may have changed.
 */
export async function refreshAssessmentSummary(tx: TxContext, claim: ClaimRef): Promise<void> {
  const { table, id } = claim;
  const column = `${table}_id`;
  const citations = await txQuery<Omit<CitationFacts, 'chain'> & { id: string }>(
    tx,
    `SELECT id, source_id AS "sourceId", stance, credibility, attributed_to_id AS "attributedToId"
     FROM citation WHERE ${column} = ? AND removed_at IS NULL`,
    [id],
  );
  const hops = await txQuery<{ citationId: string; sourceId: string }>(
    tx,
    `SELECT h.citation_id AS "citationId", h.source_id AS "sourceId" FROM citation_hop h
     JOIN citation c ON c.id = h.citation_id WHERE c.${column} = ? AND c.removed_at IS NULL ORDER BY h.citation_id, h.position`,
    [id],
  );
  const sources = await txQuery<SourceFacts>(
    tx,
    `SELECT s.id, s.reliability, s.attributed_to_id AS "attributedToId", s.published_lo AS "publishedLo", s.published_hi AS "publishedHi" FROM source s
     WHERE s.id IN (SELECT source_id FROM citation WHERE ${column} = ?)
        OR s.id IN (SELECT h.source_id FROM citation_hop h JOIN citation c ON c.id = h.citation_id WHERE c.${column} = ?)`,
    [id, id],
  );
  const facts: CitationFacts[] = citations.map((c) => ({
    ...c,
    credibility: Number(c.credibility),
    chain: hops.filter((h) => h.citationId === c.id).map((h) => h.sourceId),
  }));
  const a = assess(facts, new Map(sources.map((s) => [s.id, { ...s, reliability: s.reliability as Reliability }])));
  await txQuery(
    tx,
    `UPDATE ${table} SET verdict = ?, independent_voices = ?, disputing_voices = ?, best_reliability = ?, best_credibility = ?, strength = ?, updated_at = ? WHERE id = ?`,
    [a.verdict, a.independentVoices, a.disputingVoices, a.bestReliability, a.bestCredibility, a.strength, tx.at, id],
  );
}
