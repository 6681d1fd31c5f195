import type { Citation } from './citation.entity';

export type CitationRow = Pick<
  Citation,
  | 'id'
  | 'sourceId'
  | 'transferId'
  | 'recognitionId'
  | 'quote'
  | 'stance'
  | 'credibility'
  | 'attributedToId'
  | 'attribution'
  | 'locator'
  | 'verified'
  | 'sourceTextSha256'
>;

export const CITATION_COLUMNS =
  `c.id, c.source_id AS "sourceId", c.transfer_id AS "transferId", c.recognition_id AS "recognitionId", c.quote, c.stance, ` +
  `c.credibility, c.attributed_to_id AS "attributedToId", c.attribution, c.locator, c.verified, ` +
  `c.source_text_sha256 AS "sourceTextSha256"`;

/** SQLite returns booleans as 0/1. */
export function mapCitation(row: CitationRow): CitationRow {
  return { ...row, verified: Boolean(row.verified), credibility: Number(row.credibility) };
}
