import type { Page } from '../../core/graphql/connection';
import { BadUserInputError } from '../../core/errors/errors';
import { keysetPage } from '../../core/db/keyset-page';
import { DateOrder } from '../../core/graphql/order';
import { pageWindow } from '../../core/graphql/pagination';
import type { PageArgs } from '../../core/graphql/pagination';
import { partialDateInterval } from '../../core/util/partial-date';
import type { Context } from '../../core/context/context';
import type { SourceFilter } from './source.inputs';
import { SOURCE_COLUMNS } from './source.rows';
import type { SourceRow } from './source.rows';
import { sourceLoaders } from './source.loaders';

/** LIKE pattern for a substring, with LIKE's own wildcards escaped. */
const contains = (text: string) => `%${text.toLowerCase().replace(/[\\%_]/g, (m) => `\\${m}`)}%`;

/** Reading sources: by id or key, and filtered, keyset-paginated lists. */
export class SourceService {
  async find(ctx: Context, id?: string | null, key?: string | null): Promise<SourceRow | null> {
    if ((id ? 1 : 0) + (key ? 1 : 0) !== 1)
      throw new BadUserInputError(id ? 'key' : 'id', 'Give exactly one of "id" or "key".');
    if (id) return sourceLoaders(ctx).sourceById.load(id);
    return (await ctx.sql.all<SourceRow>(`SELECT ${SOURCE_COLUMNS} FROM source s WHERE s.key = ?`, [key]))[0] ?? null;
  }

  async list(
    ctx: Context,
    filter: SourceFilter | undefined,
    orderBy: DateOrder,
    page: PageArgs,
  ): Promise<Page<SourceRow>> {
    const window = pageWindow(page, ctx.config);
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter?.kind?.length) {
      where.push(`s.kind IN (${filter.kind.map(() => '?').join(', ')})`);
      params.push(...filter.kind);
    }
    if (filter?.publisher) {
      where.push(`${ctx.sql.lower('s.publisher')} = ?`);
      params.push(filter.publisher.toLowerCase());
    }
    if (filter?.search) {
      where.push(`${ctx.sql.lower('s.title')} LIKE ? ESCAPE '\\'`);
      params.push(contains(filter.search));
    }
    if (filter?.suspectedEchoes !== undefined && filter.suspectedEchoes !== null) {
      where.push(
        `${filter.suspectedEchoes ? '' : 'NOT '}EXISTS (SELECT 1 FROM source_echo e WHERE (e.copy_id = s.id OR e.original_id = s.id) AND e.status = 'SUSPECTED')`,
      );
    }
    const from = filter?.from ? partialDateInterval(filter.from) : null;
    const to = filter?.to ? partialDateInterval(filter.to) : null;
    if (from && to && from.lo > to.hi) throw new BadUserInputError('filter.to', '"filter.to" is before "filter.from".');
    if (from) {
      where.push('s.published_hi >= ?');
      params.push(from.lo);
    }
    if (to) {
      where.push('s.published_lo <= ?');
      params.push(to.hi);
    }

    return keysetPage<SourceRow>(ctx.sql, {
      from: 'source s',
      columns: SOURCE_COLUMNS,
      where,
      params,
      sortColumn: 's.sort_date',
      idColumn: 's.id',
      descending: orderBy !== DateOrder.OLDEST_FIRST,
      order: orderBy,
      numeric: false,
      window,
      keyOf: (r) => ({ value: r.sortDate, id: r.id }),
    });
  }
}

export const sourceService = new SourceService();
