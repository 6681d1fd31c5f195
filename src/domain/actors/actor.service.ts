import type { Page } from '../../core/graphql/connection';
import { BadUserInputError } from '../../core/errors/errors';
import { keysetPage } from '../../core/db/keyset-page';
import { pageWindow } from '../../core/graphql/pagination';
import type { PageArgs } from '../../core/graphql/pagination';
import { normalizeName } from '../../core/util/normalize-name';
import type { Context } from '../../core/context/context';
import { ACTOR_COLUMNS } from './actor.rows';
import type { ActorRow } from './actor.rows';
import type { ActorFilter, ActorLookup } from './actor.inputs';
import { actorLoaders } from './actor.loaders';
import { historyLoaders } from '../history/history.loaders';

/**
 * Reading actors: lookup by id, key or any name/alias, listing, and the roll-up of an actor to
 * itself and everything below it. Lookup by name folds case, accents and punctuation.
 */
export class ActorService {
  /** An actor by id, key, or any name or alias (in that order of precedence); null if none. */
  async findByRef(ctx: Context, ref: string): Promise<ActorRow | null> {
    const rows = await ctx.sql.all<ActorRow & { rank: number }>(
      `SELECT ${ACTOR_COLUMNS}, 0 AS rank FROM actor a WHERE a.id = ?
       UNION ALL SELECT ${ACTOR_COLUMNS}, 1 AS rank FROM actor a WHERE a.key = ?
       UNION ALL SELECT ${ACTOR_COLUMNS}, 2 AS rank FROM actor a JOIN actor_name n ON n.actor_id = a.id WHERE n.normalized = ?
       ORDER BY rank LIMIT 1`,
      [ref, ref, normalizeName(ref)],
    );
    if (rows.length === 0) return null;
    const { rank: _rank, ...actor } = rows[0];
    return this.live(ctx, actor);
  }

  /** The actor a merged one lives on as (itself when it was not merged). */
  async live(ctx: Context, actor: ActorRow): Promise<ActorRow> {
    let current = actor;
    for (let hops = 0; current.mergedIntoId && hops < 50; hops++)
      current = (await actorLoaders(ctx).actorById.load(current.mergedIntoId)) ?? current;
    return current;
  }

  /** The `actor(id, key, name)` query: exactly one argument. */
  async find(ctx: Context, lookup: ActorLookup): Promise<ActorRow | null> {
    const given = (['id', 'key', 'name'] as const).filter((k) => lookup[k] !== undefined && lookup[k] !== null);
    if (given.length !== 1)
      throw new BadUserInputError(given[1] ?? 'key', 'Give exactly one of "id", "key" or "name".');
    // An empty id or key names nothing: null, like any other that matches no actor.
    if (lookup.id !== undefined && lookup.id !== null)
      return lookup.id ? actorLoaders(ctx).actorById.load(lookup.id) : null;
    if (lookup.key !== undefined && lookup.key !== null) {
      const rows = await ctx.sql.all<ActorRow>(`SELECT ${ACTOR_COLUMNS} FROM actor a WHERE a.key = ?`, [lookup.key]);
      return rows[0] ?? null;
    }
    const rows = await ctx.sql.all<ActorRow>(
      `SELECT ${ACTOR_COLUMNS} FROM actor a JOIN actor_name n ON n.actor_id = a.id WHERE n.normalized = ?`,
      [normalizeName(lookup.name!)],
    );
    return rows[0] ?? null;
  }

  /**
   * An actor as it was at `at`, from its history: the state after the last write before then,
   * or before the first write after then; null when it did not exist yet.
   */
  async asOf(ctx: Context, actor: ActorRow, at: Date): Promise<ActorRow | null> {
    // A merged actor is itself until the merge, its survivor after.
    if (actor.mergedIntoId && actor.mergedAt && at.toISOString() >= actor.mergedAt) {
      return this.asOf(ctx, (await actorLoaders(ctx).actorById.load(actor.mergedIntoId))!, at);
    }
    const entries = await historyLoaders(ctx).historyByEntity.load(actor.id);
    if (entries.length === 0) return actor;
    const past = entries.filter((e) => e.at <= at);
    const state = (past.length ? past[past.length - 1].after : entries[0].before) as
      (ActorRow & { aliases: string[] }) | null;
    if (!state) return null;
    const snapshot = (state as { survivor?: ActorRow & { aliases: string[] } }).survivor ?? state;
    const { aliases, ...row } = snapshot;
    return { ...row, aliasesAsOf: aliases };
  }

  /**
   * The actor ids a filter argument stands for: the actor and its descendants, or only the actor
   * when `exact`. An unknown actor is the caller's mistake: BAD_USER_INPUT naming the argument.
   */
  /** The actor's id and, unless exact, the bodies below it; with `predecessors`, the actors it continues too. */
  async idsFor(ctx: Context, ref: string, exact: boolean, field: string, predecessors = false): Promise<string[]> {
    const actor = await this.findByRef(ctx, ref);
    if (!actor)
      throw new BadUserInputError(
        field,
        `Unknown actor ${JSON.stringify(ref)} in "${field}": use a key, a name or an alias.`,
      );
    const loaders = actorLoaders(ctx);
    if (predecessors) return loaders.descendantsAndPredecessors.load(actor.id);
    return exact ? [actor.id] : loaders.descendants.load(actor.id);
  }

  async list(ctx: Context, filter: ActorFilter | undefined, page: PageArgs): Promise<Page<ActorRow>> {
    const window = pageWindow(page, ctx.config);
    const where: string[] = [];
    const params: unknown[] = [];
    where.push('a.merged_into_id IS NULL');
    if (filter?.kind?.length) {
      where.push(`a.kind IN (${filter.kind.map(() => '?').join(', ')})`);
      params.push(...filter.kind);
    }
    if (filter?.search) {
      const needle = normalizeName(filter.search);
      if (needle === '') throw new BadUserInputError('filter.search', '"filter.search" has no letters or digits.');
      where.push(`a.id IN (SELECT n.actor_id FROM actor_name n WHERE n.normalized LIKE ?)`);
      params.push(`%${needle}%`);
    }
    return keysetPage<ActorRow>(ctx.sql, {
      from: 'actor a',
      columns: ACTOR_COLUMNS,
      where,
      params,
      sortColumn: ctx.sql.bytewise('a.key'),
      idColumn: 'a.id',
      descending: false,
      order: 'ACTOR_KEY',
      numeric: false,
      window,
      keyOf: (r) => ({ value: r.key, id: r.id }),
    });
  }
}

export const actorService = new ActorService();
