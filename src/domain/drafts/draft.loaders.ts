import DataLoader from 'dataloader';
import type { Context } from '../../core/context/context';
import type { SqlRunner } from '../../core/db/sql-runner';
import { indexInOrder } from '../../core/util/batch';
import { BATCH_COLUMNS, batchRow } from './draft-rows';
import type { DraftBatchType } from './draft.types';

/** A page of drafts reads their batches in one query, not one per draft. */
function createDraftLoaders(sql: SqlRunner) {
  return {
    batchById: new DataLoader<string, DraftBatchType | null>(async (ids) => {
      const { sql: where, param } = sql.inList('b.id', ids);
      const rows = await sql.all<DraftBatchType>(`SELECT ${BATCH_COLUMNS} FROM draft_batch b WHERE ${where}`, [param]);
      return indexInOrder(ids, rows.map(batchRow), (r) => r.id);
    }),
  };
}

export const draftLoaders = (ctx: Context) => ctx.loaders.of(createDraftLoaders);
