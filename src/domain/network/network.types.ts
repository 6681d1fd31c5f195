import type { ActorRow } from '../actors/actor.rows';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Actor } from '../actors/actor.entity';
import { Period } from '../claims/claim-values.types';
import { TransferCategory } from '../claims/claim-enums';
import { VoiceType } from '../claims/assessment.types';
import { Verdict } from '../evidence/evidence-enums';

export enum NetworkEdgeKind {
  SUPPLY = 'SUPPLY',
  RECOGNITION = 'RECOGNITION',
}
registerEnumType(NetworkEdgeKind, {
  name: 'NetworkEdgeKind',
  description: 'What an edge of the network stands for.',
  valuesConfig: {
    SUPPLY: { description: 'Transfers from source to target.' },
    RECOGNITION: { description: 'Recognitions of target by source.' },
  },
});

export enum StatsGroupBy {
  SUPPLIER = 'SUPPLIER',
  RECIPIENT = 'RECIPIENT',
  CATEGORY = 'CATEGORY',
  STATUS = 'STATUS',
  YEAR = 'YEAR',
}
registerEnumType(StatsGroupBy, {
  name: 'StatsGroupBy',
  description: 'How transfers are grouped in transferStats.',
  valuesConfig: {
    SUPPLIER: { description: 'By supplier (key).' },
    RECIPIENT: { description: 'By recipient (key).' },
    CATEGORY: { description: 'By category.' },
    STATUS: { description: 'By status.' },
    YEAR: { description: 'By the year the period starts ("" when undated).' },
  },
});

@ObjectType({ description: 'An actor in a network, with how many edges touch it.', simpleResolvers: true })
export class NetworkNode {
  @Field(() => Actor, { description: 'The actor.' })
  actor!: ActorRow;

  @Field(() => Int, { description: 'How many edges of this network touch it.' })
  degree!: number;
}

@ObjectType({
  description: 'All claims from one actor to another of one kind, aggregated: one line to draw.',
  simpleResolvers: true,
})
export class NetworkEdge {
  @Field(() => NetworkEdgeKind, { description: 'Supply (transfers) or recognition.' })
  kind!: NetworkEdgeKind;

  @Field(() => Actor, { description: 'Supplier, or recognizer.' })
  source!: ActorRow;

  @Field(() => Actor, { description: 'Recipient, or recognized.' })
  target!: ActorRow;

  @Field(() => Int, { description: 'How many claims the edge aggregates.' })
  claimCount!: number;

  @Field(() => [TransferCategory], { description: 'Categories of its transfers (empty for recognitions).' })
  categories!: TransferCategory[];

  @Field(() => Period, { description: 'From the earliest to the latest day its dated claims cover.' })
  period!: Period;

  @Field(() => Verdict, { description: 'The strongest verdict among its claims.' })
  strongestVerdict!: Verdict;

  @Field(() => Int, {
    description: 'Distinct independent voices behind its claims: three claims resting on one voice are one voice.',
  })
  independentVoices!: number;

  @Field(() => [VoiceType], {
    description:
      'Those voices, so that edges drawn together (bodies rolled up into their state) count each voice once.',
  })
  voices!: VoiceType[];

  @Field(() => Number, {
    nullable: true,
    description:
      "Sum of SIPRI's trend-indicator values of its transfers' orders, where known (supply edges; null for recognitions and when none has one): a weight by capability rather than deal count.",
  })
  tivOrder!: number | null;

  @Field(() => Number, {
    nullable: true,
    description: 'Sum of the trend-indicator values of what had been delivered, where known; null when none is.',
  })
  tivDelivered!: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'How many of its transfers have an order TIV (the others are not in tivOrder); null for recognitions, and when no TIV field was asked for.',
  })
  tivCount!: number | null;
}

@ObjectType({ description: 'A network ready to draw: nodes and aggregated edges.', simpleResolvers: true })
export class SupplyNetwork {
  @Field(() => [NetworkNode], { description: 'The actors reached.' })
  nodes!: NetworkNode[];

  @Field(() => [NetworkEdge], { description: 'The edges between them.' })
  edges!: NetworkEdge[];

  @Field(() => Boolean, { description: 'True when the node limit stopped the walk before the asked depth.' })
  truncated!: boolean;
}

@ObjectType({ description: 'A directed path of supply from one actor to another.', simpleResolvers: true })
export class SupplyChain {
  @Field(() => [Actor], { description: 'The actors along the path, first to last.' })
  actors!: ActorRow[];

  @Field(() => [NetworkEdge], { description: 'Each hop, aggregated over its transfers.' })
  hops!: NetworkEdge[];

  @Field(() => Verdict, {
    description: "The weakest hop's strongest verdict: the chain is as strong as its weakest link.",
  })
  weakestVerdict!: Verdict;

  @Field(() => Int, { description: 'The fewest independent voices of any hop.' })
  minIndependentVoices!: number;
}

@ObjectType({ description: 'One group of transferStats or recognitionStats.', simpleResolvers: true })
export class StatsGroup {
  @Field(() => String, { description: 'The group: an actor key, a category, a status, or a year ("" when undated).' })
  key!: string;

  @Field(() => Actor, {
    nullable: true,
    description:
      'The actor of the group when it is one (grouped by supplier, recipient, recognizer or recognized), with its name and every other field; null for the other groupings.',
  })
  actor!: ActorRow | null;

  @Field(() => Int, { description: 'How many claims.' })
  count!: number;

  @Field(() => Int, {
    description:
      'Distinct independent voices behind the supporting citations of its claims: a voice behind many claims (or echoed by many articles) counts once.',
  })
  independentVoices!: number;

  @Field(() => Number, { nullable: true, description: 'Sum of the known lower bounds of quantity (transfers).' })
  quantityMin!: number | null;

  @Field(() => Number, {
    nullable: true,
    description: 'Sum of the upper bounds, null when any is unknown (transfers).',
  })
  quantityMax!: number | null;

  @Field(() => Number, {
    nullable: true,
    description:
      "Sum of SIPRI's trend-indicator values of the whole orders that have one (transfers; a measure of capability, not money); null when none has.",
  })
  tivOrder!: number | null;

  @Field(() => Number, {
    nullable: true,
    description:
      'Sum of the trend-indicator values of what had been delivered, where known (transfers); null when none is.',
  })
  tivDelivered!: number | null;
}

@ObjectType({ description: 'An actor that recognizes some of the same entities as another.', simpleResolvers: true })
export class CoRecognizer {
  @Field(() => Actor, { description: 'The other recognizer.' })
  actor!: ActorRow;

  @Field(() => Int, { description: 'How many recognized entities they share.' })
  overlap!: number;

  @Field(() => [Actor], { description: 'The entities both recognize.' })
  shared!: ActorRow[];
}
