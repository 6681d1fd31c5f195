import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context/context';
import { Node } from '../../core/graphql/node';
import { findNode } from './node.service';

/** Global object identification: node(id:) and nodes(ids:), as Relay and caches by id expect. */
@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description:
      'Any object by its id (actor, source, transfer, recognition, citation, change; drafts for EDITOR): null when none has it.',
  })
  node(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'Its id.' }) id: string): Promise<object | null> {
    return findNode(ctx, id);
  }

  @Query(() => [Node], {
    nullable: 'items',
    description: 'Objects by id, in the order asked (at most 100), each null when none has that id.',
  })
  nodes(
    @Ctx() ctx: Context,
    @Arg('ids', () => [ID], { description: 'Their ids.' }) ids: string[],
  ): Promise<(object | null)[]> {
    return Promise.all(ids.map((id) => findNode(ctx, id)));
  }
}
