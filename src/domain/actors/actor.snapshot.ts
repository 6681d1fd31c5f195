import type { TxContext } from '../../core/context/context';
import { txQuery } from '../../core/context/transaction';
import type { Snapshot } from '../../core/context/write-record';

/** An actor as history records it: its row and its aliases. Null when it does not exist. */
export async function snapshotActor(tx: TxContext, id: string): Promise<Snapshot> {
  const [row] = await txQuery(
    tx,
    `SELECT id, key, name, kind, country_code AS "countryCode", parent_id AS "parentId", description FROM actor WHERE id = ?`,
    [id],
  );
  if (!row) return null;
  const names = await txQuery<{ name: string }>(
    tx,
    `SELECT name FROM actor_name WHERE actor_id = ? AND NOT is_primary ORDER BY normalized`,
    [id],
  );
  return { ...row, aliases: names.map((n) => n.name) };
}
