import { newId } from '../../core/util/ids';
import type { TxContext } from '../../core/context/context';
import { refreshSearch } from '../search/search-index';
import { HistoryEntry } from './history-entry.entity';
import type { Snapshot } from './snapshots';

export type EntityType = 'actor' | 'source' | 'transfer' | 'recognition' | 'api_key' | 'knowledge_base';

export interface HistoryRecord {
  operation: string;
  entityType: EntityType;
  entityId: string;
  before: Snapshot;
  after: Snapshot;
}

/** Records the one history entry of a write, inside the write's transaction. */
export class HistoryService {
  async record(tx: TxContext, entry: HistoryRecord): Promise<void> {
    await tx.manager.insert(HistoryEntry, {
      id: newId(),
      at: tx.at,
      principal: tx.principal?.name ?? 'system',
      operation: entry.operation,
      entityType: entry.entityType,
      entityId: entry.entityId,
      beforeJson: entry.before === null ? null : JSON.stringify(entry.before),
      afterJson: entry.after === null ? null : JSON.stringify(entry.after),
    });
    // Every write ends here, so this is where the search index follows it.
    await refreshSearch(tx, entry.entityType, entry.entityId);
  }
}

export const historyService = new HistoryService();
