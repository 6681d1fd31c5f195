import { Field, ID, ObjectType } from 'type-graphql';
import { Node } from '../../core/graphql/node';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ActorKind } from './actor-kind.enum';

/**
 * A state, government body, self-proclaimed republic, armed group or company that supplies,
 * receives or recognizes. Actors form a hierarchy (a ministry belongs to its state) so that
 * questions about a state roll up over its bodies.
 */
@ObjectType({
  description: 'A state, government body, self-proclaimed republic, armed group or company.',
  simpleResolvers: true,
  implements: Node,
})
@Entity('actor')
export class Actor {
  @Field(() => ID, { description: 'Opaque identifier (a UUID).' })
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Field(() => String, { description: 'Stable human-readable slug, e.g. "north-korea".' })
  @Index('uq_actor_key', { unique: true })
  @Column({ type: 'varchar', length: 100 })
  key!: string;

  @Field(() => String, { description: 'Display name, e.g. "North Korea".' })
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Field(() => ActorKind, { description: 'What sort of actor this is.' })
  @Index('ix_actor_kind')
  @Column({ type: 'varchar', length: 32 })
  kind!: ActorKind;

  @Field(() => String, {
    nullable: true,
    description:
      'ISO 3166-1 alpha-3 code: a state\'s own ("PRK"; ISO 3166-3 for former states: "SUN"), or for a non-state actor the state it is based in.',
  })
  @Column({ name: 'country_code', type: 'varchar', length: 3, nullable: true })
  countryCode!: string | null;

  @Index('ix_actor_parent')
  @Column({ name: 'parent_id', type: 'varchar', length: 36, nullable: true })
  parentId!: string | null;

  @ManyToOne(() => Actor, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'fk_actor_parent' })
  parentActor?: Actor | null;

  @Field(() => String, { nullable: true, description: 'Optional free-text description.' })
  @Column({ type: 'text', nullable: true })
  description!: string | null;

  /** Set when this actor was merged into another: it stays as a tombstone pointing there. */
  @Index('ix_actor_merged_into')
  @Column({ name: 'merged_into_id', type: 'varchar', length: 36, nullable: true })
  mergedIntoId!: string | null;

  @ManyToOne(() => Actor, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'merged_into_id', foreignKeyConstraintName: 'fk_actor_merged_into' })
  mergedIntoActor?: Actor | null;

  @Column({ name: 'merged_at', type: 'varchar', length: 30, nullable: true })
  mergedAt!: string | null;

  @Column({ name: 'created_at', type: 'varchar', length: 30 })
  createdAt!: string;

  @Column({ name: 'updated_at', type: 'varchar', length: 30 })
  updatedAt!: string;
}
