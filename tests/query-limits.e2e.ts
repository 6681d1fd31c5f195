import { ARGUMENT } from '../src/core/config/limits';
import { startTestServer } from './helpers/test-server';
import type { TestServer } from './helpers/test-server';

/**
 * Abusive operations, from the attacker's side: each is refused with a 400 and a GraphQL error
 * before any resolver runs (no SQL statement is issued). Small limits are set here so the
 * payloads stay readable; the defaults are in docs/operations-and-security.md.
 */
let t: TestServer;
let statements = 0;
beforeAll(async () => {
  t = await startTestServer(
    {
      SUPPLYLINE_MAX_DEPTH: '6',
      SUPPLYLINE_MAX_ALIASES: '5',
      SUPPLYLINE_MAX_DIRECTIVES: '3',
      SUPPLYLINE_MAX_TOKENS: '2000',
      SUPPLYLINE_MAX_COST: '2000',
      SUPPLYLINE_MAX_FIELDS: '100',
    },
    { onSql: () => statements++ },
  );
});
afterAll(() => t.close());

async function refused(body: unknown): Promise<{ status: number; code?: string; message?: string }> {
  statements = 0;
  const res = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const json = (await res.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
  expect(statements).toBe(0);
  return { status: res.status, code: json.errors?.[0]?.extensions?.code, message: json.errors?.[0]?.message };
}

const deep = (n: number) => `{ actor(key: "russia") ${'{ parent '.repeat(n)}{ key }${' }'.repeat(n)} }`;
const chain = (n: number) =>
  Array.from(
    { length: n },
    (_, i) => `fragment F${i} on Actor { parent { ...F${i + 1} } children { ...F${i + 1} } }`,
  ).join('\n') + `\nfragment F${n} on Actor { key }`;

const fan = (n: number) =>
  Array.from({ length: n }, (_, i) => `fragment G${i} on Actor { ...G${i + 1} ...G${i + 1} }`).join('\n') +
  `\nfragment G${n} on Actor { key }`;

describe('abusive operations', () => {
  it.each([
    ['a query deeper than the limit', { query: deep(8) }, 'GRAPHQL_VALIDATION_FAILED', /depth/i],
    [
      'aliases of a real field beyond the limit',
      { query: `{ ${Array.from({ length: 8 }, (_, i) => `a${i}: actor(key: "russia") { key }`).join(' ')} }` },
      'GRAPHQL_VALIDATION_FAILED',
      /alias/i,
    ],
    [
      'aliases of __typename beyond the limit',
      { query: `{ ${Array.from({ length: 8 }, (_, i) => `t${i}: __typename`).join(' ')} }` },
      'GRAPHQL_VALIDATION_FAILED',
      /alias/i,
    ],
    [
      'too many directives',
      {
        query: `{ actor(key: "russia") { key @include(if: true) @include(if: true) @skip(if: false) @skip(if: false) } }`,
      },
      'GRAPHQL_VALIDATION_FAILED',
      /directive/i,
    ],
    [
      'fragments that spread exponentially',
      { query: `{ actor(key: "russia") { ...F0 } }\n${chain(12)}` },
      'GRAPHQL_VALIDATION_FAILED',
      /depth/i,
    ],
    [
      'circular fragments',
      {
        query:
          '{ actor(key: "russia") { ...A } } fragment A on Actor { parent { ...B } } fragment B on Actor { parent { ...A } }',
      },
      'GRAPHQL_VALIDATION_FAILED',
      /cycle|itself/i,
    ],
    [
      'a document over the token limit',
      { query: `{ actor(key: "russia") { ${'key '.repeat(2500)}} }` },
      'GRAPHQL_PARSE_FAILED',
      /token/i,
    ],
    [
      'the same field repeated hundreds of times',
      { query: `{ actor(key: "russia") { ${'key '.repeat(300)}} }` },
      'GRAPHQL_VALIDATION_FAILED',
      /fields/i,
    ],
    [
      'fragments that fan out exponentially at one level',
      { query: `{ actor(key: "russia") { ...G0 } }\n${fan(20)}` },
      'GRAPHQL_VALIDATION_FAILED',
      /fields/i,
    ],
    [
      'a cost above the limit (pages multiply what is under them)',
      { query: '{ transfers(first: 100) { edges { node { evidence { quote source { title } } } } } }' },
      'QUERY_TOO_COSTLY',
      /cost/i,
    ],
    [
      'the same cost read backwards (last multiplies as first does)',
      { query: '{ transfers(last: 100) { edges { node { evidence { quote source { title } } } } } }' },
      'QUERY_TOO_COSTLY',
      /cost/i,
    ],
    [
      'nodes(ids:) of a hundred ids, each with its evidence (one per id multiplies)',
      {
        query: `query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Transfer { evidence { quote chain { title } source { title } } } } }`,
        variables: { ids: Array.from({ length: 100 }, (_, i) => `id-${i}`) },
      },
      'QUERY_TOO_COSTLY',
      /cost/i,
    ],
    // graphql-query-complexity gives up (throws) past 10,000 nodes by default; a cost check that
    // gave up used to let the operation run uncosted.
    [
      'a costly query behind fragments that outnumber the cost walk',
      {
        query: `{ ${'...D '.repeat(18)} transfers(first: 100) { edges { node { evidence { quote source { title } } } } } }
      fragment D on Query { ${'... { '.repeat(600)} __typename ${'} '.repeat(600)} }`,
      },
      'QUERY_TOO_COSTLY',
      /cost/i,
    ],
  ])('%s is refused before anything runs', async (_name, body, code, message) => {
    const r = await refused(body);
    expect(r.status).toBe(400);
    expect(r.code).toBe(code);
    expect(r.message).toMatch(message);
  });

  it('the same shapes within the limits are answered', async () => {
    expect(await t.data(deep(3))).toBeDefined();
    expect(
      await t.data(`{ ${Array.from({ length: 5 }, (_, i) => `a${i}: actor(key: "russia") { key }`).join(' ')} }`),
    ).toBeDefined();
    const cheap = await t.data('{ transfers(first: 5) { edges { node { evidence { quote source { title } } } } } }');
    expect(cheap.transfers.edges.length).toBeGreaterThan(0);
  });

  it('a query that passed is checked again when its variables change (verdicts are kept per variable shape)', async () => {
    const page =
      'query Page($n: Int) { transfers(first: $n) { edges { node { evidence { quote source { title } } } } } }';
    const cheap = await t.gql(page, { n: 5 });
    expect(cheap.errors).toBeUndefined();
    const costly = await refused({ query: page, variables: { n: 100 } });
    expect([costly.status, costly.code]).toEqual([400, 'QUERY_TOO_COSTLY']);
    expect((await t.gql(page, { n: 5 })).errors).toBeUndefined();
    const byName = 'query ByName($name: String!) { actor(name: $name) { key } }';
    expect((await t.gql(byName, { name: 'Russia' })).errors).toBeUndefined();
    const long = await t.gql(byName, { name: 'R'.repeat(ARGUMENT.maxQueryString + 1) });
    expect(long.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    const same = await t.gql(byName, { name: 'Rossia' });
    expect(same.data.actor).toBeNull();
    expect(same.errors).toBeUndefined();
  });

  it('a syntax error stays a 400, not a 500', async () => {
    const r = await refused({ query: '{ actor(key: "russia") { key ' });
    expect(r.status).toBe(400);
    expect(r.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('array batching is refused', async () => {
    const r = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(r.status).toBe(400);
  });

  it.each([
    ['beyond the cap', 501],
    ['negative', -1],
  ])('first %s is refused naming the argument', async (_name, first) => {
    const res = await t.gql('query ($n: Int) { transfers(first: $n) { totalCount } }', { n: first });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});
