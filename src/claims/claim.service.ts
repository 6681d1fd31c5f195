import { actorService } from '../actors/actor.service';
import type { Page } from '../common/connection';
import { ClaimOrder } from '../common/order';
import { pageSize } from '../common/pagination';
import type { Context } from '../context';
import { commonConditions, enumConditions, pageOfClaims } from './claim-query';
import type { CommonClaimFilter, Conditions } from './claim-query';
import type { ClaimKind } from './claim-kinds';

type ClaimFilter = CommonClaimFilter & { exactActor?: boolean | null } & Record<string, unknown>;
type Keyed = { id: string; sortDate: string; strength: number };

/** Reading claims (transfers and recognitions): filtered, ordered, keyset-paginated plain SQL. */
export class ClaimService {
  async conditions<Row>(ctx: Context, kind: ClaimKind<Row>, filter: ClaimFilter | undefined): Promise<Conditions> {
    const c = commonConditions(filter, kind.dateLo, kind.dateHi);
    const exact = filter?.exactActor === true;
    for (const [arg, columns] of Object.entries(kind.actorArgs)) {
      const ref = filter?.[arg];
      if (ref === undefined || ref === null) continue;
      const ids = await actorService.idsFor(ctx, String(ref), exact, `filter.${arg}`);
      const parts = columns.map((col) => ctx.sql.inList(`t.${col}`, ids));
      c.where.push(`(${parts.map((p) => p.sql).join(' OR ')})`);
      c.params.push(...parts.map((p) => p.param));
    }
    for (const [arg, column] of Object.entries(kind.enumArgs)) {
      enumConditions(column, filter?.[arg] as string[] | undefined, c);
    }
    return c;
  }

  async list<Row extends Keyed>(
    ctx: Context,
    kind: ClaimKind<Row>,
    filter: object | undefined,
    orderBy: ClaimOrder | null | undefined,
    first?: number,
    after?: string,
  ): Promise<Page<Row>> {
    const limit = pageSize(first, ctx.config);
    return pageOfClaims<Row>(ctx.sql, {
      table: kind.table,
      columns: kind.columns,
      map: kind.map,
      conditions: await this.conditions(ctx, kind, filter as ClaimFilter | undefined),
      order: orderBy ?? ClaimOrder.NEWEST_FIRST,
      first: limit,
      after,
    });
  }
}

export const claimService = new ClaimService();
