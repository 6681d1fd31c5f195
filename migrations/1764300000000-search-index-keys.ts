import { MigrationInterface, QueryRunner } from 'typeorm';

// SQLite only: FTS5 cannot index its UNINDEXED columns, so finding an entity's row by
// (entity_type, entity_id) scanned the whole index on every write — a cost that grew with the
// data. search_key maps each entity to its FTS5 rowid through a unique index. PostgreSQL's
// search_index already has that primary key.

export class SearchIndexKeys1764300000000 implements MigrationInterface {
  name = 'SearchIndexKeys1764300000000';

  public async up(q: QueryRunner): Promise<void> {
    if (q.connection.options.type === 'postgres') return;
    await q.query(`CREATE TABLE search_key (
      row_id INTEGER PRIMARY KEY, entity_type varchar(20) NOT NULL, entity_id varchar(36) NOT NULL)`);
    await q.query('CREATE UNIQUE INDEX uq_search_key_entity ON search_key (entity_type, entity_id)');
    await q.query(
      'INSERT INTO search_key (row_id, entity_type, entity_id) SELECT rowid, entity_type, entity_id FROM search_index',
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    if (q.connection.options.type === 'postgres') return;
    await q.query('DROP TABLE search_key');
  }
}
