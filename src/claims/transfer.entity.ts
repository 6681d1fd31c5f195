import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Actor } from '../actors/actor.entity';
import { ClaimBase } from './claim-base';
import { TransferCategory, TransferStatus } from './claim-enums';

/**
 * A claim that one actor supplied (or plans, orders, is buying…) something to another. It cannot
 * exist without a supporting citation; quantities and periods keep the evidence's own hedging.
 */
@ObjectType({ description: 'A claim that one actor supplies something to another, with its evidence.', simpleResolvers: true })
@Entity('transfer')
@Index('ix_transfer_supplier_sort', ['supplierId', 'sortDate', 'id'])
@Index('ix_transfer_recipient_sort', ['recipientId', 'sortDate', 'id'])
@Index('ix_transfer_sort', ['sortDate', 'id'])
@Index('ix_transfer_period', ['periodLo', 'periodHi'])
@Index('ix_transfer_strength', ['strength', 'id'])
@Index('ix_transfer_verdict', ['verdict'])
@Index('ix_transfer_voices', ['independentVoices'])
@Index('ix_transfer_reliability', ['bestReliability'])
@Index('ix_transfer_credibility', ['bestCredibility'])
export class Transfer extends ClaimBase {
  @Column({ name: 'supplier_id', type: 'varchar', length: 36 })
  supplierId!: string;

  @ManyToOne(() => Actor, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'supplier_id', foreignKeyConstraintName: 'fk_transfer_supplier' })
  supplierActor?: Actor;

  @Column({ name: 'recipient_id', type: 'varchar', length: 36 })
  recipientId!: string;

  @ManyToOne(() => Actor, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recipient_id', foreignKeyConstraintName: 'fk_transfer_recipient' })
  recipientActor?: Actor;

  @Index('ix_transfer_intermediary')
  @Column({ name: 'intermediary_id', type: 'varchar', length: 36, nullable: true })
  intermediaryId!: string | null;

  @ManyToOne(() => Actor, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'intermediary_id', foreignKeyConstraintName: 'fk_transfer_intermediary' })
  intermediaryActor?: Actor | null;

  @Index('ix_transfer_origin_country')
  @Column({ name: 'origin_country_id', type: 'varchar', length: 36, nullable: true })
  originCountryId!: string | null;

  @ManyToOne(() => Actor, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'origin_country_id', foreignKeyConstraintName: 'fk_transfer_origin_country' })
  originCountryActor?: Actor | null;

  @Field(() => TransferCategory, { description: 'What kind of thing was transferred.' })
  @Index('ix_transfer_category')
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

  @Field(() => TransferStatus, { description: 'How far the transfer had gone, as the evidence states it.' })
  @Index('ix_transfer_status')
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
  @Column({ type: 'varchar', length: 300, nullable: true })
  context!: string | null;
}
