import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs } from '../../core/graphql/connection-args';
import type { ClassType } from 'type-graphql';
import type { Context } from '../../core/context/context';
import type { Page } from '../../core/graphql/connection';
import { DateTimeScalar } from '../../core/graphql/date-time.scalar';
import { ClaimOrder } from '../../core/graphql/order';
import { selectedFields } from '../../core/graphql/selection';
import { historyLoaders } from '../history/history.loaders';
import { HistoryEntryType } from '../history/history.types';
import { assessmentService } from './assessment.service';
import { Assessment } from './assessment.types';
import { Citation } from './citation.entity';
import type { CitationRow } from './citation.rows';
import { claimEvidence } from './claim-evidence';
import { evidencePlan, projectedEvidence } from './evidence-projection';
import type { ClaimKind } from './claim-kinds';
import type { RecognitionRow, TransferRow } from './claim.rows';
import { claimService } from './claim.service';

/** What differs between the two kinds of claim, for the resolver they share. */
export interface ClaimResolverOptions<Row> {
  readonly type: ClassType;
  readonly connection: ClassType;
  readonly filter: ClassType;
  readonly kind: ClaimKind<Row>;
  /** the query names and the noun in descriptions: "transfer" → transfer(id:), transfers(…) */
  readonly singular: string;
  readonly plural: string;
}

/**
 * The part of the Transfer and Recognition resolvers that is the same for both: the list and
 * one-claim queries, and the evidence, assessment and history fields. Each kind's resolver
 * extends it and adds its own parties and facts.
 */
export function claimResolver<Row extends TransferRow | RecognitionRow>(o: ClaimResolverOptions<Row>) {
  const Noun = o.plural.charAt(0).toUpperCase() + o.plural.slice(1);

  @Resolver(() => o.type)
  abstract class ClaimResolver {
    @Query(() => o.connection, {
      name: o.plural,
      description: `${Noun} matching the filter, as a Relay connection (retracted ones hidden unless asked for).`,
    })
    list(
      @Ctx() ctx: Context,
      @Args(() => ConnectionArgs) page: ConnectionArgs,
      @Arg('filter', () => o.filter, {
        nullable: true,
        description: `Which ${o.plural}; all unretracted ones when omitted.`,
      })
      filter?: object,
      @Arg('orderBy', () => ClaimOrder, {
        nullable: true,
        defaultValue: ClaimOrder.NEWEST_FIRST,
        description: 'Order of the list (stable: ties broken by id).',
      })
      orderBy?: ClaimOrder,
      @Arg('asOf', () => DateTimeScalar, {
        nullable: true,
        description:
          'What the knowledge base held at this instant: each claim as it was then, with the evidence it had then.',
      })
      asOf?: Date,
      @Info() info?: GraphQLResolveInfo,
    ): Promise<Page<Row>> {
      const fields = selectedFields(info!, ['edges', 'node']);
      return claimService.list(ctx, o.kind, filter, orderBy, page, asOf, fields);
    }

    @Query(() => o.type, {
      name: o.singular,
      nullable: true,
      description: `One ${o.singular} by id (retracted ones included).`,
    })
    one(
      @Ctx() ctx: Context,
      @Arg('id', () => ID, { description: "The claim's id." }) id: string,
      @Arg('asOf', () => DateTimeScalar, {
        nullable: true,
        description: 'The claim as it was at this instant (null if it did not exist yet).',
      })
      asOf?: Date,
    ): Promise<Row | null> {
      return claimService.one(ctx, o.kind, id, asOf);
    }

    @FieldResolver(() => [Citation], {
      description: 'The citations that support or dispute this claim, in the order recorded.',
    })
    evidence(@Root() claim: Row, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<CitationRow[]> {
      const plan = claim.asOf ? null : evidencePlan(info);
      return plan ? projectedEvidence(ctx, o.kind.table, plan).load(claim.id) : claimEvidence(ctx, o.kind.table, claim);
    }

    @FieldResolver(() => Assessment, { description: 'What the evidence amounts to.' })
    async assessment(@Root() claim: Row, @Ctx() ctx: Context): Promise<Assessment> {
      const citations = await claimEvidence(ctx, o.kind.table, claim);
      return assessmentService.forCitations(ctx, citations, claim.asOf ? claim : undefined);
    }

    @FieldResolver(() => [HistoryEntryType], { description: 'Every write to this claim, oldest first.' })
    history(@Root() claim: Row, @Ctx() ctx: Context): Promise<HistoryEntryType[]> {
      return historyLoaders(ctx).historyByEntity.load(claim.id);
    }
  }
  return ClaimResolver;
}
