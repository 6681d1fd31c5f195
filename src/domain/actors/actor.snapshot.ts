import type { TxContext } from '../../core/context/context';
import { txQuery } from '../../core/context/transaction';
import type { Snapshot } from '../../core/context/write-record';

/** An actor as history records it: its row, its aliases and its predecessors. Null when it does not exist. */
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
  const predecessors = await txQuery<{ key: string }>(
    tx,
    `SELECT a.key FROM actor_succession s JOIN actor a ON a.id = s.predecessor_id WHERE s.successor_id = ? ORDER BY a.key`,
    [id],
  );
  // Predecessors appear only when there are some, so snapshots of other actors keep their shape.
  return {
    ...row,
    aliases: names.map((n) => n.name),
    ...(predecessors.length ? { predecessors: predecessors.map((p) => p.key) } : {}),
  };
}
