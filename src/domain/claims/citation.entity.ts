import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Node } from '../../core/graphql/node';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Actor } from '../actors/actor.entity';
import { Recognition } from './recognition.entity';
import { Transfer } from './transfer.entity';
import { Source } from '../sources/source.entity';
import { Stance } from '../evidence/evidence-enums';

/**
 * The link between a claim and a source that states (or disputes) it, with the verbatim quote.
 * Provenance belongs here, not on the source: one article relays different voices for different
 * claims, so each citation records whose voice it is and the chain it came through (CitationHop).
 */
@ObjectType({
  description: 'Evidence for a claim: a source, the verbatim quote, and where the statement came from.',
  simpleResolvers: true,
  implements: Node,
})
@Entity('citation')
@Check('ck_citation_one_claim', '(transfer_id IS NULL) <> (recognition_id IS NULL)')
export class Citation {
  @Field(() => ID, { description: 'Opaque identifier (a UUID).' })
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Index('ix_citation_source')
  @Column({ name: 'source_id', type: 'varchar', length: 36 })
  sourceId!: string;

  @ManyToOne(() => Source, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'source_id', foreignKeyConstraintName: 'fk_citation_source' })
  sourceRow?: Source;

  @Index('ix_citation_transfer')
  @Column({ name: 'transfer_id', type: 'varchar', length: 36, nullable: true })
  transferId!: string | null;

  @ManyToOne(() => Transfer, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'transfer_id', foreignKeyConstraintName: 'fk_citation_transfer' })
  transferRow?: Transfer | null;

  @Index('ix_citation_recognition')
  @Column({ name: 'recognition_id', type: 'varchar', length: 36, nullable: true })
  recognitionId!: string | null;

  @ManyToOne(() => Recognition, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recognition_id', foreignKeyConstraintName: 'fk_citation_recognition' })
  recognitionRow?: Recognition | null;

  /** Order of the citation within its claim, from 1, in the order recorded. */
  @Column({ type: 'integer' })
  position!: number;

  @Field(() => String, { description: 'Verbatim excerpt of the source that supports or disputes the claim.' })
  @Column({ type: 'text' })
  quote!: string;

  @Field(() => Stance, { description: 'Whether this citation supports or disputes the claim.' })
  @Column({ type: 'varchar', length: 8 })
  stance!: Stance;

  @Field(() => Int, { description: 'Admiralty information credibility, 1 (confirmed) to 6 (cannot be judged).' })
  @Column({ type: 'integer' })
  credibility!: number;

  @Index('ix_citation_attributed_to')
  @Column({ name: 'attributed_to_id', type: 'varchar', length: 36, nullable: true })
  attributedToId!: string | null;

  @ManyToOne(() => Actor, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'attributed_to_id', foreignKeyConstraintName: 'fk_citation_attributed_to' })
  attributedToActor?: Actor | null;

  @Field(() => String, {
    nullable: true,
    description: 'Who said it, in the source\'s words: "a US official speaking on condition of anonymity".',
  })
  @Column({ type: 'text', nullable: true })
  attribution!: string | null;

  @Field(() => String, { nullable: true, description: 'Where in the source, e.g. "paragraph 2".' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  locator!: string | null;

  @Field(() => Boolean, {
    description: "True when the quote was checked against the source's stored text; false when the source has no text.",
  })
  @Column({ type: 'boolean' })
  verified!: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      "SHA-256 of the source's text the quote was verified against (as the source's textSha256 was then); null when unverified. It follows a corrected text the quote still occurs in.",
  })
  @Column({ name: 'source_text_sha256', type: 'varchar', length: 64, nullable: true })
  sourceTextSha256!: string | null;

  @Column({ name: 'created_at', type: 'varchar', length: 30 })
  createdAt!: string;

  /** When the citation was removed from its claim; removed citations are kept for history. */
  @Column({ name: 'removed_at', type: 'varchar', length: 30, nullable: true })
  removedAt!: string | null;
}
