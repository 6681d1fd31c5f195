import { nowIso } from '../common/timestamps';
import { txQuery } from '../context';
import type { TxContext } from '../context';
import { Recognition } from './recognition.entity';
import { Transfer } from './transfer.entity';

export type ClaimTable = 'transfer' | 'recognition';

/**
 * Closes a claim's current version and opens a new one holding its state now. Called at the end
 * of every write that changes a claim, in that write's transaction, so `asOf` queries see each
 * state from the instant it was committed to the next.
 */
export async function writeClaimVersion(tx: TxContext, table: ClaimTable, id: string): Promise<void> {
  const columns = tx.manager.connection
    .getMetadata(table === 'transfer' ? Transfer : Recognition)
    .columns.map((c) => c.databaseName)
    .join(', ');
  const now = nowIso();
  const [{ last }] = await txQuery<{ last: number | null }>(tx, `SELECT MAX(version) AS last FROM ${table}_version WHERE id = ?`, [id]);
  await txQuery(tx, `UPDATE ${table}_version SET valid_to = ? WHERE id = ? AND valid_to IS NULL`, [now, id]);
  await txQuery(
    tx,
    `INSERT INTO ${table}_version (${columns}, version, valid_from, valid_to) SELECT ${columns}, ?, ?, NULL FROM ${table} WHERE id = ?`,
    [Number(last ?? 0) + 1, now, id],
  );
}
