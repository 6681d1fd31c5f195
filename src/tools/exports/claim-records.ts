import type { ActorRow } from '../../domain/actors/actor.rows';
import type { RecognitionRow, TransferRow } from '../../domain/claims/claim.rows';
import type { Context } from '../../core/context/context';
import type { CitationRow } from '../../domain/claims/citation.rows';
import type { SourceRow } from '../../domain/sources/source.rows';
import { citationLoaders } from '../../domain/claims/citation.loaders';
import { actorLoaders } from '../../domain/actors/actor.loaders';
import { sourceLoaders } from '../../domain/sources/source.loaders';
import { tivValue } from '../../domain/claims/transfer-figures';

const present = <T>(xs: readonly (T | Error | null | undefined)[]): T[] =>
  xs.filter((x): x is T => !!x && !(x instanceof Error));

/** A page of claims with everything their export rows name, loaded in a few batched queries. */
export async function withEvidence<Row extends TransferRow | RecognitionRow>(
  ctx: Context,
  table: 'transfer' | 'recognition',
  rows: Row[],
) {
  const actorIds = rows.flatMap((r) =>
    'supplierId' in r
      ? [r.supplierId, r.recipientId, r.intermediaryId, r.originCountryId]
      : [r.recognizerId, r.recognizedId],
  );
  const loader =
    table === 'transfer' ? citationLoaders(ctx).citationsByTransfer : citationLoaders(ctx).citationsByRecognition;
  const [actors, citationLists] = await Promise.all([
    actorLoaders(ctx).actorById.loadMany([...new Set(actorIds.filter((x): x is string => !!x))]),
    loader.loadMany(rows.map((r) => r.id)),
  ]);
  const citations = present(citationLists as (CitationRow[] | Error)[]).flat();
  const chains = await citationLoaders(ctx).chainByCitation.loadMany(citations.map((c) => c.id));
  const chainOf = new Map(citations.map((c, i) => [c.id, chains[i] as string[]]));
  const sourceIds = [...new Set(citations.flatMap((c) => [c.sourceId, ...chainOf.get(c.id)!]))];
  const sources = new Map(present(await sourceLoaders(ctx).sourceById.loadMany(sourceIds)).map((s) => [s.id, s]));
  const citationActors = present(
    await actorLoaders(ctx).actorById.loadMany([
      ...new Set(citations.map((c) => c.attributedToId).filter((x): x is string => !!x)),
    ]),
  );
  const actorMap = new Map([...present(actors), ...citationActors].map((a) => [a.id, a]));
  return {
    actor: (id: string | null): ActorRow | null => (id ? (actorMap.get(id) ?? null) : null),
    source: (id: string): SourceRow => sources.get(id)!,
    citations: (claimId: string): CitationRow[] =>
      (citationLists[rows.findIndex((r) => r.id === claimId)] as CitationRow[]) ?? [],
    chain: (citationId: string): string[] => chainOf.get(citationId) ?? [],
  };
}

export type Evidence = Awaited<ReturnType<typeof withEvidence>>;

const grade = (r: TransferRow | RecognitionRow) =>
  r.bestReliability && r.bestCredibility ? `${r.bestReliability}${r.bestCredibility}` : null;

export const TRANSFER_CSV_COLUMNS = [
  'id',
  'supplier_key',
  'supplier_name',
  'recipient_key',
  'recipient_name',
  'intermediary_key',
  'origin_country_key',
  'category',
  'item',
  'designation',
  'quantity_min',
  'quantity_max',
  'quantity_text',
  'quantity_delivered',
  'status',
  'period_start',
  'period_end',
  'delivery_years',
  'condition',
  'uncertain',
  'tiv_per_unit',
  'tiv_order',
  'tiv_delivered',
  'context',
  'verdict',
  'independent_voices',
  'disputing_voices',
  'grade',
  'retracted',
  'retraction_reason',
  'source_keys',
] as const;

export function transferRecord(t: TransferRow, ev: Evidence): Record<string, unknown> {
  return {
    id: t.id,
    supplier_key: ev.actor(t.supplierId)?.key,
    supplier_name: ev.actor(t.supplierId)?.name,
    recipient_key: ev.actor(t.recipientId)?.key,
    recipient_name: ev.actor(t.recipientId)?.name,
    intermediary_key: ev.actor(t.intermediaryId)?.key ?? null,
    origin_country_key: ev.actor(t.originCountryId)?.key ?? null,
    category: t.category,
    item: t.item,
    designation: t.designation,
    quantity_min: t.quantityMin,
    quantity_max: t.quantityMax,
    quantity_text: t.quantityText,
    quantity_delivered: t.quantityDelivered,
    status: t.status,
    period_start: t.periodStart,
    period_end: t.periodEnd,
    delivery_years: t.deliveryYears,
    condition: t.condition,
    uncertain: t.uncertain,
    tiv_per_unit: tivValue(t.tivPerUnit),
    tiv_order: tivValue(t.tivOrder),
    tiv_delivered: tivValue(t.tivDelivered),
    context: t.context,
    verdict: t.verdict,
    independent_voices: t.independentVoices,
    disputing_voices: t.disputingVoices,
    grade: grade(t),
    retracted: t.retracted,
    retraction_reason: t.retractionReason,
    source_keys: [...new Set(ev.citations(t.id).map((c) => ev.source(c.sourceId).key))].join(';'),
  };
}

export const RECOGNITION_CSV_COLUMNS = [
  'id',
  'recognizer_key',
  'recognizer_name',
  'recognized_key',
  'recognized_name',
  'status',
  'date',
  'verdict',
  'independent_voices',
  'disputing_voices',
  'grade',
  'retracted',
  'retraction_reason',
  'source_keys',
] as const;

export function recognitionRecord(r: RecognitionRow, ev: Evidence): Record<string, unknown> {
  return {
    id: r.id,
    recognizer_key: ev.actor(r.recognizerId)?.key,
    recognizer_name: ev.actor(r.recognizerId)?.name,
    recognized_key: ev.actor(r.recognizedId)?.key,
    recognized_name: ev.actor(r.recognizedId)?.name,
    status: r.status,
    date: r.recognizedOn,
    verdict: r.verdict,
    independent_voices: r.independentVoices,
    disputing_voices: r.disputingVoices,
    grade: grade(r),
    retracted: r.retracted,
    retraction_reason: r.retractionReason,
    source_keys: [...new Set(ev.citations(r.id).map((c) => ev.source(c.sourceId).key))].join(';'),
  };
}

export const CITATION_CSV_COLUMNS = [
  'id',
  'claim_type',
  'claim_id',
  'source_key',
  'quote',
  'stance',
  'credibility',
  'chain',
  'origin_key',
  'attributed_to_key',
  'attribution',
  'locator',
  'verified',
] as const;

export function citationRecords(
  table: 'transfer' | 'recognition',
  claimId: string,
  ev: Evidence,
): Record<string, unknown>[] {
  return ev.citations(claimId).map((c) => {
    const chain = ev.chain(c.id).map((id) => ev.source(id).key);
    return {
      id: c.id,
      claim_type: table,
      claim_id: claimId,
      source_key: ev.source(c.sourceId).key,
      quote: c.quote,
      stance: c.stance,
      credibility: c.credibility,
      chain: chain.join(' > '),
      origin_key: chain.length ? chain[chain.length - 1] : ev.source(c.sourceId).key,
      attributed_to_key: ev.actor(c.attributedToId)?.key ?? null,
      attribution: c.attribution,
      locator: c.locator,
      verified: c.verified,
    };
  });
}

/** One claim with its evidence embedded, for JSON Lines. */
export function claimDocument(
  table: 'transfer' | 'recognition',
  row: TransferRow | RecognitionRow,
  ev: Evidence,
): Record<string, unknown> {
  const base =
    table === 'transfer' ? transferRecord(row as TransferRow, ev) : recognitionRecord(row as RecognitionRow, ev);
  const { source_keys: _s, ...fields } = base;
  return {
    type: table,
    ...fields,
    evidence: citationRecords(table, row.id, ev).map(({ claim_type: _t, claim_id: _c, chain: _chain, ...c }) => ({
      ...c,
      chain: ev.chain(String(c.id)).map((id) => ev.source(id).key),
    })),
  };
}
