import DataLoader from 'dataloader';
import { rollUpJoin } from '../actors/actor.loaders';
import { groupInOrder } from '../../core/util/batch';
import type { SqlRunner } from '../../core/db/sql-runner';
import { verdictRank } from '../evidence/assessment';
import { Verdict } from '../evidence/evidence-enums';
import type { ClaimKind } from './claim-kinds';
import type { TransferCategory } from './claim-enums';
import { VERDICT_RANK_SQL, earliest, latest, verdictOfRank } from './claim-aggregates';

/** Options shared by the claim lists on Actor (suppliesTo, recognizes, suppliers, …). */
export interface ActorClaimOptions {
  readonly exactActor: boolean;
  readonly includeRetracted: boolean;
  readonly includePredecessors?: boolean;
}

/**
 * `tree(root, id)`: each requested actor with itself and — unless exact — every actor below it.
 * One recursive CTE serves the whole batch.
 */
function treeCte(sql: SqlRunner, roots: readonly string[], opts: ActorClaimOptions) {
  const r = sql.idTable(roots, 'r');
  // Actors merged into a root always count as the root (their old claim versions name them).
  const below = rollUpJoin(opts.exactActor, opts.includePredecessors === true);
  const body = `tree(root, id) AS (SELECT r.id, r.id FROM ${r.sql} UNION SELECT tree.root, a.id FROM actor a JOIN tree ON ${below})`;
  return { cte: body, param: r.param };
}

/** The newest `limit` claims per actor where the actor (rolled up) is on side `column`. */
export function claimsByActorLoader<Row>(
  sql: SqlRunner,
  kind: ClaimKind<Row>,
  column: string,
  opts: ActorClaimOptions,
  limit: number,
) {
  return new DataLoader<string, Row[]>(async (ids) => {
    const tree = treeCte(sql, ids, opts);
    const retracted = opts.includeRetracted ? '' : 'WHERE NOT t.retracted';
    const rows = await sql.all<Row & { owner: string; rn: number }>(
      `WITH RECURSIVE ${tree.cte}, ranked AS (
         SELECT tree.root AS owner, ${kind.columns},
                ROW_NUMBER() OVER (PARTITION BY tree.root ORDER BY t.sort_date DESC, t.id DESC) AS rn
         FROM ${kind.table} t JOIN tree ON t.${column} = tree.id ${retracted})
       SELECT * FROM ranked WHERE rn <= ? ORDER BY owner, rn`,
      [tree.param, limit],
    );
    return groupInOrder(ids, rows, (r) => r.owner).map((list) =>
      list.map(({ owner: _o, rn: _rn, ...row }) => kind.map(row as Row)),
    );
  });
}

export interface SupplyRelationRow {
  readonly supplierId: string;
  readonly recipientId: string;
  /** Which side is the actor asked about ("recipient" for Actor.suppliers). */
  readonly side: 'supplier' | 'recipient';
  readonly options: ActorClaimOptions;
  readonly transferCount: number;
  readonly categories: TransferCategory[];
  readonly period: { start: string | null; end: string | null };
  readonly strongestVerdict: Verdict;
  /** Distinct voices across its transfers (claim_voice). */
  readonly independentVoices: number;
}

/**
 * Transfers aggregated per counterpart: for Actor.suppliers (side "recipient") one relation per
 * supplier of the actor or any body below it, with the actor itself as recipient.
 */
export function supplyRelationsLoader(sql: SqlRunner, side: 'supplier' | 'recipient', opts: ActorClaimOptions) {
  const own = `${side}_id`;
  const other = side === 'recipient' ? 'supplier_id' : 'recipient_id';
  return new DataLoader<string, SupplyRelationRow[]>(async (ids) => {
    const tree = treeCte(sql, ids, opts);
    const rows = await sql.all<{
      owner: string;
      other: string;
      category: TransferCategory;
      n: number;
      lo: string | null;
      hi: string | null;
      best: number;
    }>(
      `WITH RECURSIVE ${tree.cte}
       SELECT tree.root AS owner, t.${other} AS other, t.category, COUNT(*) AS n,
              MIN(t.period_lo) AS lo, MAX(t.period_hi) AS hi, MAX(${VERDICT_RANK_SQL}) AS best
       FROM transfer t JOIN tree ON t.${own} = tree.id ${opts.includeRetracted ? '' : 'WHERE NOT t.retracted'}
       GROUP BY tree.root, t.${other}, t.category ORDER BY owner, other, t.category`,
      [tree.param],
    );
    const voiceRows = await sql.all<{ owner: string; other: string; voices: number }>(
      `WITH RECURSIVE ${tree.cte}
       SELECT tree.root AS owner, t.${other} AS other, COUNT(DISTINCT v.voice) AS voices
       FROM transfer t JOIN tree ON t.${own} = tree.id JOIN claim_voice v ON v.claim_type = 'transfer' AND v.claim_id = t.id
       ${opts.includeRetracted ? '' : 'WHERE NOT t.retracted'} GROUP BY tree.root, t.${other}`,
      [tree.param],
    );
    const voices = new Map(voiceRows.map((r) => [`${r.owner} ${r.other}`, Number(r.voices)]));
    return groupInOrder(ids, rows, (r) => r.owner).map((group) => {
      const byOther = new Map<string, SupplyRelationRow>();
      for (const r of group) {
        const prev = byOther.get(r.other);
        const lo = earliest(prev?.period.start ?? null, r.lo);
        const hi = latest(prev?.period.end ?? null, r.hi);
        const best = Math.max(Number(r.best), prev ? verdictRank(prev.strongestVerdict) : 0);
        byOther.set(r.other, {
          supplierId: side === 'recipient' ? r.other : r.owner,
          recipientId: side === 'recipient' ? r.owner : r.other,
          side,
          options: opts,
          transferCount: (prev?.transferCount ?? 0) + Number(r.n),
          categories: [...(prev?.categories ?? []), r.category],
          period: { start: lo, end: hi },
          strongestVerdict: verdictOfRank(best),
          independentVoices: voices.get(`${r.owner} ${r.other}`) ?? 0,
        });
      }
      return [...byOther.values()].sort(
        (a, b) =>
          b.transferCount - a.transferCount ||
          (a.supplierId + a.recipientId).localeCompare(b.supplierId + b.recipientId),
      );
    });
  });
}

/**
 * The newest `limit` transfers of each requested (asked actor, counterpart) relation; keys are
 * `owner|other`. Only the requested pairs are read (one statement per batch; its text varies
 * with the batch size).
 */
export function relationTransfersLoader<Row>(
  sql: SqlRunner,
  kind: ClaimKind<Row>,
  side: 'supplier' | 'recipient',
  opts: ActorClaimOptions,
  limit: number,
) {
  const own = `${side}_id`;
  const other = side === 'recipient' ? 'supplier_id' : 'recipient_id';
  return new DataLoader<string, Row[]>(async (keys) => {
    const pairs = keys.map((k) => k.split('|'));
    const tree = treeCte(sql, [...new Set(pairs.map((p) => p[0]))], opts);
    const values = pairs.map(() => '(CAST(? AS varchar(36)), CAST(? AS varchar(36)))').join(', ');
    const rows = await sql.all<Row & { pair: string; rn: number }>(
      `WITH RECURSIVE pairs(owner, other) AS (VALUES ${values}), ${tree.cte}, ranked AS (
         SELECT p.owner || '|' || p.other AS pair, ${kind.columns},
                ROW_NUMBER() OVER (PARTITION BY p.owner, p.other ORDER BY t.sort_date DESC, t.id DESC) AS rn
         FROM pairs p JOIN tree ON tree.root = p.owner
           JOIN ${kind.table} t ON t.${own} = tree.id AND t.${other} = p.other
         ${opts.includeRetracted ? '' : 'WHERE NOT t.retracted'})
       SELECT * FROM ranked WHERE rn <= ? ORDER BY pair, rn`,
      [...pairs.flat(), tree.param, limit],
    );
    return groupInOrder(keys, rows, (r) => r.pair).map((list) =>
      list.map(({ pair: _p, rn: _rn, ...row }) => kind.map(row as Row)),
    );
  });
}
