import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Actor } from './actor.entity';

/**
 * One actor succeeded another: a state that dissolved, merged or was absorbed (the Soviet Union,
 * succeeded by Russia and fourteen others). `continuation` marks the successor that carries the
 * predecessor on (Russia), whose questions may then include the predecessor's claims.
 */
@Entity('actor_succession')
export class ActorSuccession {
  @PrimaryColumn({ name: 'predecessor_id', type: 'varchar', length: 36 })
  predecessorId!: string;

  @Index('ix_actor_succession_successor')
  @PrimaryColumn({ name: 'successor_id', type: 'varchar', length: 36 })
  successorId!: string;

  @ManyToOne(() => Actor, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'predecessor_id', foreignKeyConstraintName: 'fk_actor_succession_predecessor' })
  predecessor?: Actor;

  @ManyToOne(() => Actor, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'successor_id', foreignKeyConstraintName: 'fk_actor_succession_successor' })
  successor?: Actor;

  @Column({ type: 'boolean' })
  continuation!: boolean;
}
