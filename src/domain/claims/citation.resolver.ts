import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Actor } from '../actors/actor.entity';
import type { ActorRow } from '../actors/actor.rows';
import type { RecognitionRow, TransferRow } from './claim.rows';
import { Recognition } from './recognition.entity';
import { Transfer } from './transfer.entity';
import type { Context } from '../../core/context/context';
import { Source } from '../sources/source.entity';
import type { SourceRow } from '../sources/source.rows';
import type { CitationRow } from './citation.rows';
import { Citation } from './citation.entity';
import { sourceLoaders } from '../sources/source.loaders';
import { citationLoaders } from './citation.loaders';
import { actorLoaders } from '../actors/actor.loaders';
import { claimLoaders } from './claim.loaders';
import type { ProjectedCitation } from './evidence-projection';

@Resolver(() => Citation)
export class CitationResolver {
  @FieldResolver(() => Source, { description: 'The citing source: the document this quote is from.' })
  source(@Root() c: ProjectedCitation, @Ctx() ctx: Context): SourceRow | Promise<SourceRow | null> {
    return c.joinedSource ?? sourceLoaders(ctx).sourceById.load(c.sourceId);
  }

  @FieldResolver(() => [Source], {
    description:
      'The sources the statement was relayed through, nearest first, ending at its origin (e.g. [The New York Times report, ' +
      'US intelligence finding]); empty when the citing source is itself the origin.',
  })
  async chain(@Root() c: CitationRow, @Ctx() ctx: Context): Promise<SourceRow[]> {
    const ids = await citationLoaders(ctx).chainByCitation.load(c.id);
    return (await sourceLoaders(ctx).sourceById.loadMany(ids)) as SourceRow[];
  }

  @FieldResolver(() => Source, {
    description:
      'Where the statement originated: the last source of the chain, or the citing source when the chain is empty.',
  })
  async origin(@Root() c: CitationRow, @Ctx() ctx: Context): Promise<SourceRow | null> {
    const ids = await citationLoaders(ctx).chainByCitation.load(c.id);
    return sourceLoaders(ctx).sourceById.load(ids.length ? ids[ids.length - 1] : c.sourceId);
  }

  @FieldResolver(() => Actor, {
    nullable: true,
    description: 'The actor whose voice the statement is (e.g. US intelligence community).',
  })
  attributedTo(@Root() c: CitationRow, @Ctx() ctx: Context): Promise<ActorRow | null> | null {
    return c.attributedToId ? actorLoaders(ctx).actorById.load(c.attributedToId) : null;
  }

  @FieldResolver(() => Transfer, {
    nullable: true,
    description: 'The transfer this citation is evidence for, if it is one.',
  })
  transfer(@Root() c: CitationRow, @Ctx() ctx: Context): Promise<TransferRow | null> | null {
    return c.transferId ? claimLoaders(ctx).transferById.load(c.transferId) : null;
  }

  @FieldResolver(() => Recognition, {
    nullable: true,
    description: 'The recognition this citation is evidence for, if it is one.',
  })
  recognition(@Root() c: CitationRow, @Ctx() ctx: Context): Promise<RecognitionRow | null> | null {
    return c.recognitionId ? claimLoaders(ctx).recognitionById.load(c.recognitionId) : null;
  }
}
