import { Field, Float, InputType, ObjectType } from 'type-graphql';

/** The GraphQL types of SIPRI's trend-indicator values (see transfer-figures.ts). */
const TIV_DESCRIPTION =
  "SIPRI's trend-indicator values, in millions of TIV: a measure of the military capability transferred, priced in SIPRI's own constant unit. Not money, and not comparable with sales figures.";

@ObjectType({ description: TIV_DESCRIPTION, simpleResolvers: true })
export class TrendIndicatorValues {
  @Field(() => Float, { nullable: true, description: 'The value of one unit.' })
  perUnit!: number | null;

  @Field(() => Float, { nullable: true, description: 'The value of the whole order.' })
  order!: number | null;

  @Field(() => Float, { nullable: true, description: 'The value of what had been delivered.' })
  delivered!: number | null;
}

@InputType({ description: `${TIV_DESCRIPTION} Each non-negative, at most six decimals.` })
export class TrendIndicatorValuesInput {
  @Field(() => Float, { nullable: true, description: 'The value of one unit.' })
  perUnit?: number | null;

  @Field(() => Float, { nullable: true, description: 'The value of the whole order.' })
  order?: number | null;

  @Field(() => Float, { nullable: true, description: 'The value of what had been delivered.' })
  delivered?: number | null;
}
