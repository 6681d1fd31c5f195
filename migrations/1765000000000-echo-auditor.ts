import { Table, TableColumn, TableForeignKey, TableIndex } from 'typeorm';
import type { MigrationInterface, QueryRunner } from 'typeorm';

// The independence auditor. source.text_sha256: the SHA-256 of a source's stored text, and
// citation.source_text_sha256 the hash of the text a quote was verified against, so a citation
// can prove which text it quoted. source.echo_root: the earliest source of the group of
// suspected or confirmed echoes a source belongs to (null when it belongs to none), which the
// assessment counts as one voice. source_echo: one row per pair of sources the auditor found
// (similar texts, or a quote found verbatim in an earlier source) or an editor decided on:
// SUSPECTED, CONFIRMED or DISMISSED, with who decided and why. source_echo_band: the LSH buckets
// of each fingerprinted text, so a source's near-duplicates are found by index, not by a scan;
// source_echo_signature: each fingerprinted text's MinHash signature, which screens the
// candidates before their texts are read; citation_quote_start: the hash of the first four words
// of each long quote, so a text stored after a citation finds the quotes it holds. text_sha256, echo_root, source_echo_band and
// source_echo_signature and citation_quote_start are derived data, kept by the write pipeline;
// a database whose sources have text but no hash is audited at its next start.

const fk = (name: string, column: string) =>
  new TableForeignKey({
    name,
    columnNames: [column],
    referencedTableName: 'source',
    referencedColumnNames: ['id'],
    onDelete: 'RESTRICT',
  });

export class EchoAuditor1765000000000 implements MigrationInterface {
  name = 'EchoAuditor1765000000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.addColumns('source', [
      new TableColumn({ name: 'text_sha256', type: 'varchar', length: '64', isNullable: true }),
      new TableColumn({ name: 'echo_root', type: 'varchar', length: '36', isNullable: true }),
    ]);
    await q.createIndex('source', new TableIndex({ name: 'ix_source_echo_root', columnNames: ['echo_root'] }));
    await q.addColumn(
      'citation',
      new TableColumn({ name: 'source_text_sha256', type: 'varchar', length: '64', isNullable: true }),
    );
    await q.createTable(
      new Table({
        name: 'source_echo',
        columns: [
          { name: 'copy_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'original_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'status', type: 'varchar', length: '12', isNullable: false },
          { name: 'basis', type: 'varchar', length: '8', isNullable: false },
          { name: 'similarity', type: 'integer', isNullable: true },
          { name: 'shared_passage', type: 'text', isNullable: true },
          { name: 'found_at', type: 'varchar', length: '30', isNullable: false },
          { name: 'decided_at', type: 'varchar', length: '30', isNullable: true },
          { name: 'decided_by', type: 'varchar', length: '100', isNullable: true },
          { name: 'reason', type: 'varchar', length: '2000', isNullable: true },
        ],
        foreignKeys: [fk('fk_source_echo_copy', 'copy_id'), fk('fk_source_echo_original', 'original_id')],
        indices: [
          new TableIndex({ name: 'ix_source_echo_original', columnNames: ['original_id'] }),
          new TableIndex({ name: 'ix_source_echo_status', columnNames: ['status'] }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'source_echo_band',
        columns: [
          { name: 'bucket', type: 'integer', isPrimary: true },
          { name: 'source_id', type: 'varchar', length: '36', isPrimary: true },
        ],
        indices: [new TableIndex({ name: 'ix_source_echo_band_source', columnNames: ['source_id'] })],
      }),
    );
    await q.createTable(
      new Table({
        name: 'source_echo_signature',
        columns: [
          { name: 'source_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'signature', type: 'varchar', length: '480', isNullable: false },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'citation_quote_start',
        columns: [
          { name: 'shingle', type: 'integer', isPrimary: true },
          { name: 'citation_id', type: 'varchar', length: '36', isPrimary: true },
        ],
      }),
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.dropTable('citation_quote_start');
    await q.dropTable('source_echo_signature');
    await q.dropTable('source_echo_band');
    await q.dropTable('source_echo');
    await q.dropColumn('citation', 'source_text_sha256');
    await q.dropIndex('source', 'ix_source_echo_root');
    await q.dropColumn('source', 'echo_root');
    await q.dropColumn('source', 'text_sha256');
  }
}
