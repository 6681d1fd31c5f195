import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { Role } from '../../core/auth/role.enum';
import type { Context } from '../../core/context/context';
import { actorMergeService } from '../claims/actor-merge.service';
import { CreateActorInput, UpdateActorInput } from './actor-write.inputs';
import { actorWriteService } from './actor-write.service';
import { Actor } from './actor.entity';
import type { ActorRow } from './actor.rows';
import { actorLoaders } from './actor.loaders';

/** The actor as committed, read fresh (not from a loader cache filled earlier in the request). */
const reload = (ctx: Context, id: string) => actorLoaders(ctx).actorById.clear(id).load(id) as Promise<ActorRow>;

@Resolver(() => Actor)
export class ActorMutations {
  @Authorized(Role.EDITOR)
  @Mutation(() => Actor, { description: 'Creates an actor with its aliases. EDITOR.' })
  async createActor(@Ctx() ctx: Context, @Arg('input', () => CreateActorInput, { description: 'The new actor.' }) input: CreateActorInput): Promise<ActorRow> {
    return reload(ctx, await actorWriteService.create(ctx, input));
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => Actor, { description: 'Corrects an actor\'s name, kind, country, parent or description. EDITOR.' })
  async updateActor(@Ctx() ctx: Context, @Arg('input', () => UpdateActorInput, { description: 'The corrections.' }) input: UpdateActorInput): Promise<ActorRow> {
    return reload(ctx, await actorWriteService.update(ctx, input));
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => Actor, { description: 'Adds an alias; it must not name any other actor. EDITOR.' })
  async addActorAlias(
    @Ctx() ctx: Context,
    @Arg('actor', () => String, { description: 'The actor: id, key, name or alias.' }) actor: string,
    @Arg('alias', () => String, { description: 'The new alias (at most 200 characters).' }) alias: string,
  ): Promise<ActorRow> {
    return reload(ctx, await actorWriteService.addAlias(ctx, actor, alias));
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => Actor, { description: 'Removes an alias (not the actor\'s name). EDITOR.' })
  async removeActorAlias(
    @Ctx() ctx: Context,
    @Arg('actor', () => String, { description: 'The actor: id, key, name or alias.' }) actor: string,
    @Arg('alias', () => String, { description: 'The alias to remove, as written or in any case and punctuation.' }) alias: string,
  ): Promise<ActorRow> {
    return reload(ctx, await actorWriteService.removeAlias(ctx, actor, alias));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Actor, { description: 'Merges two records of one actor: every reference moves to the survivor, the merged names become its aliases and the merged key resolves to it. ADMIN.' })
  async mergeActors(
    @Ctx() ctx: Context,
    @Arg('survivor', () => String, { description: 'The actor that remains.' }) survivor: string,
    @Arg('merged', () => String, { description: 'The actor merged into it.' }) merged: string,
  ): Promise<ActorRow> {
    return reload(ctx, await actorMergeService.merge(ctx, survivor, merged));
  }
}
