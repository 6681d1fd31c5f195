import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import type { TableColumnOptions } from 'typeorm';

// supply_edge: the transfers of each (supplier, recipient, category), aggregated — what a supply
// network draws — kept current by every claim write (src/network/supply-edges.ts), so a network
// reads one row per edge instead of aggregating every transfer of its actors at each hop. Filled
// here from the transfers already stored. Plus the (supplier, recipient) index its upkeep reads.

const ref = (name: string): TableColumnOptions => ({ name, type: 'varchar', length: '36', isPrimary: true });
const int = (name: string): TableColumnOptions => ({ name, type: 'integer', isNullable: false });
const date = (name: string): TableColumnOptions => ({ name, type: 'varchar', length: '10', isNullable: true });

/** Verdict ranks frozen at this migration (src/evidence/assessment.ts). */
const RANK = `CASE t.verdict WHEN 'CORROBORATED' THEN 3 WHEN 'SINGLE_SOURCE' THEN 2 WHEN 'CONTESTED' THEN 1 ELSE 0 END`;

export class SupplyEdges1764400000000 implements MigrationInterface {
  name = 'SupplyEdges1764400000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.createIndex(
      'transfer',
      new TableIndex({ name: 'ix_transfer_pair', columnNames: ['supplier_id', 'recipient_id'] }),
    );
    await q.createTable(
      new Table({
        name: 'supply_edge',
        columns: [
          ref('supplier_id'),
          ref('recipient_id'),
          { name: 'category', type: 'varchar', length: '32', isPrimary: true },
          int('claims'),
          date('lo'),
          date('hi'),
          int('best'),
          int('voices'),
        ],
        indices: [new TableIndex({ name: 'ix_supply_edge_recipient', columnNames: ['recipient_id'] })],
      }),
    );
    await q.query(`INSERT INTO supply_edge (supplier_id, recipient_id, category, claims, lo, hi, best, voices)
      SELECT t.supplier_id, t.recipient_id, t.category, COUNT(*), MIN(t.period_lo), MAX(t.period_hi), MAX(${RANK}), SUM(t.independent_voices)
      FROM transfer t WHERE NOT t.retracted GROUP BY t.supplier_id, t.recipient_id, t.category`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.dropTable('supply_edge');
    await q.dropIndex('transfer', 'ix_transfer_pair');
  }
}
