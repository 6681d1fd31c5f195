import { Field, InputType } from 'type-graphql';
import { CommonClaimFilterInput } from './claim-filter.inputs';
import { TransferCategory, TransferStatus } from './claim-enums';

@InputType({
  description:
    'Which transfers to list. Actors are given by key, name or alias and roll up over their bodies unless exactActor is true.',
})
export class TransferFilter extends CommonClaimFilterInput {
  @Field(() => String, { nullable: true, description: 'Only transfers from this actor.' })
  supplier?: string;

  @Field(() => String, { nullable: true, description: 'Only transfers to this actor.' })
  recipient?: string;

  @Field(() => [TransferCategory], { nullable: true, description: 'Only transfers in these categories.' })
  category?: TransferCategory[];

  @Field(() => [TransferStatus], { nullable: true, description: 'Only transfers with these statuses.' })
  status?: TransferStatus[];
}
