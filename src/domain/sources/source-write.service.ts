import { LENGTH } from '../../core/config/limits';
import { actorWriteService } from '../actors/actor-write.service';
import { BadUserInputError, ConflictError, NotFoundError } from '../../core/errors/errors';
import { newId } from '../../core/util/ids';
import { given, key, oneOf, optionalText, partialDate, text } from '../../core/util/validate';
import { SourceKind } from './source-kind.enum';
import { WRITE_LOCKS, recordWrite, serializeWrites, txQuery, withTransaction } from '../../core/context/transaction';
import type { Context, TxContext } from '../../core/context/context';
import { DEFAULT_RELIABILITY, Reliability } from '../evidence/admiralty';
import { quoteOccursIn } from '../evidence/quote-check';
import { claimsThrough } from './source-claims';
import { snapshotSource } from './source.snapshot';
import type { CreateSourceInput, UpdateSourceInput } from './source-write.inputs';
import { Source } from './source.entity';

function url(value: string | null | undefined): string | null {
  const v = optionalText('url', value, LENGTH.url);
  if (v !== null && !/^https?:\/\/\S+$/i.test(v)) throw new BadUserInputError('url', '"url" must be an http(s) URL.');
  return v;
}

function published(value: string | null | undefined) {
  const d = partialDate('publishedOn', value);
  return { publishedOn: value ?? null, publishedLo: d?.lo ?? null, publishedHi: d?.hi ?? null, sortDate: d?.lo ?? '' };
}

/** Writing sources; a correction re-checks the quotes citing it and re-assesses their claims. */
export class SourceWriteService {
  async create(ctx: Context, input: CreateSourceInput): Promise<string> {
    return withTransaction(ctx, async (tx) => {
      // The echo audit compares the text with every stored one: two sources written at once on
      // PostgreSQL must see each other's fingerprints, so source writes take turns.
      await serializeWrites(tx, WRITE_LOCKS.sourceTexts);
      const now = tx.at;
      const row = {
        id: newId(),
        key: key('key', input.key),
        title: text('title', input.title, LENGTH.title),
        publisher: text('publisher', input.publisher, LENGTH.name),
        url: url(input.url),
        kind: oneOf('kind', input.kind, SourceKind),
        ...published(input.publishedOn),
        reliability: oneOf('reliability', input.reliability ?? DEFAULT_RELIABILITY, Reliability),
        attributedToId: input.attributedTo
          ? await actorWriteService.resolve(tx, input.attributedTo, 'attributedTo')
          : null,
        text: optionalText('text', input.text, LENGTH.text),
        createdAt: now,
        updatedAt: now,
      };
      if ((await txQuery(tx, 'SELECT 1 FROM source WHERE key = ?', [row.key])).length) {
        throw new ConflictError(`A source with key ${JSON.stringify(row.key)} already exists.`, 'key');
      }
      await tx.manager.insert(Source, row);
      await recordWrite(tx, { operation: 'createSource', entityType: 'source', entityId: row.id, before: null });
      return row.id;
    });
  }

  async update(ctx: Context, input: UpdateSourceInput): Promise<string> {
    return withTransaction(ctx, async (tx) => {
      await serializeWrites(tx, WRITE_LOCKS.sourceTexts);
      const id = await this.resolve(tx, input.source, 'source');
      const before = await snapshotSource(tx, id);
      const changes: Record<string, unknown> = {};
      if (given('title', input.title)) changes.title = text('title', input.title, LENGTH.title);
      if (given('publisher', input.publisher)) changes.publisher = text('publisher', input.publisher, LENGTH.name);
      if (input.url !== undefined) changes.url = url(input.url);
      if (given('kind', input.kind)) changes.kind = input.kind;
      if (input.publishedOn !== undefined) Object.assign(changes, published(input.publishedOn));
      if (given('reliability', input.reliability)) changes.reliability = input.reliability;
      if (input.attributedTo !== undefined) {
        changes.attributedToId = input.attributedTo
          ? await actorWriteService.resolve(tx, input.attributedTo, 'attributedTo')
          : null;
      }
      if (input.text !== undefined) {
        changes.text = optionalText('text', input.text, LENGTH.text);
        // A new text is hashed again by the write pipeline's echo audit (with it off, at the next start).
        if (changes.text !== before?.text) changes.textSha256 = null;
        await this.recheckQuotes(tx, id, changes.text as string | null);
      }
      await tx.manager.update(Source, { id }, { ...changes, updatedAt: tx.at });
      // Every claim whose evidence passes through the source is re-assessed and re-versioned.
      await recordWrite(tx, {
        operation: 'updateSource',
        entityType: 'source',
        entityId: id,
        before,
        claims: await claimsThrough(tx, [id]),
      });
      return id;
    });
  }

  /** A source named by id or key; NOT_FOUND naming `field` when none is. */
  async resolve(tx: TxContext, ref: string, field: string): Promise<string> {
    const [found] = await txQuery<{ id: string }>(tx, 'SELECT id FROM source WHERE id = ? OR key = ? ORDER BY id', [
      ref,
      ref,
    ]);
    if (!found) throw new NotFoundError('source', ref, field);
    return found.id;
  }

  /** New text must still contain every quote citing the source; their `verified` follows it. */
  private async recheckQuotes(tx: TxContext, id: string, newText: string | null): Promise<void> {
    const quotes = await txQuery<{ id: string; quote: string }>(
      tx,
      'SELECT id, quote FROM citation WHERE source_id = ? AND removed_at IS NULL',
      [id],
    );
    if (newText !== null) {
      const missing = quotes.filter((q) => !quoteOccursIn(q.quote, newText));
      if (missing.length)
        throw new BadUserInputError(
          'text',
          `${missing.length} quote(s) citing this source do not occur in the new text.`,
        );
    }
    await txQuery(tx, 'UPDATE citation SET verified = ? WHERE source_id = ? AND removed_at IS NULL', [
      newText !== null,
      id,
    ]);
  }
}

export const sourceWriteService = new SourceWriteService();
