import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { claimWriteService } from '../../domain/claims/claim-write.service';
import type { RecordRecognitionInput, RecordTransferInput } from '../../domain/claims/claim-write.inputs';
import { BadUserInputError } from '../../core/errors/errors';
import { Stance } from '../../domain/evidence/evidence-enums';
import { exists } from './import-record';
import { figuresFromRecord } from './flat-figures';
import type { ImportRecord } from './import-record';

/** claims.jsonl lines, as exported: one claim with its evidence by source key and quote. */
export async function* jsonlRecords(path: string): AsyncGenerator<ImportRecord> {
  let line = 0;
  for await (const text of createInterface({ input: createReadStream(path), crlfDelay: Infinity })) {
    line++;
    if (text.trim() === '') continue;
    const at = line;
    yield claimRecord(at, () => {
      try {
        return JSON.parse(text);
      } catch {
        throw new BadUserInputError('json', 'Not a JSON object.');
      }
    });
  }
}

/**
 * One claim document (a claims.jsonl line, or a generated claim) as an import record: written
 * through the same services as the API's mutations, retracted afterwards when it says so.
 */
export function claimRecord(line: number, read: () => Record<string, unknown>): ImportRecord {
  return {
    line,
    async apply(tx) {
      const doc = read();
      if (doc === null || typeof doc !== 'object') throw new BadUserInputError('json', 'Not a JSON object.');
      if (doc.type !== 'transfer' && doc.type !== 'recognition')
        throw new BadUserInputError('type', '"type" must be "transfer" or "recognition".');
      if (typeof doc.id !== 'string' || !/^[0-9a-f-]{36}$/.test(doc.id))
        throw new BadUserInputError('id', '"id" must be a UUID.');
      if (await exists(tx, doc.type, doc.id)) return 'unchanged';
      const citations = (Array.isArray(doc.evidence) ? doc.evidence : []).map((e: Record<string, unknown>) => ({
        source: e.source_key,
        quote: e.quote,
        stance: e.stance ?? Stance.SUPPORTS,
        credibility: e.credibility,
        chain: e.chain,
        attributedTo: e.attributed_to_key,
        attribution: e.attribution,
        locator: e.locator,
      }));
      if (doc.type === 'transfer') {
        const { delivered, figures } = figuresFromRecord(doc);
        await claimWriteService.recordTransfer(
          tx,
          {
            supplier: doc.supplier_key,
            recipient: doc.recipient_key,
            intermediary: doc.intermediary_key,
            originCountry: doc.origin_country_key,
            category: doc.category,
            item: doc.item,
            designation: doc.designation,
            quantity: { min: doc.quantity_min, max: doc.quantity_max, text: doc.quantity_text, delivered },
            ...figures,
            status: doc.status,
            period: { start: doc.period_start, end: doc.period_end },
            context: doc.context,
            citations,
          } as RecordTransferInput,
          doc.id,
        );
      } else {
        await claimWriteService.recordRecognition(
          tx,
          {
            recognizer: doc.recognizer_key,
            recognized: doc.recognized_key,
            status: doc.status,
            date: doc.date,
            citations,
          } as RecordRecognitionInput,
          doc.id,
        );
      }
      if (doc.retracted)
        await claimWriteService.retract(tx, doc.id, String(doc.retraction_reason ?? 'retracted in the imported file'));
      return 'created';
    },
  };
}
