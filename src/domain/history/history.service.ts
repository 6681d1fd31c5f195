import type { TxContext } from '../../core/context/context';
import type { EntityType, Snapshot } from '../../core/context/write-record';
import { newId } from '../../core/util/ids';
import { HistoryEntry } from './history-entry.entity';

export interface HistoryRecord {
  operation: string;
  entityType: EntityType;
  entityId: string;
  before: Snapshot;
  after: Snapshot;
}

/** Records the one history entry of a write, inside the write's transaction (the write pipeline's history step); returns its id. */
export class HistoryService {
  async record(tx: TxContext, entry: HistoryRecord): Promise<string> {
    const { after } = entry;
    const id = newId();
    await tx.manager.insert(HistoryEntry, {
      id,
      at: tx.at,
      principal: tx.principal?.name ?? 'system',
      operation: entry.operation,
      entityType: entry.entityType,
      entityId: entry.entityId,
      beforeJson: entry.before === null ? null : JSON.stringify(entry.before),
      afterJson: after === null ? null : JSON.stringify(after),
    });
    return id;
  }
}

export const historyService = new HistoryService();
