import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One write: who (the API key's name), when, which operation, on which entity, and the entity's
 * state before and after (JSON; null before a creation). Every write makes exactly one, in the
 * write's own transaction.
 */
@Entity('history_entry')
@Index('ix_history_entity', ['entityType', 'entityId', 'at'])
@Index('ix_history_at', ['at'])
export class HistoryEntry {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 30 })
  at!: string;

  @Column({ type: 'varchar', length: 100 })
  principal!: string;

  @Column({ type: 'varchar', length: 40 })
  operation!: string;

  @Column({ name: 'entity_type', type: 'varchar', length: 20 })
  entityType!: string;

  @Column({ name: 'entity_id', type: 'varchar', length: 36 })
  entityId!: string;

  @Column({ name: 'before_json', type: 'text', nullable: true })
  beforeJson!: string | null;

  @Column({ name: 'after_json', type: 'text', nullable: true })
  afterJson!: string | null;
}
