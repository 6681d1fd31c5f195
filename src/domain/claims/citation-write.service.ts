import { LENGTH } from '../../core/config/limits';
import { newId } from '../../core/util/ids';
import { actorWriteService } from '../actors/actor-write.service';
import { refuseDerivationCycle } from './derivation';
import { BadUserInputError } from '../../core/errors/errors';
import { integerIn, oneOf, optionalText, text } from '../../core/util/validate';
import { WRITE_LOCKS, serializeWrites, txQuery } from '../../core/context/transaction';
import type { TxContext } from '../../core/context/context';
import type { ClaimRef } from '../../core/context/write-record';
import { DEFAULT_CREDIBILITY } from '../evidence/admiralty';
import { CitationHop } from './citation-hop.entity';
import { Citation } from './citation.entity';
import { sha256Of } from '../echoes/fingerprint';
import { auditedQuote } from '../echoes/quote-echoes';
import type { CitationInput } from './citation.inputs';
import { Stance } from '../evidence/evidence-enums';
import { quoteOccursIn } from '../evidence/quote-check';

/**
 * Recording citations, with the checks that make evidence trustworthy: the quote must occur in
 * the source's stored text (when it has one), and the chain may not repeat a source or contain
 * the citing source.
 */
export class CitationWriteService {
  /** Marks a live citation removed: the row stays, for history (a citation is never deleted). */
  async markRemoved(tx: TxContext, citationId: string): Promise<void> {
    await txQuery(tx, 'UPDATE citation SET removed_at = ? WHERE id = ? AND removed_at IS NULL', [tx.at, citationId]);
  }

  async sourceId(
    tx: TxContext,
    ref: string,
    field: string,
  ): Promise<{ id: string; text: string | null; kind: string }> {
    const rows = await txQuery<{ id: string; text: string | null; kind: string }>(
      tx,
      'SELECT id, text, kind FROM source WHERE id = ? OR key = ?',
      [ref, ref],
    );
    if (rows.length === 0) throw new BadUserInputError(field, `Unknown source ${JSON.stringify(ref)} in "${field}".`);
    return rows[0];
  }

  /**
   * Records citations of a claim in the caller's transaction (the write pipeline then brings the
   * claim's assessment summary up to date). `fieldOf(i)` names the i-th input in errors, e.g.
   * "citations[1]".
   */
  async addAll(
    tx: TxContext,
    claim: ClaimRef,
    inputs: readonly CitationInput[],
    fieldOf: (i: number) => string,
  ): Promise<string[]> {
    const ids: string[] = [];
    for (const [i, input] of inputs.entries()) ids.push(await this.add(tx, claim, input, fieldOf(i)));
    return ids;
  }

  private async add(tx: TxContext, claim: ClaimRef, input: CitationInput, field: string): Promise<string> {
    const source = await this.sourceId(tx, input.source, `${field}.source`);
    const quote = text(`${field}.quote`, input.quote, LENGTH.quote);
    // A chain is checked against derivations (confirmed echoes among them), and a long quote is
    // looked for in earlier texts by the echo audit: such citations take turns with source writes
    // and echo decisions on PostgreSQL, before this write changes any existing row.
    if (input.chain?.length || auditedQuote(quote, source.kind)) await serializeWrites(tx, WRITE_LOCKS.sourceTexts);
    if (source.text !== null && !quoteOccursIn(quote, source.text)) {
      throw new BadUserInputError(
        `${field}.quote`,
        `The quote does not occur in the text of source ${JSON.stringify(input.source)}.`,
      );
    }
    const chain: string[] = [];
    for (const [i, ref] of (input.chain ?? []).entries()) {
      const hop = await this.sourceId(tx, ref, `${field}.chain[${i}]`);
      if (hop.id === source.id)
        throw new BadUserInputError(`${field}.chain[${i}]`, 'A chain may not contain the citing source itself.');
      if (chain.includes(hop.id))
        throw new BadUserInputError(`${field}.chain[${i}]`, 'A chain may not name the same source twice.');
      chain.push(hop.id);
    }
    if (chain.length) await refuseDerivationCycle(tx, source.id, chain, field);
    const id = newId();
    const column = `${claim.table}_id`;
    const claimId = claim.id;
    const [{ last }] = await txQuery<{ last: number | null }>(
      tx,
      `SELECT MAX(position) AS last FROM citation WHERE ${column} = ?`,
      [claimId],
    );
    await tx.manager.insert(Citation, {
      id,
      position: Number(last ?? 0) + 1,
      sourceId: source.id,
      transferId: claim.table === 'transfer' ? claim.id : null,
      recognitionId: claim.table === 'recognition' ? claim.id : null,
      quote,
      stance: oneOf(`${field}.stance`, input.stance ?? Stance.SUPPORTS, Stance),
      credibility: integerIn(`${field}.credibility`, input.credibility ?? DEFAULT_CREDIBILITY, 1, 6),
      attributedToId: input.attributedTo
        ? await actorWriteService.resolve(tx, input.attributedTo, `${field}.attributedTo`)
        : null,
      attribution: optionalText(`${field}.attribution`, input.attribution, LENGTH.shortText),
      locator: optionalText(`${field}.locator`, input.locator, LENGTH.name),
      verified: source.text !== null,
      sourceTextSha256: source.text !== null ? sha256Of(source.text) : null,
      createdAt: tx.at,
    });
    if (chain.length) {
      await tx.manager.insert(
        CitationHop,
        chain.map((sourceId, i) => ({ citationId: id, position: i + 1, sourceId })),
      );
    }
    return id;
  }
}

export const citationWriteService = new CitationWriteService();
