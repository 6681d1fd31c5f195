import type { TransferFilter } from '../claims/transfer.inputs';
import { TRANSFER_KIND } from '../claims/claim-kinds';
import { claimService } from '../claims/claim.service';
import type { TransferCategory } from '../claims/claim-enums';
import { tivValue } from '../claims/transfer-figures';
import type { Context } from '../../core/context/context';
import type { Verdict } from '../evidence/evidence-enums';
import type { TimelineCell } from './timeline.types';

const YEAR = 'SUBSTR(t.sort_date, 1, 4)';

/**
 * Transfers per year, category and verdict, in one GROUP BY with the claim filters of the API:
 * what a timeline of an actor (filter.actor) or a pair (filter.supplier and filter.recipient)
 * draws. A transfer counts in the year it starts (its sort date): SIPRI's deals in their order
 * year, reported claims in the first day they cover.
 */
export async function transferTimeline(ctx: Context, filter: TransferFilter | undefined): Promise<TimelineCell[]> {
  const c = await claimService.conditions(ctx, TRANSFER_KIND, filter);
  const rows = await ctx.sql.all<{
    y: string;
    c: TransferCategory;
    v: Verdict;
    n: number | string;
    tord: number | string | null;
    tdel: number | string | null;
  }>(
    `SELECT ${YEAR} AS y, t.category AS c, t.verdict AS v, COUNT(*) AS n,
            SUM(t.tiv_order) AS tord, SUM(t.tiv_delivered) AS tdel
     FROM transfer t ${c.where.length ? `WHERE ${c.where.join(' AND ')}` : ''}
     GROUP BY ${YEAR}, t.category, t.verdict`,
    c.params,
  );
  return rows
    .map((r) => ({
      year: /^\d{4}$/.test(r.y) ? Number(r.y) : null,
      category: r.c,
      verdict: r.v,
      count: Number(r.n),
      tivOrder: tivValue(r.tord),
      tivDelivered: tivValue(r.tdel),
    }))
    .sort(
      (a, b) =>
        (a.year ?? Infinity) - (b.year ?? Infinity) ||
        a.category.localeCompare(b.category) ||
        a.verdict.localeCompare(b.verdict),
    );
}
