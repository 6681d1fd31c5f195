import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Source } from '../sources/source.entity';

/**
 * Two sources the independence auditor found to be echoes — the later (`copy`) probably derives
 * from the earlier (`original`): their texts resemble each other beyond the threshold (basis
 * TEXT), or a quote cited from the copy occurs verbatim in the original (basis QUOTE). SUSPECTED
 * until an editor CONFIRMS it (a recorded derivation) or DISMISSES it (they are independent);
 * decisions keep who and why. Similarity is in thousandths, so both databases store it exactly.
 */
@Entity('source_echo')
@Index('ix_source_echo_status', ['status'])
export class SourceEcho {
  @PrimaryColumn({ name: 'copy_id', type: 'varchar', length: 36 })
  copyId!: string;

  @Index('ix_source_echo_original')
  @PrimaryColumn({ name: 'original_id', type: 'varchar', length: 36 })
  originalId!: string;

  @ManyToOne(() => Source, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'copy_id', foreignKeyConstraintName: 'fk_source_echo_copy' })
  copy?: Source;

  @ManyToOne(() => Source, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'original_id', foreignKeyConstraintName: 'fk_source_echo_original' })
  original?: Source;

  @Column({ type: 'varchar', length: 12 })
  status!: string;

  @Column({ type: 'varchar', length: 8 })
  basis!: string;

  @Column({ type: 'integer', nullable: true })
  similarity!: number | null;

  @Column({ name: 'shared_passage', type: 'text', nullable: true })
  sharedPassage!: string | null;

  @Column({ name: 'found_at', type: 'varchar', length: 30 })
  foundAt!: string;

  @Column({ name: 'decided_at', type: 'varchar', length: 30, nullable: true })
  decidedAt!: string | null;

  @Column({ name: 'decided_by', type: 'varchar', length: 100, nullable: true })
  decidedBy!: string | null;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  reason!: string | null;
}
