import { LENGTH, count } from '../../core/config/limits';
import { IsOptional, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { PartialDateScalar } from '../../core/graphql/partial-date.scalar';
import { Reliability } from '../evidence/admiralty';
import { SourceKind } from './source-kind.enum';

@InputType({ description: 'A new source.' })
export class CreateSourceInput {
  @Field(() => String, {
    description: `Slug: lowercase letters, digits and single hyphens, at most ${count(LENGTH.key)} characters.`,
  })
  @MaxLength(LENGTH.key)
  key!: string;

  @Field(() => String, { description: `Title or headline (at most ${count(LENGTH.title)} characters).` })
  @MaxLength(LENGTH.title)
  title!: string;

  @Field(() => String, { description: `Who published it (at most ${count(LENGTH.name)} characters).` })
  @MaxLength(LENGTH.name)
  publisher!: string;

  @Field(() => String, { nullable: true, description: `An http(s) URL (at most ${count(LENGTH.url)} characters).` })
  @IsOptional()
  @MaxLength(LENGTH.url)
  url?: string | null;

  @Field(() => SourceKind, { description: 'What sort of document.' })
  kind!: SourceKind;

  @Field(() => PartialDateScalar, { nullable: true, description: 'When it was published.' })
  publishedOn?: string | null;

  @Field(() => Reliability, { nullable: true, description: 'Admiralty reliability; F (cannot be judged) by default.' })
  reliability?: Reliability | null;

  @Field(() => String, {
    nullable: true,
    description: 'Key, name or alias of the actor whose voice the whole source is.',
  })
  attributedTo?: string | null;

  @Field(() => String, {
    nullable: true,
    description: `Full text (at most ${count(LENGTH.text)} characters); quotes citing the source are checked against it.`,
  })
  @IsOptional()
  @MaxLength(LENGTH.text)
  text?: string | null;
}

@InputType({ description: 'Corrections to a source; only the fields given change (null clears an optional one).' })
export class UpdateSourceInput {
  @Field(() => String, { description: 'The source: key or id.' })
  source!: string;

  @Field(() => String, { nullable: true, description: 'Title or headline.' })
  @IsOptional()
  @MaxLength(LENGTH.title)
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Who published it.' })
  @IsOptional()
  @MaxLength(LENGTH.name)
  publisher?: string | null;

  @Field(() => String, { nullable: true, description: 'An http(s) URL.' })
  @IsOptional()
  @MaxLength(LENGTH.url)
  url?: string | null;

  @Field(() => SourceKind, { nullable: true, description: 'What sort of document.' })
  kind?: SourceKind | null;

  @Field(() => PartialDateScalar, { nullable: true, description: 'When it was published.' })
  publishedOn?: string | null;

  @Field(() => Reliability, { nullable: true, description: 'Admiralty reliability.' })
  reliability?: Reliability | null;

  @Field(() => String, { nullable: true, description: 'The actor whose voice the whole source is.' })
  attributedTo?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Full text; every quote already citing the source must occur in it.',
  })
  @IsOptional()
  @MaxLength(LENGTH.text)
  text?: string | null;
}
