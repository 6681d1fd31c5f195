import { LENGTH, count } from '../../core/config/limits';
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { Role } from '../../core/auth/role.enum';
import type { Context } from '../../core/context/context';
import { CreateActorInput, UpdateActorInput } from './actor-write.inputs';
import { actorWriteService } from './actor-write.service';
import { Actor } from './actor.entity';
import type { ActorRow } from './actor.rows';
import { actorLoaders } from './actor.loaders';

/** The actor as committed, read fresh (not from a loader cache filled earlier in the request). */
export const reload = (ctx: Context, id: string) => actorLoaders(ctx).actorById.clear(id).load(id) as Promise<ActorRow>;

@Resolver(() => Actor)
export class ActorMutations {
  @Authorized(Role.EDITOR)
  @Mutation(() => Actor, { description: 'Creates an actor with its aliases. EDITOR.' })
  async createActor(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateActorInput, { description: 'The new actor.' }) input: CreateActorInput,
  ): Promise<ActorRow> {
    return reload(ctx, await actorWriteService.create(ctx, input));
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => Actor, { description: "Corrects an actor's name, kind, country, parent or description. EDITOR." })
  async updateActor(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateActorInput, { description: 'The corrections.' }) input: UpdateActorInput,
  ): Promise<ActorRow> {
    return reload(ctx, await actorWriteService.update(ctx, input));
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => Actor, { description: 'Adds an alias; it must not name any other actor. EDITOR.' })
  async addActorAlias(
    @Ctx() ctx: Context,
    @Arg('actor', () => String, { description: 'The actor: id, key, name or alias.' }) actor: string,
    @Arg('alias', () => String, { description: `The new alias (at most ${count(LENGTH.name)} characters).` })
    alias: string,
  ): Promise<ActorRow> {
    return reload(ctx, await actorWriteService.addAlias(ctx, actor, alias));
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => Actor, { description: "Removes an alias (not the actor's name). EDITOR." })
  async removeActorAlias(
    @Ctx() ctx: Context,
    @Arg('actor', () => String, { description: 'The actor: id, key, name or alias.' }) actor: string,
    @Arg('alias', () => String, { description: 'The alias to remove, as written or in any case and punctuation.' })
    alias: string,
  ): Promise<ActorRow> {
    return reload(ctx, await actorWriteService.removeAlias(ctx, actor, alias));
  }
}
