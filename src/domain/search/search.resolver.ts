import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context/context';
import { SEARCH } from '../../core/config/limits';
import { searchService } from './search.service';
import { SearchHit, SearchKind } from './search.types';

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], {
    description:
      'Full-text search over actors (names, aliases), sources (title, publisher, text) and claims (item, designation, context, quotes): every word as a prefix, accents and case ignored, best first.',
  })
  search(
    @Ctx() ctx: Context,
    @Arg('text', () => String, { description: 'Words to find, e.g. "Shah drones".' }) text: string,
    @Arg('first', () => Int, {
      defaultValue: SEARCH.defaultFirst,
      description: `At most this many hits, 1 to ${SEARCH.maxFirst}.`,
    })
    first: number,
    @Arg('kinds', () => [SearchKind], { nullable: true, description: 'Only hits of these kinds.' })
    kinds?: SearchKind[],
  ): Promise<SearchHit[]> {
    return searchService.search(ctx, text, first, kinds);
  }
}
