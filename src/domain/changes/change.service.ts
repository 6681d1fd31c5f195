import DataLoader from 'dataloader';
import { Role, roleAllows } from '../../core/auth/role.enum';
import type { Context } from '../../core/context/context';
import { keysetPage } from '../../core/db/keyset-page';
import type { SqlRunner } from '../../core/db/sql-runner';
import type { Page } from '../../core/graphql/connection';
import { BadUserInputError } from '../../core/errors/errors';
import { decodeCursor, encodeCursor, pageWindow } from '../../core/graphql/pagination';
import type { PageArgs } from '../../core/graphql/pagination';
import { groupInOrder, indexInOrder } from '../../core/util/batch';
import type { ChangeFilter, ChangeRow, ClaimChangeRow } from './change.types';

/** Names the feed's order inside its cursors. */
const ORDER = 'CHANGES';

const COLUMNS = `c.seq AS sequence, c.history_id AS id, c.at, c.principal AS who, c.operation,
  c.entity_type AS "entityType", c.entity_id AS "entityId"`;

const mapRow = (r: ChangeRow): ChangeRow => ({ ...r, sequence: Number(r.sequence) });

export const changeCursor = (c: ChangeRow): string => encodeCursor(ORDER, { value: c.sequence, id: c.id });

/**
 * The number a cursor stands for, checked against the feed: BAD_USER_INPUT on the field named
 * when it is not a cursor of changes, or names a write this feed numbered otherwise (a cursor of
 * the server a dump came from: a restore numbers its writes afresh).
 */
export async function sequenceOf(ctx: Context, cursor: string, field: string): Promise<number> {
  const key = decodeCursor(ORDER, cursor, field);
  const rows =
    typeof key.value === 'number'
      ? await ctx.sql.all<{ id: string }>('SELECT history_id AS id FROM change_log WHERE seq = ?', [key.value])
      : [];
  if (rows[0]?.id !== key.id)
    throw new BadUserInputError(field, `"${field}" is not a cursor of this server's change feed.`);
  return key.value as number;
}

interface Conditions {
  where: string[];
  params: unknown[];
}

/**
 * The writes a caller may see, narrowed by the filter: API keys' writes are for ADMIN, drafts'
 * for EDITOR, as their queries are; everything else is for anyone who may read.
 */
export function changeConditions(ctx: Context, filter: ChangeFilter | null | undefined): Conditions {
  const where: string[] = [];
  const params: unknown[] = [];
  const role = ctx.principal?.role;
  if (!role || !roleAllows(role, Role.EDITOR)) where.push(`c.entity_type NOT IN ('api_key', 'draft', 'draft_batch')`);
  else if (!roleAllows(role, Role.ADMIN)) where.push(`c.entity_type <> 'api_key'`);
  const among = (column: string, values: readonly string[] | null | undefined) => {
    if (!values?.length) return;
    where.push(`${column} IN (${values.map(() => '?').join(', ')})`);
    params.push(...values);
  };
  among('c.entity_type', filter?.entityTypes);
  among('c.entity_id', filter?.entityIds);
  among('c.operation', filter?.operations);
  // The claim conditions hold of one and the same touched claim: "claim A, its verdict changed"
  // is not met by a write that changed claim B's verdict and touched A.
  const claim: string[] = [];
  if (filter?.claimIds?.length) {
    claim.push(`k.claim_id IN (${filter.claimIds.map(() => '?').join(', ')})`);
    params.push(...filter.claimIds);
  }
  if (filter?.verdictChanged)
    claim.push('k.verdict_after IS NOT NULL AND (k.verdict_before IS NULL OR k.verdict_before <> k.verdict_after)');
  if (claim.length || filter?.touchedClaims)
    where.push(`EXISTS (SELECT 1 FROM change_claim k WHERE k.seq = c.seq${claim.map((w) => ` AND ${w}`).join('')})`);
  return { where, params };
}

/** A page of the feed, oldest first (or from the end with last/before). */
export async function listChanges(
  ctx: Context,
  filter: ChangeFilter | null | undefined,
  page: PageArgs,
): Promise<Page<ChangeRow>> {
  if (page.after) await sequenceOf(ctx, page.after, 'after');
  if (page.before) await sequenceOf(ctx, page.before, 'before');
  const { where, params } = changeConditions(ctx, filter);
  return keysetPage<ChangeRow>(ctx.sql, {
    from: 'change_log c',
    columns: COLUMNS,
    where,
    params,
    sortColumn: 'c.seq',
    idColumn: 'c.history_id',
    descending: false,
    order: ORDER,
    numeric: true,
    window: pageWindow(page, ctx.config),
    map: mapRow,
    keyOf: (r) => ({ value: r.sequence, id: r.id }),
  });
}

/** The feed's last number (0 when nothing was written). */
export async function feedHead(sql: SqlRunner): Promise<number> {
  const [{ head }] = await sql.all<{ head: number | string | null }>('SELECT MAX(seq) AS head FROM change_log');
  return Number(head ?? 0);
}

/** The writes numbered in (after, upTo] that pass the conditions, oldest first, at most `limit`. */
export async function changesBetween(
  ctx: Context,
  conditions: Conditions,
  after: number,
  upTo: number,
  limit: number,
): Promise<ChangeRow[]> {
  const rows = await ctx.sql.all<ChangeRow>(
    `SELECT ${COLUMNS} FROM change_log c WHERE c.seq > ? AND c.seq <= ?${conditions.where.map((w) => ` AND ${w}`).join('')}
     ORDER BY c.seq LIMIT ?`,
    [after, upTo, ...conditions.params, limit],
  );
  return rows.map(mapRow);
}

/** One write of the feed by its id (its history entry's), if the caller may see it. */
export function changeById(ctx: Context, id: string): Promise<ChangeRow | null> {
  const { where, params } = changeConditions(ctx, null);
  const visible = where.map((w) => ` AND ${w}`).join('');
  const loader = ctx.loaders.keyed(
    `change-by-id${visible}`,
    () =>
      new DataLoader<string, ChangeRow | null>(async (ids) => {
        const { sql: inIds, param } = ctx.sql.inList('c.history_id', ids);
        const rows = await ctx.sql.all<ChangeRow>(`SELECT ${COLUMNS} FROM change_log c WHERE ${inIds}${visible}`, [
          param,
          ...params,
        ]);
        return indexInOrder(ids, rows.map(mapRow), (r) => r.id);
      }),
  );
  return loader.load(id);
}

function createDetailLoaders(sql: SqlRunner) {
  return {
    /** Each write's before and after, read only when asked (a source's can hold its whole text). */
    states: new DataLoader<string, { before: unknown; after: unknown }>(async (ids) => {
      const { sql: where, param } = sql.inList('h.id', ids);
      const rows = await sql.all<{ id: string; beforeJson: string | null; afterJson: string | null }>(
        `SELECT h.id, h.before_json AS "beforeJson", h.after_json AS "afterJson" FROM history_entry h WHERE ${where}`,
        [param],
      );
      return indexInOrder(ids, rows, (r) => r.id).map((r) => ({
        before: r?.beforeJson ? JSON.parse(r.beforeJson) : null,
        after: r?.afterJson ? JSON.parse(r.afterJson) : null,
      }));
    }),
    /** The claims each write touched. */
    claims: new DataLoader<number, ClaimChangeRow[]>(async (seqs) => {
      const { sql: where, param } = sql.inList('k.seq', seqs.map(String));
      const rows = await sql.all<ClaimChangeRow>(
        `SELECT k.seq AS sequence, k.claim_type AS "claimType", k.claim_id AS "claimId",
           k.verdict_before AS "verdictBefore", k.verdict_after AS "verdictAfter"
         FROM change_claim k WHERE ${where} ORDER BY k.seq, k.claim_type DESC, k.claim_id`,
        [param],
      );
      return groupInOrder(
        seqs,
        rows.map((r) => ({ ...r, sequence: Number(r.sequence) })),
        (r) => r.sequence,
      );
    }),
  };
}

export const changeDetails = (ctx: Context) => ctx.loaders.of(createDetailLoaders);
