import { LENGTH, count } from '../../core/config/limits';
import { GraphQLSafeInt } from 'graphql-scalars';
import { IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { PartialDateScalar } from '../../core/graphql/partial-date.scalar';
import { CitationInput } from './citation.inputs';
import { RecognitionStatus, TransferCategory, TransferStatus } from './claim-enums';
import { TransferCondition, UncertainFigure } from './transfer-figures';
import { TrendIndicatorValuesInput } from './transfer-figures.types';

@InputType({
  description: 'A quantity as the evidence gives it: bounds (0 or more, min ≤ max) and the original wording.',
})
export class QuantityInput {
  @Field(() => GraphQLSafeInt, { nullable: true, description: 'Lower bound.' })
  min?: number | null;

  @Field(() => GraphQLSafeInt, { nullable: true, description: 'Upper bound.' })
  max?: number | null;

  @Field(() => String, {
    nullable: true,
    description: `The original wording, e.g. "millions" (at most ${count(LENGTH.name)} characters).`,
  })
  @IsOptional()
  @MaxLength(LENGTH.name)
  text?: string | null;

  @Field(() => GraphQLSafeInt, { nullable: true, description: 'How many had been delivered, when the source says.' })
  delivered?: number | null;
}

@InputType()
abstract class TransferFigureFields {
  @Field(() => TransferCondition, { nullable: true, description: 'New, second hand, or second hand and modernised.' })
  condition?: TransferCondition | null;

  @Field(() => [Int], { nullable: true, description: 'Every year of delivery (four digits each).' })
  deliveryYears?: number[] | null;

  @Field(() => [UncertainFigure], { nullable: true, description: 'The figures the source marks as uncertain.' })
  uncertain?: UncertainFigure[] | null;

  @Field(() => TrendIndicatorValuesInput, { nullable: true, description: "SIPRI's trend-indicator values." })
  tiv?: TrendIndicatorValuesInput | null;
}

@InputType({ description: 'A period as PartialDates; the end may not precede the start.' })
export class PeriodInput {
  @Field(() => PartialDateScalar, { nullable: true, description: 'When it started (or the only known date).' })
  start?: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: 'When it ended.' })
  end?: string | null;
}

@InputType({ description: 'A transfer with its evidence, recorded in one transaction. Actors by key, name or alias.' })
export class RecordTransferInput extends TransferFigureFields {
  @Field(() => String, { description: 'Who supplies.' })
  supplier!: string;

  @Field(() => String, { description: 'Who receives (not the supplier).' })
  recipient!: string;

  @Field(() => String, { nullable: true, description: 'An actor it passed through.' })
  intermediary?: string | null;

  @Field(() => String, { nullable: true, description: 'Where the items were made, when not by the supplier.' })
  originCountry?: string | null;

  @Field(() => TransferCategory, { description: 'What kind of thing.' })
  category!: TransferCategory;

  @Field(() => String, { description: `What, in plain words (at most ${count(LENGTH.shortText)} characters).` })
  @MaxLength(LENGTH.shortText)
  item!: string;

  @Field(() => String, {
    nullable: true,
    description: `Model or designation (at most ${count(LENGTH.name)} characters).`,
  })
  @IsOptional()
  @MaxLength(LENGTH.name)
  designation?: string | null;

  @Field(() => QuantityInput, { nullable: true, description: 'How many.' })
  quantity?: QuantityInput | null;

  @Field(() => TransferStatus, { description: 'How far it had gone.' })
  status!: TransferStatus;

  @Field(() => PeriodInput, { nullable: true, description: 'When.' })
  period?: PeriodInput | null;

  @Field(() => String, {
    nullable: true,
    description: `The conflict or setting (at most ${count(LENGTH.context)} characters).`,
  })
  @IsOptional()
  @MaxLength(LENGTH.context)
  context?: string | null;

  @Field(() => [CitationInput], { description: 'The evidence: at least one SUPPORTS citation.' })
  citations!: CitationInput[];
}

@InputType({ description: 'A recognition with its evidence, recorded in one transaction.' })
export class RecordRecognitionInput {
  @Field(() => String, { description: 'Who recognizes.' })
  recognizer!: string;

  @Field(() => String, { description: 'Who is recognized.' })
  recognized!: string;

  @Field(() => RecognitionStatus, { description: 'Recognized or withdrawn.' })
  status!: RecognitionStatus;

  @Field(() => PartialDateScalar, { nullable: true, description: 'When.' })
  date?: string | null;

  @Field(() => [CitationInput], { description: 'The evidence: at least one SUPPORTS citation.' })
  citations!: CitationInput[];
}

@InputType({
  description:
    'Corrections to a transfer; only the fields given change. Evidence changes through addCitation and removeCitation.',
})
export class UpdateTransferInput extends TransferFigureFields {
  @Field(() => ID, { description: 'The transfer.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Who supplies.' })
  supplier?: string | null;

  @Field(() => String, { nullable: true, description: 'Who receives.' })
  recipient?: string | null;

  @Field(() => String, { nullable: true, description: 'An actor it passed through.' })
  intermediary?: string | null;

  @Field(() => String, { nullable: true, description: 'Where the items were made.' })
  originCountry?: string | null;

  @Field(() => TransferCategory, { nullable: true, description: 'What kind of thing.' })
  category?: TransferCategory | null;

  @Field(() => String, { nullable: true, description: 'What, in plain words.' })
  @IsOptional()
  @MaxLength(LENGTH.shortText)
  item?: string | null;

  @Field(() => String, { nullable: true, description: 'Model or designation.' })
  @IsOptional()
  @MaxLength(LENGTH.name)
  designation?: string | null;

  @Field(() => QuantityInput, { nullable: true, description: 'How many (replaces the whole quantity).' })
  quantity?: QuantityInput | null;

  @Field(() => TransferStatus, { nullable: true, description: 'How far it had gone.' })
  status?: TransferStatus | null;

  @Field(() => PeriodInput, { nullable: true, description: 'When (replaces the whole period).' })
  period?: PeriodInput | null;

  @Field(() => String, {
    nullable: true,
    description: `The conflict or setting (at most ${count(LENGTH.context)} characters).`,
  })
  @IsOptional()
  @MaxLength(LENGTH.context)
  context?: string | null;
}

@InputType({ description: 'Corrections to a recognition; only the fields given change.' })
export class UpdateRecognitionInput {
  @Field(() => ID, { description: 'The recognition.' })
  id!: string;

  @Field(() => RecognitionStatus, { nullable: true, description: 'Recognized or withdrawn.' })
  status?: RecognitionStatus | null;

  @Field(() => PartialDateScalar, { nullable: true, description: 'When.' })
  date?: string | null;
}
