import type { SqlRunner } from '../../core/db/sql-runner';

type Query = <T>(sql: string, params: readonly unknown[]) => Promise<T[]>;

/** Beyond this many sources a search stops: circular reporting is found among neighbours, not across the whole base. */
const MAX_REACH = 5000;

/**
 * The sources reachable from `start` by derivation: a citing source relays the first hop of its
 * chain and each hop the next (citations not removed), and a copy derives from its original —
 * through confirmed echoes, and also through suspected ones when `suspected` is set. `backward`
 * follows the edges the other way (who derives from `start`).
 */
export async function reach(
  query: Query,
  inList: SqlRunner['inList'],
  start: string,
  backward: boolean,
  suspected: boolean,
): Promise<Set<string>> {
  const echoes = suspected ? `e.status <> 'DISMISSED'` : `e.status = 'CONFIRMED'`;
  // Each branch filtered by the frontier on its own side, so every step is an indexed lookup.
  const step = backward
    ? (ids: string) => `SELECT c.source_id AS id FROM citation c
         JOIN citation_hop h ON h.citation_id = c.id AND h.position = 1 WHERE c.removed_at IS NULL AND ${ids.replace('X', 'h.source_id')}
       UNION SELECT h.source_id FROM citation_hop h JOIN citation_hop n ON n.citation_id = h.citation_id AND n.position = h.position + 1
         JOIN citation c ON c.id = h.citation_id WHERE c.removed_at IS NULL AND ${ids.replace('X', 'n.source_id')}
       UNION SELECT e.copy_id FROM source_echo e WHERE ${echoes} AND ${ids.replace('X', 'e.original_id')}`
    : (ids: string) => `SELECT h.source_id AS id FROM citation c
         JOIN citation_hop h ON h.citation_id = c.id AND h.position = 1 WHERE c.removed_at IS NULL AND ${ids.replace('X', 'c.source_id')}
       UNION SELECT n.source_id FROM citation_hop h JOIN citation_hop n ON n.citation_id = h.citation_id AND n.position = h.position + 1
         JOIN citation c ON c.id = h.citation_id WHERE c.removed_at IS NULL AND ${ids.replace('X', 'h.source_id')}
       UNION SELECT e.original_id FROM source_echo e WHERE ${echoes} AND ${ids.replace('X', 'e.copy_id')}`;
  const seen = new Set<string>();
  let frontier = [start];
  while (frontier.length && seen.size < MAX_REACH) {
    const list = inList('X', frontier);
    const rows = await query<{ id: string }>(step(list.sql), [list.param, list.param, list.param]);
    frontier = [];
    for (const { id } of rows) {
      if (seen.has(id)) continue;
      seen.add(id);
      frontier.push(id);
    }
  }
  return seen;
}

/** Sources on a derivation cycle with `id`, through chains and live echoes: circular reporting. */
export async function circularPartners(sql: SqlRunner, id: string): Promise<string[]> {
  const query: Query = (text, params) => sql.all(text, params);
  const [ahead, behind] = await Promise.all([
    reach(query, sql.inList, id, false, true),
    reach(query, sql.inList, id, true, true),
  ]);
  return [...ahead].filter((x) => x !== id && behind.has(x)).sort();
}
