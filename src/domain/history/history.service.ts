import type { TxContext } from '../../core/context/context';
import type { EntityType, Snapshot } from '../../core/context/write-record';
import { newId } from '../../core/util/ids';
import { snapshotActor } from '../actors/actor.snapshot';
import { snapshotClaim } from '../claims/claim.snapshot';
import { snapshotSource } from '../sources/source.snapshot';
import { HistoryEntry } from './history-entry.entity';

export interface HistoryRecord {
  operation: string;
  entityType: EntityType;
  entityId: string;
  before: Snapshot;
  /** The entity after the write; its snapshot is taken now when not given. */
  after?: Snapshot;
}

/** The entity as it stands now in the write's transaction (null for kinds history is told about). */
async function snapshotNow(tx: TxContext, type: EntityType, id: string): Promise<Snapshot> {
  if (type === 'actor') return snapshotActor(tx, id);
  if (type === 'source') return snapshotSource(tx, id);
  if (type === 'transfer' || type === 'recognition') return snapshotClaim(tx, type, id);
  return null;
}

/** Records the one history entry of a write, inside the write's transaction (a write pipeline step). */
export class HistoryService {
  async record(tx: TxContext, entry: HistoryRecord): Promise<void> {
    const after = entry.after !== undefined ? entry.after : await snapshotNow(tx, entry.entityType, entry.entityId);
    await tx.manager.insert(HistoryEntry, {
      id: newId(),
      at: tx.at,
      principal: tx.principal?.name ?? 'system',
      operation: entry.operation,
      entityType: entry.entityType,
      entityId: entry.entityId,
      beforeJson: entry.before === null ? null : JSON.stringify(entry.before),
      afterJson: after === null ? null : JSON.stringify(after),
    });
  }
}

export const historyService = new HistoryService();
