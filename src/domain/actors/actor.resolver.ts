import { DateTimeScalar } from '../../core/graphql/date-time.scalar';
import { regionOf } from './actor-region';
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs } from '../../core/graphql/connection-args';
import { connectionTypes } from '../../core/graphql/connection';
import type { Page } from '../../core/graphql/connection';
import type { Context } from '../../core/context/context';
import { HistoryEntryType } from '../history/history.types';
import { Actor } from './actor.entity';
import { ActorFilter } from './actor.inputs';
import type { ActorRow } from './actor.rows';
import { actorService } from './actor.service';
import { historyLoaders } from '../history/history.loaders';
import { actorLoaders } from './actor.loaders';

export const ActorConnection = connectionTypes('Actor', Actor);

@Resolver(() => Actor)
export class ActorResolver {
  @Query(() => Actor, {
    nullable: true,
    description:
      'One actor by id, key, or any name or alias (case-, accent- and punctuation-insensitive); give exactly one. Null when none matches.',
  })
  async actor(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { nullable: true, description: "The actor's id." }) id?: string,
    @Arg('key', () => String, { nullable: true, description: 'The actor\'s key, exactly, e.g. "north-korea".' })
    key?: string,
    @Arg('name', () => String, { nullable: true, description: 'A name or alias, e.g. "DPRK" or "D.N.R."' })
    name?: string,
    @Arg('asOf', () => DateTimeScalar, {
      nullable: true,
      description:
        "The actor's own fields (name, kind, country, parent, description, aliases) as they were at this instant; its claims are read through transfers(asOf:) and recognitions(asOf:).",
    })
    asOf?: Date,
  ): Promise<ActorRow | null> {
    // A merged actor's id or key leads to its survivor, or — asked as of before the merge — to itself then.
    const actor = await actorService.find(ctx, { id, key, name });
    if (!actor) return null;
    return asOf ? actorService.asOf(ctx, actor, asOf) : actorService.live(ctx, actor);
  }

  @FieldResolver(() => [HistoryEntryType], { description: 'Every write to this actor, oldest first.' })
  history(@Root() a: ActorRow, @Ctx() ctx: Context): Promise<HistoryEntryType[]> {
    return historyLoaders(ctx).historyByEntity.load(a.id);
  }

  @Query(() => ActorConnection, { description: 'Actors matching the filter, ordered by key, as a Relay connection.' })
  actors(
    @Ctx() ctx: Context,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('filter', () => ActorFilter, { nullable: true, description: 'Which actors; all when omitted.' })
    filter?: ActorFilter,
  ): Promise<Page<ActorRow>> {
    return actorService.list(ctx, filter, page);
  }

  @FieldResolver(() => [String], { description: 'Other names the actor is known by, e.g. "DPRK".' })
  aliases(@Root() a: ActorRow, @Ctx() ctx: Context): Promise<string[]> | string[] {
    return a.aliasesAsOf ?? actorLoaders(ctx).aliasesByActor.load(a.id);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'The world region of its country (the UN geoscheme subregion, e.g. "Eastern Europe"; a former state: its main successor\'s); null without a country. For clustering a network by region.',
  })
  region(@Root() a: ActorRow): string | null {
    return regionOf(a.countryCode);
  }

  @FieldResolver(() => Actor, {
    nullable: true,
    description: 'The actor this one belongs to (Russian Ministry of Defence → Russia).',
  })
  parent(@Root() a: ActorRow, @Ctx() ctx: Context): Promise<ActorRow | null> | null {
    return a.parentId ? actorLoaders(ctx).actorById.load(a.parentId) : null;
  }

  @FieldResolver(() => [Actor], { description: 'The actors that belong directly to this one.' })
  children(@Root() a: ActorRow, @Ctx() ctx: Context): Promise<ActorRow[]> {
    return actorLoaders(ctx).childrenByActor.load(a.id);
  }

  @FieldResolver(() => [Actor], {
    description: 'The states this one succeeded (Russia, Ukraine…: the Soviet Union), by key.',
  })
  predecessors(@Root() a: ActorRow, @Ctx() ctx: Context): Promise<ActorRow[]> {
    return actorLoaders(ctx).predecessorsByActor.load(a.id);
  }

  @FieldResolver(() => [Actor], { description: 'The states that succeeded this one, by key.' })
  successors(@Root() a: ActorRow, @Ctx() ctx: Context): Promise<ActorRow[]> {
    return actorLoaders(ctx).successorsByActor.load(a.id);
  }
}
