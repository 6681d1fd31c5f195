import type { TxContext } from '../../core/context/context';
import { WRITE_LOCKS, recordWrite, serializeWrites, txQuery } from '../../core/context/transaction';
import { claimsThrough } from '../sources/source-claims';
import { fingerprintOf } from './fingerprint';
import { auditSourceText, storeFingerprint } from './echo-audit';
import { regroup } from './echo-links';
import { QUOTE_INDEX, rebuildQuoteStarts } from './quote-echoes';

/** Whether the quote index was never filled: a database whose citations were written before it existed. */
export const QUOTE_INDEX_MISSING_SQL = `SELECT CASE WHEN EXISTS (SELECT 1 FROM reference_data WHERE name = '${QUOTE_INDEX}')
  THEN 0 ELSE 1 END AS held`;

/** Sources with text that the auditor has not seen (written before it existed, or with it turned off). */
export const UNAUDITED_SOURCES_SQL = `SELECT CASE WHEN EXISTS (SELECT 1 FROM source WHERE text IS NOT NULL AND text_sha256 IS NULL)
  THEN 1 ELSE 0 END AS held`;

/**
 * Refills the LSH buckets and signatures from the stored texts, and the quote index from the
 * citations (after a restore: the dump carries the texts, their hashes, the echo links and
 * groups, not the indexes). Returns how many texts it read.
 */
export async function rebuildEchoBands(tx: TxContext): Promise<number> {
  await txQuery(tx, 'DELETE FROM source_echo_band');
  await txQuery(tx, 'DELETE FROM source_echo_signature');
  const ids = await txQuery<{ id: string }>(tx, 'SELECT id FROM source WHERE text IS NOT NULL ORDER BY id');
  for (let i = 0; i < ids.length; i += 200) {
    const list = tx.sql.inList(
      'id',
      ids.slice(i, i + 200).map((r) => r.id),
    );
    const rows = await txQuery<{ id: string; text: string }>(tx, `SELECT id, text FROM source WHERE ${list.sql}`, [
      list.param,
    ]);
    for (const row of rows) await storeFingerprint(tx, row.id, fingerprintOf(row.text));
  }
  await rebuildQuoteStarts(tx);
  const read = ids.length;
  return read;
}

/** How many unaudited sources one start-up write audits. */
export const AUDIT_BATCH = 1000;

/**
 * Audits up to AUDIT_BATCH sources with text the auditor has not seen, oldest first, as one write
 * (history entry "auditEchoes"): each is fingerprinted and linked to the earlier ones it
 * resembles, and the claims whose echo groups changed are re-assessed. Returns how many sources
 * it audited (0: none was left, and nothing was written).
 */
export async function auditUnaudited(tx: TxContext): Promise<number> {
  await serializeWrites(tx, WRITE_LOCKS.sourceTexts);
  const ids = await txQuery<{ id: string }>(
    tx,
    `SELECT id FROM source WHERE text IS NOT NULL AND text_sha256 IS NULL ORDER BY created_at, id LIMIT ${AUDIT_BATCH}`,
  );
  if (!ids.length) return 0;
  const seeds = new Set<string>();
  for (const { id } of ids) for (const s of await auditSourceText(tx, id)) seeds.add(s);
  const changed = await regroup(tx, [...seeds]);
  const [{ links }] = await txQuery<{ links: number }>(tx, 'SELECT COUNT(*) AS links FROM source_echo');
  await recordWrite(tx, {
    operation: 'auditEchoes',
    entityType: 'knowledge_base',
    entityId: 'echo-audit',
    before: null,
    after: { audited: ids.length, echoLinks: Number(links), regrouped: changed.length },
    claims: await claimsThrough(tx, changed),
  });
  return ids.length;
}
