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
export function createActorLoaders(sql: SqlRunner) {
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

    descendants: new DataLoader<string, string[]>(async (ids) => {
      const roots = sql.idTable(ids, 'r');
      const rows = await sql.all<{ root: string; id: string }>(
        `WITH RECURSIVE tree(root, id) AS (
           SELECT r.id, r.id FROM ${roots.sql}
           UNION SELECT tree.root, a.id FROM actor a JOIN tree ON a.parent_id = tree.id OR a.merged_into_id = tree.id)
         SELECT root, id FROM tree ORDER BY root, id`,
        [roots.param],
      );
      return groupInOrder(ids, rows, (r) => r.root).map((list) => list.map((r) => r.id));
    }),
  };
}

/** This request's actor loaders. */
export const actorLoaders = (ctx: Context) => ctx.loaders.of(createActorLoaders);
