import { Role } from '../src/core/auth/role.enum';
import { ARGUMENT } from '../src/core/config/limits';
import { verifyDatabase } from '../src/tools/ops/verify';
import { dumpDatabase, makeKey, startTestServer } from './helpers/test-server';
import type { TestServer } from './helpers/test-server';

/**
 * Inputs anyone can send, from the attacker's side: each is a clear 4xx with a code (and the
 * field at fault), never a 500 or an internal error, and a refused write changes nothing.
 */
let t: TestServer;
let editor: string;
beforeAll(async () => {
  t = await startTestServer();
  editor = await makeKey(t.server, 'editor', Role.EDITOR);
});
afterAll(() => t.close());

async function post(body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, text, json: JSON.parse(text) };
}

describe('operations that cannot be chosen', () => {
  it.each([
    ['two operations, no operationName', { query: 'query A { __typename } query B { __typename }' }],
    ['an operationName naming none', { query: 'query A { __typename } query B { __typename }', operationName: 'C' }],
  ])("%s: 400 BAD_REQUEST with graphql-js's reason", async (_name, body) => {
    const res = await post(body);
    expect(res.status).toBe(400);
    expect(res.json.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(res.json.errors[0].message).toMatch(/operation/i);
  });
});

describe('export parameters named like Object.prototype members', () => {
  it.each([['valueOf'], ['hasOwnProperty'], ['__proto__'], ['toString'], ['constructor'], ['isPrototypeOf']])(
    '?%s=1 is an unknown parameter: 400 naming it',
    async (name) => {
      const res = await fetch(`${t.url}/export/transfers.csv?${name}=1`);
      expect(res.status).toBe(400);
      const body = await res.json();
      expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: name });
    },
  );

  it.each([['constructor'], ['toString'], ['__proto__']])('/export/%s is 404 NOT_FOUND', async (name) => {
    const res = await fetch(`${t.url}/export/${name}`);
    expect(res.status).toBe(404);
    expect((await res.json()).errors[0].extensions.code).toBe('NOT_FOUND');
  });
});

describe('empty and oversized arguments', () => {
  it.each([['key'], ['id'], ['name']])('actor(%s: "") is null, not an error', async (arg) => {
    const res = await t.gql(`{ actor(${arg}: "") { key } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.actor).toBeNull();
  });

  it.each<[string, string, Record<string, unknown>, string]>([
    [
      'a list of 32,766 enum values',
      'query($s: [TransferStatus!]) { transfers(filter: { status: $s }) { totalCount } }',
      { s: Array(32_766).fill('DELIVERED') },
      'filter.status',
    ],
    [
      'a 50,001-character search',
      'query($q: String!) { search(text: $q) { kind } }',
      { q: 'a'.repeat(50_001) },
      'text',
    ],
    [
      'a 50,001-character actor search',
      'query($q: String!) { actors(filter: { search: $q }) { totalCount } }',
      { q: 'a'.repeat(50_001) },
      'filter.search',
    ],
    [
      '110,000 names around a network',
      'query($a: [String!]!) { supplyNetwork(around: $a) { truncated } }',
      { a: Array(110_000).fill('russia') },
      'around',
    ],
  ])('%s: 400 BAD_USER_INPUT naming the argument, before any SQL', async (_name, query, variables, field) => {
    const res = await post({ query, variables });
    expect(res.status).toBe(400);
    expect(res.json.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it(`lists up to ${ARGUMENT.maxListItems} items are answered`, async () => {
    const res = await post({
      query: 'query($s: [TransferStatus!]) { transfers(filter: { status: $s }) { totalCount } }',
      variables: { s: Array(ARGUMENT.maxListItems).fill('DELIVERED') },
    });
    expect(res.status).toBe(200);
    expect(res.json.errors).toBeUndefined();
  });

  it('an error about a 900,000-character argument quotes only a short prefix of it', async () => {
    const res = await post({
      query: 'mutation($i: CreateActorInput!) { createActor(input: $i) { key } }',
      variables: { i: { key: 'x'.repeat(900_000), name: 'X', kind: 'NOT_A_KIND' } },
    });
    expect(res.status).toBe(400);
    expect(res.text.length).toBeLessThan(5_000);
    for (const e of res.json.errors) expect(e.message.length).toBeLessThan(600);
  });
});

describe('text that is not well-formed Unicode', () => {
  it('a name with a lone surrogate is refused, field named, nothing written', async () => {
    const before = await dumpDatabase(t.server);
    const res = await post(
      '{"query":"mutation($i: CreateActorInput!) { createActor(input: $i) { key } }","variables":{"i":{"key":"surrogate","name":"sur\\ud800rogate","kind":"STATE"}}}',
      { authorization: `Bearer ${editor}` },
    );
    expect(res.status).toBe(400);
    expect(res.json.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'variables.i.name' });
    expect(await dumpDatabase(t.server)).toEqual(before);
  });

  it('a well-formed pair of surrogates (an emoji) is stored and read back as written', async () => {
    const res = await t.gqlAs(
      editor,
      'mutation { createActor(input: { key: "emoji", name: "Flag 🏳", kind: OTHER }) { name } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.createActor.name).toBe('Flag 🏳');
  });
});

describe('outside GraphQL', () => {
  it.each([['/nope'], ['/ide/nope.js'], ['/explorer/nope.js'], ['/export']])('GET %s is a JSON 404', async (path) => {
    const res = await fetch(`${t.url}${path}`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    expect((await res.json()).errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('a CSV cell a semicolon-locale spreadsheet would split into a formula is quoted', async () => {
    const res = await t.gqlAs(
      editor,
      `mutation { recordTransfer(input: { supplier: "iran", recipient: "russia", category: OTHER, item: ";=1+1", status: PROPOSED,
        citations: [{ source: "nyt-2022-09-05-russia-north-korea-munitions", quote: "csv formula test" }] }) { id } }`,
    );
    expect(res.errors).toBeUndefined();
    const csv = await (await fetch(`${t.url}/export/transfers.csv?supplier=iran`)).text();
    expect(csv).toContain('";=1+1"');
    expect(csv).not.toMatch(/,;=1\+1,/);
  });
});

it('after every input above, npm run verify finds nothing wrong with the database', async () => {
  const faults = (await verifyDatabase(t.server.dataSource, t.server.app)).filter((r) => r.faults > 0);
  expect(faults).toEqual([]);
});
