import { NETWORK } from '../../core/config/limits';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Info, Int, Query, Resolver } from 'type-graphql';
import { selectedFields } from '../../core/graphql/selection';
import { RecognitionFilter } from '../claims/recognition.inputs';
import { TransferFilter } from '../claims/transfer.inputs';
import type { Context } from '../../core/context/context';
import { RecognitionStatsGroupBy } from './network.enums';
import { NetworkFilter } from './network.inputs';
import { networkService } from './network.service';
import { CoRecognizer, StatsGroup, StatsGroupBy, SupplyChain, SupplyNetwork } from './network.types';
import { statsService } from './stats.service';
import { transferTimeline } from './timeline.service';
import { TimelineCell } from './timeline.types';

@Resolver()
export class NetworkResolver {
  @Query(() => SupplyNetwork, {
    description:
      'The network around some actors (each with the bodies below it), ready to draw: hops count in both directions.',
  })
  supplyNetwork(
    @Ctx() ctx: Context,
    @Arg('around', () => [String], { description: 'Actors at the centre: keys, names or aliases.' }) around: string[],
    @Arg('depth', () => Int, { defaultValue: 1, description: `Hops from the centre, 1 to ${NETWORK.maxDepth}.` })
    depth: number,
    @Arg('filter', () => NetworkFilter, { nullable: true, description: 'Which claims make edges.' })
    filter?: NetworkFilter,
    @Arg('includeRecognitions', () => Boolean, { defaultValue: false, description: 'Add recognition edges.' })
    includeRecognitions?: boolean,
    @Arg('maxNodes', () => Int, {
      defaultValue: NETWORK.defaultMaxNodes,
      description: `At most this many nodes (1 to ${NETWORK.maxNodes}); truncated tells when the limit cut the walk short.`,
    })
    maxNodes?: number,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<SupplyNetwork> {
    // The edges' voices are read only when asked for (they were most of the cost of a network).
    const edgeFields = selectedFields(info!, ['edges']);
    const withVoices = edgeFields.has('voices') || edgeFields.has('independentVoices');
    const withTiv = ['tivOrder', 'tivDelivered', 'tivCount'].some((f) => edgeFields.has(f));
    return networkService.network(
      ctx,
      around,
      depth,
      filter,
      includeRecognitions ?? false,
      maxNodes,
      withVoices,
      withTiv,
    );
  }

  @Query(() => [SupplyChain], {
    description: `Directed paths of transfers from one actor to another (each with its bodies), shortest first, at most ${NETWORK.maxChains}.`,
  })
  supplyChains(
    @Ctx() ctx: Context,
    @Arg('from', () => String, { description: 'Where the supply starts.' }) from: string,
    @Arg('to', () => String, { description: 'Where it ends.' }) to: string,
    @Arg('maxHops', () => Int, { defaultValue: 3, description: `At most this many hops, 1 to ${NETWORK.maxHops}.` })
    maxHops: number,
    @Arg('filter', () => NetworkFilter, { nullable: true, description: 'Which transfers count.' })
    filter?: NetworkFilter,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<SupplyChain[]> {
    const hopFields = selectedFields(info!, ['hops']);
    const withTiv = ['tivOrder', 'tivDelivered', 'tivCount'].some((f) => hopFields.has(f));
    return networkService.chains(ctx, from, to, maxHops, filter, withTiv);
  }

  @Query(() => [StatsGroup], {
    description: 'Transfers counted per group, with summed quantities; largest groups first.',
  })
  transferStats(
    @Ctx() ctx: Context,
    @Arg('groupBy', () => StatsGroupBy, { description: 'How to group.' }) groupBy: StatsGroupBy,
    @Arg('filter', () => TransferFilter, { nullable: true, description: 'Which transfers.' }) filter?: TransferFilter,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<StatsGroup[]> {
    // The voices are a second aggregate over claim_voice: read only when asked for.
    return statsService.transfers(ctx, groupBy, filter, selectedFields(info!, []).has('independentVoices'));
  }

  @Query(() => [TimelineCell], {
    description:
      'Transfers counted per year, category and verdict (with TIV sums): the timeline of an actor (filter.actor) or of a pair (filter.supplier and filter.recipient). Oldest year first, undated last.',
  })
  transferTimeline(
    @Ctx() ctx: Context,
    @Arg('filter', () => TransferFilter, { nullable: true, description: 'Which transfers.' }) filter?: TransferFilter,
  ): Promise<TimelineCell[]> {
    return transferTimeline(ctx, filter);
  }

  @Query(() => [StatsGroup], { description: 'Recognitions counted per group; largest groups first.' })
  recognitionStats(
    @Ctx() ctx: Context,
    @Arg('groupBy', () => RecognitionStatsGroupBy, { description: 'How to group.' }) groupBy: RecognitionStatsGroupBy,
    @Arg('filter', () => RecognitionFilter, { nullable: true, description: 'Which recognitions.' })
    filter?: RecognitionFilter,
  ): Promise<StatsGroup[]> {
    return statsService.recognitions(ctx, groupBy, filter);
  }

  @Query(() => [CoRecognizer], {
    description: 'Actors that recognize some of the same entities as this one, with the overlap.',
  })
  coRecognizers(
    @Ctx() ctx: Context,
    @Arg('of', () => String, { description: 'The actor: key, name or alias.' }) of: string,
  ): Promise<CoRecognizer[]> {
    return statsService.coRecognizers(ctx, of);
  }
}
