import type { MigrationInterface, QueryRunner } from 'typeorm';

// PostgreSQL's text parser reads "Bü-181" or "KN-23" as a word and a negative number ("-181"),
// so a search for "KN-23" (the words "kn" and "23") found nothing there, while SQLite's tokenizer
// splits on the hyphen. The tsvector is now made from the folded text with every run of
// characters that are not letters or digits replaced by a space: both databases see the same
// words. SQLite is unchanged.

const document = (expr: string) =>
  `ALTER TABLE search_index ADD COLUMN document tsvector GENERATED ALWAYS AS (to_tsvector('simple', ${expr})) STORED`;

export class SearchWords1764700000000 implements MigrationInterface {
  name = 'SearchWords1764700000000';

  public async up(q: QueryRunner): Promise<void> {
    if (q.connection.options.type !== 'postgres') return;
    await q.query('ALTER TABLE search_index DROP COLUMN document');
    await q.query(document(`regexp_replace(folded, '[^[:alnum:]]+', ' ', 'g')`));
    await q.query('CREATE INDEX ix_search_index_document ON search_index USING GIN (document)');
  }

  public async down(q: QueryRunner): Promise<void> {
    if (q.connection.options.type !== 'postgres') return;
    await q.query('ALTER TABLE search_index DROP COLUMN document');
    await q.query(document('folded'));
    await q.query('CREATE INDEX ix_search_index_document ON search_index USING GIN (document)');
  }
}
