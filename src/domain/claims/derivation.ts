import { txQuery } from '../../core/context/transaction';
import type { TxContext } from '../../core/context/context';
import { BadUserInputError } from '../../core/errors/errors';

/**
 * derivedFrom edges — from_id relayed to_id: the citing source to the first hop of its chain,
 * and each hop to the next — of citations that were not removed, and each confirmed echo (the
 * copy derives from the original). `from` restricts the edges by
 * their from side: a condition on a column, given the column's name (c.source_id or h.source_id).
 */
export function derivationEdgesSql(from: (column: string) => string = () => '1 = 1'): string {
  return `SELECT c.source_id AS from_id, h.source_id AS to_id FROM citation c
      JOIN citation_hop h ON h.citation_id = c.id AND h.position = 1 WHERE c.removed_at IS NULL AND ${from('c.source_id')}
    UNION SELECT h.source_id AS from_id, n.source_id AS to_id FROM citation_hop h
      JOIN citation_hop n ON n.citation_id = h.citation_id AND n.position = h.position + 1
      JOIN citation c ON c.id = h.citation_id WHERE c.removed_at IS NULL AND ${from('h.source_id')}
    UNION SELECT e.copy_id AS from_id, e.original_id AS to_id FROM source_echo e
      WHERE e.status = 'CONFIRMED' AND ${from('e.copy_id')}`;
}

/** Every source reachable from `start` through derivedFrom edges already stored (not `start` itself unless on a cycle). */
async function reachable(tx: TxContext, start: string): Promise<Set<string>> {
  const seen = new Set<string>();
  let frontier = [start];
  while (frontier.length) {
    const { param } = tx.sql.inList('x', frontier);
    const current = frontier;
    const rows = await txQuery<{ to_id: string }>(
      tx,
      derivationEdgesSql((column) => tx.sql.inList(column, current).sql),
      [param, param, param],
    );
    frontier = [];
    for (const { to_id } of rows) {
      if (!seen.has(to_id)) {
        seen.add(to_id);
        frontier.push(to_id);
      }
    }
  }
  return seen;
}

/**
 * Refuses a chain that would make a source derive from itself: citing source `sourceId` relays
 * chain[0], which relays chain[1]… A cycle through stored edges exists exactly when some hop
 * already reaches (through stored edges) the citing source or a hop before it.
 */
export async function refuseDerivationCycle(
  tx: TxContext,
  sourceId: string,
  chain: readonly string[],
  field: string,
): Promise<void> {
  for (const [j, hop] of chain.entries()) {
    const reach = await reachable(tx, hop);
    const before = [sourceId, ...chain.slice(0, j)];
    if (before.some((id) => reach.has(id))) {
      throw new BadUserInputError(
        `${field}.chain[${j}]`,
        `This chain would make a source derive from itself: a source it names already relays, through other chains, one before it.`,
      );
    }
  }
}
