import { SEARCH } from '../../core/config/limits';
import { BadUserInputError } from '../../core/errors/errors';
import type { Context } from '../../core/context/context';
import { foldForSearch } from './search-index';
import { SearchKind } from './search.types';
import type { SearchHit } from './search.types';
import { actorLoaders } from '../actors/actor.loaders';
import { sourceLoaders } from '../sources/source.loaders';
import { claimLoaders } from '../claims/claim.loaders';

/**
 * Full-text search over actors, sources and claims: every word of the query must match, each as
 * a prefix ("Shah" finds Shahed), accents and case ignored, best first (bm25 on SQLite, ts_rank on
 * PostgreSQL), with a snippet. Query words are reduced to letters and digits before they reach
 * either engine's query syntax, so no input can inject operators.
 */
export class SearchService {
  async search(
    ctx: Context,
    text: string,
    first: number = SEARCH.defaultFirst,
    kinds?: SearchKind[] | null,
  ): Promise<SearchHit[]> {
    if (!Number.isInteger(first) || first < 1 || first > SEARCH.maxFirst) {
      throw new BadUserInputError('first', `"first" must be from 1 to ${SEARCH.maxFirst}.`);
    }
    const terms = foldForSearch(text)
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
      .slice(0, SEARCH.maxTerms);
    if (terms.length === 0) throw new BadUserInputError('text', '"text" has no letters or digits to search for.');
    const types = (kinds?.length ? kinds : Object.values(SearchKind)).map((k) => k.toLowerCase());
    const typeList = types.map(() => '?').join(', ');
    const rows =
      ctx.sql.dialect === 'postgres'
        ? await ctx.sql.all<{ type: string; id: string; score: number; snippet: string }>(
            `SELECT entity_type AS type, entity_id AS id, ts_rank(document, q) AS score,
                    ts_headline('simple', folded, q, 'StartSel=[, StopSel=], MaxWords=24, MinWords=8') AS snippet
             FROM search_index, to_tsquery('simple', ?) AS q
             WHERE document @@ q AND entity_type IN (${typeList}) ORDER BY score DESC, entity_id LIMIT ?`,
            [terms.map((t) => `${t}:*`).join(' & '), ...types, first],
          )
        : await ctx.sql.all<{ type: string; id: string; score: number; snippet: string }>(
            `SELECT entity_type AS type, entity_id AS id, -bm25(search_index) AS score,
                    snippet(search_index, -1, '[', ']', '…', 16) AS snippet
             FROM search_index WHERE search_index MATCH ? AND entity_type IN (${typeList}) ORDER BY bm25(search_index), entity_id LIMIT ?`,
            [terms.map((t) => `"${t}"*`).join(' '), ...types, first],
          );
    // Each hit's entity through its loader: one batch per kind for the whole page of hits.
    return Promise.all(
      rows.map(async (r): Promise<SearchHit> => {
        const hit = { kind: r.type.toUpperCase() as SearchKind, score: Number(r.score), snippet: r.snippet };
        const none = { actor: null, source: null, transfer: null, recognition: null };
        if (r.type === 'actor') return { ...hit, ...none, actor: await actorLoaders(ctx).actorById.load(r.id) };
        if (r.type === 'source') return { ...hit, ...none, source: await sourceLoaders(ctx).sourceById.load(r.id) };
        if (r.type === 'transfer')
          return { ...hit, ...none, transfer: await claimLoaders(ctx).transferById.load(r.id) };
        return { ...hit, ...none, recognition: await claimLoaders(ctx).recognitionById.load(r.id) };
      }),
    );
  }
}

export const searchService = new SearchService();
