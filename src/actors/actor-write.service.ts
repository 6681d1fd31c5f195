import { newId } from '../common/ids';
import { BadUserInputError, ConflictError } from '../common/errors';
import { normalizeName } from '../common/normalize-name';
import { nowIso } from '../common/timestamps';
import { LIMITS, key, optionalText, text } from '../common/validate';
import { txQuery, withTransaction } from '../context';
import type { Context, TxContext } from '../context';
import { ActorName } from './actor-name.entity';
import { Actor } from './actor.entity';
import type { ActorKind } from './actor-kind.enum';

export interface CreateActorInput {
  key: string;
  name: string;
  kind: ActorKind;
  countryCode?: string | null;
  /** key, name or alias of the actor it belongs to */
  parent?: string | null;
  description?: string | null;
  aliases?: string[] | null;
}

/** Writing actors: every name and alias is checked unique (normalized) across all actors. */
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
    return rows[0].id;
  }

  async create(ctx: Context, input: CreateActorInput): Promise<string> {
    return withTransaction(ctx, async (tx) => {
      const id = newId();
      const now = nowIso();
      const countryCode = input.countryCode ?? null;
      if (countryCode !== null && !/^[A-Z]{3}$/.test(countryCode)) {
        throw new BadUserInputError('countryCode', '"countryCode" must be an ISO 3166-1 alpha-3 code such as "RUS".');
      }
      const row = {
        id,
        key: key('key', input.key),
        name: text('name', input.name, LIMITS.name),
        kind: input.kind,
        countryCode,
        parentId: input.parent ? await this.resolve(tx, input.parent, 'parent') : null,
        description: optionalText('description', input.description, LIMITS.longText),
        createdAt: now,
        updatedAt: now,
      };
      if ((await txQuery(tx, 'SELECT 1 FROM actor WHERE key = ?', [row.key])).length) {
        throw new ConflictError(`An actor with key ${JSON.stringify(row.key)} already exists.`, 'key');
      }
      // Keys, names and aliases form one namespace: a reference must mean one actor whichever way it is read.
      if ((await txQuery(tx, 'SELECT 1 FROM actor_name WHERE normalized = ?', [normalizeName(row.key)])).length) {
        throw new ConflictError(`The key ${JSON.stringify(row.key)} is already a name or alias of another actor.`, 'key');
      }
      await tx.manager.insert(Actor, row);
      await this.addName(tx, id, row.name, true, 'name');
      for (const [i, alias] of (input.aliases ?? []).entries()) {
        await this.addName(tx, id, text(`aliases[${i}]`, alias, LIMITS.name), false, `aliases[${i}]`);
      }
      return id;
    });
  }

  async addName(tx: TxContext, actorId: string, name: string, isPrimary: boolean, field: string): Promise<void> {
    const normalized = normalizeName(name);
    if (normalized === '') throw new BadUserInputError(field, `"${field}" has no letters or digits.`);
    const taken = await txQuery<{ actorId: string; name: string }>(
      tx,
      'SELECT actor_id AS "actorId", name FROM actor_name WHERE normalized = ?',
      [normalized],
    );
    if (taken.length) {
      throw new ConflictError(`${JSON.stringify(name)} is already taken as a name or alias (${JSON.stringify(taken[0].name)}).`, field);
    }
    // The only key a name could be confused with is its normalized form written as a slug.
    const keyed = await txQuery(tx, 'SELECT 1 FROM actor WHERE key = ? AND id <> ?', [normalized.replace(/ /g, '-'), actorId]);
    if (keyed.length) throw new ConflictError(`${JSON.stringify(name)} is another actor's key.`, field);
    await tx.manager.insert(ActorName, { id: newId(), actorId, name, normalized, isPrimary });
  }
}

export const actorWriteService = new ActorWriteService();
