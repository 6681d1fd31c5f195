import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { LENGTH, count } from '../../core/config/limits';
import { PartialDateScalar } from '../../core/graphql/partial-date.scalar';
import { Stance } from '../evidence/evidence-enums';
import { TransferCategory } from '../claims/claim-enums';
import { PeriodInput, QuantityInput } from '../claims/claim-write.inputs';
import { SourceKind } from '../sources/source-kind.enum';
import { DraftState, DraftStatus } from './draft.types';

@InputType({ description: 'A text to draft claims from, with what its source will be.' })
export class DraftClaimsInput {
  @Field(() => String, {
    description: `The article: English plain text or HTML (converted to text), at most ${count(LENGTH.text)} characters.`,
  })
  text!: string;

  @Field(() => String, { nullable: true, description: 'Title or headline.' })
  @IsOptional()
  @MaxLength(LENGTH.title)
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Who published it.' })
  @IsOptional()
  @MaxLength(LENGTH.name)
  publisher?: string | null;

  @Field(() => PartialDateScalar, {
    nullable: true,
    description: 'When: relative dates ("last week") are resolved against it.',
  })
  publishedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'An http(s) URL.' })
  @IsOptional()
  @MaxLength(LENGTH.url)
  url?: string | null;

  @Field(() => SourceKind, { nullable: true, description: 'What sort of document (NEWS_REPORT by default).' })
  kind?: SourceKind | null;
}

@InputType({ description: 'Which drafts.' })
export class DraftFilter {
  @Field(() => DraftState, { nullable: true, description: 'Only drafts in this state.' })
  state?: DraftState | null;

  @Field(() => ID, { nullable: true, description: 'Only the drafts of this batch.' })
  batch?: string | null;
}

@InputType({ description: "What the editor changes before accepting a draft; fields left out keep the draft's value." })
export class DraftCorrectionsInput {
  @Field(() => String, { nullable: true, description: 'Supplier: key, name or alias of an existing actor.' })
  supplier?: string | null;

  @Field(() => String, { nullable: true, description: 'Recipient: key, name or alias.' })
  recipient?: string | null;

  @Field(() => String, { nullable: true, description: 'Recognizer: key, name or alias.' })
  recognizer?: string | null;

  @Field(() => String, { nullable: true, description: 'Recognized: key, name or alias.' })
  recognized?: string | null;

  @Field(() => String, { nullable: true, description: 'What, in plain words.' })
  @IsOptional()
  @MaxLength(LENGTH.shortText)
  item?: string | null;

  @Field(() => String, { nullable: true, description: 'Model or designation.' })
  @IsOptional()
  @MaxLength(LENGTH.name)
  designation?: string | null;

  @Field(() => TransferCategory, { nullable: true, description: 'What kind of thing.' })
  category?: TransferCategory | null;

  @Field(() => DraftStatus, { nullable: true, description: "Status (a transfer's or a recognition's)." })
  status?: DraftStatus | null;

  @Field(() => QuantityInput, { nullable: true, description: 'How many.' })
  quantity?: QuantityInput | null;

  @Field(() => PeriodInput, { nullable: true, description: 'When (a recognition: its date is the start).' })
  period?: PeriodInput | null;

  @Field(() => Stance, { nullable: true, description: 'SUPPORTS or DISPUTES.' })
  stance?: Stance | null;

  @Field(() => String, { nullable: true, description: 'The quote: a verbatim span of the text.' })
  @IsOptional()
  @MaxLength(LENGTH.quote)
  quote?: string | null;

  @Field(() => Int, { nullable: true, description: 'Admiralty credibility 1–6.' })
  @IsOptional()
  @Min(1)
  @Max(6)
  credibility?: number | null;

  @Field(() => String, { nullable: true, description: 'The actor whose voice it is: key, name or alias.' })
  attributedTo?: string | null;

  @Field(() => String, { nullable: true, description: 'Who said it, in words.' })
  @IsOptional()
  @MaxLength(LENGTH.shortText)
  attribution?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Keys or ids of the sources it was relayed through, nearest first.',
  })
  chain?: string[] | null;

  @Field(() => String, { nullable: true, description: 'The conflict or setting.' })
  @IsOptional()
  @MaxLength(LENGTH.context)
  context?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'An existing claim to add the citation to instead of recording a new one (required for a denial).',
  })
  claim?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Key of the source to create, when the text is not yet a source.',
  })
  @IsOptional()
  @MaxLength(LENGTH.key)
  sourceKey?: string | null;

  @Field(() => String, { nullable: true, description: 'Title of the source to create, when the batch has none.' })
  @IsOptional()
  @MaxLength(LENGTH.title)
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Publisher of the source to create, when the batch has none.' })
  @IsOptional()
  @MaxLength(LENGTH.name)
  publisher?: string | null;
}
