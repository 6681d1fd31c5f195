import { LENGTH } from '../../core/config/limits';
import { Field, ObjectType } from 'type-graphql';
import { Column } from 'typeorm';
import { ClaimBase } from './claim-base';
import { TransferCategory, TransferStatus } from './claim-enums';
import { TransferCondition } from './transfer-figures';

/**
 * The columns of a transfer, shared by the live table (Transfer) and its versions
 * (TransferVersion, for time travel). Indexes and relations belong to the live entity.
 */
@ObjectType()
export abstract class TransferData extends ClaimBase {
  @Column({ name: 'supplier_id', type: 'varchar', length: 36 })
  supplierId!: string;

  @Column({ name: 'recipient_id', type: 'varchar', length: 36 })
  recipientId!: string;

  @Column({ name: 'intermediary_id', type: 'varchar', length: 36, nullable: true })
  intermediaryId!: string | null;

  @Column({ name: 'origin_country_id', type: 'varchar', length: 36, nullable: true })
  originCountryId!: string | null;

  @Field(() => TransferCategory, { description: 'What kind of thing was transferred.' })
  @Column({ type: 'varchar', length: 32 })
  category!: TransferCategory;

  @Field(() => String, { description: 'What was transferred, in plain words: "artillery shells".' })
  @Column({ type: 'varchar', length: 300 })
  item!: string;

  @Field(() => String, { nullable: true, description: 'Model or designation, e.g. "Mohajer-6".' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  designation!: string | null;

  @Column({ name: 'quantity_min', type: 'bigint', nullable: true })
  quantityMin!: number | null;

  @Column({ name: 'quantity_max', type: 'bigint', nullable: true })
  quantityMax!: number | null;

  @Column({ name: 'quantity_text', type: 'varchar', length: 200, nullable: true })
  quantityText!: string | null;

  /** How many had been delivered, when the source says. */
  @Column({ name: 'quantity_delivered', type: 'bigint', nullable: true })
  quantityDelivered!: number | null;

  @Field(() => TransferCondition, { nullable: true, description: 'New, second hand, or second hand and modernised.' })
  @Column({ type: 'varchar', length: 32, nullable: true })
  condition!: TransferCondition | null;

  /** Every year of delivery, ascending, joined by ";" ("1979;1980;1981"). */
  @Column({ name: 'delivery_years', type: 'varchar', length: 500, nullable: true })
  deliveryYears!: string | null;

  /** The figures the source marks as uncertain (UncertainFigure values joined by ";"). */
  @Column({ type: 'varchar', length: 64, nullable: true })
  uncertain!: string | null;

  /** SIPRI's trend-indicator values, in millionths of a million TIV (see transfer-figures.ts). */
  @Column({ name: 'tiv_per_unit', type: 'bigint', nullable: true })
  tivPerUnit!: number | null;

  @Column({ name: 'tiv_order', type: 'bigint', nullable: true })
  tivOrder!: number | null;

  @Column({ name: 'tiv_delivered', type: 'bigint', nullable: true })
  tivDelivered!: number | null;

  @Field(() => TransferStatus, { description: 'How far the transfer had gone, as the evidence states it.' })
  @Column({ type: 'varchar', length: 16 })
  status!: TransferStatus;

  @Column({ name: 'period_start', type: 'varchar', length: 10, nullable: true })
  periodStart!: string | null;

  @Column({ name: 'period_end', type: 'varchar', length: 10, nullable: true })
  periodEnd!: string | null;

  /** First day the period covers; null when undated. */
  @Column({ name: 'period_lo', type: 'varchar', length: 10, nullable: true })
  periodLo!: string | null;

  /** Last day the period covers; null when undated. */
  @Column({ name: 'period_hi', type: 'varchar', length: 10, nullable: true })
  periodHi!: string | null;

  @Field(() => String, { nullable: true, description: 'The conflict or setting, e.g. "Russian invasion of Ukraine".' })
  @Column({ type: 'varchar', length: LENGTH.context, nullable: true })
  context!: string | null;
}
