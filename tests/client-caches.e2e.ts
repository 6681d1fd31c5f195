import './helpers/apollo-dev';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, isInterfaceType, isObjectType, isUnionType } from 'graphql';
import { Client, fetchExchange, gql as urqlGql } from '@urql/core';
import { cacheExchange } from '@urql/exchange-graphcache';
import * as apollo from '@apollo/client';
import { loadDevMessages, loadErrorMessages } from '@apollo/client/dev';
import { VALUE_TYPES, apolloTypePolicies, possibleTypes, urqlKeys } from '../examples/clients/cache';
import { startTestServer } from './helpers/test-server';
import type { TestServer } from './helpers/test-server';

/**
 * The clients people use against a GraphQL API, as real packages over real HTTP: Apollo Client
 * with InMemoryCache, urql with graphcache, graphql-request; with the cache settings of
 * examples/clients/cache.ts (which docs/clients.md shows). A cache that loses data or warns fails.
 */
// graphql-request is an ES module; Node 20 requires it (types: the module's own).
const { GraphQLClient } =
  jest.requireActual<typeof import('graphql-request', { with: { 'resolution-mode': 'import' } })>('graphql-request');
let t: TestServer;
let warnings: string[];

beforeAll(async () => {
  loadDevMessages();
  loadErrorMessages();
  t = await startTestServer();
});
afterAll(() => t.close());

beforeEach(() => {
  warnings = [];
  for (const level of ['warn', 'error', 'log'] as const)
    jest.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      warnings.push(args.map(String).join(' '));
    });
});
afterEach(() => jest.restoreAllMocks());

const apolloClient = (configured: boolean) =>
  new apollo.ApolloClient({
    link: new apollo.HttpLink({ uri: `${t.url}/graphql` }),
    cache: configured
      ? new apollo.InMemoryCache({ possibleTypes, typePolicies: apolloTypePolicies })
      : new apollo.InMemoryCache(),
  });

// Two queries asking different fields of the same transfers' value objects.
const FIRST = `{ transfers(first: 5) { edges { node { id item assessment { verdict } quantity { min } period { start } tiv { order } } } } }`;
const SECOND = `{ transfers(first: 5) { edges { node { id assessment { independentVoices grade } quantity { max text } period { end } tiv { delivered } } } } }`;

describe('Apollo Client 4 with InMemoryCache', () => {
  it('without the settings, loses the first query after the second and warns (what the settings fix)', async () => {
    const client = apolloClient(false);
    await client.query({ query: apollo.gql(FIRST) });
    await client.query({ query: apollo.gql(SECOND) });
    expect(client.cache.readQuery({ query: apollo.gql(FIRST) })).toBeNull();
    expect(warnings.join('\n')).toMatch(/Cache data may be lost when replacing the/);
  });

  it('with the settings, keeps both queries readable from the cache, without a warning', async () => {
    const client = apolloClient(true);
    const first = await client.query({ query: apollo.gql(FIRST) });
    const second = await client.query({ query: apollo.gql(SECOND) });
    expect(client.cache.readQuery({ query: apollo.gql(FIRST) })).toEqual(first.data);
    expect(client.cache.readQuery({ query: apollo.gql(SECOND) })).toEqual(second.data);
    expect(warnings).toEqual([]);
  });

  it('normalises by id: node(id:) refetches a transfer into the same cache entry, fragments on Claim and Node match', async () => {
    const client = apolloClient(true);
    const list = await client.query<any>({ query: apollo.gql(FIRST) });
    const id = list.data.transfers.edges[0].node.id;
    const refetch = await client.query<any>({
      query: apollo.gql(
        `query ($id: ID!) { node(id: $id) { __typename id ... on Transfer { item supplier { id name } } } }`,
      ),
      variables: { id },
    });
    expect(refetch.data.node).toMatchObject({
      __typename: 'Transfer',
      id,
      item: list.data.transfers.edges[0].node.item,
    });
    const cached = client.cache.readFragment<any>({
      id: client.cache.identify({ __typename: 'Transfer', id }),
      fragment: apollo.gql(
        `fragment T on Node { id ... on Transfer { item assessment { verdict } supplier { name } } }`,
      ),
    });
    expect(cached).toMatchObject({ id, item: list.data.transfers.edges[0].node.item });
    expect(cached.supplier.name).toBe(refetch.data.node.supplier.name);
    // The search's union hits read through the same entries.
    await client.query({
      query: apollo.gql(`{ search(text: "shells") { transfer { id item } recognition { id } } }`),
    });
    expect(warnings).toEqual([]);
  });

  it('pages backwards with last/before to the same items as forwards', async () => {
    const client = apolloClient(true);
    const PAGE = apollo.gql(`query ($first: Int, $after: String, $last: Int, $before: String) {
      transfers(first: $first, after: $after, last: $last, before: $before, orderBy: OLDEST_FIRST) {
        edges { node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`);
    const forwards: string[] = [];
    for (let after: string | null = null; ;) {
      const { data }: any = await client.query({ query: PAGE, variables: { first: 3, after } });
      forwards.push(...data.transfers.edges.map((e: any) => e.node.id));
      if (!data.transfers.pageInfo.hasNextPage) break;
      after = data.transfers.pageInfo.endCursor;
    }
    const backwards: string[] = [];
    for (let before: string | null = null; ;) {
      const { data }: any = await client.query({ query: PAGE, variables: { last: 3, before } });
      backwards.unshift(...data.transfers.edges.map((e: any) => e.node.id));
      if (!data.transfers.pageInfo.hasPreviousPage) break;
      before = data.transfers.pageInfo.startCursor;
    }
    expect(forwards.length).toBeGreaterThan(6);
    expect(backwards).toEqual(forwards);
    expect(warnings).toEqual([]);
  });
});

describe('urql with graphcache', () => {
  const urql = (keys: boolean, headers: Record<string, string> = { 'apollo-require-preflight': 'true' }) =>
    new Client({
      url: `${t.url}/graphql`,
      // urql's default: GET for queries that fit in a URL.
      preferGetMethod: 'within-url-limit',
      fetchOptions: { headers },
      exchanges: [
        cacheExchange({
          ...(keys ? { keys: urqlKeys, possibleTypes } : {}),
          logger: (level, message) => {
            if (level === 'warn' || level === 'error') warnings.push(`${level}: ${message}`);
          },
        }),
        fetchExchange,
      ],
    });

  it('without keys warns "Invalid key"; with them, reads GET answers into the cache without a warning', async () => {
    const plain = await urql(false).query(urqlGql(FIRST), {}).toPromise();
    expect(plain.error).toBeUndefined();
    expect(warnings.join('\n')).toMatch(/Invalid key|Can't generate a key/);
    warnings = [];
    const client = urql(true);
    const first = await client.query(urqlGql(FIRST), {}).toPromise();
    const second = await client.query(urqlGql(SECOND), {}).toPromise();
    expect(first.error ?? second.error).toBeUndefined();
    // Answered from the cache now: the same data, no network.
    const again = await client.query(urqlGql(FIRST), {}, { requestPolicy: 'cache-only' }).toPromise();
    expect(again.data).toEqual(first.data);
    expect(warnings).toEqual([]);
  });

  it('reads relations, stats and the network without a warning', async () => {
    const client = urql(true);
    for (const query of [
      `{ actor(key: "russia") { id suppliers { supplier { id name } transferCount independentVoices period { start } } } }`,
      `{ actor(key: "russia") { id suppliers { supplier { id } strongestVerdict period { end } transfers { id item } } } }`,
      `{ transferStats(groupBy: SUPPLIER) { key count independentVoices } }`,
      `{ supplyNetwork(around: ["russia"]) { nodes { actor { id key } degree } edges { source { id } target { id } period { start } } } }`,
    ]) {
      const r = await client.query(urqlGql(query), {}).toPromise();
      expect(r.error).toBeUndefined();
    }
    expect(warnings).toEqual([]);
  });

  it('without the preflight header, a GET is refused with a message that says what to send', async () => {
    const r = await urql(true, {}).query(urqlGql(FIRST), {}).toPromise();
    expect(r.error?.graphQLErrors[0].message).toMatch(/apollo-require-preflight: true/);
    expect(r.error?.graphQLErrors[0].extensions).toMatchObject({ code: 'BAD_REQUEST', reason: 'CSRF_PREVENTION' });
  });
});

describe('graphql-request', () => {
  it('sends GET queries with the preflight header', async () => {
    const client = new GraphQLClient(`${t.url}/graphql`, {
      method: 'GET',
      headers: { 'apollo-require-preflight': 'true' },
    });
    const data = await client.request<any>(`{ transfers(first: 2) { edges { node { id } } } }`);
    expect(data.transfers.edges).toHaveLength(2);
  });
});

describe('the cache settings', () => {
  it('are shown whole in docs/clients.md', () => {
    const root = join(__dirname, '..');
    const file = readFileSync(join(root, 'examples', 'clients', 'cache.ts'), 'utf8');
    const doc = readFileSync(join(root, 'docs', 'clients.md'), 'utf8');
    expect(doc).toContain(`<!-- file: examples/clients/cache.ts -->\n\`\`\`ts\n${file}\`\`\``);
  });

  const schema = buildSchema(readFileSync(join(__dirname, '..', 'schema.graphql'), 'utf8'));
  const types = Object.values(schema.getTypeMap()).filter((type) => !type.name.startsWith('__'));

  it('name every object type without an id, and no other', () => {
    const roots = new Set(['Query', 'Mutation', 'Subscription']);
    const valueTypes = types
      .filter((type) => isObjectType(type) && !roots.has(type.name) && !('id' in type.getFields()))
      .map((type) => type.name)
      .sort();
    expect([...VALUE_TYPES]).toEqual(valueTypes);
  });

  it('give each abstract type its members, as the schema has them', () => {
    const abstract = Object.fromEntries(
      types
        .filter((type) => isUnionType(type) || isInterfaceType(type))
        .map((type) => [
          type.name,
          schema
            .getPossibleTypes(type as never)
            .map((m) => m.name)
            .sort(),
        ]),
    );
    expect(possibleTypes).toEqual(abstract);
  });
});
