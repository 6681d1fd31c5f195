import type { ActorRow } from '../actors/actor.rows';
import type { SourceRow } from '../sources/source.rows';
import type { RecognitionRow, TransferRow } from '../claims/claim.rows';
import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { Actor } from '../actors/actor.entity';
import { Recognition } from '../claims/recognition.entity';
import { Transfer } from '../claims/transfer.entity';
import { Source } from '../sources/source.entity';

export enum SearchKind {
  ACTOR = 'ACTOR',
  SOURCE = 'SOURCE',
  TRANSFER = 'TRANSFER',
  RECOGNITION = 'RECOGNITION',
}
registerEnumType(SearchKind, {
  name: 'SearchKind',
  description: 'What a search hit is.',
  valuesConfig: {
    ACTOR: { description: 'An actor (name, aliases, description).' },
    SOURCE: { description: 'A source (title, publisher, text).' },
    TRANSFER: { description: 'A transfer (item, designation, context, quotes).' },
    RECOGNITION: { description: 'A recognition (quotes).' },
  },
});

@ObjectType({
  description: 'One search result, best first, with the matched words marked in a snippet.',
  simpleResolvers: true,
})
export class SearchHit {
  @Field(() => SearchKind, { description: 'What was found.' })
  kind!: SearchKind;

  @Field(() => Float, { description: 'Relevance: higher is better (comparable within one search).' })
  score!: number;

  @Field(() => String, { description: 'The matching text with each match in [brackets].' })
  snippet!: string;

  @Field(() => Actor, { nullable: true, description: 'The actor, for an ACTOR hit.' })
  actor!: ActorRow | null;

  @Field(() => Source, { nullable: true, description: 'The source, for a SOURCE hit.' })
  source!: SourceRow | null;

  @Field(() => Transfer, { nullable: true, description: 'The transfer, for a TRANSFER hit.' })
  transfer!: TransferRow | null;

  @Field(() => Recognition, { nullable: true, description: 'The recognition, for a RECOGNITION hit.' })
  recognition!: RecognitionRow | null;
}
