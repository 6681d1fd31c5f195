import { ObjectType } from 'type-graphql';
import { Node } from '../../core/graphql/node';
import { Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Actor } from '../actors/actor.entity';
import { TransferData } from './transfer-data';

/**
 * A claim that one actor supplied (or plans, orders, is buying…) something to another. It cannot
 * exist without a supporting citation; quantities and periods keep the evidence's own hedging.
 */
@ObjectType({
  description: 'A claim that one actor supplies something to another, with its evidence.',
  simpleResolvers: true,
  implements: Node,
})
@Entity('transfer')
@Index('ix_transfer_status', ['status'])
@Index('ix_transfer_category', ['category'])
@Index('ix_transfer_origin_country', ['originCountryId'])
@Index('ix_transfer_intermediary', ['intermediaryId'])
@Index('ix_transfer_supplier_sort', ['supplierId', 'sortDate', 'id'])
@Index('ix_transfer_recipient_sort', ['recipientId', 'sortDate', 'id'])
@Index('ix_transfer_pair', ['supplierId', 'recipientId'])
@Index('ix_transfer_sort', ['sortDate', 'id'])
@Index('ix_transfer_period', ['periodLo', 'periodHi'])
@Index('ix_transfer_strength', ['strength', 'id'])
@Index('ix_transfer_verdict', ['verdict'])
@Index('ix_transfer_voices', ['independentVoices'])
@Index('ix_transfer_reliability', ['bestReliability'])
@Index('ix_transfer_credibility', ['bestCredibility'])
export class Transfer extends TransferData {
  @ManyToOne(() => Actor, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'supplier_id', foreignKeyConstraintName: 'fk_transfer_supplier' })
  supplierActor?: Actor;

  @ManyToOne(() => Actor, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recipient_id', foreignKeyConstraintName: 'fk_transfer_recipient' })
  recipientActor?: Actor;

  @ManyToOne(() => Actor, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'intermediary_id', foreignKeyConstraintName: 'fk_transfer_intermediary' })
  intermediaryActor?: Actor | null;

  @ManyToOne(() => Actor, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'origin_country_id', foreignKeyConstraintName: 'fk_transfer_origin_country' })
  originCountryActor?: Actor | null;
}
