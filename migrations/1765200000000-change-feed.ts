import { Table, TableIndex } from 'typeorm';
import type { MigrationInterface, QueryRunner } from 'typeorm';

// The change feed. change_log: every write in commit order, numbered (seq) as it commits, with
// what the feed filters on (operation, entity, who) and its history entry's id; history_entry
// keeps the before and after. change_claim: the claims each write touched (the written claim, a
// corrected source's citing claims, a merge's claims), with their verdicts before and after.
// Writes made before the feed existed are numbered in the order of their history (time, then
// id), and their claims are the written claims, verdicts read from their history snapshots.

export class ChangeFeed1765200000000 implements MigrationInterface {
  name = 'ChangeFeed1765200000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'change_log',
        columns: [
          { name: 'seq', type: 'bigint', isPrimary: true },
          { name: 'history_id', type: 'varchar', length: '36', isNullable: false },
          { name: 'at', type: 'varchar', length: '30', isNullable: false },
          { name: 'principal', type: 'varchar', length: '100', isNullable: false },
          { name: 'operation', type: 'varchar', length: '40', isNullable: false },
          { name: 'entity_type', type: 'varchar', length: '20', isNullable: false },
          { name: 'entity_id', type: 'varchar', length: '36', isNullable: false },
        ],
        indices: [
          new TableIndex({ name: 'ux_change_log_history', columnNames: ['history_id'], isUnique: true }),
          new TableIndex({ name: 'ix_change_log_entity', columnNames: ['entity_id', 'seq'] }),
          new TableIndex({ name: 'ix_change_log_type', columnNames: ['entity_type', 'seq'] }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'change_claim',
        columns: [
          { name: 'seq', type: 'bigint', isPrimary: true },
          { name: 'claim_type', type: 'varchar', length: '12', isPrimary: true },
          { name: 'claim_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'verdict_before', type: 'varchar', length: '16', isNullable: true },
          { name: 'verdict_after', type: 'varchar', length: '16', isNullable: true },
        ],
        indices: [new TableIndex({ name: 'ix_change_claim_claim', columnNames: ['claim_id', 'seq'] })],
      }),
    );
    const pg = q.connection.options.type === 'postgres';
    await q.query(
      `INSERT INTO change_log (seq, history_id, at, principal, operation, entity_type, entity_id)
       SELECT ROW_NUMBER() OVER (ORDER BY at, id), id, at, principal, operation, entity_type, entity_id FROM history_entry`,
    );
    const verdict = (column: string) =>
      pg ? `(h.${column}::json ->> 'verdict')` : `json_extract(h.${column}, '$.verdict')`;
    await q.query(
      `INSERT INTO change_claim (seq, claim_type, claim_id, verdict_before, verdict_after)
       SELECT c.seq, h.entity_type, h.entity_id, ${verdict('before_json')}, ${verdict('after_json')}
       FROM change_log c JOIN history_entry h ON h.id = c.history_id
       WHERE h.entity_type IN ('transfer', 'recognition')`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.dropTable('change_claim');
    await q.dropTable('change_log');
  }
}
