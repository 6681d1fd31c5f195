import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { RecognitionData } from './recognition-data';
import { TransferData } from './transfer-data';

/**
 * Every state a claim has had, valid from one write to the next: `transfers(asOf: T)` runs the
 * same query as `transfers` on the versions valid at T. Written in the same transaction as the
 * claim itself.
 */
@Entity('transfer_version')
@Index('ix_transfer_version_valid', ['validFrom', 'validTo'])
export class TransferVersion extends TransferData {
  @PrimaryColumn({ type: 'integer' })
  version!: number;

  @Column({ name: 'valid_from', type: 'varchar', length: 30 })
  validFrom!: string;

  @Column({ name: 'valid_to', type: 'varchar', length: 30, nullable: true })
  validTo!: string | null;
}

@Entity('recognition_version')
@Index('ix_recognition_version_valid', ['validFrom', 'validTo'])
export class RecognitionVersion extends RecognitionData {
  @PrimaryColumn({ type: 'integer' })
  version!: number;

  @Column({ name: 'valid_from', type: 'varchar', length: 30 })
  validFrom!: string;

  @Column({ name: 'valid_to', type: 'varchar', length: 30, nullable: true })
  validTo!: string | null;
}
