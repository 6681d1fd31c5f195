import { PAGE } from '../../core/config/limits';
import type { GraphQLResolveInfo } from 'graphql';
import { DateTimeScalar } from '../../core/graphql/date-time.scalar';
import { Arg, Ctx, Info, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { Actor } from '../actors/actor.entity';
import type { ActorRow } from '../actors/actor.rows';
import { connectionTypes } from '../../core/graphql/connection';
import { selectedFields } from '../../core/graphql/selection';
import type { Page } from '../../core/graphql/connection';
import { ClaimOrder } from '../../core/graphql/order';
import { PartialDateScalar } from '../../core/graphql/partial-date.scalar';
import type { Context } from '../../core/context/context';
import { Assessment } from './assessment.types';
import { assessmentService } from './assessment.service';
import { claimEvidence } from './claim-evidence';
import { HistoryEntryType } from '../history/history.types';
import { Citation } from './citation.entity';
import type { CitationRow } from './citation.rows';
import { RECOGNITION_KIND } from './claim-kinds';
import type { RecognitionRow } from './claim.rows';
import { claimService } from './claim.service';
import { Recognition } from './recognition.entity';
import { RecognitionFilter } from './recognition.inputs';
import { actorLoaders } from '../actors/actor.loaders';
import { historyLoaders } from '../history/history.loaders';

export const RecognitionConnection = connectionTypes('Recognition', Recognition);

@Resolver(() => Recognition)
export class RecognitionResolver {
  @Query(() => RecognitionConnection, {
    description: 'Recognitions matching the filter, as a Relay connection (retracted ones hidden unless asked for).',
  })
  recognitions(
    @Ctx() ctx: Context,
    @Arg('filter', () => RecognitionFilter, {
      nullable: true,
      description: 'Which recognitions; all unretracted ones when omitted.',
    })
    filter?: RecognitionFilter,
    @Arg('orderBy', () => ClaimOrder, {
      nullable: true,
      defaultValue: ClaimOrder.NEWEST_FIRST,
      description: 'Order of the list (stable: ties broken by id).',
    })
    orderBy?: ClaimOrder,
    @Arg('first', () => Int, {
      nullable: true,
      description: `Page size: default ${PAGE.defaultSize}, at most ${PAGE.maxSize}.`,
    })
    first?: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor to continue after (pageInfo.endCursor).' })
    after?: string,
    @Arg('asOf', () => DateTimeScalar, {
      nullable: true,
      description:
        'What the knowledge base held at this instant: each claim as it was then, with the evidence it had then.',
    })
    asOf?: Date,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<Page<RecognitionRow>> {
    return claimService.list(
      ctx,
      RECOGNITION_KIND,
      filter,
      orderBy,
      first,
      after,
      asOf,
      selectedFields(info!, ['edges', 'node']),
    );
  }

  @Query(() => Recognition, { nullable: true, description: 'One recognition by id (retracted ones included).' })
  recognition(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: "The claim's id." }) id: string,
    @Arg('asOf', () => DateTimeScalar, {
      nullable: true,
      description: 'The claim as it was at this instant (null if it did not exist yet).',
    })
    asOf?: Date,
  ): Promise<RecognitionRow | null> {
    return claimService.one(ctx, RECOGNITION_KIND, id, asOf);
  }

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

  @FieldResolver(() => [Citation], {
    description: 'The citations that support or dispute this claim, in the order recorded.',
  })
  evidence(@Root() r: RecognitionRow, @Ctx() ctx: Context): Promise<CitationRow[]> {
    return claimEvidence(ctx, 'recognition', r);
  }

  @FieldResolver(() => Assessment, { description: 'What the evidence amounts to.' })
  async assessment(@Root() r: RecognitionRow, @Ctx() ctx: Context): Promise<Assessment> {
    return assessmentService.forCitations(ctx, await claimEvidence(ctx, 'recognition', r), r.asOf ? r : undefined);
  }

  @FieldResolver(() => [HistoryEntryType], { description: 'Every write to this claim, oldest first.' })
  history(@Root() r: RecognitionRow, @Ctx() ctx: Context): Promise<HistoryEntryType[]> {
    return historyLoaders(ctx).historyByEntity.load(r.id);
  }
}
