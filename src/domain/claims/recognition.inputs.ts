import { Field, InputType } from 'type-graphql';
import { CommonClaimFilterInput } from './claim-filter.inputs';
import { RecognitionStatus } from './claim-enums';

@InputType({
  description:
    'Which recognitions to list. Actors are given by key, name or alias and roll up over their bodies unless exactActor is true.',
})
export class RecognitionFilter extends CommonClaimFilterInput {
  @Field(() => String, { nullable: true, description: 'Only recognitions made by this actor.' })
  recognizer?: string;

  @Field(() => String, { nullable: true, description: 'Only recognitions of this actor.' })
  recognized?: string;

  @Field(() => [RecognitionStatus], { nullable: true, description: 'Only recognitions with these statuses.' })
  status?: RecognitionStatus[];
}
