import { LENGTH, count } from '../../core/config/limits';
import { IsOptional, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { ActorKind } from './actor-kind.enum';

@InputType({
  description:
    'A new actor. Its key, name and aliases must not name any other actor (ignoring case, accents and punctuation).',
})
export class CreateActorInput {
  @Field(() => String, {
    description: `Slug: lowercase letters, digits and single hyphens, at most ${count(LENGTH.key)} characters.`,
  })
  @MaxLength(LENGTH.key)
  key!: string;

  @Field(() => String, { description: `Display name (at most ${count(LENGTH.name)} characters).` })
  @MaxLength(LENGTH.name)
  name!: string;

  @Field(() => ActorKind, { description: 'What sort of actor.' })
  kind!: ActorKind;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-3 code, for states.' })
  countryCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Key, name or alias of the actor it belongs to.' })
  parent?: string | null;

  @Field(() => String, { nullable: true, description: 'Free text.' })
  @IsOptional()
  @MaxLength(LENGTH.description)
  description?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: `Other names (each at most ${count(LENGTH.name)} characters).`,
  })
  aliases?: string[] | null;
}

@InputType({ description: 'Corrections to an actor; only the fields given change (null clears an optional one).' })
export class UpdateActorInput {
  @Field(() => String, { description: 'The actor: id, key, name or alias.' })
  actor!: string;

  @Field(() => String, { nullable: true, description: 'New display name.' })
  @IsOptional()
  @MaxLength(LENGTH.name)
  name?: string | null;

  @Field(() => ActorKind, { nullable: true, description: 'What sort of actor.' })
  kind?: ActorKind | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-3 code.' })
  countryCode?: string | null;

  @Field(() => String, { nullable: true, description: 'The actor it belongs to; may not be itself or below it.' })
  parent?: string | null;

  @Field(() => String, { nullable: true, description: 'Free text.' })
  @IsOptional()
  @MaxLength(LENGTH.description)
  description?: string | null;
}
