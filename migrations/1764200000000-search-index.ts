import { MigrationInterface, QueryRunner } from 'typeorm';

// Full-text search: an FTS5 table on SQLite (accents folded by its tokenizer), a table with a
// generated tsvector and a GIN index on PostgreSQL. Filled by the application (every write
// refreshes its entity's row; an empty index over a non-empty database is rebuilt at start).

export class SearchIndex1764200000000 implements MigrationInterface {
  name = 'SearchIndex1764200000000';

  public async up(q: QueryRunner): Promise<void> {
    if (q.connection.options.type === 'postgres') {
      await q.query(`CREATE TABLE search_index (
        entity_type varchar(20) NOT NULL, entity_id varchar(36) NOT NULL, title text NOT NULL, body text NOT NULL, folded text NOT NULL,
        document tsvector GENERATED ALWAYS AS (to_tsvector('simple', folded)) STORED,
        PRIMARY KEY (entity_type, entity_id))`);
      await q.query('CREATE INDEX ix_search_index_document ON search_index USING GIN (document)');
    } else {
      await q.query(`CREATE VIRTUAL TABLE search_index USING fts5(
        entity_type UNINDEXED, entity_id UNINDEXED, title, body, folded UNINDEXED, tokenize = 'unicode61 remove_diacritics 2')`);
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE search_index');
  }
}
