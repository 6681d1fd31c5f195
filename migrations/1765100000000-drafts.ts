import { Table, TableForeignKey, TableIndex } from 'typeorm';
import type { MigrationInterface, QueryRunner } from 'typeorm';

// Drafting claims from text. draft_batch: a text an editor drafted from, once per text (its
// SHA-256 is unique), with the metadata its source gets when a draft is accepted and whether it
// came as HTML, and the source its first accepted draft created or found. draft: each drafted claim, its values as JSON, its state (PENDING, ACCEPTED,
// REJECTED), who decided when and why, and the claim an accepted draft recorded.

export class Drafts1765100000000 implements MigrationInterface {
  name = 'Drafts1765100000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'draft_batch',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'text_sha256', type: 'varchar', length: '64', isNullable: false },
          { name: 'text', type: 'text', isNullable: false },
          { name: 'title', type: 'varchar', length: '500', isNullable: true },
          { name: 'publisher', type: 'varchar', length: '200', isNullable: true },
          { name: 'published_on', type: 'varchar', length: '10', isNullable: true },
          { name: 'url', type: 'varchar', length: '2000', isNullable: true },
          { name: 'kind', type: 'varchar', length: '32', isNullable: true },
          { name: 'from_html', type: 'boolean', isNullable: false },
          { name: 'drafter_version', type: 'varchar', length: '20', isNullable: false },
          { name: 'created_at', type: 'varchar', length: '30', isNullable: false },
          { name: 'created_by', type: 'varchar', length: '100', isNullable: false },
          { name: 'source_id', type: 'varchar', length: '36', isNullable: true },
        ],
        indices: [new TableIndex({ name: 'ux_draft_batch_text', columnNames: ['text_sha256'], isUnique: true })],
      }),
    );
    await q.createTable(
      new Table({
        name: 'draft',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'batch_id', type: 'varchar', length: '36', isNullable: false },
          { name: 'ordinal', type: 'integer', isNullable: false },
          { name: 'kind', type: 'varchar', length: '12', isNullable: false },
          { name: 'body', type: 'text', isNullable: false },
          { name: 'state', type: 'varchar', length: '10', isNullable: false },
          { name: 'decided_at', type: 'varchar', length: '30', isNullable: true },
          { name: 'decided_by', type: 'varchar', length: '100', isNullable: true },
          { name: 'reason', type: 'varchar', length: '300', isNullable: true },
          { name: 'claim_id', type: 'varchar', length: '36', isNullable: true },
        ],
        foreignKeys: [
          new TableForeignKey({
            name: 'fk_draft_batch',
            columnNames: ['batch_id'],
            referencedTableName: 'draft_batch',
            referencedColumnNames: ['id'],
            onDelete: 'RESTRICT',
          }),
        ],
        indices: [
          new TableIndex({ name: 'ix_draft_batch', columnNames: ['batch_id', 'ordinal'] }),
          new TableIndex({ name: 'ix_draft_state', columnNames: ['state'] }),
        ],
      }),
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.dropTable('draft');
    await q.dropTable('draft_batch');
  }
}
