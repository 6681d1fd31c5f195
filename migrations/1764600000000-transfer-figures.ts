import { TableColumn } from 'typeorm';
import type { MigrationInterface, QueryRunner } from 'typeorm';

// What datasets such as SIPRI's trade register record of a deal, as columns of the transfer and of
// its versions:
// - the context takes 2,000 characters instead of 300 (SIPRI's comments run to 374, kept whole);
// - how many were delivered, the condition, every year of delivery, the figures marked uncertain,
//   and the trend-indicator values (integers of millionths, so that sums are exact).
// On SQLite, TypeORM rebuilds the two tables (foreign keys are off while migrations run).

const context = (length: number) =>
  new TableColumn({ name: 'context', type: 'varchar', length: String(length), isNullable: true });

const figures = () => [
  new TableColumn({ name: 'quantity_delivered', type: 'bigint', isNullable: true }),
  new TableColumn({ name: 'condition', type: 'varchar', length: '32', isNullable: true }),
  new TableColumn({ name: 'delivery_years', type: 'varchar', length: '500', isNullable: true }),
  new TableColumn({ name: 'uncertain', type: 'varchar', length: '64', isNullable: true }),
  new TableColumn({ name: 'tiv_per_unit', type: 'bigint', isNullable: true }),
  new TableColumn({ name: 'tiv_order', type: 'bigint', isNullable: true }),
  new TableColumn({ name: 'tiv_delivered', type: 'bigint', isNullable: true }),
];

const TABLES = ['transfer', 'transfer_version'];

export class TransferFigures1764600000000 implements MigrationInterface {
  name = 'TransferFigures1764600000000';

  public async up(q: QueryRunner): Promise<void> {
    for (const table of TABLES) {
      await q.changeColumn(table, 'context', context(2000));
      await q.addColumns(table, figures());
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const table of TABLES) {
      await q.dropColumns(table, figures());
      await q.query(`UPDATE ${table} SET context = SUBSTR(context, 1, 300) WHERE LENGTH(context) > 300`);
      await q.changeColumn(table, 'context', context(300));
    }
  }
}
