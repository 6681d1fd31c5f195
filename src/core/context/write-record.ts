/** What history records writes about. */
export type EntityType =
  'actor' | 'source' | 'transfer' | 'recognition' | 'api_key' | 'knowledge_base' | 'draft_batch' | 'draft';

/**
 * The state of an entity as history records it: its row with everything that belongs to it
 * (an actor's aliases; a claim's citations with their chains). Null when it does not exist.
 */
export type Snapshot = Record<string, unknown> | null;

export type ClaimTable = 'transfer' | 'recognition';

/** One claim, by the table it is in. */
export interface ClaimRef {
  readonly table: ClaimTable;
  readonly id: string;
}

/**
 * What one write did, as its service reports it at the end of the write. The write pipeline
 * (src/domain/write-pipeline.ts) turns it into everything derived: assessment summaries,
 * supply_edge, claim versions, the history entry, the search index.
 */
export interface WriteRecord {
  /** The API operation, e.g. "recordTransfer"; history shows it. */
  readonly operation: string;
  readonly entityType: EntityType;
  readonly entityId: string;
  readonly before: Snapshot;
  /** The entity after the write; when absent the pipeline takes its snapshot. */
  readonly after?: Snapshot;
  /**
   * Claims whose evidence this write changed, besides the entity itself when it is a claim
   * (a corrected source re-assesses every claim citing it; a merge, every claim naming the actor).
   */
  readonly claims?: readonly ClaimRef[];
  /** Other entities whose search rows may have changed (a merged actor's tombstone). */
  readonly reindex?: readonly { readonly type: EntityType; readonly id: string }[];
}
