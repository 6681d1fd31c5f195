import { Field, ID, ObjectType } from 'type-graphql';
import { Column, PrimaryColumn } from 'typeorm';
import { Reliability } from '../evidence/admiralty';
import { Verdict } from '../evidence/evidence-enums';

/**
 * What every claim (transfer or recognition) has: an id, a retraction status (retracting hides,
 * never deletes), and its assessment summary, kept current on every write so that filters and
 * ordering by evidence run on indexed columns instead of loading every claim's citations.
 */
@ObjectType()
export abstract class ClaimBase {
  @Field(() => ID, { description: 'Opaque identifier (a UUID).' })
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Field(() => Boolean, {
    description: 'Retracted claims stay in the database and history, hidden from default queries.',
  })
  @Column({ type: 'boolean' })
  retracted!: boolean;

  @Field(() => String, { nullable: true, description: 'Why the claim was retracted.' })
  @Column({ name: 'retraction_reason', type: 'text', nullable: true })
  retractionReason!: string | null;

  /** Sort key: first day of the claim's date or period, '' when undated. */
  @Column({ name: 'sort_date', type: 'varchar', length: 10 })
  sortDate!: string;

  @Column({ type: 'varchar', length: 16 })
  verdict!: Verdict;

  @Column({ name: 'independent_voices', type: 'integer' })
  independentVoices!: number;

  @Column({ name: 'disputing_voices', type: 'integer' })
  disputingVoices!: number;

  @Column({ name: 'best_reliability', type: 'varchar', length: 1, nullable: true })
  bestReliability!: Reliability | null;

  @Column({ name: 'best_credibility', type: 'integer', nullable: true })
  bestCredibility!: number | null;

  /** Ordering key for "strongest evidence first"; see assessment.ts evidenceStrength. */
  @Column({ name: 'strength', type: 'integer' })
  strength!: number;

  @Column({ name: 'created_at', type: 'varchar', length: 30 })
  createdAt!: string;

  @Column({ name: 'updated_at', type: 'varchar', length: 30 })
  updatedAt!: string;
}
