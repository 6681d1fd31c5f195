import { MigrationInterface, QueryRunner, Table, TableCheck, TableForeignKey, TableIndex } from 'typeorm';
import type { TableColumnOptions } from 'typeorm';

// Written with TypeORM's Table API so the same migration runs on SQLite and PostgreSQL.
// Landed migrations are never edited: change the schema with a new migration.

const id = (name = 'id', primary = true): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: '36',
  isPrimary: primary,
});
const ref = (name: string, nullable = false): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: '36',
  isNullable: nullable,
});
const str = (name: string, length: number, nullable = false): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: String(length),
  isNullable: nullable,
});
const text = (name: string, nullable = true): TableColumnOptions => ({ name, type: 'text', isNullable: nullable });
const int = (name: string, nullable = false): TableColumnOptions => ({ name, type: 'integer', isNullable: nullable });
const bool = (name: string): TableColumnOptions => ({ name, type: 'boolean', isNullable: false });
const stamps: TableColumnOptions[] = [str('created_at', 30), str('updated_at', 30)];

const fk = (name: string, column: string, table: string, onDelete = 'RESTRICT') =>
  new TableForeignKey({
    name,
    columnNames: [column],
    referencedTableName: table,
    referencedColumnNames: ['id'],
    onDelete,
  });
const ix = (name: string, columns: string[], unique = false) =>
  new TableIndex({ name, columnNames: columns, isUnique: unique });

/** The claim columns shared by transfer and recognition (see src/claims/claim-base.ts). */
const claimColumns: TableColumnOptions[] = [
  bool('retracted'),
  text('retraction_reason'),
  str('sort_date', 10),
  str('verdict', 16),
  int('independent_voices'),
  int('disputing_voices'),
  str('best_reliability', 1, true),
  int('best_credibility', true),
  int('strength'),
  ...stamps,
];

export class InitialSchema1764000000000 implements MigrationInterface {
  name = 'InitialSchema1764000000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'actor',
        columns: [
          id(),
          str('key', 100),
          str('name', 200),
          str('kind', 32),
          str('country_code', 3, true),
          ref('parent_id', true),
          text('description'),
          ...stamps,
        ],
        foreignKeys: [fk('fk_actor_parent', 'parent_id', 'actor')],
        indices: [
          ix('uq_actor_key', ['key'], true),
          ix('ix_actor_parent', ['parent_id']),
          ix('ix_actor_kind', ['kind']),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'actor_name',
        columns: [id(), ref('actor_id'), str('name', 200), str('normalized', 200), bool('is_primary')],
        foreignKeys: [fk('fk_actor_name_actor', 'actor_id', 'actor', 'CASCADE')],
        indices: [ix('ix_actor_name_actor', ['actor_id']), ix('uq_actor_name_normalized', ['normalized'], true)],
      }),
    );
    await q.createTable(
      new Table({
        name: 'source',
        columns: [
          id(),
          str('key', 150),
          str('title', 500),
          str('publisher', 200),
          str('url', 2000, true),
          str('kind', 32),
          str('published_on', 10, true),
          str('published_lo', 10, true),
          str('published_hi', 10, true),
          str('sort_date', 10),
          str('reliability', 1),
          ref('attributed_to_id', true),
          text('text'),
          ...stamps,
        ],
        foreignKeys: [fk('fk_source_attributed_to', 'attributed_to_id', 'actor')],
        indices: [
          ix('uq_source_key', ['key'], true),
          ix('ix_source_kind', ['kind']),
          ix('ix_source_attributed_to', ['attributed_to_id']),
          ix('ix_source_sort', ['sort_date', 'id']),
          ix('ix_source_published', ['published_lo', 'published_hi']),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'transfer',
        columns: [
          id(),
          ref('supplier_id'),
          ref('recipient_id'),
          ref('intermediary_id', true),
          ref('origin_country_id', true),
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
          ...claimColumns,
        ],
        foreignKeys: [
          fk('fk_transfer_supplier', 'supplier_id', 'actor'),
          fk('fk_transfer_recipient', 'recipient_id', 'actor'),
          fk('fk_transfer_intermediary', 'intermediary_id', 'actor'),
          fk('fk_transfer_origin_country', 'origin_country_id', 'actor'),
        ],
        indices: [
          ix('ix_transfer_supplier_sort', ['supplier_id', 'sort_date', 'id']),
          ix('ix_transfer_recipient_sort', ['recipient_id', 'sort_date', 'id']),
          ix('ix_transfer_intermediary', ['intermediary_id']),
          ix('ix_transfer_origin_country', ['origin_country_id']),
          ix('ix_transfer_sort', ['sort_date', 'id']),
          ix('ix_transfer_period', ['period_lo', 'period_hi']),
          ix('ix_transfer_category', ['category']),
          ix('ix_transfer_status', ['status']),
          ix('ix_transfer_verdict', ['verdict']),
          ix('ix_transfer_voices', ['independent_voices']),
          ix('ix_transfer_reliability', ['best_reliability']),
          ix('ix_transfer_credibility', ['best_credibility']),
          ix('ix_transfer_strength', ['strength', 'id']),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'recognition',
        columns: [
          id(),
          ref('recognizer_id'),
          ref('recognized_id'),
          str('status', 16),
          str('recognized_on', 10, true),
          str('date_lo', 10, true),
          str('date_hi', 10, true),
          ...claimColumns,
        ],
        foreignKeys: [
          fk('fk_recognition_recognizer', 'recognizer_id', 'actor'),
          fk('fk_recognition_recognized', 'recognized_id', 'actor'),
        ],
        indices: [
          ix('ix_recognition_recognizer_sort', ['recognizer_id', 'sort_date', 'id']),
          ix('ix_recognition_recognized_sort', ['recognized_id', 'sort_date', 'id']),
          ix('ix_recognition_sort', ['sort_date', 'id']),
          ix('ix_recognition_date', ['date_lo', 'date_hi']),
          ix('ix_recognition_status', ['status']),
          ix('ix_recognition_verdict', ['verdict']),
          ix('ix_recognition_voices', ['independent_voices']),
          ix('ix_recognition_reliability', ['best_reliability']),
          ix('ix_recognition_credibility', ['best_credibility']),
          ix('ix_recognition_strength', ['strength', 'id']),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'citation',
        columns: [
          id(),
          ref('source_id'),
          ref('transfer_id', true),
          ref('recognition_id', true),
          int('position'),
          text('quote', false),
          str('stance', 8),
          int('credibility'),
          ref('attributed_to_id', true),
          text('attribution'),
          str('locator', 200, true),
          bool('verified'),
          str('created_at', 30),
        ],
        checks: [
          new TableCheck({
            name: 'ck_citation_one_claim',
            expression: '(transfer_id IS NULL) <> (recognition_id IS NULL)',
          }),
        ],
        foreignKeys: [
          fk('fk_citation_source', 'source_id', 'source'),
          fk('fk_citation_transfer', 'transfer_id', 'transfer'),
          fk('fk_citation_recognition', 'recognition_id', 'recognition'),
          fk('fk_citation_attributed_to', 'attributed_to_id', 'actor'),
        ],
        indices: [
          ix('ix_citation_source', ['source_id']),
          ix('ix_citation_transfer', ['transfer_id']),
          ix('ix_citation_recognition', ['recognition_id']),
          ix('ix_citation_attributed_to', ['attributed_to_id']),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'citation_hop',
        columns: [id('citation_id'), { name: 'position', type: 'integer', isPrimary: true }, ref('source_id')],
        foreignKeys: [
          fk('fk_citation_hop_citation', 'citation_id', 'citation', 'CASCADE'),
          fk('fk_citation_hop_source', 'source_id', 'source'),
        ],
        indices: [
          ix('uq_citation_hop_source', ['citation_id', 'source_id'], true),
          ix('ix_citation_hop_source', ['source_id']),
        ],
      }),
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const table of ['citation_hop', 'citation', 'recognition', 'transfer', 'source', 'actor_name', 'actor']) {
      await q.dropTable(table);
    }
  }
}
