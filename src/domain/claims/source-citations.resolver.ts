import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context/context';
import { Source } from '../sources/source.entity';
import type { SourceRow } from '../sources/source.rows';
import { citationLoaders } from './citation.loaders';
import { Citation } from './citation.entity';
import type { CitationRow } from './citation.rows';

/** The field citations add to Source. */
@Resolver(() => Source)
export class SourceCitationsResolver {
  @FieldResolver(() => [Citation], { description: 'The citations quoting this source, in the order recorded.' })
  citations(@Root() s: SourceRow, @Ctx() ctx: Context): Promise<CitationRow[]> {
    return citationLoaders(ctx).citationsBySource.load(s.id);
  }
}
