import { MigrationInterface, QueryRunner, Table, TableColumn, TableForeignKey, TableIndex } from 'typeorm';
import type { TableColumnOptions } from 'typeorm';

// Writes: API keys, the history of every write, versions of claims for time travel, keys of
// merged actors, and soft removal of citations. Table API, so it runs on SQLite and PostgreSQL.

const str = (name: string, length: number, nullable = false): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: String(length),
  isNullable: nullable,
});
const text = (name: string): TableColumnOptions => ({ name, type: 'text', isNullable: true });
const int = (name: string, nullable = false): TableColumnOptions => ({ name, type: 'integer', isNullable: nullable });
const ix = (name: string, columns: string[], unique = false) =>
  new TableIndex({ name, columnNames: columns, isUnique: unique });

/** A frozen copy of the claim columns of 1764000000000 (migrations never import each other). */
const claimColumns: TableColumnOptions[] = [
  { name: 'id', type: 'varchar', length: '36', isPrimary: true },
  { name: 'version', type: 'integer', isPrimary: true },
  { name: 'retracted', type: 'boolean', isNullable: false },
  text('retraction_reason'),
  str('sort_date', 10),
  str('verdict', 16),
  int('independent_voices'),
  int('disputing_voices'),
  str('best_reliability', 1, true),
  int('best_credibility', true),
  int('strength'),
  str('created_at', 30),
  str('updated_at', 30),
  str('valid_from', 30),
  str('valid_to', 30, true),
];

const transferColumns: TableColumnOptions[] = [
  str('supplier_id', 36),
  str('recipient_id', 36),
  str('intermediary_id', 36, true),
  str('origin_country_id', 36, true),
  str('category', 32),
  str('item', 300),
  str('designation', 200, true),
  { name: 'quantity_min', type: 'bigint', isNullable: true },
  { name: 'quantity_max', type: 'bigint', isNullable: true },
  str('quantity_text', 200, true),
  str('status', 16),
  str('period_start', 10, true),
  str('period_end', 10, true),
  str('period_lo', 10, true),
  str('period_hi', 10, true),
  str('context', 300, true),
];

const recognitionColumns: TableColumnOptions[] = [
  str('recognizer_id', 36),
  str('recognized_id', 36),
  str('status', 16),
  str('recognized_on', 10, true),
  str('date_lo', 10, true),
  str('date_hi', 10, true),
];

export class WritesHistoryKeys1764100000000 implements MigrationInterface {
  name = 'WritesHistoryKeys1764100000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'api_key',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          str('name', 100),
          str('role', 8),
          str('prefix', 16),
          str('secret_hash', 64),
          str('created_at', 30),
          str('revoked_at', 30, true),
        ],
        indices: [ix('uq_api_key_name', ['name'], true), ix('uq_api_key_prefix', ['prefix'], true)],
      }),
    );
    await q.createTable(
      new Table({
        name: 'history_entry',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          str('at', 30),
          str('principal', 100),
          str('operation', 40),
          str('entity_type', 20),
          str('entity_id', 36),
          text('before_json'),
          text('after_json'),
        ],
        indices: [ix('ix_history_entity', ['entity_type', 'entity_id', 'at']), ix('ix_history_at', ['at'])],
      }),
    );
    // A merged actor stays as a tombstone pointing at its survivor: old claim versions and its
    // key keep resolving.
    await q.addColumns('actor', [
      new TableColumn(str('merged_into_id', 36, true)),
      new TableColumn(str('merged_at', 30, true)),
    ]);
    await q.createForeignKey(
      'actor',
      new TableForeignKey({
        name: 'fk_actor_merged_into',
        columnNames: ['merged_into_id'],
        referencedTableName: 'actor',
        referencedColumnNames: ['id'],
        onDelete: 'RESTRICT',
      }),
    );
    await q.createIndex('actor', ix('ix_actor_merged_into', ['merged_into_id']));
    await q.createTable(
      new Table({
        name: 'transfer_version',
        columns: [...claimColumns, ...transferColumns],
        indices: [ix('ix_transfer_version_valid', ['valid_from', 'valid_to'])],
      }),
    );
    await q.createTable(
      new Table({
        name: 'recognition_version',
        columns: [...claimColumns, ...recognitionColumns],
        indices: [ix('ix_recognition_version_valid', ['valid_from', 'valid_to'])],
      }),
    );
    await q.addColumn('citation', new TableColumn(str('removed_at', 30, true)));
    // Claims written before this migration get their first version now.
    for (const [table, columns] of [
      ['transfer', transferColumns],
      ['recognition', recognitionColumns],
    ] as const) {
      const names = [
        ...claimColumns.filter((c) => !['version', 'valid_from', 'valid_to'].includes(c.name)),
        ...columns,
      ].map((c) => c.name);
      await q.query(
        `INSERT INTO ${table}_version (${names.join(', ')}, version, valid_from, valid_to)
         SELECT ${names.join(', ')}, 1, created_at, NULL FROM ${table}`,
      );
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('citation', 'removed_at');
    await q.dropIndex('actor', 'ix_actor_merged_into');
    await q.dropForeignKey('actor', 'fk_actor_merged_into');
    await q.dropColumns('actor', ['merged_into_id', 'merged_at']);
    for (const table of ['recognition_version', 'transfer_version', 'history_entry', 'api_key']) {
      await q.dropTable(table);
    }
  }
}
