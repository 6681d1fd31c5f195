import type { TxContext } from '../../core/context/context';
import { txQuery } from '../../core/context/transaction';
import type { ClaimRef } from '../../core/context/write-record';
import { claimsThrough } from '../sources/source-claims';
import { ECHO_THRESHOLD, MIN_ESTIMATE, estimatedResemblance, fingerprintOf, overlap, shinglesOf } from './fingerprint';
import type { Fingerprint } from './fingerprint';
import { insertSuspected, linkBetween, regroup, reorient, sourceTimes } from './echo-links';
import { auditQuotes, linkQuotedBy, thousandths } from './quote-echoes';

/** At most this many sources sharing a bucket are screened per new text (those sharing the most buckets first)… */
const MAX_SHARING = 1000;
/** …and at most this many of them, the best estimates, are read and compared in full. */
const MAX_CANDIDATES = 100;

/**
 * Fingerprints a source's text (hash and LSH buckets) and re-finds the sources it resembles,
 * replacing the TEXT links the auditor found before (editors' decisions stay). Returns the
 * sources whose echo group may have changed. A source whose text is unchanged is not
 * re-fingerprinted: only its group is recomputed (its date orders the group).
 */
export async function auditSourceText(tx: TxContext, id: string): Promise<string[]> {
  const [row] = await txQuery<{ text: string | null; sha: string | null }>(
    tx,
    'SELECT text, text_sha256 AS sha FROM source WHERE id = ?',
    [id],
  );
  const fp = row?.text ? fingerprintOf(row.text) : null;
  if (fp && fp.sha256 === row.sha) {
    await reorient(tx, id);
    return [id];
  }
  await txQuery(tx, 'UPDATE source SET text_sha256 = ? WHERE id = ?', [fp?.sha256 ?? null, id]);
  // The quotes verified against the text (a corrected text still holds them all) now quote this one.
  await txQuery(tx, 'UPDATE citation SET source_text_sha256 = ? WHERE source_id = ? AND removed_at IS NULL', [
    fp?.sha256 ?? null,
    id,
  ]);
  const dropped = await txQuery<{ other: string }>(
    tx,
    `SELECT CASE WHEN copy_id = ? THEN original_id ELSE copy_id END AS other FROM source_echo
     WHERE (copy_id = ? OR original_id = ?) AND status = 'SUSPECTED' AND basis = 'TEXT'`,
    [id, id, id],
  );
  await txQuery(
    tx,
    `DELETE FROM source_echo WHERE (copy_id = ? OR original_id = ?) AND status = 'SUSPECTED' AND basis = 'TEXT'`,
    [id, id],
  );
  await storeFingerprint(tx, id, fp);
  const found = fp?.signature ? await linkResembling(tx, id, fp) : [];
  const quotedBy = fp ? await linkQuotedBy(tx, id, row.text!, fp.shingles) : [];
  return [id, ...dropped.map((d) => d.other), ...found, ...quotedBy];
}

/** Stores a text's LSH buckets and signature (none for a text too short to fingerprint). */
export async function storeFingerprint(tx: TxContext, id: string, fp: Fingerprint | null): Promise<void> {
  await txQuery(tx, 'DELETE FROM source_echo_band WHERE source_id = ?', [id]);
  await txQuery(tx, 'DELETE FROM source_echo_signature WHERE source_id = ?', [id]);
  if (fp?.signature)
    await txQuery(tx, 'INSERT INTO source_echo_signature (source_id, signature) VALUES (?, ?)', [id, fp.signature]);
  const distinct = [...new Set(fp?.buckets ?? [])];
  if (distinct.length)
    await txQuery(
      tx,
      `INSERT INTO source_echo_band (bucket, source_id) VALUES ${distinct.map(() => '(?, ?)').join(', ')}`,
      distinct.flatMap((b) => [b, id]),
    );
}

/**
 * Links the source to every other whose text overlaps it beyond the threshold; returns them. The
 * candidates are the sources sharing an LSH bucket, screened by their signatures' estimated
 * resemblance; only the best MAX_CANDIDATES are read and compared in full.
 */
async function linkResembling(tx: TxContext, id: string, fp: Fingerprint): Promise<string[]> {
  const shingles = fp.shingles;
  const list = tx.sql.inList('b.bucket', fp.buckets as unknown as string[]);
  const sharing = await txQuery<{ id: string; signature: string }>(
    tx,
    `SELECT b.source_id AS id, f.signature FROM source_echo_band b
     JOIN source_echo_signature f ON f.source_id = b.source_id WHERE ${list.sql} AND b.source_id <> ?
     GROUP BY b.source_id, f.signature ORDER BY COUNT(*) DESC, b.source_id LIMIT ${MAX_SHARING}`,
    [list.param, id],
  );
  const candidates = sharing
    .map((c) => ({ id: c.id, estimate: estimatedResemblance(fp.signature!, c.signature) }))
    .filter((c) => c.estimate >= MIN_ESTIMATE)
    .sort((a, b) => b.estimate - a.estimate || (a.id < b.id ? -1 : 1))
    .slice(0, MAX_CANDIDATES);
  if (!candidates.length) return [];
  const texts = tx.sql.inList(
    'id',
    candidates.map((c) => c.id),
  );
  const rows = await txQuery<{ id: string; text: string }>(tx, `SELECT id, text FROM source WHERE ${texts.sql}`, [
    texts.param,
  ]);
  const times = await sourceTimes(tx, [id, ...rows.map((r) => r.id)]);
  const linked: string[] = [];
  for (const r of rows.sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const similarity = overlap(shingles, shinglesOf(r.text ?? ''));
    if (similarity < ECHO_THRESHOLD) continue;
    const existing = await linkBetween(tx, id, r.id);
    if (existing) {
      if (existing.similarity === null)
        await txQuery(tx, 'UPDATE source_echo SET similarity = ? WHERE copy_id = ? AND original_id = ?', [
          thousandths(similarity),
          existing.copyId,
          existing.originalId,
        ]);
      continue;
    }
    await insertSuspected(tx, times.get(id)!, times.get(r.id)!, 'TEXT', thousandths(similarity), null);
    linked.push(r.id);
  }
  return linked;
}

/**
 * The write pipeline's first step: audits what the write changed — a source's text, or the
 * quotes of a written claim — regroups the echoes around it, and returns the claims whose voices
 * the new groups change (they are then re-assessed with the write's own claims).
 */
export async function auditEchoes(
  tx: TxContext,
  write: { readonly entityType: string; readonly entityId: string },
): Promise<ClaimRef[]> {
  const seeds: string[] = [];
  if (write.entityType === 'source') seeds.push(...(await auditSourceText(tx, write.entityId)));
  if (write.entityType === 'transfer' || write.entityType === 'recognition')
    seeds.push(...(await auditQuotes(tx, { table: write.entityType, id: write.entityId })));
  return claimsThrough(tx, await regroup(tx, [...new Set(seeds)]));
}
