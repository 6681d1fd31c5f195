import { Field, ID, ObjectType } from 'type-graphql';
import { Node } from '../../core/graphql/node';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Actor } from '../actors/actor.entity';
import { PartialDateScalar } from '../../core/graphql/partial-date.scalar';
import { Reliability } from '../evidence/admiralty';
import { SourceKind } from './source-kind.enum';

/**
 * A document that says something: a news report, a government statement, an intelligence
 * finding (which may have no URL). Its reliability is the Admiralty A–F grade; how sources
 * derive from one another is not stored here but computed from citation chains.
 */
@ObjectType({
  description: 'A document that claims something: a news report, a statement, an intelligence finding.',
  simpleResolvers: true,
  implements: Node,
})
@Entity('source')
@Index('ix_source_sort', ['sortDate', 'id'])
@Index('ix_source_published', ['publishedLo', 'publishedHi'])
export class Source {
  @Field(() => ID, { description: 'Opaque identifier (a UUID).' })
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Field(() => String, { description: 'Stable slug, e.g. "guardian-2022-09-06-north-korea-shells".' })
  @Index('uq_source_key', { unique: true })
  @Column({ type: 'varchar', length: 150 })
  key!: string;

  @Field(() => String, { description: 'Title or headline.' })
  @Column({ type: 'varchar', length: 500 })
  title!: string;

  @Field(() => String, { description: 'Who published it, e.g. "The Guardian".' })
  @Column({ type: 'varchar', length: 200 })
  publisher!: string;

  @Field(() => String, { nullable: true, description: 'Where it can be read; null for unpublished material.' })
  @Column({ type: 'varchar', length: 2000, nullable: true })
  url!: string | null;

  @Field(() => SourceKind, { description: 'What sort of document it is.' })
  @Index('ix_source_kind')
  @Column({ type: 'varchar', length: 32 })
  kind!: SourceKind;

  @Field(() => PartialDateScalar, {
    nullable: true,
    description: 'Publication date as a PartialDate ("2022", "2022-09", "2022-09-06").',
  })
  @Column({ name: 'published_on', type: 'varchar', length: 10, nullable: true })
  publishedOn!: string | null;

  /** First day publishedOn covers; null when unknown. */
  @Column({ name: 'published_lo', type: 'varchar', length: 10, nullable: true })
  publishedLo!: string | null;

  /** Last day publishedOn covers; null when unknown. */
  @Column({ name: 'published_hi', type: 'varchar', length: 10, nullable: true })
  publishedHi!: string | null;

  /** Sort key: publishedLo, or '' when undated (undated sorts first ascending, last descending). */
  @Column({ name: 'sort_date', type: 'varchar', length: 10 })
  sortDate!: string;

  @Field(() => Reliability, { description: 'Admiralty source reliability, A (best) to F (cannot be judged).' })
  @Column({ type: 'varchar', length: 1 })
  reliability!: Reliability;

  @Index('ix_source_attributed_to')
  @Column({ name: 'attributed_to_id', type: 'varchar', length: 36, nullable: true })
  attributedToId!: string | null;

  @ManyToOne(() => Actor, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'attributed_to_id', foreignKeyConstraintName: 'fk_source_attributed_to' })
  attributedToActor?: Actor | null;

  @Field(() => String, {
    nullable: true,
    description: 'Full text, when stored; quotes from this source are verified against it.',
  })
  @Column({ type: 'text', nullable: true })
  text!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'SHA-256 of the stored text (UTF-8, hexadecimal), so a citation can prove which text it quoted; null without text.',
  })
  @Column({ name: 'text_sha256', type: 'varchar', length: 64, nullable: true })
  textSha256!: string | null;

  /** The earliest source of the group of live echoes this one belongs to; null when it belongs to none. */
  @Index('ix_source_echo_root')
  @Column({ name: 'echo_root', type: 'varchar', length: 36, nullable: true })
  echoRoot!: string | null;

  @Column({ name: 'created_at', type: 'varchar', length: 30 })
  createdAt!: string;

  @Column({ name: 'updated_at', type: 'varchar', length: 30 })
  updatedAt!: string;
}
