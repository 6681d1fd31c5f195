import type { Context, TxContext } from '../../core/context/context';
import { txQuery, withTransaction } from '../../core/context/transaction';
import type { ClaimTable } from '../../core/context/write-record';
import { BadUserInputError } from '../../core/errors/errors';
import { actorWriteService } from '../actors/actor-write.service';
import { slug } from '../gazetteer/gazetteer-data';
import { sourceWriteService } from '../sources/source-write.service';
import { SourceKind } from '../sources/source-kind.enum';
import { Stance } from '../evidence/evidence-enums';
import { claimWriteService } from '../claims/claim-write.service';
import { evidenceWriteService } from '../claims/evidence-write.service';
import type { CitationInput } from '../claims/citation.inputs';
import { RecognitionStatus, TransferCategory, TransferStatus } from '../claims/claim-enums';
import { draftWriteService, who } from './draft-write.service';
import type { DraftCorrectionsInput } from './draft.inputs';
import type { DraftBatchType, DraftMention, DraftType } from './draft.types';

type PartyField = 'supplier' | 'recipient' | 'recognizer' | 'recognized';

/**
 * Accepting a draft, in one transaction: the source (the batch's text, so the quote is checked
 * against it) is created the first time, or found by its text's hash or URL; the claim is
 * recorded through recordTransfer / recordRecognition, with their checks and their one history
 * entry; or, with `corrections.claim` (and always for a denial, which cannot stand alone), the
 * citation is added to an existing claim through addCitation. No actor is created: a party the
 * text names but the knowledge base does not know must be named in the corrections.
 */
export async function acceptDraft(
  ctx: Context,
  id: string,
  c: DraftCorrectionsInput = {},
): Promise<{ table: ClaimTable; id: string }> {
  return withTransaction(ctx, (tx) => record(tx, id, c)).catch((e: unknown) => {
    throw asCorrection(e);
  });
}

async function record(tx: TxContext, id: string, c: DraftCorrectionsInput): Promise<{ table: ClaimTable; id: string }> {
  const d = await draftWriteService.pending(tx, id);
  const batch = await draftWriteService.batchOf(tx, d.batchId);
  const party = (field: PartyField) => resolveParty(tx, field, c[field], d[field]);
  const stance = c.stance ?? d.stance;
  const citation: CitationInput = {
    source: await sourceFor(tx, batch, c),
    quote: c.quote ?? d.quote,
    stance,
    credibility: c.credibility !== undefined ? c.credibility : d.credibility,
    chain: c.chain ?? [],
    attributedTo: c.attributedTo ?? (c.attribution === undefined ? (d.voice?.actorId ?? null) : null),
    attribution: c.attribution !== undefined ? c.attribution : attributionOf(d),
    locator: `paragraph ${paragraphOf(batch.text, d.quoteStart)}`,
  };
  let claim: { table: ClaimTable; id: string };
  if (c.claim || stance === Stance.DISPUTES) {
    if (!c.claim)
      throw new BadUserInputError(
        'corrections.claim',
        'A denial disputes a claim that stands on other evidence: name that claim in "corrections.claim" (a new claim needs a SUPPORTS citation).',
      );
    const table = await claimWriteService.tableOf(tx, c.claim, 'corrections.claim');
    await sameClaim(tx, d, table, c.claim, party);
    await evidenceWriteService.addCitation(tx, c.claim, citation);
    claim = { table, id: c.claim };
  } else if (d.kind === 'TRANSFER') {
    const status = c.status ?? d.status;
    const cid = await claimWriteService.recordTransfer(tx, {
      supplier: await party('supplier'),
      recipient: await party('recipient'),
      category: (c.category ?? d.category ?? TransferCategory.OTHER) as TransferCategory,
      item: c.item ?? d.item ?? '',
      designation: c.designation !== undefined ? c.designation : d.designation,
      quantity:
        c.quantity !== undefined
          ? c.quantity
          : d.quantity && { min: d.quantity.min, max: d.quantity.max, text: d.quantity.text },
      status: status as unknown as TransferStatus,
      period: c.period !== undefined ? c.period : d.period,
      context: c.context ?? null,
      citations: [citation],
    });
    claim = { table: 'transfer', id: cid };
  } else {
    const cid = await claimWriteService.recordRecognition(tx, {
      recognizer: await party('recognizer'),
      recognized: await party('recognized'),
      status: (c.status ?? d.status) as unknown as RecognitionStatus,
      date: c.period !== undefined ? (c.period?.start ?? null) : (d.period?.start ?? null),
      citations: [citation],
    });
    claim = { table: 'recognition', id: cid };
  }
  await txQuery(tx, 'UPDATE draft SET state = ?, decided_at = ?, decided_by = ?, claim_id = ? WHERE id = ?', [
    'ACCEPTED',
    tx.at,
    who(tx),
    claim.id,
    id,
  ]);
  return claim;
}

/**
 * The checks of recordTransfer and addCitation name their own fields ("item", "citations[0].quote");
 * a refused acceptance names the correction that would fix it.
 */
function asCorrection(e: unknown): unknown {
  const field = e instanceof BadUserInputError ? (e.extensions.field as string | undefined) : undefined;
  if (!field || field === 'id' || field.startsWith('corrections.')) return e;
  const path = field
    .replace(/^citations\[0\]\.(?:source|quote)$/, 'quote')
    .replace(/^citations\[0\]\./, '')
    .replace(/^citation\./, '')
    .replace(/^date$/, 'period.start');
  return new BadUserInputError(`corrections.${path}`, (e as Error).message);
}

/** The claim a citation is added to must be the draft's: its kind and parties. */
async function sameClaim(
  tx: TxContext,
  d: DraftType,
  table: ClaimTable,
  id: string,
  party: (field: PartyField) => Promise<string>,
): Promise<void> {
  const kind = table === 'transfer' ? 'TRANSFER' : 'RECOGNITION';
  const [a, b] = table === 'transfer' ? (['supplier', 'recipient'] as const) : (['recognizer', 'recognized'] as const);
  const [row] = await txQuery<{ x: string; y: string }>(
    tx,
    `SELECT ${a}_id AS x, ${b}_id AS y FROM ${table} WHERE id = ?`,
    [id],
  );
  const wrong =
    kind !== d.kind
      ? `it is a ${table}, the draft a ${d.kind.toLowerCase()}`
      : row.x !== (await party(a)) || row.y !== (await party(b))
        ? `its ${a} and ${b} are not the draft's`
        : null;
  if (wrong)
    throw new BadUserInputError('corrections.claim', `The claim ${id} is not the one this draft speaks of: ${wrong}.`);
}

async function resolveParty(
  tx: TxContext,
  field: PartyField,
  corrected: string | null | undefined,
  mention: DraftMention | null,
): Promise<string> {
  const path = `corrections.${field}`;
  if (corrected) return actorWriteService.resolve(tx, corrected, path);
  if (mention?.actorId) return actorWriteService.resolve(tx, mention.actorId, path);
  throw new BadUserInputError(
    path,
    mention
      ? `The draft's ${field} "${mention.text}" is no known actor: name one in "${path}" (create it first if it is new; drafts never create actors).`
      : `The draft has no ${field}: name one in "${path}".`,
  );
}

/**
 * The source of the batch: the one an earlier draft made or found, one with the same text (by its
 * hash), or a new one. Not one with the same URL: an article corrected since has another text.
 */
async function sourceFor(tx: TxContext, batch: DraftBatchType, c: DraftCorrectionsInput): Promise<string> {
  if (batch.sourceId) return batch.sourceId;
  const [found] = await txQuery<{ id: string }>(
    tx,
    'SELECT id FROM source WHERE text_sha256 = ? ORDER BY created_at, id LIMIT 1',
    [batch.textSha256],
  );
  let id = found?.id;
  if (!id) {
    const title = c.title ?? batch.title;
    const publisher = c.publisher ?? batch.publisher;
    if (!title)
      throw new BadUserInputError(
        'corrections.title',
        'The text is not a source yet and has no title: give one in "corrections.title".',
      );
    if (!publisher)
      throw new BadUserInputError(
        'corrections.publisher',
        'The text is not a source yet and has no publisher: give one in "corrections.publisher".',
      );
    id = await sourceWriteService.create(tx, {
      key:
        c.sourceKey ??
        (await freeKey(tx, [publisher, batch.publishedOn ?? '', ...title.split(/\s+/).slice(0, 6)].join(' '))),
      title,
      publisher,
      url: batch.url,
      kind: (batch.kind as SourceKind | null) ?? SourceKind.NEWS_REPORT,
      publishedOn: batch.publishedOn,
      text: batch.text,
    });
  }
  await txQuery(tx, 'UPDATE draft_batch SET source_id = ? WHERE id = ?', [id, batch.id]);
  return id;
}

async function freeKey(tx: TxContext, words: string): Promise<string> {
  const base = slug(words).slice(0, 90).replace(/-+$/, '') || 'drafted-source';
  for (let n = 1; ; n++) {
    const k = n === 1 ? base : `${base}-${n}`;
    if (!(await txQuery(tx, 'SELECT 1 FROM source WHERE key = ?', [k])).length) return k;
  }
}

/** The attribution in words: the voice, then who relayed it. */
function attributionOf(d: DraftType): string | null {
  const parts = [d.voice?.text, ...d.chain.map((c) => `via ${c.text}`)].filter(Boolean);
  return parts.length ? parts.join(', ').slice(0, 300) : null;
}

/** The paragraph (a non-empty line, counted from 1) holding offset `at`. */
function paragraphOf(text: string, at: number): number {
  let n = 0;
  for (const line of text.matchAll(/[^\n]*\S[^\n]*/g)) {
    if (line.index > at) break;
    n++;
  }
  return Math.max(1, n);
}
