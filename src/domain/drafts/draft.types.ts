import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../core/graphql/node';
import { DateTimeScalar } from '../../core/graphql/date-time.scalar';
import { PartialDateScalar } from '../../core/graphql/partial-date.scalar';
import { Actor } from '../actors/actor.entity';
import { Stance } from '../evidence/evidence-enums';
import { TransferCategory } from '../claims/claim-enums';
import { SourceKind } from '../sources/source-kind.enum';

export enum DraftKind {
  TRANSFER = 'TRANSFER',
  RECOGNITION = 'RECOGNITION',
}

export enum DraftState {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
}

/** A transfer's status or a recognition's, as the draft's wording gives it. */
export enum DraftStatus {
  PROPOSED = 'PROPOSED',
  PLANNED = 'PLANNED',
  ORDERED = 'ORDERED',
  IN_PROGRESS = 'IN_PROGRESS',
  DELIVERED = 'DELIVERED',
  CANCELLED = 'CANCELLED',
  RECOGNIZED = 'RECOGNIZED',
  WITHDRAWN = 'WITHDRAWN',
}

registerEnumType(DraftKind, {
  name: 'DraftKind',
  description: 'What a draft would record.',
  valuesConfig: {
    TRANSFER: { description: 'A transfer: supplier, recipient, item.' },
    RECOGNITION: { description: 'A recognition: recognizer, recognized.' },
  },
});
registerEnumType(DraftState, {
  name: 'DraftState',
  description: 'Where a draft stands: awaiting an editor, accepted (a claim recorded) or rejected.',
  valuesConfig: {
    PENDING: { description: 'Awaiting an editor.' },
    ACCEPTED: { description: 'Accepted: its claim was recorded (or its citation added to a claim).' },
    REJECTED: { description: 'Rejected, with a reason.' },
  },
});
registerEnumType(DraftStatus, {
  name: 'DraftStatus',
  description: "A transfer's status (PROPOSED … CANCELLED) or a recognition's (RECOGNIZED, WITHDRAWN).",
  valuesConfig: {
    PROPOSED: { description: 'Transfer: hinted at, considered or offered.' },
    PLANNED: { description: 'Transfer: decided or intended, not yet ordered.' },
    ORDERED: { description: 'Transfer: contracted or ordered.' },
    IN_PROGRESS: { description: 'Transfer: being bought or delivered.' },
    DELIVERED: { description: 'Transfer: delivered.' },
    CANCELLED: { description: 'Transfer: cancelled or abandoned.' },
    RECOGNIZED: { description: 'Recognition: recognized.' },
    WITHDRAWN: { description: 'Recognition: withdrawn.' },
  },
});

@ObjectType({
  description: 'Words of the text naming a party, where they are, and the actor they resolve to.',
  simpleResolvers: true,
})
export class DraftMention {
  @Field(() => String, { description: 'The words as written.' })
  text!: string;

  @Field(() => Int, { description: 'Where they start in the batch text (UTF-16 offset).' })
  start!: number;

  @Field(() => Int, { description: 'Where they end (exclusive).' })
  end!: number;

  @Field(() => Actor, { nullable: true, description: 'The actor they name; null when no actor is known by them.' })
  actor!: unknown;

  actorId!: string | null;
}

@ObjectType({ description: 'Words of the text that made a draft.', simpleResolvers: true })
export class DraftReason {
  @Field(() => String, {
    description: 'VERB, HEDGE, ATTRIBUTION, RELAY, DENIAL, DATE, QUANTITY, ORIGIN or COREFERENCE.',
  })
  role!: string;

  @Field(() => String, { description: 'The words.' })
  text!: string;

  @Field(() => Int, { description: 'Where they start in the batch text.' })
  start!: number;

  @Field(() => Int, { description: 'Where they end (exclusive).' })
  end!: number;

  @Field(() => String, {
    nullable: true,
    description: 'For a VERB: the row of the hedging table and the status it gives.',
  })
  note!: string | null;
}

@ObjectType({ description: 'How many, as the text gives it: bounds and the original wording.', simpleResolvers: true })
export class DraftQuantity {
  @Field(() => Int, { nullable: true, description: 'Lower bound ("at least 18" → 18, "millions of" → 1000000).' })
  min!: number | null;

  @Field(() => Int, { nullable: true, description: 'Upper bound.' })
  max!: number | null;

  @Field(() => String, { description: 'The words, e.g. "millions", "a company of 14".' })
  text!: string;
}

@ObjectType({
  description: 'When, resolved against the publication date ("in August" → 2022-08).',
  simpleResolvers: true,
})
export class DraftPeriod {
  @Field(() => PartialDateScalar, { nullable: true, description: 'Start, or the only date.' })
  start!: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: 'End.' })
  end!: string | null;
}

@ObjectType('Draft', {
  description: 'A claim drafted from a text, for an editor to correct and accept, or reject.',
  implements: Node,
})
export class DraftType {
  @Field(() => ID, { description: 'Its id.' })
  id!: string;

  @Field(() => DraftKind, { description: 'A transfer or a recognition.' })
  kind!: DraftKind;

  @Field(() => DraftMention, { nullable: true, description: 'Who supplies (transfers).' })
  supplier!: DraftMention | null;

  @Field(() => DraftMention, { nullable: true, description: 'Who receives (transfers).' })
  recipient!: DraftMention | null;

  @Field(() => DraftMention, { nullable: true, description: 'Who recognizes (recognitions).' })
  recognizer!: DraftMention | null;

  @Field(() => DraftMention, { nullable: true, description: 'Who is recognized (recognitions).' })
  recognized!: DraftMention | null;

  @Field(() => String, { nullable: true, description: "What, in the text's words (transfers)." })
  item!: string | null;

  @Field(() => String, { nullable: true, description: 'Model or designation, e.g. "Shahed-136".' })
  designation!: string | null;

  @Field(() => TransferCategory, { nullable: true, description: 'What kind of thing (transfers).' })
  category!: TransferCategory | null;

  @Field(() => DraftStatus, { description: 'The status the wording gives (the hedging table).' })
  status!: DraftStatus;

  @Field(() => DraftQuantity, { nullable: true, description: 'How many.' })
  quantity!: DraftQuantity | null;

  @Field(() => DraftPeriod, { nullable: true, description: 'When (a recognition: its date as start).' })
  period!: DraftPeriod | null;

  @Field(() => Stance, { description: 'SUPPORTS, or DISPUTES for a denial.' })
  stance!: Stance;

  @Field(() => String, { description: 'The sentence that makes the claim, verbatim from the text.' })
  quote!: string;

  @Field(() => Int, { description: 'Where the quote starts in the batch text.' })
  quoteStart!: number;

  @Field(() => Int, { description: 'Where it ends (exclusive).' })
  quoteEnd!: number;

  @Field(() => DraftMention, { nullable: true, description: 'Who says it ("according to …", "X said").' })
  voice!: DraftMention | null;

  @Field(() => [DraftMention], {
    description: 'Who relayed it, nearest first ("first reported by the New York Times").',
  })
  chain!: DraftMention[];

  @Field(() => Int, {
    nullable: true,
    description: 'Admiralty credibility the wording suggests (2, 3 for belief, 4 for "could have").',
  })
  credibility!: number | null;

  @Field(() => [DraftReason], { description: 'The words that made the draft: the verb, the hedge, the attribution.' })
  reasons!: DraftReason[];

  @Field(() => DraftState, { description: 'Pending, accepted or rejected.' })
  state!: DraftState;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was accepted or rejected.' })
  decidedAt!: string | null;

  @Field(() => String, { nullable: true, description: 'Who accepted or rejected it (API key name).' })
  decidedBy!: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was rejected.' })
  rejectionReason!: string | null;

  batchId!: string;
  claimId!: string | null;
  ordinal!: number;
}

@ObjectType('DraftBatch', {
  description: 'A text drafted from, with its drafts. The same text drafted again gives this batch.',
  implements: Node,
})
export class DraftBatchType {
  @Field(() => ID, { description: 'Its id.' })
  id!: string;

  @Field(() => String, {
    description: 'The text drafted from (HTML given is stored as its text); offsets index into it.',
  })
  text!: string;

  @Field(() => String, { description: 'SHA-256 of the text (hex).' })
  textSha256!: string;

  @Field(() => String, { nullable: true, description: 'Title for the source.' })
  title!: string | null;

  @Field(() => String, { nullable: true, description: 'Publisher for the source.' })
  publisher!: string | null;

  @Field(() => PartialDateScalar, {
    nullable: true,
    description: 'Publication date: relative dates are resolved against it.',
  })
  publishedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'URL for the source.' })
  url!: string | null;

  @Field(() => SourceKind, { nullable: true, description: 'Kind of the source.' })
  kind!: SourceKind | null;

  @Field(() => Boolean, { description: 'Whether the text came as HTML and was converted.' })
  fromHtml!: boolean;

  @Field(() => String, { description: 'Version of the drafter that made the drafts.' })
  drafterVersion!: string;

  @Field(() => DateTimeScalar, { description: 'When it was drafted.' })
  createdAt!: string;

  @Field(() => String, { description: 'Who drafted it.' })
  createdBy!: string;

  sourceId!: string | null;
}
