import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context/context';
import { connectionTypes } from '../../core/graphql/connection';
import { actorLoaders } from '../actors/actor.loaders';
import { Actor } from '../actors/actor.entity';
import type { ActorRow } from '../actors/actor.rows';
import { TRANSFER_KIND } from './claim-kinds';
import { claimResolver } from './claim.resolver';
import type { TransferRow } from './claim.rows';
import { Period, Quantity } from './claim-values.types';
import { Transfer } from './transfer.entity';
import { UncertainFigure, tivValue } from './transfer-figures';
import { TrendIndicatorValues } from './transfer-figures.types';
import { TransferFilter } from './transfer.inputs';

export const TransferConnection = connectionTypes('Transfer', Transfer);

/** transfers(…), transfer(id:) and a transfer's fields; evidence, assessment and history come from claimResolver. */
@Resolver(() => Transfer)
export class TransferResolver extends claimResolver<TransferRow>({
  type: Transfer,
  connection: TransferConnection,
  filter: TransferFilter,
  kind: TRANSFER_KIND,
  singular: 'transfer',
  plural: 'transfers',
}) {
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
    return { min: t.quantityMin, max: t.quantityMax, text: t.quantityText, delivered: t.quantityDelivered };
  }

  @FieldResolver(() => [Int], { description: 'Every year of delivery, ascending; empty when the source gives none.' })
  deliveryYears(@Root() t: TransferRow): number[] {
    return t.deliveryYears ? t.deliveryYears.split(';').map(Number) : [];
  }

  @FieldResolver(() => [UncertainFigure], { description: 'The figures the source marks as uncertain.' })
  uncertain(@Root() t: TransferRow): UncertainFigure[] {
    return t.uncertain ? (t.uncertain.split(';') as UncertainFigure[]) : [];
  }

  @FieldResolver(() => TrendIndicatorValues, {
    nullable: true,
    description: "SIPRI's trend-indicator values (a measure of capability, not money); null when none is known.",
  })
  tiv(@Root() t: TransferRow): TrendIndicatorValues | null {
    if (t.tivPerUnit === null && t.tivOrder === null && t.tivDelivered === null) return null;
    return { perUnit: tivValue(t.tivPerUnit), order: tivValue(t.tivOrder), delivered: tivValue(t.tivDelivered) };
  }

  @FieldResolver(() => Period, { description: 'When it was ordered or delivered, as PartialDates.' })
  period(@Root() t: TransferRow): Period {
    return { start: t.periodStart, end: t.periodEnd };
  }
}
