import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * An API key. The secret is shown once, when made; only its SHA-256 is stored (secrets are 256
 * random bits, so a fast hash is safe), found by its public prefix and compared in constant time.
 */
@Entity('api_key')
export class ApiKey {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Index('uq_api_key_name', { unique: true })
  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'varchar', length: 8 })
  role!: string;

  @Index('uq_api_key_prefix', { unique: true })
  @Column({ type: 'varchar', length: 16 })
  prefix!: string;

  @Column({ name: 'secret_hash', type: 'varchar', length: 64 })
  secretHash!: string;

  @Column({ name: 'created_at', type: 'varchar', length: 30 })
  createdAt!: string;

  @Column({ name: 'revoked_at', type: 'varchar', length: 30, nullable: true })
  revokedAt!: string | null;
}
