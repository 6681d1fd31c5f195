import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { ActorClaimListArgs, ActorRelationArgs } from './actor-claims.args';
import type { Context } from '../../core/context/context';
import { pageSize } from '../../core/graphql/pagination';
import { Actor } from '../actors/actor.entity';
import type { ActorRow } from '../actors/actor.rows';
import { claimsByActorLoader, supplyRelationsLoader } from './actor-claims.loaders';
import type { ActorClaimOptions, SupplyRelationRow } from './actor-claims.loaders';
import { RECOGNITION_KIND, TRANSFER_KIND } from './claim-kinds';
import type { ClaimKind } from './claim-kinds';
import { SupplyRelation } from './claim-values.types';
import type { RecognitionRow, TransferRow } from './claim.rows';
import { Recognition } from './recognition.entity';
import { Transfer } from './transfer.entity';

function claimsFor<Row>(
  ctx: Context,
  kind: ClaimKind<Row>,
  column: string,
  actorId: string,
  opts: ActorClaimOptions,
  first?: number,
) {
  const limit = pageSize(first, ctx.config);
  const key = `${kind.table}:${column}:${opts.exactActor}:${opts.includeRetracted}:${opts.includePredecessors}:${limit}`;
  return ctx.loaders.keyed(key, () => claimsByActorLoader(ctx.sql, kind, column, opts, limit)).load(actorId);
}

/** The fields claims add to Actor: what it supplies and receives, whom it recognizes and is recognized by. */
@Resolver(() => Actor)
export class ActorClaimsResolver {
  @FieldResolver(() => [Transfer], { description: 'Transfers this actor (or a body below it) supplies, newest first.' })
  suppliesTo(
    @Root() a: ActorRow,
    @Ctx() ctx: Context,
    @Args(() => ActorClaimListArgs) { exactActor, includeRetracted, includePredecessors, first }: ActorClaimListArgs,
  ): Promise<TransferRow[]> {
    return claimsFor(
      ctx,
      TRANSFER_KIND,
      'supplier_id',
      a.id,
      { exactActor, includeRetracted, includePredecessors },
      first,
    );
  }

  @FieldResolver(() => [Transfer], { description: 'Transfers this actor (or a body below it) receives, newest first.' })
  receivesFrom(
    @Root() a: ActorRow,
    @Ctx() ctx: Context,
    @Args(() => ActorClaimListArgs) { exactActor, includeRetracted, includePredecessors, first }: ActorClaimListArgs,
  ): Promise<TransferRow[]> {
    return claimsFor(
      ctx,
      TRANSFER_KIND,
      'recipient_id',
      a.id,
      { exactActor, includeRetracted, includePredecessors },
      first,
    );
  }

  @FieldResolver(() => [SupplyRelation], {
    description: 'Who supplies this actor (or a body below it): one line per supplier, most transfers first.',
  })
  suppliers(
    @Root() a: ActorRow,
    @Ctx() ctx: Context,
    @Args(() => ActorRelationArgs) { exactActor, includeRetracted, includePredecessors }: ActorRelationArgs,
  ): Promise<SupplyRelationRow[]> {
    const opts = { exactActor, includeRetracted, includePredecessors };
    return ctx.loaders
      .keyed(`suppliers:${exactActor}:${includeRetracted}:${includePredecessors}`, () =>
        supplyRelationsLoader(ctx.sql, 'recipient', opts),
      )
      .load(a.id);
  }

  @FieldResolver(() => [SupplyRelation], {
    description: 'Whom this actor (or a body below it) supplies: one line per recipient, most transfers first.',
  })
  recipients(
    @Root() a: ActorRow,
    @Ctx() ctx: Context,
    @Args(() => ActorRelationArgs) { exactActor, includeRetracted, includePredecessors }: ActorRelationArgs,
  ): Promise<SupplyRelationRow[]> {
    const opts = { exactActor, includeRetracted, includePredecessors };
    return ctx.loaders
      .keyed(`recipients:${exactActor}:${includeRetracted}:${includePredecessors}`, () =>
        supplyRelationsLoader(ctx.sql, 'supplier', opts),
      )
      .load(a.id);
  }

  @FieldResolver(() => [Recognition], {
    description: 'Recognitions made by this actor (or a body below it), newest first.',
  })
  recognizes(
    @Root() a: ActorRow,
    @Ctx() ctx: Context,
    @Args(() => ActorClaimListArgs) { exactActor, includeRetracted, includePredecessors, first }: ActorClaimListArgs,
  ): Promise<RecognitionRow[]> {
    return claimsFor(
      ctx,
      RECOGNITION_KIND,
      'recognizer_id',
      a.id,
      { exactActor, includeRetracted, includePredecessors },
      first,
    );
  }

  @FieldResolver(() => [Recognition], { description: 'Recognitions of this actor (or a body below it), newest first.' })
  recognizedBy(
    @Root() a: ActorRow,
    @Ctx() ctx: Context,
    @Args(() => ActorClaimListArgs) { exactActor, includeRetracted, includePredecessors, first }: ActorClaimListArgs,
  ): Promise<RecognitionRow[]> {
    return claimsFor(
      ctx,
      RECOGNITION_KIND,
      'recognized_id',
      a.id,
      { exactActor, includeRetracted, includePredecessors },
      first,
    );
  }
}
