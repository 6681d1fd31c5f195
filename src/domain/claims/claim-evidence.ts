import type { Context } from '../../core/context/context';
import type { CitationRow } from './citation.rows';

/**
 * A claim's current citations, or — for a claim read with asOf — the citations it had then.
 * Batched either way.
 */
export function claimEvidence(ctx: Context, table: 'transfer' | 'recognition', claim: { id: string; asOf?: string }): Promise<CitationRow[]> {
  if (!claim.asOf) return (table === 'transfer' ? ctx.loaders.citationsByTransfer : ctx.loaders.citationsByRecognition).load(claim.id);
  const at = claim.asOf;
  return ctx.loaders.keyed(`citations:${table}:${at}`, () => ctx.loaders.citationsAsOf(`${table}_id`, at)).load(claim.id);
}
