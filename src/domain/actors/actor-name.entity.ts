import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Actor } from './actor.entity';

/**
 * Every name an actor is known by — its display name (primary) and its aliases — with the
 * normalized form it is looked up under. The unique index on `normalized` is what makes a name
 * or alias unique across all actors.
 */
@Entity('actor_name')
export class ActorName {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Index('ix_actor_name_actor')
  @Column({ name: 'actor_id', type: 'varchar', length: 36 })
  actorId!: string;

  @ManyToOne(() => Actor, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'fk_actor_name_actor' })
  actor?: Actor;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Index('uq_actor_name_normalized', { unique: true })
  @Column({ type: 'varchar', length: 200 })
  normalized!: string;

  @Column({ name: 'is_primary', type: 'boolean' })
  isPrimary!: boolean;
}
