/**
 * Cache settings for Supplyline's schema, for Apollo Client (InMemoryCache) and urql
 * (@urql/exchange-graphcache). Copy this file into a client; docs/clients.md explains each part,
 * and tests/client-caches.e2e.ts runs both clients with it against the server.
 *
 * Objects with an `id` (Actor, Source, Transfer, Recognition, Citation, Change, Draft,
 * DraftBatch: the Node interface) are normalised by it in both caches. Every other object is a
 * value that belongs to the field holding it (a transfer's assessment, a page's pageInfo), and is
 * stored inside its parent.
 */

/** The abstract types and their members: the Claim union and the Node interface. */
export const possibleTypes: Record<string, string[]> = {
  Claim: ['Recognition', 'Transfer'],
  Node: ['Actor', 'Change', 'Citation', 'Draft', 'DraftBatch', 'Recognition', 'Source', 'Transfer'],
};

/**
 * The object types without an id. Apollo: `merge: true`, so two queries asking different fields
 * of one transfer's assessment (or quantity, period…) merge them instead of the second replacing
 * the first. urql: `null` keys, so graphcache embeds them in their parent instead of warning
 * "Invalid key".
 */
export const VALUE_TYPES = [
  'ActorConnection',
  'ActorEdge',
  'ApiKeyType',
  'Assessment',
  'ChangeConnection',
  'ChangeEdge',
  'ClaimChange',
  'CoRecognizer',
  'DraftConnection',
  'DraftEdge',
  'DraftMention',
  'DraftPeriod',
  'DraftQuantity',
  'DraftReason',
  'FirstReported',
  'HistoryEntryType',
  'NetworkEdge',
  'NetworkNode',
  'NewApiKey',
  'PageInfo',
  'Period',
  'Quantity',
  'RecognitionConnection',
  'RecognitionEdge',
  'SearchHit',
  'SourceConnection',
  'SourceEdge',
  'StatsGroup',
  'SupplyChain',
  'SupplyNetwork',
  'SupplyRelation',
  'SuspectedEcho',
  'TimelineCell',
  'TransferConnection',
  'TransferEdge',
  'TrendIndicatorValues',
  'VoiceType',
] as const;

/** Apollo Client: `new InMemoryCache({ possibleTypes, typePolicies: apolloTypePolicies })`. */
export const apolloTypePolicies: Record<string, { merge: true }> = Object.fromEntries(
  VALUE_TYPES.map((type) => [type, { merge: true }]),
);

/** urql: `cacheExchange({ keys: urqlKeys, possibleTypes })` from @urql/exchange-graphcache. */
export const urqlKeys: Record<string, () => null> = Object.fromEntries(VALUE_TYPES.map((type) => [type, () => null]));
