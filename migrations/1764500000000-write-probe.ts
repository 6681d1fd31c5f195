import { Table } from 'typeorm';
import type { MigrationInterface, QueryRunner } from 'typeorm';

// write_probe: one row that /readyz rewrites (with 64 KB of padding, about a large write) after a
// write failed for want of space or through a storage fault, to learn whether the database takes
// writes again (src/core/db/transaction-runner.ts).
// It holds no knowledge-base data: dumps leave it out.

export class WriteProbe1764500000000 implements MigrationInterface {
  name = 'WriteProbe1764500000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'write_probe',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true },
          { name: 'at', type: 'varchar', length: '30', isNullable: false },
          { name: 'pad', type: 'text', isNullable: false },
        ],
      }),
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.dropTable('write_probe');
  }
}
