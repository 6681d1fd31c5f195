import { Field, InputType } from 'type-graphql';
import { PartialDateScalar } from '../../core/graphql/partial-date.scalar';
import { SourceKind } from './source-kind.enum';

@InputType({ description: 'Which sources to list.' })
export class SourceFilter {
  @Field(() => [SourceKind], { nullable: true, description: 'Only sources of these kinds.' })
  kind?: SourceKind[];

  @Field(() => String, { nullable: true, description: 'Only sources by this publisher (case-insensitive, exact).' })
  publisher?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Only sources whose title contains this text (case-insensitive).',
  })
  search?: string;

  @Field(() => PartialDateScalar, {
    nullable: true,
    description: 'Only sources published in a range starting here; undated sources are left out.',
  })
  from?: string;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: only sources with a suspected echo awaiting an editor (the review queue); false: only sources with none.',
  })
  suspectedEchoes?: boolean;

  @Field(() => PartialDateScalar, {
    nullable: true,
    description: 'Only sources published in a range ending here; undated sources are left out.',
  })
  to?: string;
}
