import type { Writable } from 'node:stream';
import type { SqlRunner } from '../../core/db/sql-runner';
import { derivationEdgesSql } from '../../domain/claims/derivation';
import { csvLines } from './csv';
import { write } from './stream-write';

/** The echo report's columns: one row per pair the independence auditor found or an editor decided on. */
export const ECHO_CSV_COLUMNS = [
  'group_key',
  'copy_key',
  'copy_publisher',
  'copy_published_on',
  'original_key',
  'original_publisher',
  'original_published_on',
  'status',
  'basis',
  'similarity',
  'shared_passage',
  'circular',
  'found_at',
  'decided_at',
  'decided_by',
  'reason',
] as const;

interface LinkRow {
  groupKey: string | null;
  copyId: string;
  originalId: string;
  copyKey: string;
  copyPublisher: string;
  copyPublishedOn: string | null;
  originalKey: string;
  originalPublisher: string;
  originalPublishedOn: string | null;
  status: string;
  basis: string;
  similarity: number | null;
  sharedPassage: string | null;
  foundAt: string;
  decidedAt: string | null;
  decidedBy: string | null;
  reason: string | null;
}

/**
 * Strongly connected components (Tarjan, iterative) of the derivation graph: sources on one
 * cycle share a component. Returns each source's component number.
 */
function components(edges: readonly { from_id: string; to_id: string }[]): Map<string, number> {
  const next = new Map<string, string[]>();
  for (const e of edges) (next.get(e.from_id) ?? next.set(e.from_id, []).get(e.from_id)!).push(e.to_id);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const component = new Map<string, number>();
  let counter = 0;
  let found = 0;
  for (const start of next.keys()) {
    if (index.has(start)) continue;
    const work: [string, number][] = [[start, 0]];
    while (work.length) {
      const top = work[work.length - 1];
      const [v, i] = top;
      if (i === 0) {
        index.set(v, counter);
        low.set(v, counter++);
        stack.push(v);
        onStack.add(v);
      }
      const out = next.get(v) ?? [];
      if (i < out.length) {
        top[1]++;
        const w = out[i];
        if (!index.has(w)) work.push([w, 0]);
        else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
        continue;
      }
      work.pop();
      if (work.length) {
        const parent = work[work.length - 1][0];
        low.set(parent, Math.min(low.get(parent)!, low.get(v)!));
      }
      if (low.get(v) === index.get(v)) {
        let w: string;
        do {
          w = stack.pop()!;
          onStack.delete(w);
          component.set(w, found);
        } while (w !== v);
        found++;
      }
    }
  }
  return component;
}

/**
 * The echo report (`GET /export/echoes.csv`, `npm run export -- echoes`): every echo link, grouped
 * by the echo group of its copy (named by the group's earliest source), with `circular` marking a
 * pair that lies on a derivation cycle through citation chains and live echoes — circular
 * reporting.
 */
export async function writeEchoReport(sql: SqlRunner, out: Writable): Promise<void> {
  await write(out, csvLines(ECHO_CSV_COLUMNS, [], true));
  const edges = await sql.all<{ from_id: string; to_id: string }>(
    `${derivationEdgesSql()} UNION SELECT e.copy_id AS from_id, e.original_id AS to_id FROM source_echo e WHERE e.status = 'SUSPECTED'`,
  );
  const component = components(edges);
  const rows = await sql.all<LinkRow>(
    `SELECT r.key AS "groupKey", e.copy_id AS "copyId", e.original_id AS "originalId",
            c.key AS "copyKey", c.publisher AS "copyPublisher", c.published_on AS "copyPublishedOn",
            o.key AS "originalKey", o.publisher AS "originalPublisher", o.published_on AS "originalPublishedOn",
            e.status, e.basis, e.similarity, e.shared_passage AS "sharedPassage", e.found_at AS "foundAt",
            e.decided_at AS "decidedAt", e.decided_by AS "decidedBy", e.reason
     FROM source_echo e JOIN source c ON c.id = e.copy_id JOIN source o ON o.id = e.original_id
     LEFT JOIN source r ON r.id = c.echo_root
     ORDER BY CASE WHEN r.key IS NULL THEN 1 ELSE 0 END, ${sql.bytewise('r.key')}, ${sql.bytewise('c.key')}, ${sql.bytewise('o.key')}`,
  );
  for (let i = 0; i < rows.length; i += 500) {
    const page = rows.slice(i, i + 500).map((r) => {
      const a = component.get(r.copyId);
      return {
        group_key: r.groupKey,
        copy_key: r.copyKey,
        copy_publisher: r.copyPublisher,
        copy_published_on: r.copyPublishedOn,
        original_key: r.originalKey,
        original_publisher: r.originalPublisher,
        original_published_on: r.originalPublishedOn,
        status: r.status,
        basis: r.basis,
        similarity: r.similarity === null ? null : (Number(r.similarity) / 1000).toFixed(3),
        shared_passage: r.sharedPassage,
        circular: a !== undefined && r.status !== 'DISMISSED' && a === component.get(r.originalId),
        found_at: r.foundAt,
        decided_at: r.decidedAt,
        decided_by: r.decidedBy,
        reason: r.reason,
      };
    });
    await write(out, csvLines(ECHO_CSV_COLUMNS, page, false));
  }
}
