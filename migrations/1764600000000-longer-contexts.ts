import { TableColumn } from 'typeorm';
import type { MigrationInterface, QueryRunner } from 'typeorm';

// A transfer's context takes 2,000 characters instead of 300: datasets comment on their deals at
// length (SIPRI's trade register has comments of 374 characters), and a comment is kept whole.
// On SQLite, TypeORM rebuilds the two tables (foreign keys are off while migrations run).

const context = (length: number) =>
  new TableColumn({ name: 'context', type: 'varchar', length: String(length), isNullable: true });

export class LongerContexts1764600000000 implements MigrationInterface {
  name = 'LongerContexts1764600000000';

  public async up(q: QueryRunner): Promise<void> {
    for (const table of ['transfer', 'transfer_version']) await q.changeColumn(table, 'context', context(2000));
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const table of ['transfer', 'transfer_version']) {
      await q.query(`UPDATE ${table} SET context = SUBSTR(context, 1, 300) WHERE LENGTH(context) > 300`);
      await q.changeColumn(table, 'context', context(300));
    }
  }
}
