import { newId } from '../common/ids';
import { actorWriteService } from '../actors/actor-write.service';
import { BadUserInputError, ConflictError } from '../common/errors';
import { nowIso } from '../common/timestamps';
import { LIMITS, key, optionalText, partialDate, text } from '../common/validate';
import { txQuery, withTransaction } from '../context';
import type { Context } from '../context';
import { DEFAULT_RELIABILITY, Reliability } from '../evidence/admiralty';
import type { SourceKind } from './source-kind.enum';
import { Source } from './source.entity';

export interface CreateSourceInput {
  key: string;
  title: string;
  publisher: string;
  url?: string | null;
  kind: SourceKind;
  publishedOn?: string | null;
  reliability?: Reliability | null;
  /** key, name or alias of the actor whose voice the whole source is */
  attributedTo?: string | null;
  text?: string | null;
}

/** Writing sources. */
export class SourceWriteService {
  async create(ctx: Context, input: CreateSourceInput): Promise<string> {
    return withTransaction(ctx, async (tx) => {
      const published = partialDate('publishedOn', input.publishedOn);
      const url = optionalText('url', input.url, LIMITS.url);
      if (url !== null && !/^https?:\/\/\S+$/i.test(url)) throw new BadUserInputError('url', '"url" must be an http(s) URL.');
      const now = nowIso();
      const row = {
        id: newId(),
        key: key('key', input.key),
        title: text('title', input.title, LIMITS.title),
        publisher: text('publisher', input.publisher, LIMITS.name),
        url,
        kind: input.kind,
        publishedOn: input.publishedOn ?? null,
        publishedLo: published?.lo ?? null,
        publishedHi: published?.hi ?? null,
        sortDate: published?.lo ?? '',
        reliability: input.reliability ?? DEFAULT_RELIABILITY,
        attributedToId: input.attributedTo ? await actorWriteService.resolve(tx, input.attributedTo, 'attributedTo') : null,
        text: optionalText('text', input.text, LIMITS.longText),
        createdAt: now,
        updatedAt: now,
      };
      if ((await txQuery(tx, 'SELECT 1 FROM source WHERE key = ?', [row.key])).length) {
        throw new ConflictError(`A source with key ${JSON.stringify(row.key)} already exists.`, 'key');
      }
      await tx.manager.insert(Source, row);
      return row.id;
    });
  }
}

export const sourceWriteService = new SourceWriteService();
