import { txQuery } from '../../core/context/transaction';
import type { TxContext } from '../../core/context/context';

/** Lower case without accents: what both databases index and search (so "Syrïa" finds "Syria"). */
export const foldForSearch = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();

export type SearchEntity = 'actor' | 'source' | 'transfer' | 'recognition';

interface Doc {
  title: string;
  body: string;
}

async function documentOf(tx: TxContext, type: SearchEntity, id: string): Promise<Doc | null> {
  const one = async (sql: string) => (await txQuery<Record<string, string | null>>(tx, sql, [id]))[0];
  const all = async (sql: string) => (await txQuery<{ t: string | null }>(tx, sql, [id])).map((r) => r.t ?? '');
  if (type === 'actor') {
    const a = await one('SELECT name, description FROM actor WHERE id = ? AND merged_into_id IS NULL');
    if (!a) return null;
    const aliases = await all(
      'SELECT name AS t FROM actor_name WHERE actor_id = ? AND NOT is_primary ORDER BY normalized',
    );
    return { title: a.name!, body: [...aliases, a.description ?? ''].join(' · ') };
  }
  if (type === 'source') {
    const s = await one('SELECT title, publisher, text FROM source WHERE id = ?');
    return s ? { title: s.title!, body: [s.publisher, s.text].filter(Boolean).join(' · ') } : null;
  }
  if (type === 'transfer') {
    const t = await one('SELECT item, designation, context FROM transfer WHERE id = ? AND NOT retracted');
    if (!t) return null;
    const quotes = await all(
      'SELECT quote AS t FROM citation WHERE transfer_id = ? AND removed_at IS NULL ORDER BY position',
    );
    return { title: [t.item, t.designation].filter(Boolean).join(' '), body: [t.context ?? '', ...quotes].join(' · ') };
  }
  const r = await one('SELECT id FROM recognition WHERE id = ? AND NOT retracted');
  if (!r) return null;
  const quotes = await all(
    'SELECT quote AS t FROM citation WHERE recognition_id = ? AND removed_at IS NULL ORDER BY position',
  );
  return { title: 'recognition', body: quotes.join(' · ') };
}

/**
 * Brings one entity's search row up to date, inside the write's transaction (so a write is
 * findable as soon as it commits). Entities that are gone, merged or retracted leave the index.
 */
export async function refreshSearch(tx: TxContext, type: string, id: string): Promise<void> {
  if (!['actor', 'source', 'transfer', 'recognition'].includes(type)) return;
  const doc = await documentOf(tx, type as SearchEntity, id);
  const values = doc && [type, id, doc.title, doc.body, foldForSearch(`${doc.title} ${doc.body}`)];
  if (tx.sql.dialect === 'postgres') {
    await txQuery(tx, 'DELETE FROM search_index WHERE entity_type = ? AND entity_id = ?', [type, id]);
    if (values)
      await txQuery(
        tx,
        'INSERT INTO search_index (entity_type, entity_id, title, body, folded) VALUES (?, ?, ?, ?, ?)',
        values,
      );
    return;
  }
  // SQLite: the FTS5 row is found through search_key's unique index, never by scanning the index.
  const [key] = await txQuery<{ rowId: number }>(
    tx,
    'SELECT row_id AS "rowId" FROM search_key WHERE entity_type = ? AND entity_id = ?',
    [type, id],
  );
  if (key) await txQuery(tx, 'DELETE FROM search_index WHERE rowid = ?', [key.rowId]);
  if (!values) {
    if (key) await txQuery(tx, 'DELETE FROM search_key WHERE row_id = ?', [key.rowId]);
    return;
  }
  const rowId =
    key?.rowId ??
    (
      await txQuery<{ rowId: number }>(
        tx,
        'INSERT INTO search_key (entity_type, entity_id) VALUES (?, ?) RETURNING row_id AS "rowId"',
        [type, id],
      )
    )[0].rowId;
  await txQuery(
    tx,
    'INSERT INTO search_index (rowid, entity_type, entity_id, title, body, folded) VALUES (?, ?, ?, ?, ?, ?)',
    [rowId, ...values],
  );
}

/** Rebuilds the whole index (after a restore, or over a database indexed before search existed). */
export async function rebuildSearch(tx: TxContext): Promise<number> {
  await txQuery(tx, 'DELETE FROM search_index');
  if (tx.sql.dialect !== 'postgres') await txQuery(tx, 'DELETE FROM search_key');
  let n = 0;
  for (const [type, table] of [
    ['actor', 'actor'],
    ['source', 'source'],
    ['transfer', 'transfer'],
    ['recognition', 'recognition'],
  ] as const) {
    for (const { id } of await txQuery<{ id: string }>(tx, `SELECT id FROM ${table}`)) {
      await refreshSearch(tx, type, id);
      n++;
    }
  }
  return n;
}
