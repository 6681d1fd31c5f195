import { LENGTH } from '../../core/config/limits';
import { BadUserInputError, ConflictError, NotFoundError } from '../../core/errors/errors';
import { newId } from '../../core/util/ids';
import { normalizeName } from '../../core/util/normalize-name';
import { given, key, oneOf, optionalText, text } from '../../core/util/validate';
import { ActorKind } from './actor-kind.enum';
import { txQuery, withTransaction, recordWrite } from '../../core/context/transaction';
import type { Context, TxContext } from '../../core/context/context';
import { snapshotActor } from './actor.snapshot';
import { ActorName } from './actor-name.entity';
import type { CreateActorInput, UpdateActorInput } from './actor-write.inputs';
import { Actor } from './actor.entity';

const COUNTRY = /^[A-Z]{3}$/;

function countryCode(value: string | null | undefined): string | null {
  if (value === undefined || value === null) return null;
  if (!COUNTRY.test(value))
    throw new BadUserInputError('countryCode', '"countryCode" must be an ISO 3166-1 alpha-3 code such as "RUS".');
  return value;
}

/**
 * Writing actors. Keys, names and aliases form one namespace, unique across actors after
 * folding case, accents and punctuation, so any reference means one actor.
 */
export class ActorWriteService {
  /** Resolves an actor reference inside a transaction; unknown → BAD_USER_INPUT on `field`. */
  async resolve(tx: TxContext, ref: string, field: string): Promise<string> {
    const rows = await txQuery<{ id: string }>(
      tx,
      `SELECT a.id, 0 AS rank FROM actor a WHERE a.id = ?
       UNION ALL SELECT a.id, 1 AS rank FROM actor a WHERE a.key = ?
       UNION ALL SELECT n.actor_id, 2 AS rank FROM actor_name n WHERE n.normalized = ?
       ORDER BY rank LIMIT 1`,
      [ref, ref, normalizeName(ref)],
    );
    if (rows.length === 0) throw new BadUserInputError(field, `Unknown actor ${JSON.stringify(ref)} in "${field}".`);
    // A merged actor's id or key stands for its survivor.
    let id = rows[0].id;
    for (let hops = 0; hops < 50; hops++) {
      const [row] = await txQuery<{ into: string | null }>(
        tx,
        'SELECT merged_into_id AS "into" FROM actor WHERE id = ?',
        [id],
      );
      if (!row?.into) break;
      id = row.into;
    }
    return id;
  }

  /** Like resolve, but an unknown actor is NOT_FOUND: for the actor a mutation is about. */
  async target(tx: TxContext, ref: string, field: string): Promise<string> {
    try {
      return await this.resolve(tx, ref, field);
    } catch {
      throw new NotFoundError('actor', ref, field);
    }
  }

  async create(ctx: Context, input: CreateActorInput): Promise<string> {
    return withTransaction(ctx, async (tx) => {
      const id = newId();
      const now = tx.at;
      const row = {
        id,
        key: key('key', input.key),
        name: text('name', input.name, LENGTH.name),
        kind: oneOf('kind', input.kind, ActorKind),
        countryCode: countryCode(input.countryCode),
        parentId: input.parent ? await this.resolve(tx, input.parent, 'parent') : null,
        description: optionalText('description', input.description, LENGTH.description),
        createdAt: now,
        updatedAt: now,
      };
      const keyTaken = await txQuery(tx, 'SELECT 1 FROM actor WHERE key = ?', [row.key]);
      if (keyTaken.length)
        throw new ConflictError(`An actor with key ${JSON.stringify(row.key)} already exists.`, 'key');
      if ((await txQuery(tx, 'SELECT 1 FROM actor_name WHERE normalized = ?', [normalizeName(row.key)])).length) {
        throw new ConflictError(
          `The key ${JSON.stringify(row.key)} is already a name or alias of another actor.`,
          'key',
        );
      }
      await tx.manager.insert(Actor, row);
      await this.addName(tx, id, row.name, true, 'name');
      for (const [i, alias] of (input.aliases ?? []).entries()) {
        await this.addName(tx, id, text(`aliases[${i}]`, alias, LENGTH.name), false, `aliases[${i}]`);
      }
      await recordWrite(tx, { operation: 'createActor', entityType: 'actor', entityId: id, before: null });
      return id;
    });
  }

  async update(ctx: Context, input: UpdateActorInput): Promise<string> {
    return withTransaction(ctx, async (tx) => {
      const id = await this.target(tx, input.actor, 'actor');
      const before = await snapshotActor(tx, id);
      const changes: Record<string, unknown> = {};
      if (given('name', input.name)) {
        changes.name = text('name', input.name, LENGTH.name);
        // The old name goes; an alias promoted to the name stops being an alias.
        await txQuery(tx, 'DELETE FROM actor_name WHERE actor_id = ? AND (is_primary = ? OR normalized = ?)', [
          id,
          true,
          normalizeName(changes.name as string),
        ]);
        await this.addName(tx, id, changes.name as string, true, 'name');
      }
      if (given('kind', input.kind)) changes.kind = input.kind;
      if (input.countryCode !== undefined) changes.countryCode = countryCode(input.countryCode);
      if (input.description !== undefined)
        changes.description = optionalText('description', input.description, LENGTH.description);
      if (input.parent !== undefined) {
        const parentId = input.parent ? await this.resolve(tx, input.parent, 'parent') : null;
        if (parentId && (await this.isWithin(tx, parentId, id))) {
          throw new BadUserInputError('parent', 'An actor cannot belong to itself or to an actor below it.');
        }
        changes.parentId = parentId;
      }
      await tx.manager.update(Actor, { id }, { ...changes, updatedAt: tx.at });
      await recordWrite(tx, { operation: 'updateActor', entityType: 'actor', entityId: id, before });
      return id;
    });
  }

  async addAlias(ctx: Context, actorRef: string, alias: string): Promise<string> {
    return withTransaction(ctx, async (tx) => {
      const id = await this.target(tx, actorRef, 'actor');
      const before = await snapshotActor(tx, id);
      await this.addName(tx, id, text('alias', alias, LENGTH.name), false, 'alias');
      await recordWrite(tx, { operation: 'addActorAlias', entityType: 'actor', entityId: id, before });
      return id;
    });
  }

  async removeAlias(ctx: Context, actorRef: string, alias: string): Promise<string> {
    return withTransaction(ctx, async (tx) => {
      const id = await this.target(tx, actorRef, 'actor');
      const before = await snapshotActor(tx, id);
      const [row] = await txQuery<{ id: string; isPrimary: unknown }>(
        tx,
        'SELECT id, is_primary AS "isPrimary" FROM actor_name WHERE actor_id = ? AND normalized = ?',
        [id, normalizeName(alias)],
      );
      if (!row) throw new NotFoundError('alias of this actor', alias, 'alias');
      if (row.isPrimary === true || row.isPrimary === 1)
        throw new BadUserInputError('alias', "That is the actor's name, not an alias: rename the actor instead.");
      await txQuery(tx, 'DELETE FROM actor_name WHERE id = ?', [row.id]);
      await recordWrite(tx, { operation: 'removeActorAlias', entityType: 'actor', entityId: id, before });
      return id;
    });
  }

  async addName(tx: TxContext, actorId: string, name: string, isPrimary: boolean, field: string): Promise<void> {
    const normalized = normalizeName(name);
    if (normalized === '') throw new BadUserInputError(field, `"${field}" has no letters or digits.`);
    const taken = await txQuery<{ name: string }>(tx, 'SELECT name FROM actor_name WHERE normalized = ?', [normalized]);
    if (taken.length) {
      throw new ConflictError(
        `${JSON.stringify(name)} is already taken as a name or alias (${JSON.stringify(taken[0].name)}).`,
        field,
      );
    }
    // The only key a name could be confused with is its normalized form written as a slug.
    const slug = normalized.replace(/ /g, '-');
    const keyed = await txQuery(
      tx,
      'SELECT 1 FROM actor WHERE key = ? AND id <> ? AND (merged_into_id IS NULL OR merged_into_id <> ?)',
      [slug, actorId, actorId],
    );
    if (keyed.length) throw new ConflictError(`${JSON.stringify(name)} is another actor's key.`, field);
    await tx.manager.insert(ActorName, { id: newId(), actorId, name, normalized, isPrimary });
  }

  /** True when `candidate` is `ancestor` or below it in the hierarchy. */
  async isWithin(tx: TxContext, candidate: string, ancestor: string): Promise<boolean> {
    const rows = await txQuery(
      tx,
      `WITH RECURSIVE below(id) AS (SELECT CAST(? AS varchar(36)) UNION SELECT a.id FROM actor a JOIN below ON a.parent_id = below.id)
       SELECT 1 FROM below WHERE id = ?`,
      [ancestor, candidate],
    );
    return rows.length > 0;
  }
}

export const actorWriteService = new ActorWriteService();
