import type { Context } from '../../core/context/context';
import DataLoader from 'dataloader';
import { groupInOrder } from '../../core/util/batch';
import type { SqlRunner } from '../../core/db/sql-runner';
import type { HistoryEntryType } from './history.types';

interface Row {
  at: string;
  who: string;
  operation: string;
  entityType: string;
  entityId: string;
  beforeJson: string | null;
  afterJson: string | null;
}

export const toHistoryEntry = (r: Row): HistoryEntryType => ({
  at: new Date(r.at),
  who: r.who,
  operation: r.operation,
  entityType: r.entityType,
  entityId: r.entityId,
  before: r.beforeJson === null ? null : JSON.parse(r.beforeJson),
  after: r.afterJson === null ? null : JSON.parse(r.afterJson),
});

export const HISTORY_COLUMNS =
  `h.at, h.principal AS who, h.operation, h.entity_type AS "entityType", h.entity_id AS "entityId", ` +
  `h.before_json AS "beforeJson", h.after_json AS "afterJson"`;

/** An entity's history, oldest first (by id: ids are time-ordered). */
export function createHistoryLoaders(sql: SqlRunner) {
  return {
    historyByEntity: new DataLoader<string, HistoryEntryType[]>(async (ids) => {
      const { sql: where, param } = sql.inList('h.entity_id', ids);
      const rows = await sql.all<Row>(
        `SELECT ${HISTORY_COLUMNS} FROM history_entry h WHERE ${where} ORDER BY h.entity_id, h.at, h.id`,
        [param],
      );
      return groupInOrder(ids, rows, (r) => r.entityId).map((list) => list.map(toHistoryEntry));
    }),
  };
}

/** This request's history loaders. */
export const historyLoaders = (ctx: Context) => ctx.loaders.of(createHistoryLoaders);
