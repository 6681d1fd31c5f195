import { PAGE } from '../../core/config/limits';
import type { GraphQLResolveInfo } from 'graphql';
import { DateTimeScalar } from '../../core/graphql/date-time.scalar';
import { Arg, Ctx, Info, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { Actor } from '../actors/actor.entity';
import type { ActorRow } from '../actors/actor.rows';
import { connectionTypes } from '../../core/graphql/connection';
import { selectedFields } from '../../core/graphql/selection';
import type { Page } from '../../core/graphql/connection';
import { ClaimOrder } from '../../core/graphql/order';
import type { Context } from '../../core/context/context';
import { Assessment } from './assessment.types';
import { assessmentService } from './assessment.service';
import { claimEvidence } from './claim-evidence';
import { HistoryEntryType } from '../history/history.types';
import { Citation } from './citation.entity';
import type { CitationRow } from './citation.rows';
import { TRANSFER_KIND } from './claim-kinds';
import { Period, Quantity } from './claim-values.types';
import type { TransferRow } from './claim.rows';
import { claimService } from './claim.service';
import { Transfer } from './transfer.entity';
import { TransferFilter } from './transfer.inputs';
import { actorLoaders } from '../actors/actor.loaders';
import { historyLoaders } from '../history/history.loaders';

export const TransferConnection = connectionTypes('Transfer', Transfer);

@Resolver(() => Transfer)
export class TransferResolver {
  @Query(() => TransferConnection, {
    description: 'Transfers matching the filter, as a Relay connection (retracted ones hidden unless asked for).',
  })
  transfers(
    @Ctx() ctx: Context,
    @Arg('filter', () => TransferFilter, {
      nullable: true,
      description: 'Which transfers; all unretracted ones when omitted.',
    })
    filter?: TransferFilter,
    @Arg('orderBy', () => ClaimOrder, {
      nullable: true,
      defaultValue: ClaimOrder.NEWEST_FIRST,
      description: 'Order of the list (stable: ties broken by id).',
    })
    orderBy?: ClaimOrder,
    @Arg('first', () => Int, {
      nullable: true,
      description: `Page size: default ${PAGE.defaultSize}, at most ${PAGE.maxSize}.`,
    })
    first?: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor to continue after (pageInfo.endCursor).' })
    after?: string,
    @Arg('asOf', () => DateTimeScalar, {
      nullable: true,
      description:
        'What the knowledge base held at this instant: each claim as it was then, with the evidence it had then.',
    })
    asOf?: Date,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<Page<TransferRow>> {
    return claimService.list(
      ctx,
      TRANSFER_KIND,
      filter,
      orderBy,
      first,
      after,
      asOf,
      selectedFields(info!, ['edges', 'node']),
    );
  }

  @Query(() => Transfer, { nullable: true, description: 'One transfer by id (retracted ones included).' })
  transfer(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: "The claim's id." }) id: string,
    @Arg('asOf', () => DateTimeScalar, {
      nullable: true,
      description: 'The claim as it was at this instant (null if it did not exist yet).',
    })
    asOf?: Date,
  ): Promise<TransferRow | null> {
    return claimService.one(ctx, TRANSFER_KIND, id, asOf);
  }

  @FieldResolver(() => Actor, { description: 'Who supplies.' })
  supplier(@Root() t: TransferRow, @Ctx() ctx: Context): Promise<ActorRow | null> {
    return actorLoaders(ctx).actorById.load(t.supplierId);
  }

  @FieldResolver(() => Actor, { description: 'Who receives.' })
  recipient(@Root() t: TransferRow, @Ctx() ctx: Context): Promise<ActorRow | null> {
    return actorLoaders(ctx).actorById.load(t.recipientId);
  }

  @FieldResolver(() => Actor, { nullable: true, description: 'An actor the transfer passed through, if any.' })
  intermediary(@Root() t: TransferRow, @Ctx() ctx: Context): Promise<ActorRow | null> | null {
    return t.intermediaryId ? actorLoaders(ctx).actorById.load(t.intermediaryId) : null;
  }

  @FieldResolver(() => Actor, { nullable: true, description: 'Where the items were made, when not by the supplier.' })
  originCountry(@Root() t: TransferRow, @Ctx() ctx: Context): Promise<ActorRow | null> | null {
    return t.originCountryId ? actorLoaders(ctx).actorById.load(t.originCountryId) : null;
  }

  @FieldResolver(() => Quantity, { description: 'How many, as a range with the original wording.' })
  quantity(@Root() t: TransferRow): Quantity {
    return { min: t.quantityMin, max: t.quantityMax, text: t.quantityText };
  }

  @FieldResolver(() => Period, { description: 'When it was ordered or delivered, as PartialDates.' })
  period(@Root() t: TransferRow): Period {
    return { start: t.periodStart, end: t.periodEnd };
  }

  @FieldResolver(() => [Citation], {
    description: 'The citations that support or dispute this claim, in the order recorded.',
  })
  evidence(@Root() t: TransferRow, @Ctx() ctx: Context): Promise<CitationRow[]> {
    return claimEvidence(ctx, 'transfer', t);
  }

  @FieldResolver(() => Assessment, { description: 'What the evidence amounts to.' })
  async assessment(@Root() t: TransferRow, @Ctx() ctx: Context): Promise<Assessment> {
    return assessmentService.forCitations(ctx, await claimEvidence(ctx, 'transfer', t), t.asOf ? t : undefined);
  }

  @FieldResolver(() => [HistoryEntryType], { description: 'Every write to this claim, oldest first.' })
  history(@Root() t: TransferRow, @Ctx() ctx: Context): Promise<HistoryEntryType[]> {
    return historyLoaders(ctx).historyByEntity.load(t.id);
  }
}
