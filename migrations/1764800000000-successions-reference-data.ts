import { Table, TableForeignKey, TableIndex } from 'typeorm';
import type { MigrationInterface, QueryRunner } from 'typeorm';

// actor_succession: which actor succeeded which (the Soviet Union by Russia and fourteen others),
// and whether the successor continues the predecessor. reference_data: which version of the
// gazetteer (the world's states, loaded at start) a database holds, so a start loads it only when
// it changed. Neither table is filled here: the gazetteer is data, loaded through the write path.

export class SuccessionsReferenceData1764800000000 implements MigrationInterface {
  name = 'SuccessionsReferenceData1764800000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'actor_succession',
        columns: [
          { name: 'predecessor_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'successor_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'continuation', type: 'boolean', isNullable: false },
        ],
        foreignKeys: [
          new TableForeignKey({
            name: 'fk_actor_succession_predecessor',
            columnNames: ['predecessor_id'],
            referencedTableName: 'actor',
            referencedColumnNames: ['id'],
            onDelete: 'RESTRICT',
          }),
          new TableForeignKey({
            name: 'fk_actor_succession_successor',
            columnNames: ['successor_id'],
            referencedTableName: 'actor',
            referencedColumnNames: ['id'],
            onDelete: 'RESTRICT',
          }),
        ],
        indices: [new TableIndex({ name: 'ix_actor_succession_successor', columnNames: ['successor_id'] })],
      }),
    );
    await q.createTable(
      new Table({
        name: 'reference_data',
        columns: [
          { name: 'name', type: 'varchar', length: '50', isPrimary: true },
          { name: 'version', type: 'varchar', length: '64', isNullable: false },
          { name: 'loaded_at', type: 'varchar', length: '30', isNullable: false },
        ],
      }),
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.dropTable('reference_data');
    await q.dropTable('actor_succession');
  }
}
