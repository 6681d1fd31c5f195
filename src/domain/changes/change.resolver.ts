import { GraphQLJSON } from 'graphql-scalars';
import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../../core/context/context';
import { connectionTypes } from '../../core/graphql/connection';
import type { Page } from '../../core/graphql/connection';
import { ConnectionArgs } from '../../core/graphql/connection-args';
import { ClaimUnion } from '../claims/claim.mutations';
import { claimLoaders } from '../claims/claim.loaders';
import type { RecognitionRow, TransferRow } from '../claims/claim.rows';
import { changeStream } from './change-stream';
import { changeCursor, changeDetails, listChanges } from './change.service';
import { ChangeFilter, ChangeType, ClaimChange } from './change.types';
import type { ChangeRow, ClaimChangeRow } from './change.types';

export const ChangeConnection = connectionTypes('Change', ChangeType);

const filterArg = () =>
  Arg('filter', () => ChangeFilter, {
    nullable: true,
    description: 'Which writes; all the caller may see when omitted.',
  });
const afterArg = () =>
  Arg('after', () => String, {
    nullable: true,
    description:
      "Start after this cursor (a Change's cursor, or an edge's of changes): the writes since are delivered first, then each new one. From now when omitted.",
  });

/** A subscription's stream: the feed from its `after`, with its filter and what the field adds to it. */
const streamWith =
  (narrowing: ChangeFilter) =>
  ({ args, context }: { args: { filter?: ChangeFilter | null; after?: string | null }; context: unknown }) =>
    changeStream(context as Context, { ...(args.filter ?? {}), ...narrowing }, args.after);

/**
 * The change feed: every write, in commit order, as a connection (changes) and as live
 * subscriptions over graphql-sse (claimsChanged, verdictChanged), with one filter for all three.
 */
@Resolver(() => ChangeType)
export class ChangeResolver {
  @Query(() => ChangeConnection, {
    description:
      'Every write in the order it committed (the history log), oldest first: pass endCursor as "after" to read what was written since. Writes to API keys are for ADMIN, to drafts for EDITOR.',
  })
  changes(
    @Ctx() ctx: Context,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @filterArg() filter?: ChangeFilter,
  ): Promise<Page<ChangeRow>> {
    return listChanges(ctx, filter, page);
  }

  @Subscription(() => ChangeType, {
    description:
      'Each write that touched a claim (wrote it, or changed its evidence), as it commits: over graphql-sse at /graphql/stream.',
    subscribe: streamWith({ touchedClaims: true }),
  })
  claimsChanged(
    @Root() change: ChangeRow,
    @filterArg() _filter?: ChangeFilter,
    @afterArg() _after?: string,
  ): ChangeRow {
    return change;
  }

  @Subscription(() => ChangeType, {
    description:
      "Each write that changed a claim's verdict (creations included), as it commits: over graphql-sse at /graphql/stream.",
    subscribe: streamWith({ verdictChanged: true }),
  })
  verdictChanged(
    @Root() change: ChangeRow,
    @filterArg() _filter?: ChangeFilter,
    @afterArg() _after?: string,
  ): ChangeRow {
    return change;
  }

  @FieldResolver(() => String, {
    description: 'Its cursor: pass it as "after" to changes or a subscription to read on.',
  })
  cursor(@Root() change: ChangeRow): string {
    return changeCursor(change);
  }

  @FieldResolver(() => GraphQLJSON, {
    nullable: true,
    description: 'The entity before the write; null for a creation.',
  })
  async before(@Root() change: ChangeRow, @Ctx() ctx: Context): Promise<unknown> {
    return (await changeDetails(ctx).states.load(change.id)).before;
  }

  @FieldResolver(() => GraphQLJSON, {
    nullable: true,
    description: 'The entity after the write; null when it ceased to exist (merged).',
  })
  async after(@Root() change: ChangeRow, @Ctx() ctx: Context): Promise<unknown> {
    return (await changeDetails(ctx).states.load(change.id)).after;
  }

  @FieldResolver(() => [ClaimChange], {
    description: 'The claims the write touched, with their verdicts before and after (transfers first).',
  })
  claims(@Root() change: ChangeRow, @Ctx() ctx: Context): Promise<ClaimChangeRow[]> {
    return changeDetails(ctx).claims.load(change.sequence);
  }
}

@Resolver(() => ClaimChange)
export class ClaimChangeResolver {
  @FieldResolver(() => ClaimUnion, { nullable: true, description: 'The claim as it stands now.' })
  claim(@Root() c: ClaimChangeRow, @Ctx() ctx: Context): Promise<TransferRow | RecognitionRow | null> {
    const loaders = claimLoaders(ctx);
    return c.claimType === 'transfer' ? loaders.transferById.load(c.claimId) : loaders.recognitionById.load(c.claimId);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the write changed its verdict (a creation does: from none).' })
  verdictChanged(@Root() c: ClaimChangeRow): boolean {
    return c.verdictAfter !== null && c.verdictBefore !== c.verdictAfter;
  }
}
