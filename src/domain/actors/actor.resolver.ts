import { DateTimeScalar } from '../../core/graphql/date-time.scalar';
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { claimsByActorLoader, supplyRelationsLoader } from '../claims/actor-claims.loaders';
import type { ActorClaimOptions, SupplyRelationRow } from '../claims/actor-claims.loaders';
import { RECOGNITION_KIND, TRANSFER_KIND } from '../claims/claim-kinds';
import type { ClaimKind } from '../claims/claim-kinds';
import { SupplyRelation } from '../claims/claim-values.types';
import type { RecognitionRow, TransferRow } from '../claims/claim.rows';
import { Recognition } from '../claims/recognition.entity';
import { Transfer } from '../claims/transfer.entity';
import { connectionTypes } from '../../core/graphql/connection';
import type { Page } from '../../core/graphql/connection';
import { pageSize } from '../../core/graphql/pagination';
import type { Context } from '../../core/context/context';
import { HistoryEntryType } from '../history/history.types';
import { Actor } from './actor.entity';
import { ActorFilter } from './actor.inputs';
import type { ActorRow } from './actor.rows';
import { actorService } from './actor.service';
import { historyLoaders } from '../history/history.loaders';
import { actorLoaders } from './actor.loaders';

export const ActorConnection = connectionTypes('Actor', Actor);

const EXACT = { nullable: true, defaultValue: false, description: 'Only this actor, not also the bodies below it.' };
const RETRACTED = { nullable: true, defaultValue: false, description: 'Include retracted claims.' };
const FIRST = { nullable: true, description: 'At most this many, newest first: default 50, at most 500.' };

function claimsFor<Row>(ctx: Context, kind: ClaimKind<Row>, column: string, actorId: string, opts: ActorClaimOptions, first?: number) {
  const limit = pageSize(first, ctx.config);
  const key = `${kind.table}:${column}:${opts.exactActor}:${opts.includeRetracted}:${limit}`;
  return ctx.loaders.keyed(key, () => claimsByActorLoader(ctx.sql, kind, column, opts, limit)).load(actorId);
}

@Resolver(() => Actor)
export class ActorResolver {
  @Query(() => Actor, { nullable: true, description: 'One actor by id, key, or any name or alias (case-, accent- and punctuation-insensitive); give exactly one. Null when none matches.' })
  async actor(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { nullable: true, description: 'The actor\'s id.' }) id?: string,
    @Arg('key', () => String, { nullable: true, description: 'The actor\'s key, exactly, e.g. "north-korea".' }) key?: string,
    @Arg('name', () => String, { nullable: true, description: 'A name or alias, e.g. "DPRK" or "D.N.R."' }) name?: string,
    @Arg('asOf', () => DateTimeScalar, { nullable: true, description: 'The actor\'s own fields (name, kind, country, parent, description, aliases) as they were at this instant; its claims are read through transfers(asOf:) and recognitions(asOf:).' }) asOf?: Date,
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
    @Arg('filter', () => ActorFilter, { nullable: true, description: 'Which actors; all when omitted.' }) filter?: ActorFilter,
    @Arg('first', () => Int, { nullable: true, description: 'Page size: default 50, at most 500.' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor to continue after (pageInfo.endCursor).' }) after?: string,
  ): Promise<Page<ActorRow>> {
    return actorService.list(ctx, filter, first, after);
  }

  @FieldResolver(() => [String], { description: 'Other names the actor is known by, e.g. "DPRK".' })
  aliases(@Root() a: ActorRow, @Ctx() ctx: Context): Promise<string[]> | string[] {
    return a.aliasesAsOf ?? actorLoaders(ctx).aliasesByActor.load(a.id);
  }

  @FieldResolver(() => Actor, { nullable: true, description: 'The actor this one belongs to (Russian Ministry of Defence → Russia).' })
  parent(@Root() a: ActorRow, @Ctx() ctx: Context): Promise<ActorRow | null> | null {
    return a.parentId ? actorLoaders(ctx).actorById.load(a.parentId) : null;
  }

  @FieldResolver(() => [Actor], { description: 'The actors that belong directly to this one.' })
  children(@Root() a: ActorRow, @Ctx() ctx: Context): Promise<ActorRow[]> {
    return actorLoaders(ctx).childrenByActor.load(a.id);
  }

  @FieldResolver(() => [Transfer], { description: 'Transfers this actor (or a body below it) supplies, newest first.' })
  suppliesTo(
    @Root() a: ActorRow, @Ctx() ctx: Context,
    @Arg('exactActor', () => Boolean, EXACT) exactActor: boolean,
    @Arg('includeRetracted', () => Boolean, RETRACTED) includeRetracted: boolean,
    @Arg('first', () => Int, FIRST) first?: number,
  ): Promise<TransferRow[]> {
    return claimsFor(ctx, TRANSFER_KIND, 'supplier_id', a.id, { exactActor, includeRetracted }, first);
  }

  @FieldResolver(() => [Transfer], { description: 'Transfers this actor (or a body below it) receives, newest first.' })
  receivesFrom(
    @Root() a: ActorRow, @Ctx() ctx: Context,
    @Arg('exactActor', () => Boolean, EXACT) exactActor: boolean,
    @Arg('includeRetracted', () => Boolean, RETRACTED) includeRetracted: boolean,
    @Arg('first', () => Int, FIRST) first?: number,
  ): Promise<TransferRow[]> {
    return claimsFor(ctx, TRANSFER_KIND, 'recipient_id', a.id, { exactActor, includeRetracted }, first);
  }

  @FieldResolver(() => [SupplyRelation], { description: 'Who supplies this actor (or a body below it): one line per supplier, most transfers first.' })
  suppliers(
    @Root() a: ActorRow, @Ctx() ctx: Context,
    @Arg('exactActor', () => Boolean, EXACT) exactActor: boolean,
    @Arg('includeRetracted', () => Boolean, RETRACTED) includeRetracted: boolean,
  ): Promise<SupplyRelationRow[]> {
    const opts = { exactActor, includeRetracted };
    return ctx.loaders.keyed(`suppliers:${exactActor}:${includeRetracted}`, () => supplyRelationsLoader(ctx.sql, 'recipient', opts)).load(a.id);
  }

  @FieldResolver(() => [SupplyRelation], { description: 'Whom this actor (or a body below it) supplies: one line per recipient, most transfers first.' })
  recipients(
    @Root() a: ActorRow, @Ctx() ctx: Context,
    @Arg('exactActor', () => Boolean, EXACT) exactActor: boolean,
    @Arg('includeRetracted', () => Boolean, RETRACTED) includeRetracted: boolean,
  ): Promise<SupplyRelationRow[]> {
    const opts = { exactActor, includeRetracted };
    return ctx.loaders.keyed(`recipients:${exactActor}:${includeRetracted}`, () => supplyRelationsLoader(ctx.sql, 'supplier', opts)).load(a.id);
  }

  @FieldResolver(() => [Recognition], { description: 'Recognitions made by this actor (or a body below it), newest first.' })
  recognizes(
    @Root() a: ActorRow, @Ctx() ctx: Context,
    @Arg('exactActor', () => Boolean, EXACT) exactActor: boolean,
    @Arg('includeRetracted', () => Boolean, RETRACTED) includeRetracted: boolean,
    @Arg('first', () => Int, FIRST) first?: number,
  ): Promise<RecognitionRow[]> {
    return claimsFor(ctx, RECOGNITION_KIND, 'recognizer_id', a.id, { exactActor, includeRetracted }, first);
  }

  @FieldResolver(() => [Recognition], { description: 'Recognitions of this actor (or a body below it), newest first.' })
  recognizedBy(
    @Root() a: ActorRow, @Ctx() ctx: Context,
    @Arg('exactActor', () => Boolean, EXACT) exactActor: boolean,
    @Arg('includeRetracted', () => Boolean, RETRACTED) includeRetracted: boolean,
    @Arg('first', () => Int, FIRST) first?: number,
  ): Promise<RecognitionRow[]> {
    return claimsFor(ctx, RECOGNITION_KIND, 'recognized_id', a.id, { exactActor, includeRetracted }, first);
  }
}
