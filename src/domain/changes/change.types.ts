import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../core/graphql/date-time.scalar';
import { Node } from '../../core/graphql/node';
import { Verdict } from '../evidence/evidence-enums';

/** A row of change_log, as the feed reads it. */
export interface ChangeRow {
  id: string;
  sequence: number;
  at: string;
  who: string;
  operation: string;
  entityType: string;
  entityId: string;
}

/** A row of change_claim. */
export interface ClaimChangeRow {
  sequence: number;
  claimType: 'transfer' | 'recognition';
  claimId: string;
  verdictBefore: Verdict | null;
  verdictAfter: Verdict | null;
}

@ObjectType('Change', {
  implements: Node,
  description:
    'One write, as the change feed gives it: what was written, which entity, when, by whom, and the claims it touched.',
})
export class ChangeType {
  @Field(() => ID, { description: "Its id: the id of the write's history entry." })
  id!: string;

  @Field(() => Int, {
    description:
      'Its number in the feed: writes are numbered in the order they committed, from 1, without gaps (a caller who may not see writes to API keys or drafts sees gaps where they are).',
  })
  sequence!: number;

  @Field(() => DateTimeScalar, {
    description:
      "The write's instant, which every row it stored carries (on PostgreSQL, the database's clock as its transaction began): sequence, not at, gives the commit order.",
  })
  at!: Date;

  @Field(() => String, { description: 'Who wrote: the API key\'s name ("seed", "cli", "system").' })
  who!: string;

  @Field(() => String, { description: 'The operation, e.g. "recordTransfer", "correctSource", "mergeActors".' })
  operation!: string;

  @Field(() => String, {
    description:
      'What kind of entity was written: actor, source, transfer, recognition, knowledge_base; draft and draft_batch (EDITOR), api_key (ADMIN).',
  })
  entityType!: string;

  @Field(() => ID, { description: "The written entity's id." })
  entityId!: string;
}

@ObjectType({
  description:
    "A claim a write touched: the written claim, or one whose evidence it changed (a corrected source's citing claims, a merge's claims), with its verdict before and after.",
})
export class ClaimChange {
  @Field(() => String, { description: 'transfer or recognition.' })
  claimType!: string;

  @Field(() => ID, { description: "The claim's id." })
  claimId!: string;

  @Field(() => Verdict, { nullable: true, description: 'Its verdict before the write; null when it was created.' })
  verdictBefore!: Verdict | null;

  @Field(() => Verdict, {
    nullable: true,
    description: 'Its verdict after the write (null only for writes recorded before the feed existed).',
  })
  verdictAfter!: Verdict | null;
}

@InputType({
  description: 'Which writes: every condition given must hold; lists match any of their items.',
})
export class ChangeFilter {
  @Field(() => [String], {
    nullable: true,
    description: 'Only writes to these kinds of entity, e.g. ["transfer", "recognition"].',
  })
  entityTypes?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Only writes to these entities (by id).' })
  entityIds?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Only these operations, e.g. ["retractClaim"].' })
  operations?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Only writes that touched these claims: wrote them, or changed their evidence.',
  })
  claimIds?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'True: only writes that touched a claim.' })
  touchedClaims?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "True: only writes that changed a claim's verdict (creations included).",
  })
  verdictChanged?: boolean | null;
}
