import type { TxContext } from '../../core/context/context';
import { txQuery } from '../../core/context/transaction';

/** Where an echo link stands: found by the auditor, or decided by an editor. */
export type EchoStatusValue = 'SUSPECTED' | 'CONFIRMED' | 'DISMISSED';
/** What the auditor found — resembling texts, or a cited quote occurring verbatim in an earlier source — or an editor's own record. */
export type EchoBasisValue = 'TEXT' | 'QUOTE' | 'EDITOR';

export interface EchoLinkRow {
  readonly copyId: string;
  readonly originalId: string;
  readonly status: EchoStatusValue;
  readonly basis: EchoBasisValue;
  /** Resemblance in thousandths; null when a source has no text to compare. */
  readonly similarity: number | null;
  readonly sharedPassage: string | null;
  readonly foundAt: string;
  readonly decidedAt: string | null;
  readonly decidedBy: string | null;
  readonly reason: string | null;
}

export const ECHO_COLUMNS = `e.copy_id AS "copyId", e.original_id AS "originalId", e.status, e.basis, e.similarity,
  e.shared_passage AS "sharedPassage", e.found_at AS "foundAt", e.decided_at AS "decidedAt", e.decided_by AS "decidedBy", e.reason`;

/** Links that make two sources one voice: every one an editor has not dismissed. */
export const LIVE = `e.status <> 'DISMISSED'`;

/** The link between two sources, in either direction, if any. */
export async function linkBetween(tx: TxContext, a: string, b: string): Promise<EchoLinkRow | null> {
  const [row] = await txQuery<EchoLinkRow>(
    tx,
    `SELECT ${ECHO_COLUMNS} FROM source_echo e WHERE (e.copy_id = ? AND e.original_id = ?) OR (e.copy_id = ? AND e.original_id = ?)`,
    [a, b, b, a],
  );
  return row ?? null;
}

/** What orders sources in time for the auditor: publication date, then when they were recorded, then id. */
export interface SourceTime {
  readonly id: string;
  readonly publishedLo: string | null;
  readonly createdAt: string;
}

export async function sourceTimes(tx: TxContext, ids: readonly string[]): Promise<Map<string, SourceTime>> {
  if (!ids.length) return new Map();
  const list = tx.sql.inList('id', ids);
  const rows = await txQuery<SourceTime>(
    tx,
    `SELECT id, published_lo AS "publishedLo", created_at AS "createdAt" FROM source WHERE ${list.sql}`,
    [list.param],
  );
  return new Map(rows.map((r) => [r.id, r]));
}

/**
 * Whether `a` came before `b`, by one total order: the earlier publication date (a copy is
 * published after what it copies; an undated source after every dated one), then the one
 * recorded first, then the smaller id. Total, so a group's earliest source does not depend on
 * the order rows come back in.
 */
export function earlier(a: SourceTime, b: SourceTime): boolean {
  const [x, y] = [a.publishedLo ?? '~', b.publishedLo ?? '~'];
  if (x !== y) return x < y;
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt;
  return a.id < b.id;
}

/** Stores a newly found link, the later source as the copy. */
export async function insertSuspected(
  tx: TxContext,
  x: SourceTime,
  y: SourceTime,
  basis: EchoBasisValue,
  similarity: number | null,
  sharedPassage: string | null,
): Promise<void> {
  const [copy, original] = earlier(x, y) ? [y, x] : [x, y];
  await txQuery(
    tx,
    `INSERT INTO source_echo (copy_id, original_id, status, basis, similarity, shared_passage, found_at)
     VALUES (?, ?, 'SUSPECTED', ?, ?, ?, ?)`,
    [copy.id, original.id, basis, similarity, sharedPassage, tx.at],
  );
}

/**
 * Turns the suspected links of a source whose date changed the right way round: the later of
 * the two is the copy. Editors' decisions keep the direction they gave.
 */
export async function reorient(tx: TxContext, id: string): Promise<void> {
  const links = await txQuery<{ copyId: string; originalId: string }>(
    tx,
    `SELECT copy_id AS "copyId", original_id AS "originalId" FROM source_echo
     WHERE (copy_id = ? OR original_id = ?) AND status = 'SUSPECTED' ORDER BY copy_id, original_id`,
    [id, id],
  );
  if (!links.length) return;
  const times = await sourceTimes(tx, [id, ...links.map((l) => (l.copyId === id ? l.originalId : l.copyId))]);
  for (const l of links) {
    if (!earlier(times.get(l.copyId)!, times.get(l.originalId)!)) continue;
    await txQuery(tx, 'UPDATE source_echo SET copy_id = ?, original_id = ? WHERE copy_id = ? AND original_id = ?', [
      l.originalId,
      l.copyId,
      l.copyId,
      l.originalId,
    ]);
  }
}

/** The sources linked to any of `ids` by a live link. */
async function liveNeighbours(tx: TxContext, ids: readonly string[]): Promise<{ a: string; b: string }[]> {
  const copies = tx.sql.inList('e.copy_id', ids);
  const originals = tx.sql.inList('e.original_id', ids);
  return txQuery<{ a: string; b: string }>(
    tx,
    `SELECT e.copy_id AS a, e.original_id AS b FROM source_echo e WHERE ${LIVE} AND (${copies.sql} OR ${originals.sql})
     ORDER BY e.copy_id, e.original_id`,
    [copies.param, originals.param],
  );
}

/**
 * Recomputes the echo groups around `seeds` after their links changed: each connected group of
 * sources (through live links) gets its earliest source as `echo_root` (a source in no group:
 * null). Returns the sources whose root changed — the claims citing them need re-assessing.
 */
export async function regroup(tx: TxContext, seeds: readonly string[]): Promise<string[]> {
  if (!seeds.length) return [];
  const seedList = tx.sql.inList('s.id', seeds);
  const oldRoots = await txQuery<{ root: string }>(
    tx,
    `SELECT DISTINCT s.echo_root AS root FROM source s WHERE ${seedList.sql} AND s.echo_root IS NOT NULL`,
    [seedList.param],
  );
  const start = new Set(seeds);
  if (oldRoots.length) {
    const roots = tx.sql.inList(
      's.echo_root',
      oldRoots.map((r) => r.root),
    );
    for (const { id } of await txQuery<{ id: string }>(tx, `SELECT s.id FROM source s WHERE ${roots.sql}`, [
      roots.param,
    ]))
      start.add(id);
  }
  // Connected components of the live-link graph around the start, breadth first.
  const adjacent = new Map<string, Set<string>>();
  const seen = new Set<string>(start);
  let frontier = [...start];
  while (frontier.length) {
    const next: string[] = [];
    for (const { a, b } of await liveNeighbours(tx, frontier)) {
      for (const [x, y] of [
        [a, b],
        [b, a],
      ]) {
        (adjacent.get(x) ?? adjacent.set(x, new Set()).get(x)!).add(y);
        if (!seen.has(y)) {
          seen.add(y);
          next.push(y);
        }
      }
    }
    frontier = next;
  }
  const times = await sourceTimes(tx, [...seen]);
  const current = tx.sql.inList('s.id', [...seen]);
  const stored = new Map(
    (
      await txQuery<{ id: string; root: string | null }>(
        tx,
        `SELECT s.id, s.echo_root AS root FROM source s WHERE ${current.sql}`,
        [current.param],
      )
    ).map((r) => [r.id, r.root]),
  );
  const placed = new Set<string>();
  const changed: string[] = [];
  for (const id of [...seen].sort()) {
    if (placed.has(id)) continue;
    const group = [id];
    placed.add(id);
    for (let i = 0; i < group.length; i++)
      for (const n of adjacent.get(group[i]) ?? [])
        if (!placed.has(n)) {
          placed.add(n);
          group.push(n);
        }
    const root = group.length < 2 ? null : group.map((g) => times.get(g)!).reduce((a, b) => (earlier(b, a) ? b : a)).id;
    for (const member of group) {
      if ((stored.get(member) ?? null) === root) continue;
      await txQuery(tx, 'UPDATE source SET echo_root = ? WHERE id = ?', [root, member]);
      changed.push(member);
    }
  }
  return changed;
}
