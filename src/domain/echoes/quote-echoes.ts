import type { TxContext } from '../../core/context/context';
import { txQuery } from '../../core/context/transaction';
import type { ClaimRef } from '../../core/context/write-record';
import { quoteOccursIn } from '../evidence/quote-check';
import { asStored, overlap, quoteStartOf, shinglesOf, wordsOf } from './fingerprint';
import { earlier, insertSuspected, linkBetween, sourceTimes } from './echo-links';
import type { SourceTime } from './echo-links';

/**
 * The quote half of the independence auditor: a citation's quote of MIN_QUOTE_WORDS words or
 * more that occurs verbatim in an earlier source its chain does not name makes the citing source
 * a suspected echo of that source. Looked for both ways: when the quote is written (among the
 * stored texts, by the search index's phrase query), and when a text is written (among the
 * stored quotes, by the hash of their first words in citation_quote_start). A dataset's records
 * (a register's rows) are not reporting that could echo a text, and are not looked for.
 */

/** A cited quote this long (in words) that occurs verbatim in an earlier source makes the citing source its suspected echo. */
export const MIN_QUOTE_WORDS = 12;
/** At most this many sources holding a quote, and quotes held by a text, are considered. */
const MAX_QUOTE_HOLDERS = 20;
const MAX_QUOTES_HELD = 200;

export const thousandths = (x: number) => Math.round(x * 1000);

/** Whether a citation's quote is one the auditor looks for: long enough, and not a dataset's record. */
export const auditedQuote = (quote: string, sourceKind: string) =>
  sourceKind !== 'DATASET' && wordsOf(quote).length >= MIN_QUOTE_WORDS;

/** Sources whose indexed text holds the phrase (the search index's phrase query), other than `except`. */
async function sourcesHolding(tx: TxContext, words: readonly string[], except: readonly string[]): Promise<string[]> {
  const phrase = words.slice(0, 32);
  const others = tx.sql.inList('entity_id', except);
  const pg = tx.sql.dialect === 'postgres';
  const rows = await txQuery<{ id: string }>(
    tx,
    pg
      ? `SELECT entity_id AS id FROM search_index WHERE entity_type = 'source' AND document @@ to_tsquery('simple', ?)
         AND NOT (${others.sql}) ORDER BY entity_id LIMIT ${MAX_QUOTE_HOLDERS}`
      : `SELECT entity_id AS id FROM search_index WHERE search_index MATCH ? AND entity_type = 'source'
         AND NOT (${others.sql}) ORDER BY entity_id LIMIT ${MAX_QUOTE_HOLDERS}`,
    [pg ? phrase.join(' <-> ') : `"${phrase.join(' ')}"`, others.param],
  );
  return rows.map((r) => r.id);
}

/** The sources a citation's chain names, and the citing source itself: what it already records. */
async function recorded(tx: TxContext, citationId: string, sourceId: string): Promise<Set<string>> {
  const chain = await txQuery<{ id: string }>(tx, 'SELECT source_id AS id FROM citation_hop WHERE citation_id = ?', [
    citationId,
  ]);
  return new Set([sourceId, ...chain.map((h) => h.id)]);
}

/**
 * Links a citing source to a source holding its quote when the holder is the earlier one: a new
 * suspected echo, or the passage added to an existing link. Returns whether a link was made.
 */
async function linkQuote(
  tx: TxContext,
  citing: SourceTime & { text: string | null },
  holder: SourceTime & { text: string },
  quote: string,
): Promise<boolean> {
  if (!earlier(holder, citing) || !quoteOccursIn(quote, holder.text)) return false;
  const existing = await linkBetween(tx, citing.id, holder.id);
  if (existing) {
    if (existing.sharedPassage === null && existing.status !== 'DISMISSED')
      await txQuery(tx, 'UPDATE source_echo SET shared_passage = ? WHERE copy_id = ? AND original_id = ?', [
        quote,
        existing.copyId,
        existing.originalId,
      ]);
    return false;
  }
  const similarity = citing.text ? thousandths(overlap(shinglesOf(citing.text), shinglesOf(holder.text))) : null;
  await insertSuspected(tx, citing, holder, 'QUOTE', similarity, quote);
  return true;
}

async function withTexts(tx: TxContext, ids: readonly string[]) {
  const list = tx.sql.inList('id', ids);
  const texts = new Map(
    (
      await txQuery<{ id: string; text: string | null }>(tx, `SELECT id, text FROM source WHERE ${list.sql}`, [
        list.param,
      ])
    ).map((r) => [r.id, r.text]),
  );
  const times = await sourceTimes(tx, ids);
  return (id: string) => ({ ...times.get(id)!, text: texts.get(id) ?? null });
}

/**
 * Indexes and looks for each long quote a write gave a claim (its citations written in this
 * transaction) in the other stored texts. Returns the sources linked.
 */
export async function auditQuotes(tx: TxContext, claim: ClaimRef): Promise<string[]> {
  const citations = await txQuery<{ id: string; sourceId: string; quote: string; kind: string }>(
    tx,
    `SELECT c.id, c.source_id AS "sourceId", c.quote, s.kind FROM citation c JOIN source s ON s.id = c.source_id
     WHERE c.${claim.table}_id = ? AND c.created_at = ? AND c.removed_at IS NULL ORDER BY c.id`,
    [claim.id, tx.at],
  );
  const linked: string[] = [];
  for (const c of citations) {
    if (!auditedQuote(c.quote, c.kind)) continue;
    await indexQuote(tx, c.id, c.quote);
    const holders = await sourcesHolding(tx, wordsOf(c.quote), [...(await recorded(tx, c.id, c.sourceId))]);
    if (!holders.length) continue;
    const source = await withTexts(tx, [c.sourceId, ...holders]);
    for (const holder of holders) {
      const h = source(holder);
      if (h.text && (await linkQuote(tx, source(c.sourceId), { ...h, text: h.text }, c.quote)))
        linked.push(c.sourceId, holder);
    }
  }
  return linked;
}

/** Records a long quote's first-words hash, so texts written later find it. */
export async function indexQuote(tx: TxContext, citationId: string, quote: string): Promise<void> {
  const start = quoteStartOf(quote);
  if (start !== null)
    await txQuery(tx, 'INSERT INTO citation_quote_start (shingle, citation_id) VALUES (?, ?)', [start, citationId]);
}

/**
 * Looks for the stored quotes a newly written text holds: each quote whose first words are among
 * the text's shingles, cited from a later source whose chain does not name this one, and found
 * verbatim in the text, makes the citing source a suspected echo of it. Returns the sources linked.
 */
export async function linkQuotedBy(
  tx: TxContext,
  id: string,
  text: string,
  shingles: ReadonlySet<number>,
): Promise<string[]> {
  const starts = asStored(shingles);
  const found: { id: string; sourceId: string; quote: string }[] = [];
  for (let i = 0; i < starts.length && found.length < MAX_QUOTES_HELD; i += 2000) {
    const list = tx.sql.inList('q.shingle', starts.slice(i, i + 2000) as unknown as string[]);
    found.push(
      ...(await txQuery<{ id: string; sourceId: string; quote: string }>(
        tx,
        `SELECT c.id, c.source_id AS "sourceId", c.quote FROM citation_quote_start q JOIN citation c ON c.id = q.citation_id
         WHERE ${list.sql} AND c.removed_at IS NULL AND c.source_id <> ? ORDER BY c.id LIMIT ${MAX_QUOTES_HELD}`,
        [list.param, id],
      )),
    );
  }
  const held = found.filter((c) => quoteOccursIn(c.quote, text));
  if (!held.length) return [];
  const source = await withTexts(tx, [id, ...held.map((c) => c.sourceId)]);
  const linked: string[] = [];
  for (const c of held) {
    if ((await recorded(tx, c.id, c.sourceId)).has(id)) continue;
    if (await linkQuote(tx, source(c.sourceId), { ...source(id), text }, c.quote)) linked.push(c.sourceId, id);
  }
  return linked;
}

/** The reference_data row that says a database's quote index is complete (it was filled once, or kept since the start). */
export const QUOTE_INDEX = 'echo-quote-index';

/**
 * Refills citation_quote_start from every live citation (after a restore, and once for a
 * database whose citations were written before it existed), and marks the index complete.
 */
export async function rebuildQuoteStarts(tx: TxContext): Promise<number> {
  await txQuery(tx, 'DELETE FROM citation_quote_start');
  await txQuery(tx, 'DELETE FROM reference_data WHERE name = ?', [QUOTE_INDEX]);
  await txQuery(tx, 'INSERT INTO reference_data (name, version, loaded_at) VALUES (?, ?, ?)', [
    QUOTE_INDEX,
    '1',
    tx.at,
  ]);
  const rows = await txQuery<{ id: string; quote: string; kind: string }>(
    tx,
    'SELECT c.id, c.quote, s.kind FROM citation c JOIN source s ON s.id = c.source_id WHERE c.removed_at IS NULL ORDER BY c.id',
  );
  let indexed = 0;
  for (const r of rows)
    if (auditedQuote(r.quote, r.kind)) {
      await indexQuote(tx, r.id, r.quote);
      indexed++;
    }
  return indexed;
}
