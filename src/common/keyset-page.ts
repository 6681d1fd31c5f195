import type { SqlRunner } from '../db/sql-runner';
import { toPage } from './connection';
import type { Page } from './connection';
import { BadUserInputError } from './errors';
import { keyset } from './order';
import { decodeCursor } from './pagination';
import type { CursorKey } from './pagination';

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
}

export async function keysetPage<T>(sql: SqlRunner, q: KeysetQuery<T>): Promise<Page<T>> {
  const ks = keyset(q.sortColumn, q.idColumn, q.descending);
  const where = [...q.where];
  const params = [...q.params];
  if (q.after !== undefined && q.after !== null) {
    const key = decodeCursor(q.order, q.after);
    if (q.numeric !== (typeof key.value === 'number')) throw new BadUserInputError('after', 'Malformed or foreign cursor in "after".');
    where.push(ks.after);
    params.push(key.value, key.value, key.id);
  }
  const clause = (w: readonly string[]) => (w.length ? `WHERE ${w.join(' AND ')}` : '');
  const rows = await sql.all<T>(`SELECT ${q.columns} FROM ${q.from} ${clause(where)} ORDER BY ${ks.orderBy} LIMIT ?`, [...params, q.first + 1]);
  const totalCount = async () => Number((await sql.all<{ n: number }>(`SELECT COUNT(*) AS n FROM ${q.from} ${clause(q.where)}`, q.params))[0].n);
  return toPage(q.map ? rows.map(q.map) : rows, q.first, q.after ?? undefined, q.order, q.keyOf, totalCount);
}
