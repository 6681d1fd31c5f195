import { LENGTH } from '../../core/config/limits';
import { actorWriteService } from '../actors/actor-write.service';
import { BadUserInputError, NotFoundError } from '../../core/errors/errors';
import { newId } from '../../core/util/ids';
import type { DateInterval } from '../../core/util/partial-date';
import { given, oneOf, optionalText, partialDate, text } from '../../core/util/validate';
import { txQuery, withTransaction, recordWrite } from '../../core/context/transaction';
import type { Context, TxContext } from '../../core/context/context';
import { citationWriteService } from './citation-write.service';
import type { ClaimRef, ClaimTable } from '../../core/context/write-record';
import type { CitationInput } from './citation.inputs';
import { Stance, Verdict } from '../evidence/evidence-enums';
import { snapshotClaim } from './claim.snapshot';
import type {
  RecordRecognitionInput,
  RecordTransferInput,
  QuantityInput,
  UpdateRecognitionInput,
  UpdateTransferInput,
} from './claim-write.inputs';
import { RecognitionStatus, TransferCategory, TransferStatus } from './claim-enums';
import { lockClaim } from './claim-versions';
import { Recognition } from './recognition.entity';
import { Transfer } from './transfer.entity';
import { deliveredCount, figureColumns } from './transfer-figures';

/** Summary columns of a claim with no citations yet; the write pipeline sets them for real (assessment-summary.ts). */
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
  for (const [field, v] of [
    ['quantity.min', min],
    ['quantity.max', max],
  ] as const) {
    if (v !== null && (!Number.isSafeInteger(v) || v < 0))
      throw new BadUserInputError(field, `"${field}" must be a non-negative integer.`);
  }
  if (min !== null && max !== null && min > max)
    throw new BadUserInputError('quantity.max', '"quantity.max" is below "quantity.min".');
  return {
    quantityMin: min,
    quantityMax: max,
    quantityText: optionalText('quantity.text', q?.text, LENGTH.name),
    quantityDelivered: deliveredCount(q?.delivered),
  };
}

/** Supplier, recipient and intermediary are three different actors. */
function distinctParties(p: { supplier: string; recipient: string; intermediary: string | null }): void {
  if (p.supplier === p.recipient)
    throw new BadUserInputError('recipient', 'Supplier and recipient must be different actors.');
  if (p.intermediary !== null && (p.intermediary === p.supplier || p.intermediary === p.recipient)) {
    throw new BadUserInputError('intermediary', 'The intermediary must be neither the supplier nor the recipient.');
  }
}

/** The stored form of a period: its bounds, the interval it covers, and the sort key. */
function period(p: { start?: string | null; end?: string | null } | null | undefined) {
  const start = partialDate('period.start', p?.start);
  const end = partialDate('period.end', p?.end);
  if (start && end && start.lo > end.hi)
    throw new BadUserInputError('period.end', '"period.end" is before "period.start".');
  const lo = (start ?? end)?.lo ?? null;
  return {
    periodStart: p?.start ?? null,
    periodEnd: p?.end ?? null,
    periodLo: lo,
    periodHi: (end ?? start)?.hi ?? null,
    sortDate: lo ?? '',
  };
}

function recognitionDate(date: string | null | undefined) {
  const d: DateInterval | null = partialDate('date', date);
  return { recognizedOn: date ?? null, dateLo: d?.lo ?? null, dateHi: d?.hi ?? null, sortDate: d?.lo ?? '' };
}

/**
 * Writing claims. Each method is one transaction that also writes the claim's new version (for
 * time travel) and one history entry; anything refused leaves nothing written.
 */
export class ClaimWriteService {
  /** `id` is given by importers, whose natural keys make re-imports change nothing. */
  async recordTransfer(ctx: Context, input: RecordTransferInput, id: string = newId()): Promise<string> {
    return withTransaction(ctx, async (tx) => {
      const supplierId = await actorWriteService.resolve(tx, input.supplier, 'supplier');
      const recipientId = await actorWriteService.resolve(tx, input.recipient, 'recipient');
      const intermediaryId = input.intermediary
        ? await actorWriteService.resolve(tx, input.intermediary, 'intermediary')
        : null;
      distinctParties({ supplier: supplierId, recipient: recipientId, intermediary: intermediaryId });
      const now = tx.at;
      await tx.manager.insert(Transfer, {
        id,
        supplierId,
        recipientId,
        intermediaryId,
        originCountryId: input.originCountry
          ? await actorWriteService.resolve(tx, input.originCountry, 'originCountry')
          : null,
        category: oneOf('category', input.category, TransferCategory),
        item: text('item', input.item, LENGTH.shortText),
        designation: optionalText('designation', input.designation, LENGTH.name),
        ...quantity(input.quantity),
        status: oneOf('status', input.status, TransferStatus),
        ...period(input.period),
        context: optionalText('context', input.context, LENGTH.context),
        ...figureColumns({
          condition: input.condition ?? null,
          deliveryYears: input.deliveryYears ?? null,
          uncertain: input.uncertain ?? null,
          tiv: input.tiv ?? null,
        }),
        ...EMPTY_SUMMARY,
        createdAt: now,
        updatedAt: now,
      });
      await this.cite(tx, { table: 'transfer', id }, input.citations);
      await this.finish(tx, 'recordTransfer', 'transfer', id, null);
      return id;
    });
  }

  async recordRecognition(ctx: Context, input: RecordRecognitionInput, id: string = newId()): Promise<string> {
    return withTransaction(ctx, async (tx) => {
      const recognizerId = await actorWriteService.resolve(tx, input.recognizer, 'recognizer');
      const recognizedId = await actorWriteService.resolve(tx, input.recognized, 'recognized');
      if (recognizerId === recognizedId) throw new BadUserInputError('recognized', 'An actor cannot recognize itself.');
      const now = tx.at;
      await tx.manager.insert(Recognition, {
        id,
        recognizerId,
        recognizedId,
        status: oneOf('status', input.status, RecognitionStatus),
        ...recognitionDate(input.date),
        ...EMPTY_SUMMARY,
        createdAt: now,
        updatedAt: now,
      });
      await this.cite(tx, { table: 'recognition', id }, input.citations);
      await this.finish(tx, 'recordRecognition', 'recognition', id, null);
      return id;
    });
  }

  /**
   * Corrects a transfer. `evidence` also swaps citations in the same write (one history entry):
   * an importer revising a deal from a newer release of a dataset cites the new release instead
   * of the old (the old citations are marked removed, never deleted).
   */
  async updateTransfer(
    ctx: Context,
    input: UpdateTransferInput,
    evidence?: { remove: readonly string[]; add: readonly CitationInput[] },
  ): Promise<string> {
    return withTransaction(ctx, async (tx) => {
      const before = await this.existing(tx, 'transfer', input.id);
      const changes: Record<string, unknown> = {};
      const ref = async (field: 'supplier' | 'recipient' | 'intermediary' | 'originCountry') =>
        input[field] ? actorWriteService.resolve(tx, input[field]!, field) : null;
      if (given('supplier', input.supplier)) changes.supplierId = await ref('supplier');
      if (given('recipient', input.recipient)) changes.recipientId = await ref('recipient');
      if (input.intermediary !== undefined) changes.intermediaryId = await ref('intermediary');
      if (input.originCountry !== undefined) changes.originCountryId = await ref('originCountry');
      distinctParties({
        supplier: (changes.supplierId ?? before.supplier_id) as string,
        recipient: (changes.recipientId ?? before.recipient_id) as string,
        intermediary: (changes.intermediaryId !== undefined ? changes.intermediaryId : before.intermediary_id) as
          string | null,
      });
      if (given('category', input.category)) changes.category = oneOf('category', input.category, TransferCategory);
      if (given('item', input.item)) changes.item = text('item', input.item, LENGTH.shortText);
      if (input.designation !== undefined)
        changes.designation = optionalText('designation', input.designation, LENGTH.name);
      if (input.quantity !== undefined) Object.assign(changes, quantity(input.quantity));
      if (given('status', input.status)) changes.status = oneOf('status', input.status, TransferStatus);
      if (input.period !== undefined) Object.assign(changes, period(input.period));
      if (input.context !== undefined) changes.context = optionalText('context', input.context, LENGTH.context);
      Object.assign(changes, figureColumns(input));
      await tx.manager.update(Transfer, { id: input.id }, { ...changes, updatedAt: tx.at });
      if (evidence) {
        await citationWriteService.addAll(
          tx,
          { table: 'transfer', id: input.id },
          evidence.add,
          (i) => `citations[${i}]`,
        );
        for (const id of evidence.remove) await citationWriteService.markRemoved(tx, id);
      }
      await this.finish(tx, 'updateTransfer', 'transfer', input.id, before);
      return input.id;
    });
  }

  async updateRecognition(ctx: Context, input: UpdateRecognitionInput): Promise<string> {
    return withTransaction(ctx, async (tx) => {
      const before = await this.existing(tx, 'recognition', input.id);
      const changes: Record<string, unknown> = {};
      if (given('status', input.status)) changes.status = oneOf('status', input.status, RecognitionStatus);
      if (input.date !== undefined) Object.assign(changes, recognitionDate(input.date));
      await tx.manager.update(Recognition, { id: input.id }, { ...changes, updatedAt: tx.at });
      await this.finish(tx, 'updateRecognition', 'recognition', input.id, before);
      return input.id;
    });
  }

  /** Retraction hides a claim from default queries; it is a status, never a deletion. */
  async retract(ctx: Context, id: string, reason: string): Promise<{ table: ClaimTable; id: string }> {
    return withTransaction(ctx, async (tx) => {
      const why = text('reason', reason, LENGTH.shortText);
      const table = await this.tableOf(tx, id);
      const before = await snapshotClaim(tx, table, id);
      if (before!.retracted) throw new BadUserInputError('id', 'This claim is already retracted.');
      await txQuery(tx, `UPDATE ${table} SET retracted = ?, retraction_reason = ?, updated_at = ? WHERE id = ?`, [
        true,
        why,
        tx.at,
        id,
      ]);
      await this.finish(tx, 'retractClaim', table, id, before);
      return { table, id };
    });
  }

  /** Which table a claim id is in; NOT_FOUND naming `field` when neither. */
  async tableOf(tx: TxContext, id: string, field = 'id'): Promise<ClaimTable> {
    for (const table of ['transfer', 'recognition'] as const) {
      if (await lockClaim(tx, table, id)) return table;
    }
    throw new NotFoundError('claim', id, field);
  }

  /** Ends every claim write through the write pipeline: summary, supply_edge, version, history, search. */
  finish(
    tx: TxContext,
    operation: string,
    table: ClaimTable,
    id: string,
    before: Record<string, unknown> | null,
  ): Promise<void> {
    return recordWrite(tx, { operation, entityType: table, entityId: id, before });
  }

  private async existing(tx: TxContext, table: ClaimTable, id: string): Promise<Record<string, unknown>> {
    await lockClaim(tx, table, id);
    const snapshot = await snapshotClaim(tx, table, id);
    if (!snapshot) throw new NotFoundError(table, id, 'id');
    return snapshot;
  }

  private async cite(tx: TxContext, claim: ClaimRef, citations: CitationInput[]): Promise<void> {
    if (!citations.some((c) => (c.stance ?? Stance.SUPPORTS) === Stance.SUPPORTS)) {
      throw new BadUserInputError('citations', 'A claim needs at least one SUPPORTS citation.');
    }
    await citationWriteService.addAll(tx, claim, citations, (i) => `citations[${i}]`);
  }
}

export const claimWriteService = new ClaimWriteService();
