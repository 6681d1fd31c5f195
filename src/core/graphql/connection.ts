import { Field, Int, ObjectType } from 'type-graphql';
import type { ClassType } from 'type-graphql';
import { encodeCursor } from './pagination';
import type { CursorKey, PageWindow } from './pagination';

@ObjectType({ description: 'Where a page sits in the whole list (Relay cursor connections).', simpleResolvers: true })
export class PageInfo {
  @Field(() => Boolean, {
    description:
      'Reading forwards (first): true when more items follow this page (pass endCursor as "after"). Reading backwards (last): true when the page was asked for with "before".',
  })
  hasNextPage!: boolean;

  @Field(() => Boolean, {
    description:
      'Reading backwards (last): true when more items precede this page (pass startCursor as "before"). Reading forwards (first): true when the page was asked for with "after".',
  })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item on this page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item on this page.' })
  endCursor!: string | null;
}

export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  /** Counted only when read (a getter): a separate COUNT query, run only if the client asks. */
  readonly totalCount: Promise<number>;
}

/** Relay connection and edge types for a node type, named `<Name>Connection` and `<Name>Edge`. */
export function connectionTypes<T extends object>(name: string, node: ClassType<T>) {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a page, with its cursor.`, simpleResolvers: true })
  class Edge {
    @Field(() => String, { description: 'Opaque cursor of this item: pass it as "after" or "before" to read on.' })
    cursor!: string;

    @Field(() => node, { description: `The ${name}.` })
    node!: T;
  }

  // Not simpleResolvers: totalCount is a promise, which graphql-jit awaits only from a resolver.
  @ObjectType(`${name}Connection`, { description: `A page of ${name} items (Relay cursor connection).` })
  class Connection {
    @Field(() => [Edge], { description: 'The items of this page, in order.' })
    edges!: Edge[];

    @Field(() => PageInfo, { description: 'Whether more pages follow, and the cursors to reach them.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items match the filter in all pages.' })
    totalCount!: number;
  }
  return Connection;
}

/**
 * Builds a page from rows fetched with LIMIT size+1 in reading order (reversed for `last`): the
 * extra row only tells that more items lie in the reading direction.
 */
export function toPage<T>(
  rows: T[],
  window: PageWindow,
  order: string,
  keyOf: (row: T) => CursorKey,
  totalCount: () => Promise<number>,
): Page<T> {
  const { size, after, before, backward } = window;
  const taken = rows.slice(0, size);
  const nodes = backward ? taken.reverse() : taken;
  // A cursor is encoded only when asked for (most pages are read without them).
  const edges = nodes.map((node) => ({
    get cursor() {
      return encodeCursor(order, keyOf(node));
    },
    node,
  }));
  const [head, last] = [edges[0], edges[edges.length - 1]];
  const more = rows.length > size;
  return {
    edges,
    pageInfo: {
      hasNextPage: backward ? before !== undefined : more,
      hasPreviousPage: backward ? more : after !== undefined,
      // An empty page (first: 0) stays where it was asked, so "after: endCursor" reads on from there.
      get startCursor() {
        return head ? head.cursor : ((backward ? before : after) ?? null);
      },
      get endCursor() {
        return last ? last.cursor : ((backward ? before : after) ?? null);
      },
    },
    get totalCount() {
      return totalCount();
    },
  };
}
