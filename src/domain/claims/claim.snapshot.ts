import type { TxContext } from '../../core/context/context';
import { txQuery } from '../../core/context/transaction';
import type { ClaimTable, Snapshot } from '../../core/context/write-record';

/** A claim as history records it: its row and its live citations with their chains. Null when it does not exist. */
export async function snapshotClaim(tx: TxContext, table: ClaimTable, id: string): Promise<Snapshot> {
  const [row] = await txQuery(tx, `SELECT * FROM ${table} WHERE id = ?`, [id]);
  if (!row) return null;
  const citations = await txQuery<{ id: string }>(
    tx,
    `SELECT id, source_id, quote, stance, credibility, attributed_to_id, attribution, locator, verified, position
     FROM citation WHERE ${table}_id = ? AND removed_at IS NULL ORDER BY position`,
    [id],
  );
  const hops = await txQuery<{ citation_id: string; source_id: string }>(
    tx,
    `SELECT h.citation_id, h.source_id FROM citation_hop h JOIN citation c ON c.id = h.citation_id
     WHERE c.${table}_id = ? AND c.removed_at IS NULL ORDER BY h.citation_id, h.position`,
    [id],
  );
  return {
    ...normalizeRow(row),
    citations: citations.map((c) => ({
      ...normalizeRow(c),
      chain: hops.filter((h) => h.citation_id === c.id).map((h) => h.source_id),
    })),
  };
}

/** SQLite and PostgreSQL return booleans and bigints differently; history stores one form. */
function normalizeRow(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) {
    if (k === 'retracted' || k === 'verified') out[k] = Boolean(v);
    else if (
      [
        'quantity_min',
        'quantity_max',
        'quantity_delivered',
        'tiv_per_unit',
        'tiv_order',
        'tiv_delivered',
        'independent_voices',
        'disputing_voices',
        'best_credibility',
        'strength',
        'credibility',
        'position',
      ].includes(k)
    ) {
      out[k] = v === null ? null : Number(v);
    } else out[k] = v;
  }
  return out;
}
