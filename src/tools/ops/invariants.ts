import type { SqlRunner } from '../../core/db/sql-runner';
import { derivationEdgesSql } from '../../domain/claims/derivation';
import { SUPPLY_EDGES_RECOMPUTED_SQL, SUPPLY_EDGES_STORED_SQL } from '../../domain/network/supply-edges';

/**
 * The knowledge base's own rules, checked from the data alone (`npm run verify`, and the crash
 * test after every kill). Each check lists what breaks it — at most SAMPLE examples — so a
 * report says where to look.
 */
export interface CheckResult {
  readonly check: string;
  readonly faults: number;
  readonly examples: readonly string[];
}

const SAMPLE = 10;

/** Columns that name another row, whether or not the database enforces it with a foreign key. */
const REFERENCES: [table: string, key: string, column: string, target: string][] = [
  ['actor', 'id', 'parent_id', 'actor'],
  ['actor', 'id', 'merged_into_id', 'actor'],
  ['actor_name', 'id', 'actor_id', 'actor'],
  ['source', 'id', 'attributed_to_id', 'actor'],
  ['transfer', 'id', 'supplier_id', 'actor'],
  ['transfer', 'id', 'recipient_id', 'actor'],
  ['transfer', 'id', 'intermediary_id', 'actor'],
  ['transfer', 'id', 'origin_country_id', 'actor'],
  ['recognition', 'id', 'recognizer_id', 'actor'],
  ['recognition', 'id', 'recognized_id', 'actor'],
  ['citation', 'id', 'source_id', 'source'],
  ['citation', 'id', 'transfer_id', 'transfer'],
  ['citation', 'id', 'recognition_id', 'recognition'],
  ['citation', 'id', 'attributed_to_id', 'actor'],
  ['citation_hop', 'citation_id', 'citation_id', 'citation'],
  ['citation_hop', 'citation_id', 'source_id', 'source'],
  ['transfer_version', 'id', 'id', 'transfer'],
  ['recognition_version', 'id', 'id', 'recognition'],
  ['supply_edge', 'supplier_id', 'supplier_id', 'actor'],
  ['supply_edge', 'supplier_id', 'recipient_id', 'actor'],
  ['source', 'id', 'echo_root', 'source'],
  ['source_echo', 'copy_id', 'copy_id', 'source'],
  ['source_echo', 'copy_id', 'original_id', 'source'],
];

async function rows(sql: SqlRunner, check: string, query: string): Promise<CheckResult> {
  const found = await sql.all<{ example: unknown }>(query);
  return { check, faults: found.length, examples: found.slice(0, SAMPLE).map((r) => String(r.example)) };
}

/** Every live (unretracted) claim has at least one SUPPORTS citation that was not removed. */
function supported(table: 'transfer' | 'recognition'): string {
  return `SELECT x.id AS example FROM ${table} x WHERE NOT x.retracted AND NOT EXISTS (
    SELECT 1 FROM citation c WHERE c.${table}_id = x.id AND c.removed_at IS NULL AND c.stance = 'SUPPORTS')`;
}

/** Every claim has exactly one current version (a claim row without it is a half write). */
function oneCurrentVersion(table: 'transfer' | 'recognition'): string {
  return `SELECT x.id AS example FROM ${table} x
    WHERE (SELECT COUNT(*) FROM ${table}_version v WHERE v.id = x.id AND v.valid_to IS NULL) <> 1`;
}

/**
 * Sources in a derivedFrom cycle: a source relays the next hop of every chain it is in, and no
 * source may (through any number of hops) relay itself. Kahn's algorithm: what cannot be peeled
 * off from the leaves lies on or behind a cycle; the cycle's members are reported by key.
 */
async function derivedFromCycles(sql: SqlRunner): Promise<CheckResult> {
  const edges = await sql.all<{ from_id: string; to_id: string }>(derivationEdgesSql());
  const out = new Map<string, string[]>();
  const indegree = new Map<string, number>();
  for (const { from_id, to_id } of edges) {
    (out.get(from_id) ?? out.set(from_id, []).get(from_id)!).push(to_id);
    indegree.set(to_id, (indegree.get(to_id) ?? 0) + 1);
    if (!indegree.has(from_id)) indegree.set(from_id, 0);
  }
  const queue = [...indegree].filter(([, d]) => d === 0).map(([id]) => id);
  while (queue.length) {
    const id = queue.pop()!;
    indegree.delete(id);
    for (const next of out.get(id) ?? []) {
      const d = indegree.get(next)! - 1;
      indegree.set(next, d);
      if (d === 0) queue.push(next);
    }
  }
  // What is left lies on a cycle or downstream of one; keep the nodes that reach themselves.
  const left = new Set(indegree.keys());
  const onCycle = [...left].filter((start) => {
    const seen = new Set<string>();
    const stack = [...(out.get(start) ?? [])];
    while (stack.length) {
      const id = stack.pop()!;
      if (id === start) return true;
      if (seen.has(id) || !left.has(id)) continue;
      seen.add(id);
      stack.push(...(out.get(id) ?? []));
    }
    return false;
  });
  const keys = onCycle.length
    ? await sql.all<{ key: string }>(
        `SELECT key FROM source WHERE ${sql.inList('id', onCycle.slice(0, SAMPLE)).sql} ORDER BY key`,
        [sql.inList('id', onCycle.slice(0, SAMPLE)).param],
      )
    : [];
  return {
    check: 'no source derives from itself (derivedFrom cycle)',
    faults: onCycle.length,
    examples: keys.map((k) => k.key),
  };
}

export async function checkInvariants(sql: SqlRunner): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  results.push(await rows(sql, 'every live transfer has a SUPPORTS citation', supported('transfer')));
  results.push(await rows(sql, 'every live recognition has a SUPPORTS citation', supported('recognition')));
  results.push(await derivedFromCycles(sql));
  for (const [table, key, column, target] of REFERENCES) {
    results.push(
      await rows(
        sql,
        `${table}.${column} names an existing ${target}`,
        `SELECT x.${key} AS example FROM ${table} x WHERE x.${column} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ${target} y WHERE y.id = x.${column})`,
      ),
    );
  }
  results.push(
    await rows(
      sql,
      'every citation cites exactly one claim',
      'SELECT id AS example FROM citation WHERE (transfer_id IS NULL) = (recognition_id IS NULL)',
    ),
  );
  results.push(
    await rows(
      sql,
      'every chain runs 1, 2, … with no gap',
      'SELECT citation_id AS example FROM citation_hop GROUP BY citation_id HAVING MIN(position) <> 1 OR MAX(position) <> COUNT(*)',
    ),
  );
  results.push(await rows(sql, 'every transfer has one current version', oneCurrentVersion('transfer')));
  results.push(await rows(sql, 'every recognition has one current version', oneCurrentVersion('recognition')));
  results.push(
    await rows(
      sql,
      'supply_edge matches the transfers it summarises',
      `SELECT 'missing or different: ' || m.supplier_id || '>' || m.recipient_id || ' ' || m.category AS example
         FROM (SELECT * FROM (${SUPPLY_EDGES_RECOMPUTED_SQL}) a EXCEPT SELECT * FROM (${SUPPLY_EDGES_STORED_SQL}) b) m
       UNION ALL
       SELECT 'stale: ' || s.supplier_id || '>' || s.recipient_id || ' ' || s.category AS example
         FROM (SELECT * FROM (${SUPPLY_EDGES_STORED_SQL}) c EXCEPT SELECT * FROM (${SUPPLY_EDGES_RECOMPUTED_SQL}) e) s`,
    ),
  );
  results.push(
    await rows(
      sql,
      'the two sources of every live echo link are in one echo group',
      `SELECT c.key || ' ~ ' || o.key AS example FROM source_echo e
         JOIN source c ON c.id = e.copy_id JOIN source o ON o.id = e.original_id
       WHERE e.status <> 'DISMISSED' AND (c.echo_root IS NULL OR o.echo_root IS NULL OR c.echo_root <> o.echo_root)`,
    ),
  );
  return results;
}
