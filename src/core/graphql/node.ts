import 'reflect-metadata';
import { Field, ID, InterfaceType } from 'type-graphql';

/** Where node(id:) marks the type of what it found, for the interface to resolve. */
export const NODE_TYPE = '__node_type';

/**
 * Global object identification (the Relay "Node" interface): every object with an id implements
 * it, ids are unique across types (UUIDs), and node(id:) / nodes(ids:) read any of them again,
 * which Relay's refetching and clients' caches by id rely on.
 */
@InterfaceType('Node', {
  description: 'An object with a globally unique id, which node(id:) and nodes(ids:) read again.',
  resolveType: (value: Record<string, unknown>) => value[NODE_TYPE] as string,
})
export abstract class Node {
  @Field(() => ID, { description: 'Opaque identifier (a UUID), unique across all types.' })
  id!: string;
}

/** A row marked with its GraphQL type, as node(id:) returns it. */
export function asNode<T extends object>(typeName: string, row: T): T {
  return { ...row, [NODE_TYPE]: typeName };
}
