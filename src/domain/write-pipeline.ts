import type { TxContext } from '../core/context/context';
import { txQuery } from '../core/context/transaction';
import type { ClaimRef, EntityType, Snapshot, WriteRecord } from '../core/context/write-record';
import { snapshotActor } from './actors/actor.snapshot';
import { snapshotClaim } from './claims/claim.snapshot';
import { snapshotSource } from './sources/source.snapshot';
import { refreshAssessmentSummary, refreshClaimVoices } from './claims/assessment-summary';
import { writeClaimVersion } from './claims/claim-versions';
import { historyService } from './history/history.service';
import { queueChange, rebuildChangeLog } from './changes/change-log';
import { rebuildSupplyEdges, refreshSupplyEdges } from './network/supply-edges';
import { rebuildSearch, refreshSearch } from './search/search-index';
import { auditEchoes } from './echoes/echo-audit';
import { rebuildEchoBands } from './echoes/echo-rebuild';

/**
 * What happens after a write — in one place. Every write service ends its transaction with
 * `recordWrite(tx, { operation, entityType, entityId, before, claims?, after?, reindex? })`
 * (src/core/context/write-record.ts), and these steps run, in this order, in the same transaction,
 * so everything derived from a write commits with it or not at all. A new derived table gets its
 * step here.
 *
 * "Touched claims" are the written entity when it is a claim, and every claim the write names
 * in `claims` (a corrected source's citing claims, a merge's claims).
 */
interface WriteStep {
  readonly name: string;
  /** May return more claims the write touched; the later steps include them. */
  run(tx: TxContext, write: WriteRecord, claims: readonly ClaimRef[]): Promise<void | readonly ClaimRef[]>;
}

export const WRITE_STEPS: readonly WriteStep[] = [
  {
    name: 'echo audit', // a written text's fingerprint and echoes, a written claim's quotes found in earlier sources; the claims whose echo groups changed
    run: async (tx, write) => (tx.config.echoAudit ? auditEchoes(tx, write) : []),
  },
  {
    name: 'assessment summary', // verdict, voices and best grades stored on each touched claim
    run: async (tx, _write, claims) => {
      for (const claim of claims) await refreshAssessmentSummary(tx, claim);
    },
  },
  {
    name: 'supply_edge', // per-pair aggregates of each touched transfer; reads the claim's previous version, so before the next step
    run: async (tx, _write, claims) => {
      for (const claim of claims) if (claim.table === 'transfer') await refreshSupplyEdges(tx, claim.id);
    },
  },
  {
    name: 'claim version', // a new version of each touched claim, for asOf
    run: async (tx, _write, claims) => {
      for (const claim of claims) await writeClaimVersion(tx, claim);
    },
  },
  {
    name: 'search index', // the written entity's search row, and any other the write names
    run: async (tx, write) => {
      await refreshSearch(tx, write.entityType, write.entityId);
      for (const other of write.reindex ?? []) await refreshSearch(tx, other.type, other.id);
    },
  },
  {
    // the write's one entry (who, when, what, before and after) and its place in the change feed
    // with the claims it touched (numbered just before the commit: see change-log.ts)
    name: 'history entry and change feed',
    run: async (tx, write, claims) => {
      const historyId = await historyService.record(tx, {
        ...write,
        after: write.after !== undefined ? write.after : await snapshotNow(tx, write.entityType, write.entityId),
      });
      await queueChange(tx, historyId, write, claims);
    },
  },
];

/** The entity as it stands now in the write's transaction (null for kinds whose services give `after`). */
async function snapshotNow(tx: TxContext, type: EntityType, id: string): Promise<Snapshot> {
  if (type === 'actor') return snapshotActor(tx, id);
  if (type === 'source') return snapshotSource(tx, id);
  if (type === 'transfer' || type === 'recognition') return snapshotClaim(tx, type, id);
  return null;
}

function touchedClaims(write: WriteRecord, more: readonly ClaimRef[] = []): ClaimRef[] {
  const all: ClaimRef[] = [];
  if (write.entityType === 'transfer' || write.entityType === 'recognition')
    all.push({ table: write.entityType, id: write.entityId });
  all.push(...(write.claims ?? []), ...more);
  const seen = new Set<string>();
  return all.filter((c) => !seen.has(`${c.table}:${c.id}`) && seen.add(`${c.table}:${c.id}`));
}

/** Runs every step for one write (bound into each context by createContext). */
export async function runWritePipeline(tx: TxContext, write: WriteRecord): Promise<void> {
  let claims = touchedClaims(write);
  for (const step of WRITE_STEPS) {
    const more = await step.run(tx, write, claims);
    if (more?.length) claims = touchedClaims(write, [...claims, ...more]);
  }
}

/**
 * Rebuilds what is derived from the stored rows alone (after a restore, whose dump carries the
 * claims' versions, summaries, echo links and history): the search index, the texts' LSH buckets,
 * the claims' voices and supply_edge, and the change feed's numbering of the history. Returns how many
 * entities the search index holds.
 */
export async function rebuildDerivedData(tx: TxContext): Promise<number> {
  const indexed = await rebuildSearch(tx);
  await rebuildEchoBands(tx);
  await rebuildVoices(tx);
  await rebuildChangeLog(tx);
  return indexed;
}

/**
 * Recomputes every claim's voices (claim_voice) from its citations, then supply_edge and
 * supply_edge_voice from them: after a restore, or at the first start of a database written
 * before claim_voice existed. Returns how many claims it read.
 */
export async function rebuildVoices(tx: TxContext): Promise<number> {
  await txQuery(tx, 'DELETE FROM claim_voice');
  let claims = 0;
  for (const table of ['transfer', 'recognition'] as const) {
    const ids = await txQuery<{ id: string }>(tx, `SELECT id FROM ${table} ORDER BY id`);
    for (const { id } of ids) await refreshClaimVoices(tx, { table, id });
    claims += ids.length;
  }
  await rebuildSupplyEdges(tx);
  return claims;
}
