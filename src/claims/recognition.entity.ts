import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Actor } from '../actors/actor.entity';
import { ClaimBase } from './claim-base';
import { RecognitionStatus } from './claim-enums';

/** A claim that one actor recognizes (or withdrew recognition of) another, with its evidence. */
@ObjectType({ description: 'A claim that one actor diplomatically recognizes another, with its evidence.', simpleResolvers: true })
@Entity('recognition')
@Index('ix_recognition_recognizer_sort', ['recognizerId', 'sortDate', 'id'])
@Index('ix_recognition_recognized_sort', ['recognizedId', 'sortDate', 'id'])
@Index('ix_recognition_sort', ['sortDate', 'id'])
@Index('ix_recognition_date', ['dateLo', 'dateHi'])
@Index('ix_recognition_strength', ['strength', 'id'])
@Index('ix_recognition_verdict', ['verdict'])
@Index('ix_recognition_voices', ['independentVoices'])
@Index('ix_recognition_reliability', ['bestReliability'])
@Index('ix_recognition_credibility', ['bestCredibility'])
export class Recognition extends ClaimBase {
  @Column({ name: 'recognizer_id', type: 'varchar', length: 36 })
  recognizerId!: string;

  @ManyToOne(() => Actor, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recognizer_id', foreignKeyConstraintName: 'fk_recognition_recognizer' })
  recognizerActor?: Actor;

  @Column({ name: 'recognized_id', type: 'varchar', length: 36 })
  recognizedId!: string;

  @ManyToOne(() => Actor, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recognized_id', foreignKeyConstraintName: 'fk_recognition_recognized' })
  recognizedActor?: Actor;

  @Field(() => RecognitionStatus, { description: 'Recognized, or recognition withdrawn.' })
  @Index('ix_recognition_status')
  @Column({ type: 'varchar', length: 16 })
  status!: RecognitionStatus;

  /** Exposed as the GraphQL field `date` (see RecognitionResolver). */
  @Column({ name: 'recognized_on', type: 'varchar', length: 10, nullable: true })
  recognizedOn!: string | null;

  @Column({ name: 'date_lo', type: 'varchar', length: 10, nullable: true })
  dateLo!: string | null;

  @Column({ name: 'date_hi', type: 'varchar', length: 10, nullable: true })
  dateHi!: string | null;
}
