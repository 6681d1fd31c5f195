import { RECOGNITION_KIND, TRANSFER_KIND } from '../../domain/claims/claim-kinds';
import type { ClaimKind } from '../../domain/claims/claim-kinds';
import type { RecognitionRow, TransferRow } from '../../domain/claims/claim.rows';
import { claimService } from '../../domain/claims/claim.service';
import { ClaimOrder } from '../../core/graphql/order';
import { createContext } from '../../domain/context';
import type { AppServices } from '../../core/db/open-database';
import type { Context } from '../../core/context/context';

/**
 * Every claim matching a filter, a page at a time through the same query as the API (so the
 * filters mean the same), each page with a fresh context so loader caches do not grow.
 */
export async function* scanClaims<Row extends { id: string; sortDate: string; strength: number }>(
  app: AppServices,
  kind: ClaimKind<Row>,
  filter: object | undefined,
  pageSize = 500,
): AsyncGenerator<{ ctx: Context; rows: Row[] }> {
  let after: string | undefined;
  for (;;) {
    const ctx = createContext(app, 'export');
    const page = await claimService.list(ctx, kind, filter, ClaimOrder.OLDEST_FIRST, {
      first: Math.min(pageSize, app.config.maxPageSize),
      after,
    });
    if (page.edges.length === 0) return;
    yield { ctx, rows: page.edges.map((e) => e.node) };
    if (!page.pageInfo.hasNextPage) return;
    after = page.pageInfo.endCursor ?? undefined;
  }
}

/**
 * The same pages, with the first one read before `start` runs: a bad filter (an unknown actor)
 * is refused before the export has written its first byte, so HTTP can still answer 400.
 */
export async function* scanClaimsAfter<Row extends { id: string; sortDate: string; strength: number }>(
  app: AppServices,
  kind: ClaimKind<Row>,
  filter: object | undefined,
  start: () => Promise<void>,
): AsyncGenerator<{ ctx: Context; rows: Row[] }> {
  const pages = scanClaims(app, kind, filter);
  const first = await pages.next();
  await start();
  if (first.done) return;
  yield first.value;
  yield* pages;
}

/** Transfer filter arguments that no recognition can satisfy. */
const TRANSFER_ONLY = ['supplier', 'recipient', 'category', 'status'];

/**
 * Which of a batch of claims (transfers or recognitions, by id) the filter selects — what
 * {@link claimPages} yields, asked of the database, so an export that must know whether a claim
 * is in it holds nothing per claim. The filter's conditions (its actors resolved) are worked out
 * once; each batch is then one statement per kind of claim.
 */
export async function claimSelector(
  app: AppServices,
  filter: Record<string, unknown>,
): Promise<(ids: readonly string[]) => Promise<Set<string>>> {
  const ctx = createContext(app, 'export');
  const kinds: { table: string; where: string[]; params: unknown[] }[] = [];
  const tables: [ClaimKind<unknown>, string][] = [[TRANSFER_KIND as ClaimKind<unknown>, 'transfer']];
  if (!TRANSFER_ONLY.some((k) => k in filter)) tables.push([RECOGNITION_KIND as ClaimKind<unknown>, 'recognition']);
  for (const [kind, table] of tables) {
    const c = await claimService.conditions(ctx, kind, filter);
    kinds.push({ table, where: c.where, params: c.params });
  }
  return async (ids) => {
    const selected = new Set<string>();
    if (ids.length === 0) return selected;
    for (const { table, where, params } of kinds) {
      const { sql: among, param } = app.sql.inList('t.id', ids);
      const rows = await app.sql.all<{ id: string }>(
        `SELECT t.id FROM ${table} t WHERE ${[...where, among].join(' AND ')}`,
        [...params, param],
      );
      for (const r of rows) selected.add(r.id);
    }
    return selected;
  };
}

/**
 * Pages of transfers, then of recognitions, for the exports that hold both. The filter is the
 * transfers filter: a transfer-only argument (supplier, recipient, category, status) leaves the
 * recognitions out; the shared ones (actor, dates, evidence, retraction) apply to both.
 */
export async function* claimPages(
  app: AppServices,
  filter: Record<string, unknown>,
  start: () => Promise<void>,
): AsyncGenerator<{ table: 'transfer' | 'recognition'; ctx: Context; rows: (TransferRow | RecognitionRow)[] }> {
  for await (const page of scanClaimsAfter<TransferRow>(app, TRANSFER_KIND, filter, start))
    yield { table: 'transfer', ...page };
  if (TRANSFER_ONLY.some((k) => k in filter)) return;
  for await (const page of scanClaims<RecognitionRow>(app, RECOGNITION_KIND, filter))
    yield { table: 'recognition', ...page };
}
