import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Source } from '../sources/source.entity';
import { Citation } from './citation.entity';

/**
 * One hop of a citation's provenance chain: position 1 is the source the citing source relayed,
 * the last position is the origin. A source appears at most once per chain.
 */
@Entity('citation_hop')
@Index('uq_citation_hop_source', ['citationId', 'sourceId'], { unique: true })
export class CitationHop {
  @PrimaryColumn({ name: 'citation_id', type: 'varchar', length: 36 })
  citationId!: string;

  @PrimaryColumn({ type: 'integer' })
  position!: number;

  @ManyToOne(() => Citation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'citation_id', foreignKeyConstraintName: 'fk_citation_hop_citation' })
  citation?: Citation;

  @Index('ix_citation_hop_source')
  @Column({ name: 'source_id', type: 'varchar', length: 36 })
  sourceId!: string;

  @ManyToOne(() => Source, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'source_id', foreignKeyConstraintName: 'fk_citation_hop_source' })
  source?: Source;
}
