import { Table, TableIndex } from 'typeorm';
import type { MigrationInterface, QueryRunner } from 'typeorm';

// Voices, not articles, in aggregates. claim_voice: the independent voices behind each claim's
// supporting citations ("ACTOR:<id>" or "SOURCE:<id>", as the assessment counts them), so an
// aggregate counts distinct voices across its claims instead of summing each claim's count.
// supply_edge_voice: per supply edge and category, how many unretracted transfers each voice
// supports, so a network counts an edge's distinct voices from a compact table. Both are derived
// data, filled by the write pipeline; a database that has claims and an empty claim_voice is
// filled at the next start (src/domain/voices.ts).

const key = (name: string, length: string) => ({ name, type: 'varchar', length, isPrimary: true });

export class ClaimVoices1764900000000 implements MigrationInterface {
  name = 'ClaimVoices1764900000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'claim_voice',
        columns: [key('claim_type', '20'), key('claim_id', '36'), key('voice', '50')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'supply_edge_voice',
        columns: [
          key('supplier_id', '36'),
          key('recipient_id', '36'),
          key('category', '32'),
          key('voice', '50'),
          { name: 'claims', type: 'integer', isNullable: false },
        ],
        indices: [new TableIndex({ name: 'ix_supply_edge_voice_recipient', columnNames: ['recipient_id'] })],
      }),
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.dropTable('supply_edge_voice');
    await q.dropTable('claim_voice');
  }
}
