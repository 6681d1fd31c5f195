import { VERDICT_RANK_SQL } from '../claims/claim-aggregates';
import { txQuery } from '../../core/context/transaction';
import type { TxContext } from '../../core/context/context';

/**
 * supply_edge holds, per (supplier, recipient, category), what a network edge shows of the
 * unretracted transfers: how many, their earliest and latest days, the best verdict rank and the
 * number of distinct independent voices behind them (not the sum of each transfer's count: three
 * transfers resting on one voice are one voice). supply_edge_voice holds, per (supplier, recipient,
 * category, voice), how many of those transfers the voice supports, so that a network can count an
 * edge's distinct voices across its categories. Both are kept current in the transaction of every
 * write by the write pipeline (src/domain/write-pipeline.ts), after the claim's voices
 * (claim_voice), for every transfer the write touches: a new transfer is added to its rows; any
 * other change recomputes the rows of the pairs before and after it from the transfers themselves
 * (ix_transfer_pair). Networks without claim-level filters read them instead of aggregating every
 * transfer of every actor they reach (see network-edges.ts).
 */
const AGGREGATE = `SELECT t.supplier_id, t.recipient_id, t.category, COUNT(DISTINCT t.id), MIN(t.period_lo), MAX(t.period_hi), MAX(${VERDICT_RANK_SQL}), COUNT(DISTINCT cv.voice)
  FROM transfer t LEFT JOIN claim_voice cv ON cv.claim_type = 'transfer' AND cv.claim_id = t.id WHERE NOT t.retracted`;
const COLUMNS = 'supplier_id, recipient_id, category, claims, lo, hi, best, voices';
const VOICE_AGGREGATE = `SELECT t.supplier_id, t.recipient_id, t.category, cv.voice, COUNT(*)
  FROM transfer t JOIN claim_voice cv ON cv.claim_type = 'transfer' AND cv.claim_id = t.id WHERE NOT t.retracted`;
const VOICE_COLUMNS = 'supplier_id, recipient_id, category, voice, claims';

/** What supply_edge should hold, recomputed from the transfers, and what it holds (npm run verify compares them). */
export const SUPPLY_EDGES_RECOMPUTED_SQL = `${AGGREGATE} GROUP BY t.supplier_id, t.recipient_id, t.category`;
export const SUPPLY_EDGES_STORED_SQL = `SELECT ${COLUMNS} FROM supply_edge`;

/** The earlier / later of two nullable dates, in SQL both databases read the same way. */
const pick = (cmp: '<' | '>', col: string) =>
  `CASE WHEN supply_edge.${col} IS NULL THEN excluded.${col} WHEN excluded.${col} IS NULL THEN supply_edge.${col} ` +
  `WHEN excluded.${col} ${cmp} supply_edge.${col} THEN excluded.${col} ELSE supply_edge.${col} END`;

/**
 * On PostgreSQL, concurrent writes to transfers of one pair must recompute its rows one after the
 * other (a recompute deletes and re-inserts them; under READ COMMITTED two at once could leave a
 * row counting a retracted transfer, or collide on the key): a transaction-scoped advisory lock
 * per pair, taken in sorted order when a write touches two. SQLite runs one writer at a time.
 */
async function lockPairs(tx: TxContext, pairs: readonly { supplierId: string; recipientId: string }[]): Promise<void> {
  if (tx.sql.dialect !== 'postgres') return;
  const keys = [...new Set(pairs.map((p) => `supply_edge:${p.supplierId}>${p.recipientId}`))].sort();
  for (const key of keys) await txQuery(tx, 'SELECT pg_advisory_xact_lock(hashtext(?))', [key]);
}

/** Adds one new transfer to its edge (nothing when it is retracted). */
export async function addToSupplyEdge(tx: TxContext, transferId: string): Promise<void> {
  await txQuery(
    tx,
    `INSERT INTO supply_edge_voice (${VOICE_COLUMNS}) ${VOICE_AGGREGATE} AND t.id = ?
     GROUP BY t.supplier_id, t.recipient_id, t.category, cv.voice
     ON CONFLICT (supplier_id, recipient_id, category, voice) DO UPDATE SET claims = supply_edge_voice.claims + excluded.claims`,
    [transferId],
  );
  // The edge's voices: those of its supply_edge_voice rows, this transfer's included.
  const voices = `(SELECT COUNT(*) FROM supply_edge_voice v WHERE v.supplier_id = supply_edge.supplier_id
    AND v.recipient_id = supply_edge.recipient_id AND v.category = supply_edge.category)`;
  await txQuery(
    tx,
    `INSERT INTO supply_edge (${COLUMNS}) ${AGGREGATE} AND t.id = ? GROUP BY t.supplier_id, t.recipient_id, t.category
     ON CONFLICT (supplier_id, recipient_id, category) DO UPDATE SET
       claims = supply_edge.claims + excluded.claims, lo = ${pick('<', 'lo')}, hi = ${pick('>', 'hi')},
       best = CASE WHEN excluded.best > supply_edge.best THEN excluded.best ELSE supply_edge.best END,
       voices = ${voices}`,
    [transferId],
  );
}

/** Recomputes the edges of one (supplier, recipient) pair from its transfers. */
export async function recomputeSupplyEdges(tx: TxContext, supplierId: string, recipientId: string): Promise<void> {
  const pair = [supplierId, recipientId];
  await txQuery(tx, 'DELETE FROM supply_edge WHERE supplier_id = ? AND recipient_id = ?', pair);
  await txQuery(tx, 'DELETE FROM supply_edge_voice WHERE supplier_id = ? AND recipient_id = ?', pair);
  await txQuery(
    tx,
    `INSERT INTO supply_edge (${COLUMNS}) ${AGGREGATE} AND t.supplier_id = ? AND t.recipient_id = ? GROUP BY t.supplier_id, t.recipient_id, t.category`,
    pair,
  );
  await txQuery(
    tx,
    `INSERT INTO supply_edge_voice (${VOICE_COLUMNS}) ${VOICE_AGGREGATE} AND t.supplier_id = ? AND t.recipient_id = ?
     GROUP BY t.supplier_id, t.recipient_id, t.category, cv.voice`,
    pair,
  );
}

/** Rebuilds both tables (after a restore, once claim_voice is filled). */
export async function rebuildSupplyEdges(tx: TxContext): Promise<void> {
  await txQuery(tx, 'DELETE FROM supply_edge');
  await txQuery(tx, 'DELETE FROM supply_edge_voice');
  await txQuery(tx, `INSERT INTO supply_edge (${COLUMNS}) ${SUPPLY_EDGES_RECOMPUTED_SQL}`);
  await txQuery(
    tx,
    `INSERT INTO supply_edge_voice (${VOICE_COLUMNS}) ${VOICE_AGGREGATE} GROUP BY t.supplier_id, t.recipient_id, t.category, cv.voice`,
  );
}

/**
 * Brings supply_edge up to date for a transfer a write touched. Runs before the write's new claim
 * version is stored: the transfer's open version still holds its pair before this write (none
 * for a new transfer).
 */
export async function refreshSupplyEdges(tx: TxContext, transferId: string): Promise<void> {
  const [previous] = await txQuery<{ supplierId: string; recipientId: string }>(
    tx,
    'SELECT supplier_id AS "supplierId", recipient_id AS "recipientId" FROM transfer_version WHERE id = ? AND valid_to IS NULL',
    [transferId],
  );
  const [now] = await txQuery<{ supplierId: string; recipientId: string }>(
    tx,
    'SELECT supplier_id AS "supplierId", recipient_id AS "recipientId" FROM transfer WHERE id = ?',
    [transferId],
  );
  await lockPairs(tx, [...(previous ? [previous] : []), ...(now ? [now] : [])]);
  if (!previous) return addToSupplyEdge(tx, transferId);
  await recomputeSupplyEdges(tx, previous.supplierId, previous.recipientId);
  if (now && (now.supplierId !== previous.supplierId || now.recipientId !== previous.recipientId)) {
    await recomputeSupplyEdges(tx, now.supplierId, now.recipientId);
  }
}
