import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/**
 * A text an editor asked to draft claims from, kept once per text (by its SHA-256, so the same
 * text drafted twice gives the same batch), with the metadata its source will get when a draft
 * is accepted, and the drafter version that made its drafts.
 */
@Entity('draft_batch')
export class DraftBatch {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Index('ux_draft_batch_text', { unique: true })
  @Column({ name: 'text_sha256', type: 'varchar', length: 64 })
  textSha256!: string;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  title!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  publisher!: string | null;

  @Column({ name: 'published_on', type: 'varchar', length: 10, nullable: true })
  publishedOn!: string | null;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  url!: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  kind!: string | null;

  /** the input was HTML, stored here as the text it shows */
  @Column({ name: 'from_html', type: 'boolean' })
  fromHtml!: boolean;

  @Column({ name: 'drafter_version', type: 'varchar', length: 20 })
  drafterVersion!: string;

  @Column({ name: 'created_at', type: 'varchar', length: 30 })
  createdAt!: string;

  @Column({ name: 'created_by', type: 'varchar', length: 100 })
  createdBy!: string;

  /** the source the first accepted draft created (or found, by its text or URL) */
  @Column({ name: 'source_id', type: 'varchar', length: 36, nullable: true })
  sourceId!: string | null;
}

/**
 * One drafted claim awaiting an editor: its values as JSON (`body`, see DraftBody), and its state
 * — PENDING, then ACCEPTED (with the claim it recorded) or REJECTED (with the reason) — with who
 * decided and when. Drafts are kept after the decision.
 */
@Entity('draft')
@Index('ix_draft_batch', ['batchId', 'ordinal'])
export class Draft {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'batch_id', type: 'varchar', length: 36 })
  batchId!: string;

  @ManyToOne(() => DraftBatch, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'batch_id', foreignKeyConstraintName: 'fk_draft_batch' })
  batch?: DraftBatch;

  @Column({ type: 'integer' })
  ordinal!: number;

  @Column({ type: 'varchar', length: 12 })
  kind!: string;

  @Column({ type: 'text' })
  body!: string;

  @Index('ix_draft_state')
  @Column({ type: 'varchar', length: 10 })
  state!: string;

  @Column({ name: 'decided_at', type: 'varchar', length: 30, nullable: true })
  decidedAt!: string | null;

  @Column({ name: 'decided_by', type: 'varchar', length: 100, nullable: true })
  decidedBy!: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  reason!: string | null;

  @Column({ name: 'claim_id', type: 'varchar', length: 36, nullable: true })
  claimId!: string | null;
}
