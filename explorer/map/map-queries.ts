/**
 * The map's GraphQL operation: one supplyNetwork (supply edges only) with each actor's country
 * and its parent's (a body or company without a code of its own is placed at its parent's; a
 * parent's parents are read from the network's own nodes). The voices of each edge are asked by
 * name and origin source only, so that the edges of one country pair count each voice once: the
 * whole operation stays within the server's cost limit at 1,000 nodes.
 */

/** The most nodes the API gives one network: the map draws countries, not actors, so it can take them all. */
export const MAP_MAX_NODES = 1000;

export const MAP_NETWORK = `query MapNetwork($around: String!, $depth: Int!, $filter: NetworkFilter, $maxNodes: Int!) {
  centre: actor(key: $around) { ...P parent { ...Q parent { ...Q } } }
  supplyNetwork(around: [$around], depth: $depth, filter: $filter, includeRecognitions: false, maxNodes: $maxNodes) {
    nodes { actor { ...P parent { ...Q } } }
    edges {
      source { key } target { key }
      claimCount strongestVerdict period { start end } tivOrder tivCount
      voices { name source { key } }
    }
    truncated
  }
}
fragment P on Actor { key name kind countryCode }
fragment Q on Actor { key name countryCode }`;
