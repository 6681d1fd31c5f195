import { lockClaim } from './claim-versions';
import { claimWriteService } from './claim-write.service';
import { ConflictError, NotFoundError } from '../../core/errors/errors';
import { txQuery, withTransaction } from '../../core/context/transaction';
import type { Context } from '../../core/context/context';
import { snapshotClaim } from './claim.snapshot';
import { citationWriteService } from './citation-write.service';
import type { CitationInput } from './citation.inputs';
import { Stance } from '../evidence/evidence-enums';

/**
 * Adding and removing a claim's citations. Removal keeps the row (marked removed) for history;
 * removing the last SUPPORTS citation is refused, since no claim may stand without evidence.
 */
export class EvidenceWriteService {
  async addCitation(ctx: Context, claimId: string, input: CitationInput): Promise<string> {
    return withTransaction(ctx, async (tx) => {
      const table = await claimWriteService.tableOf(tx, claimId, 'claim');
      const before = await snapshotClaim(tx, table, claimId);
      const [id] = await citationWriteService.addAll(tx, { table, id: claimId }, [input], () => 'citation');
      await claimWriteService.finish(tx, 'addCitation', table, claimId, before);
      return id;
    });
  }

  async removeCitation(
    ctx: Context,
    citationId: string,
  ): Promise<{ table: 'transfer' | 'recognition'; claimId: string }> {
    return withTransaction(ctx, async (tx) => {
      const [c] = await txQuery<{ transferId: string | null; recognitionId: string | null; stance: Stance }>(
        tx,
        `SELECT transfer_id AS "transferId", recognition_id AS "recognitionId", stance FROM citation WHERE id = ? AND removed_at IS NULL`,
        [citationId],
      );
      if (!c) throw new NotFoundError('citation', citationId, 'id');
      const table = c.transferId ? 'transfer' : 'recognition';
      const claimId = (c.transferId ?? c.recognitionId)!;
      await lockClaim(tx, table, claimId);
      const [still] = await txQuery(tx, 'SELECT 1 FROM citation WHERE id = ? AND removed_at IS NULL', [citationId]);
      if (!still) throw new NotFoundError('citation', citationId, 'id');
      if (c.stance === Stance.SUPPORTS) {
        const [{ n }] = await txQuery<{ n: number }>(
          tx,
          `SELECT COUNT(*) AS n FROM citation WHERE ${table}_id = ? AND removed_at IS NULL AND stance = ? AND id <> ?`,
          [claimId, Stance.SUPPORTS, citationId],
        );
        if (Number(n) === 0)
          throw new ConflictError(
            "This is the claim's last SUPPORTS citation: a claim cannot stand without evidence. Retract the claim instead.",
            'id',
          );
      }
      const before = await snapshotClaim(tx, table, claimId);
      await citationWriteService.markRemoved(tx, citationId);
      await claimWriteService.finish(tx, 'removeCitation', table, claimId, before);
      return { table, claimId };
    });
  }
}

export const evidenceWriteService = new EvidenceWriteService();
