import type { SqlRunner } from './sql-runner';
import { toPage } from '../graphql/connection';
import type { Page } from '../graphql/connection';
import { BadUserInputError } from '../errors/errors';
import { keyset } from '../graphql/order';
import { decodeCursor } from '../graphql/pagination';
import type { CursorKey } from '../graphql/pagination';

/**
 * One page of any list by keyset (seek) pagination on (sortColumn, idColumn): the rows after the
 * cursor, LIMIT first + 1 to know whether a next page exists, and a COUNT(*) run only if the
 * client asks for totalCount. Every list query of the API goes through here.
 */
export interface KeysetQuery<T> {
  /** table and alias, e.g. "transfer t" */
  readonly from: string;
  readonly columns: string;
  readonly where: readonly string[];
  readonly params: readonly unknown[];
  readonly sortColumn: string;
  readonly idColumn: string;
  readonly descending: boolean;
  /** names the ordering inside cursors, so a cursor from another ordering is refused */
  readonly order: string;
  /** whether the sort value is a number (else a string) */
  readonly numeric: boolean;
  readonly first: number;
  readonly after?: string | null;
  readonly map?: (row: T) => T;
  readonly keyOf: (row: T) => CursorKey;
  /**
   * Alternative conditions, any of which a row may meet (e.g. "recipient is Russia or its
   * ministry"): each is read as its own index range in page order, and the page is taken from
   * their union — so an actor with a hierarchy costs a few short index reads, not a sort of all
   * its claims. `sql` has one `?`, bound to `param`.
   */
  readonly branches?: readonly { sql: string; param: unknown }[];
}

export async function keysetPage<T>(sql: SqlRunner, q: KeysetQuery<T>): Promise<Page<T>> {
  const ks = keyset(q.sortColumn, q.idColumn, q.descending);
  const where = [...q.where];
  const params = [...q.params];
  if (q.after !== undefined && q.after !== null) {
    const key = decodeCursor(q.order, q.after);
    if (q.numeric !== (typeof key.value === 'number'))
      throw new BadUserInputError('after', 'Malformed or foreign cursor in "after".');
    where.push(ks.after);
    params.push(key.value, key.id);
  }
  const clause = (w: readonly string[]) => (w.length ? `WHERE ${w.join(' AND ')}` : '');
  const branches = q.branches ?? [];
  const limit = q.first + 1;
  let rows: T[];
  if (branches.length > 1) {
    const union = branches
      .map(
        (b, i) =>
          `SELECT id FROM (SELECT ${q.idColumn} AS id FROM ${q.from} ${clause([...where, b.sql])} ORDER BY ${ks.orderBy} LIMIT ?) AS b${i}`,
      )
      .join(' UNION ALL ');
    rows = await sql.all<T>(
      `SELECT ${q.columns} FROM ${q.from} ${clause([...where, `${q.idColumn} IN (${union})`])} ORDER BY ${ks.orderBy} LIMIT ?`,
      [...params, ...branches.flatMap((b) => [...params, b.param, limit]), limit],
    );
  } else {
    const own = branches.length === 1 ? [...where, branches[0].sql] : where;
    const ownParams = branches.length === 1 ? [...params, branches[0].param] : params;
    rows = await sql.all<T>(`SELECT ${q.columns} FROM ${q.from} ${clause(own)} ORDER BY ${ks.orderBy} LIMIT ?`, [
      ...ownParams,
      limit,
    ]);
  }
  const totalCount = async () => {
    const any = branches.length ? [...q.where, `(${branches.map((b) => b.sql).join(' OR ')})`] : q.where;
    return Number(
      (
        await sql.all<{ n: number }>(`SELECT COUNT(*) AS n FROM ${q.from} ${clause(any)}`, [
          ...q.params,
          ...branches.map((b) => b.param),
        ])
      )[0].n,
    );
  };
  return toPage(q.map ? rows.map(q.map) : rows, q.first, q.after ?? undefined, q.order, q.keyOf, totalCount);
}
