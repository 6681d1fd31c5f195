import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs } from '../../core/graphql/connection-args';
import { Actor } from '../actors/actor.entity';
import type { ActorRow } from '../actors/actor.rows';
import { connectionTypes } from '../../core/graphql/connection';
import type { Page } from '../../core/graphql/connection';
import { DateOrder } from '../../core/graphql/order';
import type { Context } from '../../core/context/context';
import { HistoryEntryType } from '../history/history.types';
import { Source } from './source.entity';
import { SourceFilter } from './source.inputs';
import type { SourceRow } from './source.rows';
import { sourceService } from './source.service';
import { sourceLoaders } from './source.loaders';
import { actorLoaders } from '../actors/actor.loaders';
import { historyLoaders } from '../history/history.loaders';

export const SourceConnection = connectionTypes('Source', Source);

@Resolver(() => Source)
export class SourceResolver {
  @Query(() => Source, {
    nullable: true,
    description: 'One source by id or key (exactly one of them); null when none matches.',
  })
  source(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { nullable: true, description: "The source's id." }) id?: string,
    @Arg('key', () => String, {
      nullable: true,
      description: 'The source\'s key, e.g. "guardian-2022-09-06-north-korea-shells".',
    })
    key?: string,
  ): Promise<SourceRow | null> {
    return sourceService.find(ctx, id, key);
  }

  @Query(() => SourceConnection, { description: 'Sources matching the filter, as a Relay connection.' })
  sources(
    @Ctx() ctx: Context,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('filter', () => SourceFilter, { nullable: true, description: 'Which sources; all when omitted.' })
    filter?: SourceFilter,
    @Arg('orderBy', () => DateOrder, {
      nullable: true,
      defaultValue: DateOrder.NEWEST_FIRST,
      description: 'Order by publication date (stable: ties broken by id).',
    })
    orderBy?: DateOrder,
  ): Promise<Page<SourceRow>> {
    return sourceService.list(ctx, filter, orderBy ?? DateOrder.NEWEST_FIRST, page);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Full text, when stored; quotes from this source are verified against it.',
  })
  text(@Root() s: SourceRow, @Ctx() ctx: Context): Promise<string | null> {
    return sourceLoaders(ctx).sourceText.load(s.id);
  }

  @FieldResolver(() => Actor, {
    nullable: true,
    description: 'The actor whose voice the whole source is (a White House statement → White House).',
  })
  attributedTo(@Root() s: SourceRow, @Ctx() ctx: Context): Promise<ActorRow | null> | null {
    return s.attributedToId ? actorLoaders(ctx).actorById.load(s.attributedToId) : null;
  }

  @FieldResolver(() => [Source], {
    description: 'Sources this one relayed: the next hop after it in any citation chain (computed, not stored).',
  })
  derivedFrom(@Root() s: SourceRow, @Ctx() ctx: Context): Promise<SourceRow[]> {
    return sourceLoaders(ctx).derivedFrom.load(s.id);
  }

  @FieldResolver(() => [Source], { description: 'Sources that relayed this one (computed from citation chains).' })
  derivatives(@Root() s: SourceRow, @Ctx() ctx: Context): Promise<SourceRow[]> {
    return sourceLoaders(ctx).derivatives.load(s.id);
  }

  @FieldResolver(() => [Source], {
    description:
      'Where the statements this source carries came from: the ends of the chains it is part of (itself for its own statements).',
  })
  origins(@Root() s: SourceRow, @Ctx() ctx: Context): Promise<SourceRow[]> {
    return sourceLoaders(ctx).origins.load(s.id);
  }

  @FieldResolver(() => [HistoryEntryType], { description: 'Every write to this source, oldest first.' })
  history(@Root() s: SourceRow, @Ctx() ctx: Context): Promise<HistoryEntryType[]> {
    return historyLoaders(ctx).historyByEntity.load(s.id);
  }
}
