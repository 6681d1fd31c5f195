import type { Source } from './source.entity';

/** A source as the read path returns it; `text` is loaded separately, only when asked for. */
export type SourceRow = Pick<
  Source,
  | 'id'
  | 'key'
  | 'title'
  | 'publisher'
  | 'url'
  | 'kind'
  | 'publishedOn'
  | 'publishedLo'
  | 'publishedHi'
  | 'sortDate'
  | 'reliability'
  | 'attributedToId'
  | 'textSha256'
  | 'echoRoot'
>;

export const SOURCE_COLUMNS =
  `s.id, s.key, s.title, s.publisher, s.url, s.kind, s.published_on AS "publishedOn", s.published_lo AS "publishedLo", ` +
  `s.published_hi AS "publishedHi", ` +
  `s.sort_date AS "sortDate", s.reliability, s.attributed_to_id AS "attributedToId", s.text_sha256 AS "textSha256", s.echo_root AS "echoRoot"`;
