import { Field, Int, ObjectType } from 'type-graphql';
import { TransferCategory } from '../claims/claim-enums';
import { Verdict } from '../evidence/evidence-enums';

@ObjectType({
  description:
    'Transfers of one year, category and verdict, counted: the cells of a timeline stacked by category with the verdicts visible.',
  simpleResolvers: true,
})
export class TimelineCell {
  @Field(() => Int, {
    nullable: true,
    description: 'The year the transfer starts (its order, or its first delivery); null for undated transfers.',
  })
  year!: number | null;

  @Field(() => TransferCategory, { description: 'The category.' })
  category!: TransferCategory;

  @Field(() => Verdict, { description: 'What the evidence amounts to.' })
  verdict!: Verdict;

  @Field(() => Int, { description: 'How many transfers (deals).' })
  count!: number;

  @Field(() => Number, {
    nullable: true,
    description: "Sum of SIPRI's trend-indicator values of the orders that have one; null when none has.",
  })
  tivOrder!: number | null;

  @Field(() => Number, {
    nullable: true,
    description: 'Sum of the trend-indicator values of what had been delivered, where known; null when none is.',
  })
  tivDelivered!: number | null;
}
