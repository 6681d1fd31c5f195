import { ArgsType, Field, Int } from 'type-graphql';
import { PAGE } from '../../core/config/limits';

/** The arguments every claim field of Actor takes: roll-up and retracted claims. */
@ArgsType()
export class ActorRelationArgs {
  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'Only this actor, not also the bodies below it.',
  })
  exactActor!: boolean;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Include retracted claims.' })
  includeRetracted!: boolean;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'Also the claims of the states this one continues (Russia: the Soviet Union), rolled up in turn.',
  })
  includePredecessors!: boolean;
}

/** The arguments of Actor's claim lists (suppliesTo, receivesFrom, recognizes, recognizedBy). */
@ArgsType()
export class ActorClaimListArgs extends ActorRelationArgs {
  @Field(() => Int, {
    nullable: true,
    description: `At most this many, newest first: default ${PAGE.defaultSize}, at most ${PAGE.maxSize}.`,
  })
  first?: number;
}
