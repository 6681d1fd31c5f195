import { Field, InputType, Int } from 'type-graphql';
import { TransferCategory, TransferStatus } from '../claims/claim-enums';
import { PartialDateScalar } from '../../core/graphql/partial-date.scalar';
import { Reliability } from '../evidence/admiralty';
import { Verdict } from '../evidence/evidence-enums';

@InputType({
  description: 'Which claims make the network: as on transfers, without actors (the network chooses those).',
})
export class NetworkFilter {
  @Field(() => [TransferCategory], { nullable: true, description: 'Only transfers in these categories.' })
  category?: TransferCategory[];

  @Field(() => [TransferStatus], { nullable: true, description: 'Only transfers with these statuses.' })
  status?: TransferStatus[];

  @Field(() => PartialDateScalar, { nullable: true, description: 'Only claims overlapping the range from here.' })
  from?: string;

  @Field(() => PartialDateScalar, { nullable: true, description: 'Only claims overlapping the range up to here.' })
  to?: string;

  @Field(() => [Verdict], { nullable: true, description: 'Only claims with these verdicts.' })
  verdict?: Verdict[];

  @Field(() => Int, { nullable: true, description: 'Only claims with at least this many independent voices.' })
  minIndependentVoices?: number;

  @Field(() => Reliability, { nullable: true, description: 'Only claims whose best origin is at least this reliable.' })
  minReliability?: Reliability;

  @Field(() => Boolean, { nullable: true, description: 'Include retracted claims.' })
  includeRetracted?: boolean;
}
