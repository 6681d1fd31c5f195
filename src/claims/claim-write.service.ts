import { newId } from '../common/ids';
import { actorWriteService } from '../actors/actor-write.service';
import { BadUserInputError, NotFoundError } from '../common/errors';
import { nowIso } from '../common/timestamps';
import { LIMITS, optionalText, partialDate, text } from '../common/validate';
import { txQuery, withTransaction } from '../context';
import type { Context, TxContext } from '../context';
import { citationWriteService } from '../evidence/citation-write.service';
import type { CitationInput, ClaimRef } from '../evidence/citation-write.service';
import { Stance, Verdict } from '../evidence/evidence-enums';
import type { RecognitionStatus, TransferCategory, TransferStatus } from './claim-enums';
import { Recognition } from './recognition.entity';
import { Transfer } from './transfer.entity';

export interface QuantityInput {
  min?: number | null;
  max?: number | null;
  text?: string | null;
}

export interface RecordTransferInput {
  supplier: string;
  recipient: string;
  intermediary?: string | null;
  originCountry?: string | null;
  category: TransferCategory;
  item: string;
  designation?: string | null;
  quantity?: QuantityInput | null;
  status: TransferStatus;
  period?: { start?: string | null; end?: string | null } | null;
  context?: string | null;
  citations: CitationInput[];
}

export interface RecordRecognitionInput {
  recognizer: string;
  recognized: string;
  status: RecognitionStatus;
  date?: string | null;
  citations: CitationInput[];
}

/** Summary columns of a claim with no citations yet; set for real by refreshAssessment. */
const EMPTY_SUMMARY = {
  retracted: false,
  retractionReason: null,
  verdict: Verdict.UNSUPPORTED,
  independentVoices: 0,
  disputingVoices: 0,
  bestReliability: null,
  bestCredibility: null,
  strength: 0,
};

function quantity(q: QuantityInput | null | undefined) {
  const min = q?.min ?? null;
  const max = q?.max ?? null;
  for (const [field, v] of [['quantity.min', min], ['quantity.max', max]] as const) {
    if (v !== null && (!Number.isSafeInteger(v) || v < 0)) throw new BadUserInputError(field, `"${field}" must be a non-negative integer.`);
  }
  if (min !== null && max !== null && min > max) throw new BadUserInputError('quantity.max', '"quantity.max" is below "quantity.min".');
  return { quantityMin: min, quantityMax: max, quantityText: optionalText('quantity.text', q?.text, LIMITS.name) };
}

/**
 * Recording claims: the claim and all its citations (with chains and voices) in one transaction,
 * at least one of them SUPPORTS. Anything refused leaves nothing written.
 */
export class ClaimWriteService {
  async recordTransfer(ctx: Context, input: RecordTransferInput): Promise<string> {
    return withTransaction(ctx, async (tx) => {
      const supplierId = await actorWriteService.resolve(tx, input.supplier, 'supplier');
      const recipientId = await actorWriteService.resolve(tx, input.recipient, 'recipient');
      if (supplierId === recipientId) throw new BadUserInputError('recipient', 'Supplier and recipient must be different actors.');
      const start = partialDate('period.start', input.period?.start);
      const end = partialDate('period.end', input.period?.end);
      if (start && end && start.lo > end.hi) throw new BadUserInputError('period.end', '"period.end" is before "period.start".');
      const now = nowIso();
      const id = newId();
      await tx.manager.insert(Transfer, {
        id,
        supplierId,
        recipientId,
        intermediaryId: input.intermediary ? await actorWriteService.resolve(tx, input.intermediary, 'intermediary') : null,
        originCountryId: input.originCountry ? await actorWriteService.resolve(tx, input.originCountry, 'originCountry') : null,
        category: input.category,
        item: text('item', input.item, LIMITS.shortText),
        designation: optionalText('designation', input.designation, LIMITS.name),
        ...quantity(input.quantity),
        status: input.status,
        periodStart: input.period?.start ?? null,
        periodEnd: input.period?.end ?? null,
        periodLo: (start ?? end)?.lo ?? null,
        periodHi: (end ?? start)?.hi ?? null,
        sortDate: (start ?? end)?.lo ?? '',
        context: optionalText('context', input.context, LIMITS.shortText),
        ...EMPTY_SUMMARY,
        createdAt: now,
        updatedAt: now,
      });
      await this.cite(tx, { transferId: id }, input.citations);
      return id;
    });
  }

  async recordRecognition(ctx: Context, input: RecordRecognitionInput): Promise<string> {
    return withTransaction(ctx, async (tx) => {
      const recognizerId = await actorWriteService.resolve(tx, input.recognizer, 'recognizer');
      const recognizedId = await actorWriteService.resolve(tx, input.recognized, 'recognized');
      if (recognizerId === recognizedId) throw new BadUserInputError('recognized', 'An actor cannot recognize itself.');
      const date = partialDate('date', input.date);
      const now = nowIso();
      const id = newId();
      await tx.manager.insert(Recognition, {
        id,
        recognizerId,
        recognizedId,
        status: input.status,
        recognizedOn: input.date ?? null,
        dateLo: date?.lo ?? null,
        dateHi: date?.hi ?? null,
        sortDate: date?.lo ?? '',
        ...EMPTY_SUMMARY,
        createdAt: now,
        updatedAt: now,
      });
      await this.cite(tx, { recognitionId: id }, input.citations);
      return id;
    });
  }

  /** Retraction hides a claim from default queries; it is a status, never a deletion. */
  async retract(ctx: Context, table: 'transfer' | 'recognition', id: string, reason: string): Promise<void> {
    await withTransaction(ctx, async (tx) => {
      const why = text('reason', reason, LIMITS.shortText);
      const rows = await txQuery(tx, `SELECT 1 FROM ${table} WHERE id = ?`, [id]);
      if (rows.length === 0) throw new NotFoundError(table, id, 'id');
      await txQuery(tx, `UPDATE ${table} SET retracted = ?, retraction_reason = ?, updated_at = ? WHERE id = ?`, [true, why, nowIso(), id]);
    });
  }

  private async cite(tx: TxContext, claim: ClaimRef, citations: CitationInput[]): Promise<void> {
    if (!citations.some((c) => (c.stance ?? Stance.SUPPORTS) === Stance.SUPPORTS)) {
      throw new BadUserInputError('citations', 'A claim needs at least one SUPPORTS citation.');
    }
    await citationWriteService.addAll(tx, claim, citations, 'citations');
  }
}

export const claimWriteService = new ClaimWriteService();
