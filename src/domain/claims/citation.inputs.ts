import { LENGTH, count } from '../../core/config/limits';
import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { Stance } from '../evidence/evidence-enums';

@InputType({ description: 'A citation: the source, the verbatim quote, and where the statement came from.' })
export class CitationInput {
  @Field(() => String, { description: 'Key or id of the citing source.' })
  @MaxLength(LENGTH.sourceRef)
  source!: string;

  @Field(() => String, {
    description: `Verbatim excerpt of the source (at most ${count(LENGTH.quote)} characters); checked against its text when stored.`,
  })
  @MaxLength(LENGTH.quote)
  quote!: string;

  @Field(() => Stance, { nullable: true, description: 'SUPPORTS (default) or DISPUTES.' })
  stance?: Stance | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Admiralty credibility 1 (confirmed) to 6 (cannot be judged, the default).',
  })
  @IsOptional()
  @Min(1)
  @Max(6)
  credibility?: number | null;

  @Field(() => [String], {
    nullable: true,
    description:
      'Keys or ids of the sources relayed, nearest first, ending at the origin; empty when the citing source is the origin.',
  })
  chain?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Key, name or alias of the actor whose voice the statement is.' })
  attributedTo?: string | null;

  @Field(() => String, {
    nullable: true,
    description: `Who said it, in the source's words (at most ${count(LENGTH.shortText)} characters).`,
  })
  @IsOptional()
  @MaxLength(LENGTH.shortText)
  attribution?: string | null;

  @Field(() => String, {
    nullable: true,
    description: `Where in the source, e.g. "paragraph 2" (at most ${count(LENGTH.name)} characters).`,
  })
  @IsOptional()
  @MaxLength(LENGTH.name)
  locator?: string | null;
}
