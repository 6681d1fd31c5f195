import { IsOptional, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { PartialDateScalar } from '../../core/graphql/partial-date.scalar';
import { Reliability } from '../evidence/admiralty';
import { SourceKind } from './source-kind.enum';

@InputType({ description: 'A new source.' })
export class CreateSourceInput {
  @Field(() => String, { description: 'Slug: lowercase letters, digits and single hyphens, at most 100 characters.' })
  @MaxLength(100)
  key!: string;

  @Field(() => String, { description: 'Title or headline (at most 500 characters).' })
  @MaxLength(500)
  title!: string;

  @Field(() => String, { description: 'Who published it (at most 200 characters).' })
  @MaxLength(200)
  publisher!: string;

  @Field(() => String, { nullable: true, description: 'An http(s) URL (at most 2,000 characters).' })
  @IsOptional()
  @MaxLength(2000)
  url?: string | null;

  @Field(() => SourceKind, { description: 'What sort of document.' })
  kind!: SourceKind;

  @Field(() => PartialDateScalar, { nullable: true, description: 'When it was published.' })
  publishedOn?: string | null;

  @Field(() => Reliability, { nullable: true, description: 'Admiralty reliability; F (cannot be judged) by default.' })
  reliability?: Reliability | null;

  @Field(() => String, { nullable: true, description: 'Key, name or alias of the actor whose voice the whole source is.' })
  attributedTo?: string | null;

  @Field(() => String, { nullable: true, description: 'Full text (at most 1,000,000 characters); quotes citing the source are checked against it.' })
  @IsOptional()
  @MaxLength(1_000_000)
  text?: string | null;
}

@InputType({ description: 'Corrections to a source; only the fields given change (null clears an optional one).' })
export class UpdateSourceInput {
  @Field(() => String, { description: 'The source: key or id.' })
  source!: string;

  @Field(() => String, { nullable: true, description: 'Title or headline.' })
  @IsOptional()
  @MaxLength(500)
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Who published it.' })
  @IsOptional()
  @MaxLength(200)
  publisher?: string | null;

  @Field(() => String, { nullable: true, description: 'An http(s) URL.' })
  @IsOptional()
  @MaxLength(2000)
  url?: string | null;

  @Field(() => SourceKind, { nullable: true, description: 'What sort of document.' })
  kind?: SourceKind | null;

  @Field(() => PartialDateScalar, { nullable: true, description: 'When it was published.' })
  publishedOn?: string | null;

  @Field(() => Reliability, { nullable: true, description: 'Admiralty reliability.' })
  reliability?: Reliability | null;

  @Field(() => String, { nullable: true, description: 'The actor whose voice the whole source is.' })
  attributedTo?: string | null;

  @Field(() => String, { nullable: true, description: 'Full text; every quote already citing the source must occur in it.' })
  @IsOptional()
  @MaxLength(1_000_000)
  text?: string | null;
}
