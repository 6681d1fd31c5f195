import DataLoader from 'dataloader';
import { groupInOrder } from '../common/batch';
import type { SqlRunner } from '../db/sql-runner';
import { CITATION_COLUMNS, mapCitation } from './citation.rows';
import type { CitationRow } from './citation.rows';

/**
 * Per-request loaders for citations and their provenance chains. A claim's citations come in the
 * order they were recorded (their position), a source's by time recorded, chains by position.
 */
export function createEvidenceLoaders(sql: SqlRunner) {
  const citationsBy = (column: string, order: string) =>
    new DataLoader<string, CitationRow[]>(async (ids) => {
      const { sql: where, param } = sql.inList(`c.${column}`, ids);
      const rows = await sql.all<CitationRow & { owner: string }>(
        `SELECT c.${column} AS owner, ${CITATION_COLUMNS} FROM citation c WHERE ${where} ORDER BY ${order}`,
        [param],
      );
      return groupInOrder(ids, rows, (r) => r.owner).map((list) => list.map(({ owner: _owner, ...row }) => mapCitation(row)));
    });

  return {
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
