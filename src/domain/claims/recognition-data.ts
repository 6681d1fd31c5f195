import { Field, ObjectType } from 'type-graphql';
import { Column } from 'typeorm';
import { ClaimBase } from './claim-base';
import { RecognitionStatus } from './claim-enums';

/**
 * The columns of a recognition, shared by the live table (Recognition) and its versions
 * (RecognitionVersion, for time travel). Indexes and relations belong to the live entity.
 */
@ObjectType()
export abstract class RecognitionData extends ClaimBase {
  @Column({ name: 'recognizer_id', type: 'varchar', length: 36 })
  recognizerId!: string;

  @Column({ name: 'recognized_id', type: 'varchar', length: 36 })
  recognizedId!: string;

  @Field(() => RecognitionStatus, { description: 'Recognized, or recognition withdrawn.' })
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
