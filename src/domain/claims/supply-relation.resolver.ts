import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Actor } from '../actors/actor.entity';
import type { ActorRow } from '../actors/actor.rows';
import type { Context } from '../../core/context/context';
import { relationTransfersLoader } from './actor-claims.loaders';
import type { SupplyRelationRow } from './actor-claims.loaders';
import { TRANSFER_KIND } from './claim-kinds';
import { SupplyRelation } from './claim-values.types';
import type { TransferRow } from './claim.rows';
import { Transfer } from './transfer.entity';
import { actorLoaders } from '../actors/actor.loaders';

@Resolver(() => SupplyRelation)
export class SupplyRelationResolver {
  @FieldResolver(() => Actor, { description: 'The supplier.' })
  supplier(@Root() r: SupplyRelationRow, @Ctx() ctx: Context): Promise<ActorRow | null> {
    return actorLoaders(ctx).actorById.load(r.supplierId);
  }

  @FieldResolver(() => Actor, { description: 'The recipient.' })
  recipient(@Root() r: SupplyRelationRow, @Ctx() ctx: Context): Promise<ActorRow | null> {
    return actorLoaders(ctx).actorById.load(r.recipientId);
  }

  @FieldResolver(() => [Transfer], { description: 'The transfers, newest first (at most the maximum page size).' })
  transfers(@Root() r: SupplyRelationRow, @Ctx() ctx: Context): Promise<TransferRow[]> {
    const { exactActor, includeRetracted } = r.options;
    const owner = r.side === 'recipient' ? r.recipientId : r.supplierId;
    const other = r.side === 'recipient' ? r.supplierId : r.recipientId;
    const loader = ctx.loaders.keyed(`relation:${r.side}:${exactActor}:${includeRetracted}`, () =>
      relationTransfersLoader(ctx.sql, TRANSFER_KIND, r.side, r.options, ctx.config.maxPageSize),
    );
    return loader.load(`${owner}|${other}`);
  }
}
