import { newId } from '../../core/util/ids';
import { actorWriteService } from '../actors/actor-write.service';
import { refuseDerivationCycle } from './derivation';
import { BadUserInputError } from '../../core/errors/errors';
import { LIMITS, integerIn, oneOf, optionalText, text } from '../../core/util/validate';
import { txQuery } from '../../core/context/context';
import type { TxContext } from '../../core/context/context';
import { DEFAULT_CREDIBILITY } from '../evidence/admiralty';
import type { Reliability } from '../evidence/admiralty';
import { assess } from '../evidence/assessment';
import type { CitationFacts, SourceFacts } from '../evidence/assessment';
import { CitationHop } from './citation-hop.entity';
import { Citation } from './citation.entity';
import type { CitationInput } from './citation.inputs';
import { Stance } from '../evidence/evidence-enums';
import { quoteOccursIn } from '../evidence/quote-check';

export type ClaimRef = { transferId: string; recognitionId?: undefined } | { recognitionId: string; transferId?: undefined };

/**
 * Recording citations, with the checks that make evidence trustworthy: the quote must occur in
 * the source's stored text (when it has one), and the chain may not repeat a source or contain
 * the citing source. Keeps the claim's assessment summary current in the same transaction.
 */
export class CitationWriteService {
  async sourceId(tx: TxContext, ref: string, field: string): Promise<{ id: string; text: string | null }> {
    const rows = await txQuery<{ id: string; text: string | null }>(tx, 'SELECT id, text FROM source WHERE id = ? OR key = ?', [ref, ref]);
    if (rows.length === 0) throw new BadUserInputError(field, `Unknown source ${JSON.stringify(ref)} in "${field}".`);
    return rows[0];
  }

  /**
   * Records citations of a claim and brings the claim's stored assessment up to date, in the
   * caller's transaction. `fieldOf(i)` names the i-th input in errors, e.g. "citations[1]".
   */
  async addAll(tx: TxContext, claim: ClaimRef, inputs: readonly CitationInput[], fieldOf: (i: number) => string): Promise<string[]> {
    const ids: string[] = [];
    for (const [i, input] of inputs.entries()) ids.push(await this.add(tx, claim, input, fieldOf(i)));
    await this.refreshAssessment(tx, claim);
    return ids;
  }

  private async add(tx: TxContext, claim: ClaimRef, input: CitationInput, field: string): Promise<string> {
    const source = await this.sourceId(tx, input.source, `${field}.source`);
    const quote = text(`${field}.quote`, input.quote, LIMITS.quote);
    if (source.text !== null && !quoteOccursIn(quote, source.text)) {
      throw new BadUserInputError(`${field}.quote`, `The quote does not occur in the text of source ${JSON.stringify(input.source)}.`);
    }
    const chain: string[] = [];
    for (const [i, ref] of (input.chain ?? []).entries()) {
      const hop = await this.sourceId(tx, ref, `${field}.chain[${i}]`);
      if (hop.id === source.id) throw new BadUserInputError(`${field}.chain[${i}]`, 'A chain may not contain the citing source itself.');
      if (chain.includes(hop.id)) throw new BadUserInputError(`${field}.chain[${i}]`, 'A chain may not name the same source twice.');
      chain.push(hop.id);
    }
    if (chain.length) await refuseDerivationCycle(tx, source.id, chain, field);
    const id = newId();
    const [column, claimId] = claim.transferId ? ['transfer_id', claim.transferId] : ['recognition_id', claim.recognitionId!];
    const [{ last }] = await txQuery<{ last: number | null }>(tx, `SELECT MAX(position) AS last FROM citation WHERE ${column} = ?`, [claimId]);
    await tx.manager.insert(Citation, {
      id,
      position: Number(last ?? 0) + 1,
      sourceId: source.id,
      transferId: claim.transferId ?? null,
      recognitionId: claim.recognitionId ?? null,
      quote,
      stance: oneOf(`${field}.stance`, input.stance ?? Stance.SUPPORTS, Stance),
      credibility: integerIn(`${field}.credibility`, input.credibility ?? DEFAULT_CREDIBILITY, 1, 6),
      attributedToId: input.attributedTo ? await actorWriteService.resolve(tx, input.attributedTo, `${field}.attributedTo`) : null,
      attribution: optionalText(`${field}.attribution`, input.attribution, LIMITS.shortText),
      locator: optionalText(`${field}.locator`, input.locator, LIMITS.name),
      verified: source.text !== null,
      createdAt: tx.at,
    });
    if (chain.length) {
      await tx.manager.insert(CitationHop, chain.map((sourceId, i) => ({ citationId: id, position: i + 1, sourceId })));
    }
    return id;
  }

  /**
   * Recomputes and stores a claim's assessment summary from its citations, inside the
   * transaction. Whatever changes a claim's citations, or a cited source's reliability,
   * attribution or date, must call it for every claim concerned.
   */
  async refreshAssessment(tx: TxContext, claim: ClaimRef): Promise<void> {
    const [table, column, id] = claim.transferId
      ? ['transfer', 'transfer_id', claim.transferId]
      : ['recognition', 'recognition_id', claim.recognitionId!];
    const citations = await txQuery<Omit<CitationFacts, 'chain'> & { id: string }>(
      tx,
      `SELECT id, source_id AS "sourceId", stance, credibility, attributed_to_id AS "attributedToId" FROM citation WHERE ${column} = ? AND removed_at IS NULL`,
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
}

export const citationWriteService = new CitationWriteService();
