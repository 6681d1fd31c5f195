import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Actor } from './actor.entity';

/** The key of an actor merged into another: it keeps resolving, to the survivor. */
@Entity('merged_actor_key')
export class MergedActorKey {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  key!: string;

  @Index('ix_merged_actor_key_actor')
  @Column({ name: 'actor_id', type: 'varchar', length: 36 })
  actorId!: string;

  @ManyToOne(() => Actor, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'fk_merged_actor_key_actor' })
  actor?: Actor;
}
