import type { Context } from '../../core/context/context';
import type { SourceRow } from '../sources/source.rows';
import { sourceLoaders } from '../sources/source.loaders';
import type { EchoLinkRow } from './echo-links';
import type { EchoBasis, EchoStatus, SuspectedEcho } from './echo.types';

/** Echo links as the API shows them, seen from `from` (the other source is `source`; without `from`, the original). */
export async function echoView(ctx: Context, links: readonly EchoLinkRow[], from?: string): Promise<SuspectedEcho[]> {
  const ids = [...new Set(links.flatMap((l) => [l.copyId, l.originalId]))];
  const rows = (await sourceLoaders(ctx).sourceById.loadMany(ids)) as (SourceRow | null)[];
  const byId = new Map(rows.filter((r): r is SourceRow => !!r).map((r) => [r.id, r]));
  return links.map((l) => ({
    source: byId.get(from === undefined || from === l.copyId ? l.originalId : l.copyId)!,
    copy: byId.get(l.copyId)!,
    original: byId.get(l.originalId)!,
    similarity: l.similarity === null ? null : Number(l.similarity) / 1000,
    sharedPassage: l.sharedPassage,
    basis: l.basis as EchoBasis,
    status: l.status as EchoStatus,
    foundAt: l.foundAt,
    decidedAt: l.decidedAt,
    decidedBy: l.decidedBy,
    reason: l.reason,
  }));
}
