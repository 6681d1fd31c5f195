import type { TxContext } from '../../core/context/context';
import { txQuery } from '../../core/context/transaction';
import type { ClaimRef, WriteRecord } from '../../core/context/write-record';

/** The PostgreSQL advisory lock that numbers writes one at a time (any constant of our own). */
const SEQUENCE_LOCK = 7_244_112_025;

/**
 * Adds a write to the change feed: what it wrote, and each claim it touched with its verdict
 * before and after. The last step of the write pipeline. The number is given just before the
 * transaction commits (`beforeCommit`), in commit order, so a reader that has seen number n has
 * seen every write numbered below it: on SQLite one write runs at a time; on PostgreSQL a
 * transaction lock taken then is held to the commit, so the next write takes its number only
 * once this one is visible (a sequence would hand out numbers in start order, and a reader could
 * pass over a number whose write commits later). Taken last, after every row lock and advisory
 * lock of the transaction's writes (a transaction may hold several: an accepted draft creates
 * its source, then records its claim), it cannot deadlock with another writer.
 */
export async function queueChange(
  tx: TxContext,
  historyId: string,
  write: WriteRecord,
  claims: readonly ClaimRef[],
): Promise<void> {
  const verdicts: { claim: ClaimRef; before: string | null; after: string | null }[] = [];
  for (const claim of claims) {
    // The claim version step has just written the claim's version now; the one before it (if
    // any) holds the verdict before this write.
    const versions = await txQuery<{ verdict: string }>(
      tx,
      `SELECT verdict FROM ${claim.table}_version WHERE id = ? ORDER BY version DESC LIMIT 2`,
      [claim.id],
    );
    verdicts.push({ claim, before: versions[1]?.verdict ?? null, after: versions[0]?.verdict ?? null });
  }
  const principal = tx.principal?.name ?? 'system';
  tx.beforeCommit.push(async () => {
    if (tx.sql.dialect === 'postgres') await txQuery(tx, `SELECT pg_advisory_xact_lock(${SEQUENCE_LOCK})`);
    const [{ seq }] = await txQuery<{ seq: number | string }>(
      tx,
      'SELECT COALESCE(MAX(seq), 0) + 1 AS seq FROM change_log',
    );
    await txQuery(
      tx,
      `INSERT INTO change_log (seq, history_id, at, principal, operation, entity_type, entity_id) VALUES (?, ?, ?, ?, ?, ?, ?)`,
      [Number(seq), historyId, tx.at, principal, write.operation, write.entityType, write.entityId],
    );
    for (const v of verdicts)
      await txQuery(
        tx,
        'INSERT INTO change_claim (seq, claim_type, claim_id, verdict_before, verdict_after) VALUES (?, ?, ?, ?, ?)',
        [Number(seq), v.claim.table, v.claim.id, v.before, v.after],
      );
  });
}

/**
 * Numbers the history of a restored database as the migration numbers a database's past: by
 * time, then id, each written claim with the verdicts of its snapshots.
 */
export async function rebuildChangeLog(tx: TxContext): Promise<void> {
  await txQuery(tx, 'DELETE FROM change_claim');
  await txQuery(tx, 'DELETE FROM change_log');
  await txQuery(
    tx,
    `INSERT INTO change_log (seq, history_id, at, principal, operation, entity_type, entity_id)
     SELECT ROW_NUMBER() OVER (ORDER BY at, id), id, at, principal, operation, entity_type, entity_id FROM history_entry`,
  );
  const verdict = (column: string) =>
    tx.sql.dialect === 'postgres' ? `(h.${column}::json ->> 'verdict')` : `json_extract(h.${column}, '$.verdict')`;
  await txQuery(
    tx,
    `INSERT INTO change_claim (seq, claim_type, claim_id, verdict_before, verdict_after)
     SELECT c.seq, h.entity_type, h.entity_id, ${verdict('before_json')}, ${verdict('after_json')}
     FROM change_log c JOIN history_entry h ON h.id = c.history_id WHERE h.entity_type IN ('transfer', 'recognition')`,
  );
}
