import { actorService } from '../actors/actor.service';
import type { Page } from '../../core/graphql/connection';
import { ClaimOrder } from '../../core/graphql/order';
import { pageWindow } from '../../core/graphql/pagination';
import type { PageArgs } from '../../core/graphql/pagination';
import type { Context } from '../../core/context/context';
import { commonConditions, enumConditions, pageOfClaims } from './claim-query';
import type { CommonClaimFilter, Conditions } from './claim-query';
import type { ClaimKind } from './claim-kinds';
import { columnsFor, mapPartial } from './claim.rows';
import { claimLoaders } from './claim.loaders';

/** Above this many (column, actor) pairs, one IN list is cheaper than a union of index ranges. */
const MAX_BRANCHES = 24;

/** Any claim filter of the API (TransferFilter, RecognitionFilter, NetworkFilter): the common fields, and actor and enum arguments read by name. */
type ClaimFilter = CommonClaimFilter & { exactActor?: boolean | null; includePredecessors?: boolean | null };
type Keyed = { id: string; sortDate: string; strength: number };

/** Reading claims (transfers and recognitions): filtered, ordered, keyset-paginated plain SQL. */
export class ClaimService {
  /** One claim by id, as it is now or — with asOf — as it was then; null when it did not exist. */
  async one<Row>(ctx: Context, kind: ClaimKind<Row>, id: string, asOf?: Date | null): Promise<Row | null> {
    if (!asOf)
      return (await (
        kind.table === 'transfer' ? claimLoaders(ctx).transferById : claimLoaders(ctx).recognitionById
      ).load(id)) as Row | null;
    const at = asOf.toISOString();
    const [row] = await ctx.sql.all<Row>(
      `SELECT ${kind.columns} FROM ${kind.table}_version t WHERE t.id = ? AND t.valid_from <= ? AND (t.valid_to IS NULL OR t.valid_to > ?)`,
      [id, at, at],
    );
    return row ? { ...kind.map(row), asOf: at } : null;
  }

  /**
   * SQL conditions for a claim filter. With `branches`, the first actor argument becomes index
   * ranges for keysetPage instead of a condition (only a page query can use them).
   */
  async conditions<Row>(
    ctx: Context,
    kind: ClaimKind<Row>,
    filter: ClaimFilter | undefined,
    branches = false,
  ): Promise<Conditions> {
    const c = commonConditions(filter, kind.dateLo, kind.dateHi);
    const exact = filter?.exactActor === true;
    const arg = (name: string): unknown => (filter as Record<string, unknown> | undefined)?.[name];
    for (const [name, columns] of Object.entries(kind.actorArgs)) {
      const ref = arg(name);
      if (ref === undefined || ref === null) continue;
      const ids = await actorService.idsFor(
        ctx,
        String(ref),
        exact,
        `filter.${name}`,
        filter?.includePredecessors === true,
      );
      if (branches && !c.branches && ids.length * columns.length <= MAX_BRANCHES) {
        // One index range per (column, actor): see keysetPage.
        c.branches = columns.flatMap((col) => ids.map((id) => ({ sql: `t.${col} = ?`, param: id })));
        continue;
      }
      const parts = columns.map((col) => ctx.sql.inList(`t.${col}`, ids));
      c.where.push(`(${parts.map((p) => p.sql).join(' OR ')})`);
      c.params.push(...parts.map((p) => p.param));
    }
    for (const [name, column] of Object.entries(kind.enumArgs)) {
      enumConditions(column, arg(name) as string[] | undefined, c);
    }
    return c;
  }

  async list<Row extends Keyed>(
    ctx: Context,
    kind: ClaimKind<Row>,
    filter: ClaimFilter | undefined,
    orderBy: ClaimOrder | null | undefined,
    page: PageArgs,
    asOf?: Date | null,
    fields?: ReadonlySet<string>,
  ): Promise<Page<Row>> {
    const window = pageWindow(page, ctx.config);
    const conditions = await this.conditions(ctx, kind, filter, !asOf);
    if (asOf) {
      // What the knowledge base held at that instant: the versions valid then.
      const at = asOf.toISOString();
      conditions.where.push('t.valid_from <= ? AND (t.valid_to IS NULL OR t.valid_to > ?)');
      conditions.params.push(at, at);
    }
    const at = asOf ? asOf.toISOString() : undefined;
    // Only the columns the query's fields read (asOf rows keep them all: their stored summary counts).
    const some = !asOf && fields ? columnsFor(fields, kind.fieldColumns) : null;
    return pageOfClaims<Row>(ctx.sql, {
      table: asOf ? `${kind.table}_version` : kind.table,
      columns: some ?? kind.columns,
      map: at ? (row) => ({ ...kind.map(row), asOf: at }) : some ? mapPartial<Row> : kind.map,
      conditions,
      order: orderBy ?? ClaimOrder.NEWEST_FIRST,
      window,
    });
  }
}

export const claimService = new ClaimService();
