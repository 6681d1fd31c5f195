import type { Context } from '../../core/context/context';
import DataLoader from 'dataloader';
import { indexInOrder } from '../../core/util/batch';
import type { SqlRunner } from '../../core/db/sql-runner';
import { RECOGNITION_COLUMNS, TRANSFER_COLUMNS, mapRecognition, mapTransfer } from './claim.rows';
import type { RecognitionRow, TransferRow } from './claim.rows';

export function createClaimLoaders(sql: SqlRunner) {
  return {
    transferById: new DataLoader<string, TransferRow | null>(async (ids) => {
      const { sql: where, param } = sql.inList('t.id', ids);
      const rows = await sql.all<TransferRow>(`SELECT ${TRANSFER_COLUMNS} FROM transfer t WHERE ${where}`, [param]);
      return indexInOrder(ids, rows.map(mapTransfer), (r) => r.id);
    }),
    recognitionById: new DataLoader<string, RecognitionRow | null>(async (ids) => {
      const { sql: where, param } = sql.inList('t.id', ids);
      const rows = await sql.all<RecognitionRow>(`SELECT ${RECOGNITION_COLUMNS} FROM recognition t WHERE ${where}`, [
        param,
      ]);
      return indexInOrder(ids, rows.map(mapRecognition), (r) => r.id);
    }),
  };
}

/** This request's transfer and recognition loaders. */
export const claimLoaders = (ctx: Context) => ctx.loaders.of(createClaimLoaders);
