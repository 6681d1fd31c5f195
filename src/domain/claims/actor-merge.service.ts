import type { ClaimTable, ClaimRef } from '../../core/context/write-record';
import { BadUserInputError, ConflictError } from '../../core/errors/errors';
import { txQuery, withTransaction, recordWrite } from '../../core/context/transaction';
import type { Context, TxContext } from '../../core/context/context';
import { snapshotActor } from '../actors/actor.snapshot';
import { actorWriteService } from '../actors/actor-write.service';

/**
 * Merging two records of one actor: every reference moves to the survivor, the merged actor's
 * names become the survivor's aliases, and the merged actor stays as a tombstone pointing at the
 * survivor, so its key and id keep resolving and old claim versions keep naming it.
 */
const CLAIM_ACTOR_COLUMNS: Record<ClaimTable, string[]> = {
  transfer: ['supplier_id', 'recipient_id', 'intermediary_id', 'origin_country_id'],
  recognition: ['recognizer_id', 'recognized_id'],
};

/** One transaction, one history entry (both actors as they were); touched claims get new versions and fresh assessments. */
export class ActorMergeService {
  async merge(ctx: Context, survivorRef: string, mergedRef: string): Promise<string> {
    return withTransaction(ctx, async (tx) => {
      const survivor = await actorWriteService.target(tx, survivorRef, 'survivor');
      const merged = await actorWriteService.target(tx, mergedRef, 'merged');
      if (survivor === merged) throw new BadUserInputError('merged', 'An actor cannot be merged into itself.');
      await this.refuseSelfLinks(tx, survivor, merged);
      const [{ survivorParent }] = await txQuery<{ survivorParent: string | null }>(
        tx,
        'SELECT parent_id AS "survivorParent" FROM actor WHERE id = ?',
        [survivor],
      );
      if (survivorParent !== merged && (await actorWriteService.isWithin(tx, survivor, merged))) {
        throw new BadUserInputError(
          'survivor',
          "The survivor lies below the merged actor's children: merging would make the hierarchy circular. Move it first.",
        );
      }
      const before = { survivor: await snapshotActor(tx, survivor), merged: await snapshotActor(tx, merged) };
      const claims = await this.affectedClaims(tx, merged);

      const [{ mergedParent }] = await txQuery<{ mergedParent: string | null }>(
        tx,
        'SELECT parent_id AS "mergedParent" FROM actor WHERE id = ?',
        [merged],
      );
      await txQuery(tx, 'UPDATE actor SET parent_id = ? WHERE parent_id = ? AND id <> ?', [survivor, merged, survivor]);
      await txQuery(tx, 'UPDATE actor SET parent_id = ? WHERE id = ? AND parent_id = ?', [
        mergedParent === survivor ? null : mergedParent,
        survivor,
        merged,
      ]);
      await txQuery(tx, 'UPDATE source SET attributed_to_id = ? WHERE attributed_to_id = ?', [survivor, merged]);
      await txQuery(tx, 'UPDATE citation SET attributed_to_id = ? WHERE attributed_to_id = ?', [survivor, merged]);
      for (const [table, columns] of Object.entries(CLAIM_ACTOR_COLUMNS)) {
        for (const column of columns)
          await txQuery(tx, `UPDATE ${table} SET ${column} = ? WHERE ${column} = ?`, [survivor, merged]);
      }
      await txQuery(tx, 'UPDATE actor_name SET actor_id = ?, is_primary = ? WHERE actor_id = ?', [
        survivor,
        false,
        merged,
      ]);
      // The merged actor stays as a tombstone: its key and old claim versions lead to the survivor.
      await txQuery(tx, 'UPDATE actor SET merged_into_id = ? WHERE merged_into_id = ?', [survivor, merged]);
      await txQuery(tx, 'UPDATE actor SET merged_into_id = ?, merged_at = ?, updated_at = ? WHERE id = ?', [
        survivor,
        tx.at,
        tx.at,
        merged,
      ]);

      const after = { survivor: await snapshotActor(tx, survivor), merged: null };
      // Touched claims get fresh assessments and versions; the tombstone leaves the search index.
      await recordWrite(tx, {
        operation: 'mergeActors',
        entityType: 'actor',
        entityId: survivor,
        before,
        after,
        claims,
        reindex: [{ type: 'actor', id: merged }],
      });
      return survivor;
    });
  }

  /** A claim naming both would name the survivor twice (supplier, recipient or intermediary). */
  private async refuseSelfLinks(tx: TxContext, a: string, b: string): Promise<void> {
    const both = (column: string) => `CASE WHEN ${column} IN (?, ?) THEN 1 ELSE 0 END`;
    const [t] = await txQuery<{ n: number }>(
      tx,
      `SELECT COUNT(*) AS n FROM transfer WHERE ${both('supplier_id')} + ${both('recipient_id')} + ${both('intermediary_id')} >= 2`,
      [a, b, a, b, a, b],
    );
    const [r] = await txQuery<{ n: number }>(
      tx,
      `SELECT COUNT(*) AS n FROM recognition WHERE (recognizer_id = ? AND recognized_id = ?) OR (recognizer_id = ? AND recognized_id = ?)`,
      [a, b, b, a],
    );
    const n = Number(t.n) + Number(r.n);
    if (n > 0)
      throw new ConflictError(
        `${n} claim(s) link these two actors; merged, they would link an actor to itself. Correct them first.`,
        'merged',
      );
  }

  /** Claims naming the merged actor, or whose evidence is voiced by it (their assessments change). */
  private async affectedClaims(tx: TxContext, merged: string): Promise<ClaimRef[]> {
    const out: ClaimRef[] = [];
    for (const [table, columns] of Object.entries(CLAIM_ACTOR_COLUMNS) as [ClaimTable, string[]][]) {
      const rows = await txQuery<{ id: string }>(
        tx,
        `SELECT id FROM ${table} WHERE ${columns.map((c) => `${c} = ?`).join(' OR ')}
         UNION SELECT c.${table}_id FROM citation c WHERE c.${table}_id IS NOT NULL AND (c.attributed_to_id = ?
           OR c.source_id IN (SELECT id FROM source WHERE attributed_to_id = ?)
           OR c.id IN (SELECT h.citation_id FROM citation_hop h JOIN source s ON s.id = h.source_id WHERE s.attributed_to_id = ?))`,
        [...columns.map(() => merged), merged, merged, merged],
      );
      out.push(...rows.map((r) => ({ table, id: r.id })));
    }
    return out;
  }
}

export const actorMergeService = new ActorMergeService();
