import { LENGTH } from '../../core/config/limits';
import type { Context, TxContext } from '../../core/context/context';
import { recordWrite, txQuery, withTransaction } from '../../core/context/transaction';
import { BadUserInputError, ConflictError, NotFoundError } from '../../core/errors/errors';
import { newId } from '../../core/util/ids';
import { oneOf, optionalText, partialDate, text } from '../../core/util/validate';
import { sha256Of } from '../echoes/fingerprint';
import { SourceKind } from '../sources/source-kind.enum';
import { draftableText } from './draft-input';
import { DRAFTER_VERSION, draftTextInTurns } from './drafter';
import type { DraftValue } from './draft-values';
import { BATCH_COLUMNS, DRAFT_COLUMNS, batchRow, bodyOf, draftOf, loadNamesRead } from './draft-rows';
import type { DraftDbRow } from './draft-rows';
import type { DraftClaimsInput } from './draft.inputs';
import type { DraftBatchType, DraftType } from './draft.types';

/**
 * Drafting claims from a text and deciding on the drafts. Drafting stores a batch and its
 * drafts in one write (one history entry, draftClaims); the same text drafted again returns the
 * stored batch and writes nothing. Rejecting is one write (rejectDraft). Accepting is in
 * draft-accept.ts.
 */
export class DraftWriteService {
  async draftClaims(ctx: Context, input: DraftClaimsInput): Promise<string> {
    if (typeof input.text !== 'string') throw new BadUserInputError('input.text', '"input.text" is required.');
    const { text: body, fromHtml } = draftableText(input.text);
    const meta = {
      title: optionalText('input.title', input.title, LENGTH.title),
      publisher: optionalText('input.publisher', input.publisher, LENGTH.name),
      publishedOn: input.publishedOn ?? null,
      url: optionalText('input.url', input.url, LENGTH.url),
      kind: input.kind ? oneOf('input.kind', input.kind, SourceKind) : null,
    };
    partialDate('input.publishedOn', meta.publishedOn);
    if (meta.url !== null && !/^https?:\/\/\S+$/i.test(meta.url))
      throw new BadUserInputError('input.url', '"input.url" must be an http(s) URL.');
    const hash = sha256Of(body);
    const existing = await this.batchByHash(ctx, hash);
    if (existing) return existing;
    // drafted before the write begins, in turns: a long text holds up neither other requests nor other writes
    const drafts = await draftTextInTurns(body, await loadNamesRead(ctx.sql), meta.publishedOn);
    try {
      return await this.store(ctx, hash, body, fromHtml, meta, drafts);
    } catch (e) {
      // the same text drafted at the same moment by another request (PostgreSQL, several processes): theirs
      const theirs = e instanceof ConflictError ? await this.batchByHash(ctx, hash) : null;
      if (theirs) return theirs;
      throw e;
    }
  }

  private async store(
    ctx: Context,
    hash: string,
    body: string,
    fromHtml: boolean,
    meta: {
      title: string | null;
      publisher: string | null;
      publishedOn: string | null;
      url: string | null;
      kind: string | null;
    },
    drafts: readonly DraftValue[],
  ): Promise<string> {
    return withTransaction(ctx, async (tx) => {
      const again = await txQuery<{ id: string }>(tx, 'SELECT id FROM draft_batch WHERE text_sha256 = ?', [hash]);
      if (again[0]) return again[0].id;
      const id = newId();
      await txQuery(
        tx,
        `INSERT INTO draft_batch (id, text_sha256, text, title, publisher, published_on, url, kind, from_html,
           drafter_version, created_at, created_by, source_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)`,
        [
          id,
          hash,
          body,
          meta.title,
          meta.publisher,
          meta.publishedOn,
          meta.url,
          meta.kind,
          fromHtml,
          DRAFTER_VERSION,
          tx.at,
          who(tx),
        ],
      );
      for (const [ordinal, d] of drafts.entries()) {
        await txQuery(tx, 'INSERT INTO draft (id, batch_id, ordinal, kind, body, state) VALUES (?, ?, ?, ?, ?, ?)', [
          newId(),
          id,
          ordinal,
          d.kind,
          bodyOf(d),
          'PENDING',
        ]);
      }
      await recordWrite(tx, {
        operation: 'draftClaims',
        entityType: 'draft_batch',
        entityId: id,
        before: null,
        after: { id, textSha256: hash, ...meta, fromHtml, drafterVersion: DRAFTER_VERSION, drafts: drafts.length },
      });
      return id;
    });
  }

  async reject(ctx: Context, id: string, reason: string): Promise<string> {
    return withTransaction(ctx, async (tx) => {
      const why = text('reason', reason, LENGTH.shortText);
      const before = await this.pending(tx, id);
      await txQuery(tx, 'UPDATE draft SET state = ?, decided_at = ?, decided_by = ?, reason = ? WHERE id = ?', [
        'REJECTED',
        tx.at,
        who(tx),
        why,
        id,
      ]);
      await recordWrite(tx, {
        operation: 'rejectDraft',
        entityType: 'draft',
        entityId: id,
        before: snapshot(before),
        after: { ...snapshot(before), state: 'REJECTED', decidedAt: tx.at, decidedBy: who(tx), reason: why },
      });
      return id;
    });
  }

  /** The draft, which must still be PENDING (NOT_FOUND or CONFLICT naming `id` otherwise). */
  async pending(tx: TxContext, id: string): Promise<DraftType> {
    // on PostgreSQL the row is locked until the decision commits: two decisions on one draft take turns
    const lock = tx.sql.dialect === 'postgres' ? ' FOR UPDATE' : '';
    const [row] = await txQuery<DraftDbRow>(tx, `SELECT ${DRAFT_COLUMNS} FROM draft d WHERE d.id = ?${lock}`, [id]);
    if (!row) throw new NotFoundError('draft', id, 'id');
    if (row.state !== 'PENDING')
      throw new ConflictError(
        `This draft was already ${row.state.toLowerCase()} by ${row.decidedBy} at ${row.decidedAt}.`,
        'id',
      );
    return draftOf(row);
  }

  async batchOf(tx: TxContext, id: string): Promise<DraftBatchType> {
    const [row] = await txQuery<DraftBatchType>(tx, `SELECT ${BATCH_COLUMNS} FROM draft_batch b WHERE b.id = ?`, [id]);
    return batchRow(row);
  }

  private async batchByHash(ctx: Context, hash: string): Promise<string | null> {
    const [row] = await ctx.sql.all<{ id: string }>('SELECT id FROM draft_batch WHERE text_sha256 = ?', [hash]);
    return row?.id ?? null;
  }
}

export const who = (tx: TxContext) => tx.principal?.name ?? 'system';

/** A draft as history records it. */
export const snapshot = (d: DraftType) => ({
  id: d.id,
  batchId: d.batchId,
  kind: d.kind,
  state: d.state,
  decidedAt: d.decidedAt,
  decidedBy: d.decidedBy,
  reason: d.rejectionReason,
  claimId: d.claimId,
});

export const draftWriteService = new DraftWriteService();
