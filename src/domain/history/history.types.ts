import { GraphQLJSON } from 'graphql-scalars';
import { DateTimeScalar } from '../../core/graphql/date-time.scalar';
import { Field, ObjectType } from 'type-graphql';

@ObjectType({
  description: 'One write: who, when, which operation, and the entity before and after.',
  simpleResolvers: true,
})
export class HistoryEntryType {
  @Field(() => DateTimeScalar, { description: 'When the write was committed.' })
  at!: Date;

  @Field(() => String, {
    description: 'Who wrote: the API key\'s name ("seed" for the seed data, "cli" for command-line tools).',
  })
  who!: string;

  @Field(() => String, { description: 'The operation, e.g. "recordTransfer", "retractClaim", "mergeActors".' })
  operation!: string;

  @Field(() => String, { description: 'What kind of entity: actor, source, transfer, recognition or api_key.' })
  entityType!: string;

  @Field(() => String, { description: "The entity's id." })
  entityId!: string;

  @Field(() => GraphQLJSON, { nullable: true, description: 'Its state before the write; null for a creation.' })
  before!: unknown;

  @Field(() => GraphQLJSON, {
    nullable: true,
    description: 'Its state after the write; null when it ceased to exist (merged).',
  })
  after!: unknown;
}
