import type { SqlRunner } from './sql-runner';
import { toPage } from '../graphql/connection';
import type { Page } from '../graphql/connection';
import { BadUserInputError } from '../errors/errors';
import { keyset } from '../graphql/order';
import { decodeCursor } from '../graphql/pagination';
import type { CursorKey, PageWindow } from '../graphql/pagination';

/**
 * One page of any list by keyset (seek) pagination on (sortColumn, idColumn): the rows between
 * the cursors, LIMIT size + 1 to know whether more follow, and a COUNT(*) run only if the client
 * asks for totalCount. `last` reads the same index range from its other end (the ordering
 * reversed) and turns the page round. Every list query of the API goes through here.
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
  readonly window: PageWindow;
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
  const { window } = q;
  const forward = keyset(q.sortColumn, q.idColumn, q.descending);
  // Reading backwards: the ordering reversed, whose "after" is the list's "before".
  const reverse = keyset(q.sortColumn, q.idColumn, !q.descending);
  const ks = window.backward ? reverse : forward;
  const where = [...q.where];
  const params = [...q.params];
  const seek = (field: 'after' | 'before', cursor: string | undefined, condition: string) => {
    if (cursor === undefined) return;
    const key = decodeCursor(q.order, cursor, field);
    if (q.numeric !== (typeof key.value === 'number'))
      throw new BadUserInputError(field, `Malformed or foreign cursor in "${field}".`);
    where.push(condition);
    params.push(key.value, key.id);
  };
  seek('after', window.after, forward.after);
  seek('before', window.before, reverse.after);
  const clause = (w: readonly string[]) => (w.length ? `WHERE ${w.join(' AND ')}` : '');
  const branches = q.branches ?? [];
  const limit = window.size + 1;
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
  return toPage(q.map ? rows.map(q.map) : rows, window, q.order, q.keyOf, totalCount);
}
