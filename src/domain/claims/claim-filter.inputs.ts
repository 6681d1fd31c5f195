import { Field, InputType, Int } from 'type-graphql';
import { PartialDateScalar } from '../../core/graphql/partial-date.scalar';
import { Reliability } from '../evidence/admiralty';
import { Verdict } from '../evidence/evidence-enums';

/** Filters shared by transfers and recognitions. */
@InputType()
export abstract class CommonClaimFilterInput {
  @Field(() => String, {
    nullable: true,
    description: 'Claims involving this actor on either side (key, name or alias).',
  })
  actor?: string;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'When true, actor arguments stand for that actor only, not also the bodies below it (e.g. Russia without its Ministry of Defence).',
  })
  exactActor?: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'When true, actor arguments also stand for the states each continues, rolled up in turn (Russia: also the Soviet Union; Yemen: also North and South Yemen). Takes precedence over exactActor for those actors.',
  })
  includePredecessors?: boolean;

  @Field(() => PartialDateScalar, {
    nullable: true,
    description: 'Only claims whose period or date overlaps the range starting here; undated claims are left out.',
  })
  from?: string;

  @Field(() => PartialDateScalar, {
    nullable: true,
    description: 'Only claims whose period or date overlaps the range ending here; undated claims are left out.',
  })
  to?: string;

  @Field(() => [Verdict], { nullable: true, description: 'Only claims with one of these verdicts.' })
  verdict?: Verdict[];

  @Field(() => Int, { nullable: true, description: 'Only claims supported by at least this many independent voices.' })
  minIndependentVoices?: number;

  @Field(() => Reliability, {
    nullable: true,
    description: 'Only claims whose best supporting origin is at least this reliable (A is best).',
  })
  minReliability?: Reliability;

  @Field(() => Int, {
    nullable: true,
    description: 'Only claims whose best supporting citation is at least this credible (1 is best).',
  })
  minCredibility?: number;

  @Field(() => Boolean, { nullable: true, description: 'Include retracted claims (hidden by default).' })
  includeRetracted?: boolean;
}
