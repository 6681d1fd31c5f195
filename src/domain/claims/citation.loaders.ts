import type { Context } from '../../core/context/context';
import DataLoader from 'dataloader';
import { groupInOrder, indexInOrder } from '../../core/util/batch';
import type { SqlRunner } from '../../core/db/sql-runner';
import { CITATION_COLUMNS, mapCitation } from './citation.rows';
import type { CitationRow } from './citation.rows';

/**
 * Per-request loaders for citations and their provenance chains. A claim's citations come in the
 * order they were recorded (their position), a source's by time recorded, chains by position.
 */
export function createCitationLoaders(sql: SqlRunner) {
  const citationsBy = (column: string, order: string) =>
    new DataLoader<string, CitationRow[]>(async (ids) => {
      const { sql: where, param } = sql.inList(`c.${column}`, ids);
      const rows = await sql.all<CitationRow & { owner: string }>(
        `SELECT c.${column} AS owner, ${CITATION_COLUMNS} FROM citation c WHERE ${where} AND c.removed_at IS NULL ORDER BY ${order}`,
        [param],
      );
      return groupInOrder(ids, rows, (r) => r.owner).map((list) =>
        list.map(({ owner: _owner, ...row }) => mapCitation(row)),
      );
    });

  /** A claim's citations as they stood at `at`: recorded by then and not yet removed. */
  const citationsAsOf = (column: string, at: string) =>
    new DataLoader<string, CitationRow[]>(async (ids) => {
      const { sql: where, param } = sql.inList(`c.${column}`, ids);
      const rows = await sql.all<CitationRow & { owner: string }>(
        `SELECT c.${column} AS owner, ${CITATION_COLUMNS} FROM citation c
         WHERE ${where} AND c.created_at <= ? AND (c.removed_at IS NULL OR c.removed_at > ?) ORDER BY c.position`,
        [param, at, at],
      );
      return groupInOrder(ids, rows, (r) => r.owner).map((list) =>
        list.map(({ owner: _owner, ...row }) => mapCitation(row)),
      );
    });

  return {
    citationById: new DataLoader<string, CitationRow | null>(async (ids) => {
      const { sql: where, param } = sql.inList('c.id', ids);
      const rows = await sql.all<CitationRow>(`SELECT ${CITATION_COLUMNS} FROM citation c WHERE ${where}`, [param]);
      return indexInOrder(ids, rows.map(mapCitation), (r) => r.id);
    }),
    citationsAsOf,
    citationsByTransfer: citationsBy('transfer_id', 'c.position'),
    citationsByRecognition: citationsBy('recognition_id', 'c.position'),
    citationsBySource: citationsBy('source_id', 'c.created_at, c.id'),

    /** The chain of a citation: source ids, nearest first, ending at the origin. */
    chainByCitation: new DataLoader<string, string[]>(async (ids) => {
      const { sql: where, param } = sql.inList('h.citation_id', ids);
      const rows = await sql.all<{ citationId: string; sourceId: string }>(
        `SELECT h.citation_id AS "citationId", h.source_id AS "sourceId" FROM citation_hop h WHERE ${where} ORDER BY h.citation_id, h.position`,
        [param],
      );
      return groupInOrder(ids, rows, (r) => r.citationId).map((list) => list.map((r) => r.sourceId));
    }),
  };
}

/** This request's citation loaders. */
export const citationLoaders = (ctx: Context) => ctx.loaders.of(createCitationLoaders);
