/**
 * The operations the benchmark sends, each answered byte for byte the same by Supplyline and by
 * the raw baseline (raw-server.ts dispatches on operationName).
 */
export interface BenchOperation {
  name: string;
  label: string;
  body: { query: string; operationName: string; variables: Record<string, unknown> };
  /** writes need an EDITOR key */
  write?: boolean;
}

/** The top recipient of the synthetic data: a state with a ministry and an intelligence service below it. */
const ACTOR = 'state-1';

export const OPERATIONS: BenchOperation[] = [
  {
    name: 'nested',
    label: '50 most recent transfers to an actor, with supplier name and sources (title, url)',
    body: {
      operationName: 'Nested',
      query: `query Nested($actor: String!) { transfers(filter: { recipient: $actor }, first: 50) { edges { node { id item supplier { name } evidence { source { title url } } } } } }`,
      variables: { actor: ACTOR },
    },
  },
  {
    name: 'alias',
    label: 'actor lookup by alias',
    body: {
      operationName: 'Alias',
      query: `query Alias($name: String!) { actor(name: $name) { id key name kind aliases } }`,
      variables: { name: 'Republic of Synthetica 17' },
    },
  },
  {
    name: 'network',
    label: 'supplyNetwork depth 2 around that actor',
    body: {
      operationName: 'Network',
      query: `query Network($actor: String!) { supplyNetwork(around: [$actor], depth: 2) { truncated nodes { actor { key name } degree } edges { kind source { key } target { key } claimCount strongestVerdict } } }`,
      variables: { actor: ACTOR },
    },
  },
  {
    name: 'search',
    label: 'search "intelligence service", 20 hits',
    body: {
      operationName: 'Search',
      query: `query Search($text: String!) { search(text: $text, first: 20) { kind score snippet actor { key name } } }`,
      variables: { text: 'intelligence service' },
    },
  },
  {
    name: 'write',
    label: 'recordTransfer (one transaction, history, version, assessment, search index)',
    write: true,
    body: {
      operationName: 'Write',
      query: `mutation Write($input: RecordTransferInput!) { recordTransfer(input: $input) { item supplier { name } assessment { verdict } } }`,
      variables: {
        input: {
          supplier: 'state-2',
          recipient: ACTOR,
          category: 'UAV',
          item: 'benchmark drones',
          status: 'DELIVERED',
          period: { start: '2024-05' },
          citations: [{ source: 'source-3', quote: 'Benchmark deliveries were reported.', credibility: 3 }],
        },
      },
    },
  },
];
