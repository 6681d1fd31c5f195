import type { Context } from '../../core/context/context';
import type { CitationRow } from './citation.rows';
import { citationLoaders } from './citation.loaders';

/**
 * A claim's current citations, or — for a claim read with asOf — the citations it had then.
 * Batched either way.
 */
export function claimEvidence(
  ctx: Context,
  table: 'transfer' | 'recognition',
  claim: { id: string; asOf?: string },
): Promise<CitationRow[]> {
  if (!claim.asOf)
    return (
      table === 'transfer' ? citationLoaders(ctx).citationsByTransfer : citationLoaders(ctx).citationsByRecognition
    ).load(claim.id);
  const at = claim.asOf;
  return ctx.loaders
    .keyed(`citations:${table}:${at}`, () => citationLoaders(ctx).citationsAsOf(`${table}_id`, at))
    .load(claim.id);
}
