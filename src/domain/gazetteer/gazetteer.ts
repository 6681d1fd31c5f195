import { createHash } from 'node:crypto';
import { txQuery, recordWrite, withTransaction } from '../../core/context/transaction';
import type { Context, TxContext } from '../../core/context/context';
import { normalizeName } from '../../core/util/normalize-name';
import { ActorKind } from '../actors/actor-kind.enum';
import { actorWriteService } from '../actors/actor-write.service';
import type { CreateActorInput } from '../actors/actor-write.inputs';
import { snapshotActor } from '../actors/actor.snapshot';
import { GAZETTEER_SUCCESSIONS, gazetteerStates } from './gazetteer-data';
import type { GazetteerState } from './gazetteer-data';

const NAME = 'gazetteer';

/** The version of the gazetteer this code carries: a hash of its data. */
export function gazetteerVersion(): string {
  return createHash('sha256')
    .update(JSON.stringify({ states: gazetteerStates(), successions: GAZETTEER_SUCCESSIONS }))
    .digest('hex');
}

export interface GazetteerResult {
  loaded: boolean;
  created: number;
  updated: number;
  successions: number;
}

/**
 * Brings the database's gazetteer up to this version, in one transaction, through the write
 * services (a history entry for every actor it creates or completes): a state already there (by
 * key, or a STATE by one of its names) keeps its key, name and everything written to it, and gains
 * the country code and the aliases it lacks; an alias another actor holds is left to that actor.
 * Nothing when the database already holds this version (one read).
 */
export async function ensureGazetteer(ctx: Context): Promise<GazetteerResult> {
  const version = gazetteerVersion();
  const none = { loaded: false, created: 0, updated: 0, successions: 0 };
  const [stored] = await ctx.sql.all<{ version: string }>('SELECT version FROM reference_data WHERE name = ?', [NAME]);
  if (stored?.version === version) return none;
  return withTransaction(ctx, async (tx) => {
    const result = { ...none, loaded: true };
    const ids = new Map<string, string>();
    for (const state of gazetteerStates()) {
      const existing = await find(tx, state);
      if (existing) {
        if (await completeActor(tx, existing, state, 'completeFromGazetteer')) result.updated++;
        ids.set(state.key, existing);
      } else if (await available(tx, state)) {
        ids.set(state.key, await create(tx, state));
        result.created++;
      }
      // else another kind of actor holds the state's name or key: the state is left out.
    }
    for (const s of GAZETTEER_SUCCESSIONS) {
      const [predecessor, successor] = [ids.get(s.predecessor), ids.get(s.successor)];
      if (!predecessor || !successor) continue;
      const there = await txQuery(tx, 'SELECT 1 FROM actor_succession WHERE predecessor_id = ? AND successor_id = ?', [
        predecessor,
        successor,
      ]);
      if (there.length) continue;
      const before = await snapshotActor(tx, successor);
      await txQuery(tx, 'INSERT INTO actor_succession (predecessor_id, successor_id, continuation) VALUES (?, ?, ?)', [
        predecessor,
        successor,
        s.continuation,
      ]);
      await recordWrite(tx, { operation: 'recordSuccession', entityType: 'actor', entityId: successor, before });
      result.successions++;
    }
    await txQuery(tx, 'DELETE FROM reference_data WHERE name = ?', [NAME]);
    await txQuery(tx, 'INSERT INTO reference_data (name, version, loaded_at) VALUES (?, ?, ?)', [NAME, version, tx.at]);
    return result;
  });
}

/** The actor a state is already: by key, else a STATE (not merged away) by its name or an alias. */
async function find(tx: TxContext, state: GazetteerState): Promise<string | null> {
  const [byKey] = await txQuery<{ id: string; merged: string | null }>(
    tx,
    'SELECT id, merged_into_id AS merged FROM actor WHERE key = ?',
    [state.key],
  );
  if (byKey) return byKey.merged ?? byKey.id;
  for (const name of [state.name, ...state.aliases]) {
    const [hit] = await txQuery<{ id: string }>(
      tx,
      `SELECT a.id FROM actor_name n JOIN actor a ON a.id = n.actor_id
       WHERE n.normalized = ? AND a.kind = ? AND a.merged_into_id IS NULL`,
      [normalizeName(name), ActorKind.STATE],
    );
    if (hit) return hit.id;
  }
  return null;
}

/** Names of a state nobody holds yet (a name held by another actor stays theirs). */
async function freeNames(tx: TxContext, names: string[]): Promise<string[]> {
  const free: string[] = [];
  for (const name of names) {
    const [holder] = await txQuery<{ actorId: string }>(
      tx,
      'SELECT actor_id AS "actorId" FROM actor_name WHERE normalized = ?',
      [normalizeName(name)],
    );
    // Held by this actor already, or by another (then it stays theirs): not free.
    if (!holder && !free.some((f) => normalizeName(f) === normalizeName(name))) free.push(name);
  }
  return free;
}

/** Whether no actor holds the state's key, or its name or key as a name. */
async function available(tx: TxContext, state: GazetteerState): Promise<boolean> {
  const held = await txQuery(
    tx,
    'SELECT 1 FROM actor WHERE key = ? UNION ALL SELECT 1 FROM actor_name WHERE normalized IN (?, ?)',
    [state.key, normalizeName(state.name), normalizeName(state.key)],
  );
  return held.length === 0;
}

async function create(tx: TxContext, state: GazetteerState): Promise<string> {
  return actorWriteService.create(tx, {
    key: state.key,
    name: state.name,
    kind: state.kind,
    countryCode: state.countryCode,
    description: state.description,
    aliases: await freeNames(tx, state.aliases),
  });
}

/**
 * Adds to an existing actor what `input` has and it lacks: the names nobody holds, and the
 * country code, description and parent when it has none. One history entry when anything changed.
 */
export async function completeActor(
  tx: TxContext,
  id: string,
  input: Pick<CreateActorInput, 'name' | 'aliases' | 'countryCode' | 'description' | 'parent'>,
  operation: string,
): Promise<boolean> {
  const before = await snapshotActor(tx, id);
  const missing = await freeNames(tx, [input.name, ...(input.aliases ?? [])]);
  const [row] = await txQuery<{ countryCode: string | null; description: string | null; parentId: string | null }>(
    tx,
    'SELECT country_code AS "countryCode", description, parent_id AS "parentId" FROM actor WHERE id = ?',
    [id],
  );
  const updates: Record<string, unknown> = {};
  if (row.countryCode === null && input.countryCode) updates.country_code = input.countryCode;
  if (row.description === null && input.description) updates.description = input.description;
  if (row.parentId === null && input.parent)
    updates.parent_id = await actorWriteService.resolve(tx, input.parent, 'parent');
  const columns = Object.keys(updates);
  if (!missing.length && !columns.length) return false;
  for (const name of missing) await actorWriteService.addName(tx, id, name, false, 'alias');
  if (columns.length)
    await txQuery(tx, `UPDATE actor SET ${columns.map((c) => `${c} = ?`).join(', ')}, updated_at = ? WHERE id = ?`, [
      ...Object.values(updates),
      tx.at,
      id,
    ]);
  await recordWrite(tx, { operation, entityType: 'actor', entityId: id, before });
  return true;
}
