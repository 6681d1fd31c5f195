import { actorLoaders } from '../../domain/actors/actor.loaders';
import { randomUUID } from 'node:crypto';
import type { Writable } from 'node:stream';
import countries from 'i18n-iso-countries';
import { v5 } from 'uuid';
import type { ActorRow } from '../../domain/actors/actor.rows';
import { ActorKind } from '../../domain/actors/actor-kind.enum';
import type { RecognitionRow, TransferRow } from '../../domain/claims/claim.rows';
import { createContext } from '../../domain/context';
import type { AppServices } from '../../core/db/open-database';
import { Verdict } from '../../domain/evidence/evidence-enums';
import type { CitationRow } from '../../domain/claims/citation.rows';
import type { SourceRow } from '../../domain/sources/source.rows';
import { withEvidence } from './claim-records';
import { claimPages, claimSelector } from './claim-scan';
import { write } from './stream-write';
import { sourceLoaders } from '../../domain/sources/source.loaders';
import { citationLoaders } from '../../domain/claims/citation.loaders';

/** The namespace of Supplyline's STIX ids: the same object always gets the same id (UUIDv5). */
export const STIX_NAMESPACE = '6f1c3b0e-52a4-5d8e-9a41-7c3e2b9d0f15';
const stixId = (type: string, ours: string) => `${type}--${v5(`${type}:${ours}`, STIX_NAMESPACE)}`;
export const actorStixId = (actorId: string) => stixId('identity', actorId);
export const claimStixId = (claimId: string) => stixId('relationship', claimId);

/**
 * STIX `confidence` (0–100) from the assessment: a base by verdict — CORROBORATED 80,
 * SINGLE_SOURCE 50, CONTESTED 20, UNSUPPORTED 0 — plus 2 per step of best credibility above
 * 6 (at most +10 for credibility 1).
 */
export function stixConfidence(verdict: Verdict, bestCredibility: number | null): number {
  const base = {
    [Verdict.CORROBORATED]: 80,
    [Verdict.SINGLE_SOURCE]: 50,
    [Verdict.CONTESTED]: 20,
    [Verdict.UNSUPPORTED]: 0,
  }[verdict];
  return Math.min(100, base + (bestCredibility ? (6 - bestCredibility) * 2 : 0));
}

const IDENTITY_CLASS: Record<ActorKind, string> = {
  STATE: 'organization',
  GOVERNMENT_BODY: 'organization',
  COMPANY: 'organization',
  INTERNATIONAL_ORGANIZATION: 'organization',
  SELF_PROCLAIMED_STATE: 'group',
  ARMED_GROUP: 'group',
  OTHER: 'unknown',
};

const dayStart = (d: string) => `${d}T00:00:00.000Z`;
const dayEnd = (d: string) => `${d}T23:59:59.999Z`;

function actorObjects(a: ActorRow, created: string, modified: string): object[] {
  const identity = {
    type: 'identity',
    spec_version: '2.1',
    id: actorStixId(a.id),
    created,
    modified,
    name: a.name,
    identity_class: IDENTITY_CLASS[a.kind],
    ...(a.description ? { description: a.description } : {}),
    x_supplyline_key: a.key,
    x_supplyline_kind: a.kind,
  };
  const alpha2 = a.kind === ActorKind.STATE && a.countryCode ? countries.alpha3ToAlpha2(a.countryCode) : undefined;
  if (!alpha2) return [identity];
  const location = {
    type: 'location',
    spec_version: '2.1',
    id: stixId('location', a.id),
    created,
    modified: created,
    name: a.name,
    country: alpha2,
  };
  const locatedAt = {
    type: 'relationship',
    spec_version: '2.1',
    id: stixId('relationship', `located-at:${a.id}`),
    created,
    modified: created,
    relationship_type: 'located-at',
    source_ref: identity.id,
    target_ref: location.id,
  };
  return [identity, location, locatedAt];
}

function claimObject(
  r: TransferRow | RecognitionRow,
  ev: Awaited<ReturnType<typeof withEvidence>>,
  created: string,
  modified: string,
): object {
  const transfer = 'supplierId' in r;
  const [from, to] = transfer ? [r.supplierId, r.recipientId] : [r.recognizerId, r.recognizedId];
  const lo = transfer ? (r.periodStart ?? r.periodEnd) : r.recognizedOn;
  const hi = transfer ? (r.periodEnd ?? r.periodStart) : r.recognizedOn;
  const interval = (d: string | null, pick: 'lo' | 'hi') => {
    if (!d) return undefined;
    const [y, m, day] = d.split('-');
    if (pick === 'lo') return dayStart(`${y}-${m ?? '01'}-${day ?? '01'}`);
    const lastDay =
      day ?? (m ? String(new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate()).padStart(2, '0') : '31');
    return dayEnd(`${y}-${m ?? '12'}-${lastDay}`);
  };
  const start = interval(lo, 'lo');
  const stop = interval(hi, 'hi');
  return {
    type: 'relationship',
    spec_version: '2.1',
    id: claimStixId(r.id),
    created,
    modified,
    relationship_type: transfer ? 'supplies-to' : 'recognizes',
    source_ref: actorStixId(from),
    target_ref: actorStixId(to),
    ...(start ? { start_time: start } : {}),
    ...(stop ? { stop_time: stop } : {}),
    confidence: stixConfidence(r.verdict, r.bestCredibility),
    ...(r.retracted ? { revoked: true } : {}),
    description: transfer
      ? `${r.item}${r.designation ? ` (${r.designation})` : ''}, ${r.status.toLowerCase().replace('_', ' ')}`
      : `recognition, ${r.status.toLowerCase()}`,
    x_supplyline_status: r.status,
    ...(transfer
      ? {
          x_supplyline_category: r.category,
          x_supplyline_quantity: { min: r.quantityMin, max: r.quantityMax, text: r.quantityText },
        }
      : {}),
    x_supplyline_verdict: r.verdict,
    x_supplyline_independent_voices: r.independentVoices,
    x_supplyline_evidence: ev.citations(r.id).map((c: CitationRow) => ({
      source: ev.source(c.sourceId).key,
      quote: c.quote,
      stance: c.stance,
      credibility: c.credibility,
      chain: ev.chain(c.id).map((id) => ev.source(id).key),
    })),
  };
}

function sourceObject(s: SourceRow, claimIds: string[], created: string, modified: string): object | null {
  const refs = [...new Set(claimIds.map(claimStixId))];
  if (refs.length === 0) return null; // a STIX report must reference something in the bundle
  if (s.attributedToId) refs.push(actorStixId(s.attributedToId));
  return {
    type: 'report',
    spec_version: '2.1',
    id: stixId('report', s.id),
    created,
    modified,
    name: s.title,
    published: s.publishedLo ? dayStart(s.publishedLo) : created,
    report_types: [s.kind.toLowerCase().replace(/_/g, '-')],
    object_refs: refs,
    external_references: [
      { source_name: s.publisher, description: s.title, external_id: s.key, ...(s.url ? { url: s.url } : {}) },
    ],
    x_supplyline_reliability: s.reliability,
  };
}

/**
 * A STIX 2.1 bundle for OpenCTI and MISP: actors as identities (states also as locations),
 * claims as relationships (supplies-to, recognizes), sources as reports. Object ids are UUIDv5 of
 * ours, so re-exports update the same objects; the bundle id is new each time.
 */
export async function writeStix(app: AppServices, filter: Record<string, unknown>, out: Writable): Promise<void> {
  let first = true;
  const emit = async (objects: object[]) => {
    if (!objects.length) return;
    await write(out, objects.map((o, i) => `${first && i === 0 ? '' : ','}\n${JSON.stringify(o)}`).join(''));
    first = false;
  };
  const times = async (table: string, ids: string[]) => {
    const { sql: where, param } = app.sql.inList('id', ids);
    const rows = await app.sql.all<{ id: string; createdAt: string; updatedAt: string }>(
      `SELECT id, created_at AS "createdAt", updated_at AS "updatedAt" FROM ${table} WHERE ${where}`,
      [param],
    );
    return new Map(rows.map((r) => [r.id, r]));
  };
  const begin = async () => {
    await write(out, `{"type":"bundle","id":"bundle--${randomUUID()}","objects":[`);
    for await (const batch of app.sql.scan<{ id: string; created_at: string; updated_at: string }>(
      'actor',
      ['id'],
      500,
      'merged_into_id IS NULL',
    )) {
      const actors = (await actorLoaders(createContext(app, 'export')).actorById.loadMany(
        batch.map((b) => b.id),
      )) as ActorRow[];
      await emit(actors.flatMap((a, i) => actorObjects(a, batch[i].created_at, batch[i].updated_at)));
    }
  };
  for await (const { table, ctx, rows } of claimPages(app, filter, begin)) {
    const [ev, stamp] = await Promise.all([
      withEvidence(ctx, table, rows),
      times(
        table,
        rows.map((r) => r.id),
      ),
    ]);
    await emit(rows.map((r) => claimObject(r, ev, stamp.get(r.id)!.createdAt, stamp.get(r.id)!.updatedAt)));
  }
  const selected = await claimSelector(app, filter);
  for await (const batch of app.sql.scan<{ id: string; created_at: string; updated_at: string }>(
    'source',
    ['id'],
    500,
  )) {
    const ctx = createContext(app, 'export');
    const sources = (await sourceLoaders(ctx).sourceById.loadMany(batch.map((b) => b.id))) as SourceRow[];
    const citations = (await citationLoaders(ctx).citationsBySource.loadMany(
      sources.map((s) => s.id),
    )) as CitationRow[][];
    // A source is evidence for the claims it is cited for and for those whose chains pass through it.
    const { sql: where, param } = app.sql.inList(
      'h.source_id',
      sources.map((s) => s.id),
    );
    const relayed = await app.sql.all<{ sourceId: string; claimId: string }>(
      `SELECT DISTINCT h.source_id AS "sourceId", COALESCE(c.transfer_id, c.recognition_id) AS "claimId"
       FROM citation_hop h JOIN citation c ON c.id = h.citation_id WHERE ${where} AND c.removed_at IS NULL`,
      [param],
    );
    const candidates = (s: SourceRow, i: number) => [
      ...citations[i].map((c) => (c.transferId ?? c.recognitionId)!),
      ...relayed.filter((r) => r.sourceId === s.id).map((r) => r.claimId),
    ];
    // Reports may only reference objects in the bundle: the claims the filter selects (asked of
    // the database per batch of sources; a set of every claim written grew with the data).
    const inBundle = await selected([...new Set(sources.flatMap((s, i) => candidates(s, i)))]);
    const claimsOf = (s: SourceRow, i: number) => candidates(s, i).filter((id) => inBundle.has(id));
    await emit(
      sources
        .map((s, i) => sourceObject(s, claimsOf(s, i), batch[i].created_at, batch[i].updated_at))
        .filter((o): o is object => o !== null),
    );
  }
  await write(out, '\n]}\n');
}
