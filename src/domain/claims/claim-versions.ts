import { txQuery } from '../../core/context/transaction';
import type { TxContext } from '../../core/context/context';
import type { ClaimRef, ClaimTable } from '../../core/context/write-record';
import { Recognition } from './recognition.entity';
import { Transfer } from './transfer.entity';

/**
 * Locks a claim's row for the rest of the transaction, so concurrent writes to one claim (two
 * removeCitation calls racing for its last SUPPORTS) run one after the other on PostgreSQL.
 * SQLite already runs one write transaction at a time.
 */
export async function lockClaim(tx: TxContext, table: ClaimTable, id: string): Promise<boolean> {
  const lock = tx.sql.dialect === 'postgres' ? ' FOR UPDATE' : '';
  return (await txQuery(tx, `SELECT id FROM ${table} WHERE id = ?${lock}`, [id])).length > 0;
}

/**
 * Closes a claim's current version and opens a new one holding its state now, so `asOf` queries
 * see each state from the instant it was committed to the next. A step of the write pipeline:
 * it runs, in the write's transaction, for every claim a write touches.
 */
export async function writeClaimVersion(tx: TxContext, claim: ClaimRef): Promise<void> {
  const { table, id } = claim;
  const columns = tx.manager.connection
    .getMetadata(table === 'transfer' ? Transfer : Recognition)
    .columns.map((c) => c.databaseName)
    .join(', ');
  const [{ last, since }] = await txQuery<{ last: number | null; since: string | null }>(
    tx,
    `SELECT MAX(version) AS last, MAX(valid_from) AS since FROM ${table}_version WHERE id = ?`,
    [id],
  );
  // Never before the version it closes (another server's clock may run ahead of this one's).
  const now = since !== null && since > tx.at ? since : tx.at;
  await txQuery(tx, `UPDATE ${table}_version SET valid_to = ? WHERE id = ? AND valid_to IS NULL`, [now, id]);
  await txQuery(
    tx,
    `INSERT INTO ${table}_version (${columns}, version, valid_from, valid_to) SELECT ${columns}, ?, ?, NULL FROM ${table} WHERE id = ?`,
    [Number(last ?? 0) + 1, now, id],
  );
}
