import type { TxContext } from '../../core/context/context';
import { txQuery } from '../../core/context/transaction';
import type { ClaimRef } from '../../core/context/write-record';

/**
 * The claims whose evidence passes through any of the sources: cited by one, or relayed through
 * one (a hop of a chain). What a change to a source's reliability, date, attribution or echo
 * group re-assesses.
 */
export async function claimsThrough(tx: TxContext, sourceIds: readonly string[]): Promise<ClaimRef[]> {
  if (!sourceIds.length) return [];
  const cited = tx.sql.inList('c.source_id', sourceIds);
  const relayed = tx.sql.inList('source_id', sourceIds);
  const rows = await txQuery<{ transferId: string | null; recognitionId: string | null }>(
    tx,
    `SELECT DISTINCT c.transfer_id AS "transferId", c.recognition_id AS "recognitionId" FROM citation c
     WHERE c.removed_at IS NULL AND (${cited.sql} OR c.id IN (SELECT citation_id FROM citation_hop WHERE ${relayed.sql}))
     ORDER BY 1, 2`,
    [cited.param, relayed.param],
  );
  return rows.map((r) =>
    r.transferId ? { table: 'transfer', id: r.transferId } : { table: 'recognition', id: r.recognitionId! },
  );
}
