import type { TxContext } from '../../core/context/context';
import { txQuery } from '../../core/context/transaction';
import type { ClaimRef } from '../../core/context/write-record';
import type { Reliability } from '../evidence/admiralty';
import { assess } from '../evidence/assessment';
import type { AssessmentFacts, CitationFacts, SourceFacts, Voice } from '../evidence/assessment';

/**
 * Recomputes and stores a claim's assessment summary (verdict, voices, best grades, ordering
 * strength) and its voices (claim_voice) from its live citations, inside the write's transaction,
 * so filters and orderings by evidence run on indexed columns and aggregates count distinct voices. A step of the write pipeline: it runs for every claim a write
 * touches — its citations, or a cited source's reliability, attribution or date, may have changed.
 */
export async function refreshAssessmentSummary(tx: TxContext, claim: ClaimRef): Promise<void> {
  const { table, id } = claim;
  const a = await assessClaim(tx, claim);
  await txQuery(
    tx,
    `UPDATE ${table} SET verdict = ?, independent_voices = ?, disputing_voices = ?, best_reliability = ?, best_credibility = ?, strength = ?, updated_at = ? WHERE id = ?`,
    [a.verdict, a.independentVoices, a.disputingVoices, a.bestReliability, a.bestCredibility, a.strength, tx.at, id],
  );
  await storeVoices(tx, claim, a.voices);
}

/**
 * Stores the voices behind a claim's supporting citations (claim_voice), which aggregates count
 * distinct across claims. Also used to fill claim_voice for claims written before it existed.
 */
export async function refreshClaimVoices(tx: TxContext, claim: ClaimRef): Promise<void> {
  await storeVoices(tx, claim, (await assessClaim(tx, claim)).voices);
}

const voiceKey = (v: Voice) => `${v.kind}:${v.id}`;

async function storeVoices(tx: TxContext, claim: ClaimRef, voices: readonly Voice[]): Promise<void> {
  await txQuery(tx, 'DELETE FROM claim_voice WHERE claim_type = ? AND claim_id = ?', [claim.table, claim.id]);
  for (const v of voices)
    await txQuery(tx, 'INSERT INTO claim_voice (claim_type, claim_id, voice) VALUES (?, ?, ?)', [
      claim.table,
      claim.id,
      voiceKey(v),
    ]);
}

/** The assessment of a claim from its live citations and their sources. */
async function assessClaim(tx: TxContext, claim: ClaimRef): Promise<AssessmentFacts> {
  const { table, id } = claim;
  const column = `${table}_id`;
  const citations = await txQuery<Omit<CitationFacts, 'chain'> & { id: string }>(
    tx,
    `SELECT id, source_id AS "sourceId", stance, credibility, attributed_to_id AS "attributedToId"
     FROM citation WHERE ${column} = ? AND removed_at IS NULL ORDER BY position, id`,
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
    `SELECT s.id, s.reliability, s.attributed_to_id AS "attributedToId", s.published_lo AS "publishedLo", s.published_hi AS "publishedHi", s.echo_root AS "echoRoot" FROM source s
     WHERE s.id IN (SELECT source_id FROM citation WHERE ${column} = ?)
        OR s.id IN (SELECT h.source_id FROM citation_hop h JOIN citation c ON c.id = h.citation_id WHERE c.${column} = ?)`,
    [id, id],
  );
  const facts: CitationFacts[] = citations.map((c) => ({
    ...c,
    credibility: Number(c.credibility),
    chain: hops.filter((h) => h.citationId === c.id).map((h) => h.sourceId),
  }));
  return assess(facts, new Map(sources.map((s) => [s.id, { ...s, reliability: s.reliability as Reliability }])));
}
