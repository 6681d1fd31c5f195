import { Field, InputType } from 'type-graphql';
import { ActorKind } from './actor-kind.enum';

@InputType({ description: 'Which actors to list.' })
export class ActorFilter {
  @Field(() => [ActorKind], { nullable: true, description: 'Only actors of these kinds.' })
  kind?: ActorKind[];

  @Field(() => String, {
    nullable: true,
    description: 'Only actors whose name or an alias contains this text (case-, accent- and punctuation-insensitive).',
  })
  search?: string;
}

export interface ActorLookup {
  id?: string | null;
  key?: string | null;
  name?: string | null;
}
