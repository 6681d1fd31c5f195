import type { Context } from '../../core/context/context';
import DataLoader from 'dataloader';
import { groupInOrder, indexInOrder } from '../../core/util/batch';
import type { SqlRunner } from '../../core/db/sql-runner';
import { SOURCE_COLUMNS } from './source.rows';
import type { SourceRow } from './source.rows';

/**
 * Per-request loaders for sources, including derivation computed from citation chains (nothing
 * about derivation is stored on a source). A chain [h1, h2, …, hn] on a citation by S says that S
 * relayed h1, h1 relayed h2, and so on: each consecutive pair is a derivation edge; so is each
 * confirmed echo, from the copy to its original.
 */
export function createSourceLoaders(sql: SqlRunner) {
  /** Derivation edges (from → to) whose `side` end is one of the ids, each branch filtered. */
  const related = (side: 'from' | 'to') =>
    new DataLoader<string, SourceRow[]>(async (ids) => {
      const other = side === 'from' ? 'to' : 'from';
      const a = sql.inList(side === 'from' ? 'c.source_id' : 'h.source_id', ids);
      const b = sql.inList(side === 'from' ? 'h.source_id' : 'n.source_id', ids);
      const echo = sql.inList(side === 'from' ? 'x.copy_id' : 'x.original_id', ids);
      const rows = await sql.all<SourceRow & { owner: string }>(
        `WITH e AS (
           SELECT c.source_id AS from_id, h.source_id AS to_id FROM citation c
             JOIN citation_hop h ON h.citation_id = c.id AND h.position = 1 WHERE ${a.sql} AND c.removed_at IS NULL
           UNION
           SELECT h.source_id AS from_id, n.source_id AS to_id FROM citation_hop h
             JOIN citation_hop n ON n.citation_id = h.citation_id AND n.position = h.position + 1
             JOIN citation c ON c.id = h.citation_id WHERE ${b.sql} AND c.removed_at IS NULL
           UNION
           SELECT x.copy_id AS from_id, x.original_id AS to_id FROM source_echo x WHERE ${echo.sql} AND x.status = 'CONFIRMED')
         SELECT e.${side}_id AS owner, ${SOURCE_COLUMNS} FROM e JOIN source s ON s.id = e.${other}_id
         ORDER BY owner, ${sql.bytewise('s.key')}`,
        [a.param, b.param, echo.param],
      );
      return groupInOrder(ids, rows, (r) => r.owner);
    });

  return {
    sourceById: new DataLoader<string, SourceRow | null>(async (ids) => {
      const { sql: where, param } = sql.inList('s.id', ids);
      const rows = await sql.all<SourceRow>(`SELECT ${SOURCE_COLUMNS} FROM source s WHERE ${where}`, [param]);
      return indexInOrder(ids, rows, (r) => r.id);
    }),

    sourceText: new DataLoader<string, string | null>(async (ids) => {
      const { sql: where, param } = sql.inList('s.id', ids);
      const rows = await sql.all<{ id: string; text: string | null }>(
        `SELECT s.id, s.text FROM source s WHERE ${where}`,
        [param],
      );
      return indexInOrder(ids, rows, (r) => r.id).map((r) => r?.text ?? null);
    }),

    /** The sources this one relayed: the next hop after it in any chain. */
    derivedFrom: related('from'),
    /** The sources that relayed this one. */
    derivatives: related('to'),

    /**
     * Where the statements this source carries came from: for every chain it appears in (as the
     * citing source or a hop), the chain's last source — itself when it is the end.
     */
    origins: new DataLoader<string, SourceRow[]>(async (ids) => {
      const a = sql.inList('c.source_id', ids);
      const b = sql.inList('h.source_id', ids);
      const rows = await sql.all<SourceRow & { owner: string }>(
        `WITH occ AS (
           SELECT c.source_id AS x, c.id AS citation_id FROM citation c WHERE ${a.sql} AND c.removed_at IS NULL
           UNION SELECT h.source_id AS x, h.citation_id FROM citation_hop h
             JOIN citation c ON c.id = h.citation_id WHERE ${b.sql} AND c.removed_at IS NULL),
         last_hop AS (
           SELECT h.citation_id, MAX(h.position) AS position FROM citation_hop h
           WHERE h.citation_id IN (SELECT citation_id FROM occ) GROUP BY h.citation_id),
         origin AS (
           SELECT DISTINCT occ.x AS owner, COALESCE(lh.source_id, occ.x) AS source_id FROM occ
             LEFT JOIN last_hop l ON l.citation_id = occ.citation_id
             LEFT JOIN citation_hop lh ON lh.citation_id = l.citation_id AND lh.position = l.position)
         SELECT o.owner, ${SOURCE_COLUMNS} FROM origin o JOIN source s ON s.id = o.source_id
         ORDER BY o.owner, ${sql.bytewise('s.key')}`,
        [a.param, b.param],
      );
      return groupInOrder(ids, rows, (r) => r.owner);
    }),
  };
}

/** This request's source loaders. */
export const sourceLoaders = (ctx: Context) => ctx.loaders.of(createSourceLoaders);
