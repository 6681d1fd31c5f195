import type { Context } from '../../core/context/context';
import DataLoader from 'dataloader';
import { groupInOrder, indexInOrder } from '../../core/util/batch';
import type { SqlRunner } from '../../core/db/sql-runner';
import { ACTOR_COLUMNS } from './actor.rows';
import type { ActorRow } from './actor.rows';

/**
 * Per-request batch loaders for actors: one SQL statement per batch, whatever its size.
 * `descendants` gives an actor's id with every id below it in the hierarchy — the roll-up that
 * makes "Russia" include the Russian Ministry of Defence — and the ids of actors merged into
 * them (old claim versions still name those).
 */
/**
 * The join condition of the roll-up CTEs (`tree(root, id)` over `actor a`): the bodies below an
 * actor (unless exact), the actors merged into it, and with `predecessors` the actors it continues
 * (Russia the Soviet Union: see actor_succession), each rolled up in turn.
 */
export function rollUpJoin(exact: boolean, predecessors: boolean): string {
  const parts = [exact ? null : 'a.parent_id = tree.id', 'a.merged_into_id = tree.id'];
  if (predecessors)
    parts.push(
      'a.id IN (SELECT s.predecessor_id FROM actor_succession s WHERE s.successor_id = tree.id AND s.continuation)',
    );
  return parts.filter(Boolean).join(' OR ');
}

export function createActorLoaders(sql: SqlRunner) {
  const descendants = (predecessors: boolean) =>
    new DataLoader<string, string[]>(async (ids) => {
      const roots = sql.idTable(ids, 'r');
      const rows = await sql.all<{ root: string; id: string }>(
        `WITH RECURSIVE tree(root, id) AS (
           SELECT r.id, r.id FROM ${roots.sql}
           UNION SELECT tree.root, a.id FROM actor a JOIN tree ON ${rollUpJoin(false, predecessors)})
         SELECT root, id FROM tree ORDER BY root, id`,
        [roots.param],
      );
      return groupInOrder(ids, rows, (r) => r.root).map((list) => list.map((r) => r.id));
    });
  const succession = (from: 'predecessor' | 'successor', to: 'predecessor' | 'successor') =>
    new DataLoader<string, ActorRow[]>(async (ids) => {
      const { sql: where, param } = sql.inList(`s.${from}_id`, ids);
      const rows = await sql.all<ActorRow & { owner: string }>(
        `SELECT s.${from}_id AS owner, ${ACTOR_COLUMNS} FROM actor_succession s JOIN actor a ON a.id = s.${to}_id
         WHERE ${where} ORDER BY owner, ${sql.bytewise('a.key')}`,
        [param],
      );
      return groupInOrder(ids, rows, (r) => r.owner).map((list) => list.map(({ owner: _o, ...a }) => a as ActorRow));
    });
  return {
    ...createBaseLoaders(sql),
    descendants: descendants(false),
    /** descendants, and the predecessors each continues (with theirs) */
    descendantsAndPredecessors: descendants(true),
    predecessorsByActor: succession('successor', 'predecessor'),
    successorsByActor: succession('predecessor', 'successor'),
  };
}

function createBaseLoaders(sql: SqlRunner) {
  return {
    actorById: new DataLoader<string, ActorRow | null>(async (ids) => {
      const { sql: where, param } = sql.inList('a.id', ids);
      const rows = await sql.all<ActorRow>(`SELECT ${ACTOR_COLUMNS} FROM actor a WHERE ${where}`, [param]);
      return indexInOrder(ids, rows, (r) => r.id);
    }),

    aliasesByActor: new DataLoader<string, string[]>(async (ids) => {
      const { sql: where, param } = sql.inList('n.actor_id', ids);
      const rows = await sql.all<{ actorId: string; name: string }>(
        `SELECT n.actor_id AS "actorId", n.name FROM actor_name n WHERE ${where} AND NOT n.is_primary ORDER BY ${sql.bytewise('n.normalized')}`,
        [param],
      );
      return groupInOrder(ids, rows, (r) => r.actorId).map((list) => list.map((r) => r.name));
    }),

    childrenByActor: new DataLoader<string, ActorRow[]>(async (ids) => {
      const { sql: where, param } = sql.inList('a.parent_id', ids);
      const rows = await sql.all<ActorRow>(
        `SELECT ${ACTOR_COLUMNS} FROM actor a WHERE ${where} AND a.merged_into_id IS NULL ORDER BY ${sql.bytewise('a.key')}`,
        [param],
      );
      return groupInOrder(ids, rows, (r) => r.parentId!);
    }),
  };
}

/** This request's actor loaders. */
export const actorLoaders = (ctx: Context) => ctx.loaders.of(createActorLoaders);
