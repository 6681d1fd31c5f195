import type { DataSource } from 'typeorm';

/**
 * What a full dump holds: every table of the knowledge base, in an order that lets a restore
 * insert them (API keys are left out: a dump is readable by anyone who may read).
 */
export const DUMP_TABLES = [
  'actor',
  'actor_name',
  'actor_succession',
  'source',
  'source_echo',
  'transfer',
  'recognition',
  'citation',
  'citation_hop',
  'transfer_version',
  'recognition_version',
  'history_entry',
] as const;

export type DumpTable = (typeof DUMP_TABLES)[number];

export interface TableLayout {
  readonly name: DumpTable;
  readonly columns: readonly string[];
  readonly keys: readonly string[];
  /** which rows are dumped (SQL condition), when not all */
  readonly where?: string;
  /** how to write a value so that both databases dump the same bytes */
  readonly kinds: Readonly<Record<string, 'boolean' | 'number' | 'text'>>;
}

/** Column names, key columns and value kinds of each dumped table, from the entity metadata. */
export function dumpLayout(dataSource: DataSource): TableLayout[] {
  return DUMP_TABLES.map((name) => {
    const meta = dataSource.entityMetadatas.find((m) => m.tableName === name)!;
    const kinds: Record<string, 'boolean' | 'number' | 'text'> = {};
    for (const c of meta.columns) {
      const type = String(c.type);
      kinds[c.databaseName] =
        type === 'boolean' ? 'boolean' : type === 'integer' || type === 'bigint' ? 'number' : 'text';
    }
    // The history of API keys stays out, like the keys themselves; so does that of drafts, which
    // are editors' unreviewed working material (readable by EDITOR only), kept by backups.
    const where = name === 'history_entry' ? "entity_type NOT IN ('api_key', 'draft_batch', 'draft')" : undefined;
    return {
      name,
      columns: meta.columns.map((c) => c.databaseName),
      keys: meta.primaryColumns.map((c) => c.databaseName),
      kinds,
      where,
    };
  });
}

/** A row in the dump's canonical form: columns in layout order, booleans and numbers as JSON. */
export function canonicalRow(layout: TableLayout, row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const c of layout.columns) {
    const v = row[c];
    out[c] =
      v === null || v === undefined
        ? null
        : layout.kinds[c] === 'boolean'
          ? Boolean(v)
          : layout.kinds[c] === 'number'
            ? Number(v)
            : String(v);
  }
  return out;
}
