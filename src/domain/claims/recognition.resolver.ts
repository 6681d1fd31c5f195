import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context/context';
import { connectionTypes } from '../../core/graphql/connection';
import { PartialDateScalar } from '../../core/graphql/partial-date.scalar';
import { actorLoaders } from '../actors/actor.loaders';
import { Actor } from '../actors/actor.entity';
import type { ActorRow } from '../actors/actor.rows';
import { RECOGNITION_KIND } from './claim-kinds';
import { claimResolver } from './claim.resolver';
import type { RecognitionRow } from './claim.rows';
import { Recognition } from './recognition.entity';
import { RecognitionFilter } from './recognition.inputs';

export const RecognitionConnection = connectionTypes('Recognition', Recognition);

/** recognitions(…), recognition(id:) and a recognition's fields; evidence, assessment and history come from claimResolver. */
@Resolver(() => Recognition)
export class RecognitionResolver extends claimResolver<RecognitionRow>({
  type: Recognition,
  connection: RecognitionConnection,
  filter: RecognitionFilter,
  kind: RECOGNITION_KIND,
  singular: 'recognition',
  plural: 'recognitions',
}) {
  @FieldResolver(() => Actor, { description: 'Who recognizes.' })
  recognizer(@Root() r: RecognitionRow, @Ctx() ctx: Context): Promise<ActorRow | null> {
    return actorLoaders(ctx).actorById.load(r.recognizerId);
  }

  @FieldResolver(() => Actor, { description: 'Who is recognized.' })
  recognized(@Root() r: RecognitionRow, @Ctx() ctx: Context): Promise<ActorRow | null> {
    return actorLoaders(ctx).actorById.load(r.recognizedId);
  }

  @FieldResolver(() => PartialDateScalar, {
    nullable: true,
    description: 'When it happened, as a PartialDate ("2022-07").',
  })
  date(@Root() r: RecognitionRow): string | null {
    return r.recognizedOn;
  }
}
