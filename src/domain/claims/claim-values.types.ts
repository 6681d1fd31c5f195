import { GraphQLSafeInt } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { PartialDateScalar } from '../../core/graphql/partial-date.scalar';
import { Actor } from '../actors/actor.entity';
import { TransferCategory } from './claim-enums';
import { Transfer } from './transfer.entity';
import { Verdict } from '../evidence/evidence-enums';

@ObjectType({
  description:
    'A quantity as the evidence gives it: a range with the original wording. "millions" is min 1,000,000 and no max; unknown is all null.',
  simpleResolvers: true,
})
export class Quantity {
  @Field(() => GraphQLSafeInt, { nullable: true, description: 'Lower bound, when known.' })
  min!: number | null;

  @Field(() => GraphQLSafeInt, { nullable: true, description: 'Upper bound, when known.' })
  max!: number | null;

  @Field(() => String, { nullable: true, description: 'The original wording, e.g. "millions", "hundreds".' })
  text!: string | null;

  @Field(() => GraphQLSafeInt, { nullable: true, description: 'How many had been delivered, when the source says.' })
  delivered!: number | null;
}

@ObjectType({
  description: 'The period of an order or delivery, as PartialDates; either end may be unknown.',
  simpleResolvers: true,
})
export class Period {
  @Field(() => PartialDateScalar, { nullable: true, description: 'When it started (or the only known date).' })
  start!: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: 'When it ended.' })
  end!: string | null;
}

@ObjectType({
  description: 'All transfers from one supplier to one recipient, aggregated: one line of "who supplies whom".',
  simpleResolvers: true,
})
export class SupplyRelation {
  @Field(() => Actor, { description: 'The supplier.' })
  supplier!: Actor;

  @Field(() => Actor, { description: 'The recipient (the actor asked about, when rolled up over its bodies).' })
  recipient!: Actor;

  @Field(() => Int, { description: 'How many transfers the relation holds.' })
  transferCount!: number;

  @Field(() => [Transfer], { description: 'The transfers, newest first.' })
  transfers!: Transfer[];

  @Field(() => [TransferCategory], { description: 'The categories of its transfers.' })
  categories!: TransferCategory[];

  @Field(() => Period, {
    description: 'From the earliest to the latest day its dated transfers cover; null ends when none is dated.',
  })
  period!: Period;

  @Field(() => Verdict, {
    description: 'The strongest verdict among its transfers (CORROBORATED > SINGLE_SOURCE > CONTESTED > UNSUPPORTED).',
  })
  strongestVerdict!: Verdict;

  @Field(() => Int, {
    description:
      'Distinct independent voices behind its transfers: a voice behind many transfers (or echoed by many articles) counts once.',
  })
  independentVoices!: number;
}
