import type { SqlRunner } from '../../core/db/sql-runner';
import { NameIndex } from './actor-names';
import type { ActorNameRow } from './actor-names';
import type { DraftValue } from './draft-values';
import type { DraftBatchType, DraftMention, DraftType } from './draft.types';
import type { SpanMention } from './attribution';
import type { PartyValue } from './parties';

export const BATCH_COLUMNS = `b.id, b.text_sha256 AS "textSha256", b.text, b.title, b.publisher, b.published_on AS "publishedOn",
  b.url, b.kind, b.from_html AS "fromHtml", b.drafter_version AS "drafterVersion", b.created_at AS "createdAt",
  b.created_by AS "createdBy", b.source_id AS "sourceId"`;

export const DRAFT_COLUMNS = `d.id, d.batch_id AS "batchId", d.ordinal, d.kind, d.body, d.state, d.decided_at AS "decidedAt",
  d.decided_by AS "decidedBy", d.reason, d.claim_id AS "claimId"`;

export interface DraftDbRow {
  id: string;
  batchId: string;
  ordinal: number;
  kind: string;
  body: string;
  state: string;
  decidedAt: string | null;
  decidedBy: string | null;
  reason: string | null;
  claimId: string | null;
}

export const batchRow = (r: DraftBatchType): DraftBatchType => ({ ...r, fromHtml: Boolean(r.fromHtml) });

/** What a draft stores as JSON: the drafter's values with actors by id. */
export function bodyOf(d: DraftValue): string {
  const party = (p: PartyValue | null) =>
    p && { text: p.text, start: p.start, end: p.end, actorId: p.actor?.id ?? null };
  const span = (s: SpanMention | null) =>
    s && { text: s.text, start: s.start, end: s.end, actorId: s.actors[0]?.id ?? null };
  return JSON.stringify({
    supplier: party(d.supplier),
    recipient: party(d.recipient),
    recognizer: party(d.recognizer),
    recognized: party(d.recognized),
    item: d.item,
    designation: d.designation,
    category: d.category,
    status: d.status,
    quantity: d.quantity,
    period: d.period,
    stance: d.stance,
    quote: d.quote,
    quoteStart: d.quoteStart,
    quoteEnd: d.quoteEnd,
    voice: span(d.voice),
    chain: d.chain.map(span),
    credibility: d.credibility,
    reasons: d.reasons.map((r) => ({ ...r, note: r.note ?? null })),
  });
}

/** A stored draft as the API shows it. */
export function draftOf(row: DraftDbRow): DraftType {
  const body = JSON.parse(row.body) as Omit<DraftType, 'id' | 'kind' | 'state'> & { chain: DraftMention[] };
  return {
    ...body,
    id: row.id,
    kind: row.kind as DraftType['kind'],
    state: row.state as DraftType['state'],
    decidedAt: row.decidedAt,
    decidedBy: row.decidedBy,
    rejectionReason: row.reason,
    batchId: row.batchId,
    claimId: row.claimId,
    ordinal: Number(row.ordinal),
  };
}

const NAMES_SQL = `SELECT a.id, a.key, a.name AS "actorName", a.kind, n.name
  FROM actor_name n JOIN actor a ON a.id = n.actor_id WHERE a.merged_into_id IS NULL ORDER BY a.id, n.name`;

/** Every live actor's names, for the drafter. */
export async function loadNamesRead(sql: SqlRunner): Promise<NameIndex> {
  return new NameIndex(await sql.all<ActorNameRow>(NAMES_SQL));
}
