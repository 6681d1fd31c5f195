import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context/context';
import { Source } from '../sources/source.entity';
import type { SourceRow } from '../sources/source.rows';
import { sourceLoaders } from '../sources/source.loaders';
import { circularPartners } from './circular-reporting';
import { echoLoaders } from './echo.loaders';
import { SuspectedEcho } from './echo.types';
import { echoView } from './echo-view';

/** The fields the independence auditor adds to Source. */
@Resolver(() => Source)
export class SourceEchoResolver {
  @FieldResolver(() => [SuspectedEcho], {
    description:
      'Sources this one probably echoes or is echoed by, found by the independence auditor (resembling texts, or a quote found verbatim in an earlier source). Suspected and confirmed ones count as one voice with it.',
  })
  async suspectedEchoes(
    @Root() s: SourceRow,
    @Ctx() ctx: Context,
    @Arg('includeDecided', () => Boolean, {
      defaultValue: false,
      description: 'Also the ones an editor confirmed or dismissed.',
    })
    includeDecided: boolean,
  ): Promise<SuspectedEcho[]> {
    const links = (await echoLoaders(ctx).linksBySource.load(s.id)).filter(
      (l) => includeDecided || l.status === 'SUSPECTED',
    );
    return echoView(ctx, links, s.id);
  }

  @FieldResolver(() => [Source], {
    description:
      'Circular reporting: sources that, through citation chains and live echoes, both derive from this one and are derived by it (a report citing a later report that cites it back).',
  })
  async circularReporting(@Root() s: SourceRow, @Ctx() ctx: Context): Promise<SourceRow[]> {
    const ids = await circularPartners(ctx.sql, s.id);
    return (await sourceLoaders(ctx).sourceById.loadMany(ids)) as SourceRow[];
  }
}
