import type { Context, TxContext } from '../../core/context/context';
import { WRITE_LOCKS, recordWrite, serializeWrites, txQuery, withTransaction } from '../../core/context/transaction';
import { BadUserInputError } from '../../core/errors/errors';
import { sourceWriteService } from '../sources/source-write.service';
import { LENGTH } from '../../core/config/limits';
import { optionalText, text } from '../../core/util/validate';
import { claimsThrough } from '../sources/source-claims';
import { reach } from './circular-reporting';
import { earlier, linkBetween, regroup, sourceTimes } from './echo-links';
import type { EchoLinkRow } from './echo-links';

const sourceId = (tx: TxContext, ref: string, field: string) => sourceWriteService.resolve(tx, ref, field);

const snapshot = (l: EchoLinkRow | null) =>
  l && {
    copyId: l.copyId,
    originalId: l.originalId,
    status: l.status,
    basis: l.basis,
    similarity: l.similarity === null ? null : Number(l.similarity),
    sharedPassage: l.sharedPassage,
    decidedBy: l.decidedBy,
    reason: l.reason,
  };

/** An editor's decisions on suspected echoes: each one write, with who and why in the link and in history. */
export class EchoWriteService {
  /** Records that `copy` derives from `original` (as a chain would): they stay one voice, for good. */
  async confirm(ctx: Context, copyRef: string, originalRef: string, reason?: string | null): Promise<EchoLinkRow> {
    return withTransaction(ctx, async (tx) => {
      await serializeWrites(tx, WRITE_LOCKS.sourceTexts);
      const copy = await sourceId(tx, copyRef, 'copy');
      const original = await sourceId(tx, originalRef, 'original');
      if (copy === original) throw new BadUserInputError('original', 'A source cannot echo itself.');
      const why = optionalText('reason', reason, LENGTH.shortText);
      const before = await linkBetween(tx, copy, original);
      // The pair's own link (perhaps confirmed the other way round) is replaced, so it is left
      // out of the cycle check: a refusal rolls its removal back.
      await txQuery(
        tx,
        'DELETE FROM source_echo WHERE (copy_id = ? AND original_id = ?) OR (copy_id = ? AND original_id = ?)',
        [copy, original, original, copy],
      );
      const derivedFromCopy = await reach((s, p) => txQuery(tx, s, p), tx.sql.inList, original, false, false);
      if (derivedFromCopy.has(copy))
        throw new BadUserInputError(
          'original',
          'The original already derives (through citation chains or confirmed echoes) from the copy: confirming would make a source derive from itself.',
        );
      await txQuery(
        tx,
        `INSERT INTO source_echo (copy_id, original_id, status, basis, similarity, shared_passage, found_at, decided_at, decided_by, reason)
         VALUES (?, ?, 'CONFIRMED', ?, ?, ?, ?, ?, ?, ?)`,
        [
          copy,
          original,
          before?.basis ?? 'EDITOR',
          before?.similarity ?? null,
          before?.sharedPassage ?? null,
          before?.foundAt ?? tx.at,
          tx.at,
          tx.principal?.name ?? 'system',
          why,
        ],
      );
      return this.finish(tx, 'confirmEcho', copy, original, before);
    });
  }

  /** Records that two sources are independent: they count as separate voices, and the auditor will not link them again. */
  async dismiss(ctx: Context, aRef: string, bRef: string, reason: string): Promise<EchoLinkRow> {
    return withTransaction(ctx, async (tx) => {
      await serializeWrites(tx, WRITE_LOCKS.sourceTexts);
      const a = await sourceId(tx, aRef, 'a');
      const b = await sourceId(tx, bRef, 'b');
      if (a === b) throw new BadUserInputError('b', 'A source cannot echo itself.');
      const why = text('reason', reason, LENGTH.shortText);
      const before = await linkBetween(tx, a, b);
      const by = tx.principal?.name ?? 'system';
      if (before) {
        await txQuery(
          tx,
          `UPDATE source_echo SET status = 'DISMISSED', decided_at = ?, decided_by = ?, reason = ? WHERE copy_id = ? AND original_id = ?`,
          [tx.at, by, why, before.copyId, before.originalId],
        );
      } else {
        const times = await sourceTimes(tx, [a, b]);
        const [copy, original] = earlier(times.get(a)!, times.get(b)!) ? [b, a] : [a, b];
        await txQuery(
          tx,
          `INSERT INTO source_echo (copy_id, original_id, status, basis, found_at, decided_at, decided_by, reason)
           VALUES (?, ?, 'DISMISSED', 'EDITOR', ?, ?, ?, ?)`,
          [copy, original, tx.at, tx.at, by, why],
        );
      }
      return this.finish(tx, 'dismissEcho', a, b, before);
    });
  }

  /** Regroups the two sources' echoes, and records the write (re-assessing the claims whose voices changed). */
  private async finish(
    tx: TxContext,
    operation: string,
    a: string,
    b: string,
    before: EchoLinkRow | null,
  ): Promise<EchoLinkRow> {
    const changed = await regroup(tx, [a, b]);
    const after = (await linkBetween(tx, a, b))!;
    await recordWrite(tx, {
      operation,
      entityType: 'source',
      entityId: a,
      before: { echo: snapshot(before) },
      after: { echo: snapshot(after) },
      claims: await claimsThrough(tx, [...new Set([a, b, ...changed])]),
    });
    return after;
  }
}

export const echoWriteService = new EchoWriteService();
