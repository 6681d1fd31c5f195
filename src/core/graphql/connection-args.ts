import { ArgsType, Field, Int } from 'type-graphql';
import { PAGE } from '../config/limits';
import type { PageArgs } from './pagination';

/**
 * The paging arguments of every connection (Relay cursor connections): `first` and `after` read
 * forwards, `last` and `before` backwards; `after` and `before` may bound a window together.
 */
@ArgsType()
export class ConnectionArgs implements PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `How many items from the start (or after "after"): default ${PAGE.defaultSize}, at most ${PAGE.maxSize}. Not with "last".`,
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor to continue after (pageInfo.endCursor).' })
  after?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: `How many items from the end (or before "before"), in list order: at most ${PAGE.maxSize}. Not with "first".`,
  })
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor to read back from (pageInfo.startCursor).' })
  before?: string | null;
}
