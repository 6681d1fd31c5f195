import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { Role } from '../../core/auth/role.enum';
import type { Context } from '../../core/context/context';
import { reload } from '../actors/actor.mutations';
import { Actor } from '../actors/actor.entity';
import type { ActorRow } from '../actors/actor.rows';
import { actorMergeService } from './actor-merge.service';

/** Merging actors moves claims and citations, so it lives with the claims. */
@Resolver(() => Actor)
export class ActorMergeMutations {
  @Authorized(Role.ADMIN)
  @Mutation(() => Actor, {
    description:
      'Merges two records of one actor: every reference moves to the survivor, the merged names become its aliases and the merged key resolves to it. ADMIN.',
  })
  async mergeActors(
    @Ctx() ctx: Context,
    @Arg('survivor', () => String, { description: 'The actor that remains.' }) survivor: string,
    @Arg('merged', () => String, { description: 'The actor merged into it.' }) merged: string,
  ): Promise<ActorRow> {
    return reload(ctx, await actorMergeService.merge(ctx, survivor, merged));
  }
}
