import type { ActorRow } from '../actors/actor.rows';
import type { SourceRow } from '../sources/source.rows';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Actor } from '../actors/actor.entity';
import { PartialDateScalar } from '../../core/graphql/partial-date.scalar';
import { Source } from '../sources/source.entity';
import { Reliability } from '../evidence/admiralty';
import { Verdict } from '../evidence/evidence-enums';
import { SuspectedEcho } from '../echoes/echo.types';

export enum VoiceKind {
  ACTOR = 'ACTOR',
  SOURCE = 'SOURCE',
}

registerEnumType(VoiceKind, {
  name: 'VoiceKind',
  description: 'Whether a voice is an actor (attributed) or an origin source with no attributed actor.',
  valuesConfig: {
    ACTOR: { description: "An actor: the citation's attributedTo, or its origin source's." },
    SOURCE: { description: "An origin source that no actor is attributed to (e.g. a newspaper's own reporting)." },
  },
});

@ObjectType({
  description: 'An independent voice: whoever a statement ultimately comes from. Echoes of one voice count once.',
  simpleResolvers: true,
})
export class VoiceType {
  @Field(() => VoiceKind, { description: 'An actor, or an origin source when no actor is attributed.' })
  kind!: VoiceKind;

  @Field(() => String, { description: "Display name: the actor's name, or the source's publisher or title." })
  name!: string;

  @Field(() => Actor, { nullable: true, description: 'The actor, when the voice is one.' })
  actor!: ActorRow | null;

  @Field(() => Source, { nullable: true, description: 'The origin source, when no actor is attributed.' })
  source!: SourceRow | null;
}

@ObjectType({
  description: 'The earliest dated source among the supporting citations and their chains.',
  simpleResolvers: true,
})
export class FirstReported {
  @Field(() => Source, { description: 'The source.' })
  source!: Source;

  @Field(() => PartialDateScalar, { description: 'Its publication date.' })
  date!: string;
}

@ObjectType({
  description:
    'What the evidence for a claim amounts to, computed by fixed rules (see the README, "How Supplyline weighs evidence").',
  simpleResolvers: true,
})
export class Assessment {
  @Field(() => Verdict, {
    description:
      'CONTESTED if any voice disputes; else CORROBORATED with 2+ independent voices; else SINGLE_SOURCE with 1; else UNSUPPORTED.',
  })
  verdict!: Verdict;

  @Field(() => Int, { description: 'Distinct voices among the supporting citations.' })
  independentVoices!: number;

  @Field(() => Int, { description: 'Distinct voices among the disputing citations.' })
  disputingVoices!: number;

  @Field(() => [VoiceType], { description: 'The supporting voices counted.' })
  voices!: VoiceType[];

  @Field(() => [VoiceType], { description: 'The disputing voices counted.' })
  disputing!: VoiceType[];

  @Field(() => Reliability, {
    nullable: true,
    description: "Best reliability among the supporting citations' origin sources.",
  })
  bestReliability!: Reliability | null;

  @Field(() => Int, { nullable: true, description: 'Best credibility among the supporting citations.' })
  bestCredibility!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'The Admiralty grade: best reliability and best credibility, e.g. "B2".',
  })
  grade!: string | null;

  @Field(() => FirstReported, {
    nullable: true,
    description: 'The earliest dated source among the supporting citations and their chains.',
  })
  firstReported!: FirstReported | null;

  @Field(() => String, { description: 'The assessment in one readable sentence.' })
  explanation!: string;

  @Field(() => [SuspectedEcho], {
    description:
      'Echoes among the supporting sources, counted as one voice: suspected by the independence auditor and not dismissed, or confirmed.',
  })
  suspectedEchoes!: SuspectedEcho[];
}
