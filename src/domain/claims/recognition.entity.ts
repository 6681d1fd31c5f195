import { ObjectType } from 'type-graphql';
import { Node } from '../../core/graphql/node';
import { Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Actor } from '../actors/actor.entity';
import { RecognitionData } from './recognition-data';

/** A claim that one actor recognizes (or withdrew recognition of) another, with its evidence. */
@ObjectType({
  description: 'A claim that one actor diplomatically recognizes another, with its evidence.',
  simpleResolvers: true,
  implements: Node,
})
@Entity('recognition')
@Index('ix_recognition_status', ['status'])
@Index('ix_recognition_recognizer_sort', ['recognizerId', 'sortDate', 'id'])
@Index('ix_recognition_recognized_sort', ['recognizedId', 'sortDate', 'id'])
@Index('ix_recognition_sort', ['sortDate', 'id'])
@Index('ix_recognition_date', ['dateLo', 'dateHi'])
@Index('ix_recognition_strength', ['strength', 'id'])
@Index('ix_recognition_verdict', ['verdict'])
@Index('ix_recognition_voices', ['independentVoices'])
@Index('ix_recognition_reliability', ['bestReliability'])
@Index('ix_recognition_credibility', ['bestCredibility'])
export class Recognition extends RecognitionData {
  @ManyToOne(() => Actor, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recognizer_id', foreignKeyConstraintName: 'fk_recognition_recognizer' })
  recognizerActor?: Actor;

  @ManyToOne(() => Actor, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recognized_id', foreignKeyConstraintName: 'fk_recognition_recognized' })
  recognizedActor?: Actor;
}
