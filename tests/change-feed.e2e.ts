import { createClient } from 'graphql-sse';
import { Role } from '../src/core/auth/role.enum';
import { NEW_TRANSFER, RECORD } from './helpers/record-transfer';
import { makeKey, startTestServer, tableCounts } from './helpers/test-server';
import type { TestServer } from './helpers/test-server';

/**
 * The change feed: `changes` (a connection over every write, in commit order) and the live
 * subscriptions claimsChanged and verdictChanged over graphql-sse, read by graphql-sse's own
 * client over real HTTP while writes go through other requests.
 */
let t: TestServer;
let editor: string;
let admin: string;

beforeAll(async () => {
  t = await startTestServer();
  editor = await makeKey(t.server, 'feed-editor', Role.EDITOR);
  admin = await makeKey(t.server, 'feed-admin', Role.ADMIN);
});
afterAll(() => t.close());

const CHANGE = `id sequence cursor at who operation entityType entityId
  claims { claimType claimId verdictBefore verdictAfter verdictChanged claim { __typename ... on Transfer { item } } }`;

const lastCursor = async (): Promise<string> =>
  (await t.dataAs(admin, `{ changes(last: 1) { edges { cursor } } }`)).changes.edges[0].cursor;

const sse = (headers: Record<string, string> = {}) =>
  createClient({ url: `${t.url}/graphql/stream`, headers, retryAttempts: 0 });

/** The first `n` events of a subscription, then it is closed (the client goes away). */
async function take(iterator: AsyncIterableIterator<any>, n: number): Promise<any[]> {
  const out: any[] = [];
  for await (const event of iterator) {
    out.push(event);
    if (out.length === n) break;
  }
  return out;
}

/** A source of its own, a transfer citing it, a correction of the source, a second voice. */
async function writeStory(key: string): Promise<{ transferId: string; operations: string[] }> {
  await t.dataAs(editor, `mutation ($input: CreateSourceInput!) { createSource(input: $input) { id } }`, {
    input: { key, title: `Feed test ${key}`, publisher: 'Feed Desk', kind: 'NEWS_REPORT', publishedOn: '2022-09-10' },
  });
  const { recordTransfer } = await t.dataAs(editor, RECORD, {
    input: { ...NEW_TRANSFER, citations: [{ source: key, quote: 'drones were delivered', credibility: 3 }] },
  });
  await t.dataAs(editor, `mutation ($input: UpdateSourceInput!) { updateSource(input: $input) { id } }`, {
    input: { source: key, reliability: 'B' },
  });
  await t.dataAs(
    editor,
    `mutation ($claim: ID!, $citation: CitationInput!) { addCitation(claim: $claim, citation: $citation) { id } }`,
    {
      claim: recordTransfer.id,
      citation: NEW_TRANSFER.citations[0],
    },
  );
  return {
    transferId: recordTransfer.id,
    operations: ['createSource', 'recordTransfer', 'updateSource', 'addCitation'],
  };
}

describe('changes', () => {
  it('numbers every write from 1 without gaps, in the order of the history, and pages both ways', async () => {
    const all: any[] = [];
    for (let after: string | null = null; ;) {
      const { changes }: any = await t.dataAs(
        admin,
        `query ($after: String) { changes(first: 200, after: $after) { totalCount edges { node { sequence id at } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      all.push(...changes.edges.map((e: any) => e.node));
      if (!changes.pageInfo.hasNextPage) break;
      after = changes.pageInfo.endCursor;
    }
    expect(all.length).toBeGreaterThan(20); // the seed's writes, and the keys made above
    expect(all.map((c) => c.sequence)).toEqual(all.map((_c, i) => i + 1));
    const sorted = [...all].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
    expect(sorted.map((c) => c.at)).toEqual(all.map((c) => c.at));
    const { changes } = await t.dataAs(
      admin,
      `{ changes(last: 3) { edges { node { sequence } } pageInfo { hasPreviousPage hasNextPage } } }`,
    );
    expect(changes.edges.map((e: any) => e.node.sequence)).toEqual(all.slice(-3).map((c) => c.sequence));
    expect(changes.pageInfo).toEqual({ hasPreviousPage: true, hasNextPage: false });
  });

  it('gives each write with who, what, and the claims it touched with their verdicts before and after', async () => {
    const since = await lastCursor();
    const { transferId, operations } = await writeStory('feed-story-one');
    const { changes } = await t.dataAs(
      editor,
      `query ($after: String) { changes(after: $after) { edges { node { ${CHANGE} before after } } } }`,
      { after: since },
    );
    const nodes = changes.edges.map((e: any) => e.node);
    expect(nodes.map((c: any) => c.operation)).toEqual(operations);
    expect(nodes.every((c: any) => c.who === 'feed-editor')).toBe(true);
    const verdicts = nodes.map((c: any) =>
      c.claims.map((k: any) => [k.claimId, k.verdictBefore, k.verdictAfter, k.verdictChanged]),
    );
    expect(verdicts).toEqual([
      [],
      [[transferId, null, 'SINGLE_SOURCE', true]],
      // The corrected source's citing claim: touched, its verdict unchanged.
      [[transferId, 'SINGLE_SOURCE', 'SINGLE_SOURCE', false]],
      [[transferId, 'SINGLE_SOURCE', 'CORROBORATED', true]],
    ]);
    expect(nodes[1].claims[0].claim).toEqual({ __typename: 'Transfer', item: NEW_TRANSFER.item });
    expect(nodes[2].entityType).toBe('source');
    expect(nodes[2].before.reliability).not.toBe('B');
    expect(nodes[2].after.reliability).toBe('B');
    expect(nodes[0].before).toBeNull();
    // The same write, by its id, through node(id:) and the history.
    const { node } = await t.data(
      `query ($id: ID!) { node(id: $id) { __typename ... on Change { operation sequence } } }`,
      {
        id: nodes[3].id,
      },
    );
    expect(node).toEqual({ __typename: 'Change', operation: 'addCitation', sequence: nodes[3].sequence });
  });

  it('filters by entity, operation, claim and verdict change', async () => {
    const since = await lastCursor();
    const { transferId } = await writeStory('feed-story-two');
    const ops = async (filter: object) =>
      (
        await t.dataAs(
          admin,
          `query ($after: String, $filter: ChangeFilter) { changes(after: $after, filter: $filter) { edges { node { operation } } } }`,
          {
            after: since,
            filter,
          },
        )
      ).changes.edges.map((e: any) => e.node.operation);
    expect(await ops({ entityTypes: ['source'] })).toEqual(['createSource', 'updateSource']);
    expect(await ops({ operations: ['addCitation', 'recordTransfer'] })).toEqual(['recordTransfer', 'addCitation']);
    expect(await ops({ claimIds: [transferId] })).toEqual(['recordTransfer', 'updateSource', 'addCitation']);
    expect(await ops({ entityIds: [transferId] })).toEqual(['recordTransfer', 'addCitation']);
    expect(await ops({ touchedClaims: true })).toEqual(['recordTransfer', 'updateSource', 'addCitation']);
    expect(await ops({ verdictChanged: true })).toEqual(['recordTransfer', 'addCitation']);
    expect(await ops({ verdictChanged: true, entityTypes: ['source'] })).toEqual([]);
  });

  it("shows API keys' writes to ADMIN only, and drafts' to editors", async () => {
    await makeKey(t.server, 'feed-another-key', Role.READER);
    const types = async (secret?: string) => {
      const q = `{ changes(last: 500, filter: { entityTypes: ["api_key"] }) { totalCount } }`;
      return (secret ? await t.dataAs(secret, q) : await t.data(q)).changes.totalCount;
    };
    expect(await types(admin)).toBeGreaterThanOrEqual(3);
    expect(await types(editor)).toBe(0);
    expect(await types()).toBe(0);
    const apiKeyChange = (
      await t.dataAs(admin, `{ changes(last: 1, filter: { entityTypes: ["api_key"] }) { edges { node { id } } } }`)
    ).changes.edges[0].node.id;
    expect((await t.data(`query ($id: ID!) { node(id: $id) { id } }`, { id: apiKeyChange })).node).toBeNull();
    expect((await t.dataAs(admin, `query ($id: ID!) { node(id: $id) { id } }`, { id: apiKeyChange })).node).toEqual({
      id: apiKeyChange,
    });
  });

  it.each([
    ['a foreign cursor', { after: 'WyJORVdFU1RfRklSU1QiLCIiLCJ4Il0' }, 'after'],
    ['a malformed cursor', { before: 'not a cursor!' }, 'before'],
    ['first and last', { first: 1, last: 1 }, 'last'],
    ['a negative last', { last: -1 }, 'last'],
  ])('refuses %s with BAD_USER_INPUT, and writes nothing', async (_name, args, field) => {
    const before = await tableCounts(t.server);
    const r = await t.gql(
      `query ($first: Int, $after: String, $last: Int, $before: String) { changes(first: $first, after: $after, last: $last, before: $before) { totalCount } }`,
      args,
    );
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await tableCounts(t.server)).toEqual(before);
  });
});

describe('subscriptions over graphql-sse', () => {
  it('claimsChanged delivers each write touching a claim, made through other requests, in order', async () => {
    const after = await lastCursor();
    const events = take(
      sse().iterate({
        query: `subscription ($after: String) { claimsChanged(after: $after) { ${CHANGE} } }`,
        variables: { after },
      }),
      3,
    );
    const { transferId } = await writeStory('feed-story-live');
    const got = (await events).map((e) => e.data.claimsChanged);
    expect(got.map((c) => c.operation)).toEqual(['recordTransfer', 'updateSource', 'addCitation']);
    expect(got.map((c) => c.claims[0].claimId)).toEqual([transferId, transferId, transferId]);
    expect(got[1].sequence).toBeGreaterThan(got[0].sequence);
  });

  it('verdictChanged delivers only writes that changed a verdict, with the filter, and resumes from a cursor', async () => {
    const after = await lastCursor();
    const { transferId } = await writeStory('feed-story-verdicts');
    const query = `subscription ($after: String, $filter: ChangeFilter) { verdictChanged(after: $after, filter: $filter) { operation cursor claims { claimId verdictAfter } } }`;
    const got = (await take(sse().iterate({ query, variables: { after, filter: { claimIds: [transferId] } } }), 2)).map(
      (e) => e.data.verdictChanged,
    );
    expect(got.map((c) => [c.operation, c.claims[0].verdictAfter])).toEqual([
      ['recordTransfer', 'SINGLE_SOURCE'],
      ['addCitation', 'CORROBORATED'],
    ]);
    // Resumed after the first event's cursor: the second comes again, and nothing before it.
    const resumed = await take(
      sse().iterate({ query, variables: { after: got[0].cursor, filter: { claimIds: [transferId] } } }),
      1,
    );
    expect(resumed[0].data.verdictChanged.operation).toBe('addCitation');
  });

  it('refuses a bad key (401), a query (400), a document over the limits (400), and a bad cursor', async () => {
    const status = async (body: object, headers: Record<string, string> = {}) => {
      const res = await fetch(`${t.url}/graphql/stream`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...headers },
        body: JSON.stringify(body),
      });
      return { status: res.status, body: (await res.text()).slice(0, 2000) };
    };
    const sub = { query: 'subscription { claimsChanged { sequence } }' };
    expect(await status(sub, { authorization: 'Bearer not-a-key' })).toMatchObject({ status: 401 });
    const query = await status({ query: '{ changes { totalCount } }' });
    expect(query.status).toBe(400);
    expect(JSON.parse(query.body).errors[0].extensions.code).toBe('BAD_REQUEST');
    const deep = await status({
      query: `subscription { claimsChanged { claims { claim { ... on Transfer { supplier { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { key } } } } } } } } } } } } } } } } }`,
    });
    expect(deep.status).toBe(400);
    expect(JSON.parse(deep.body).errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const bad = await take(
      sse().iterate({ query: 'subscription { claimsChanged(after: "nope!") { sequence } }' }),
      1,
    ).catch((e: unknown) => e);
    expect(JSON.stringify(bad)).toMatch(/BAD_USER_INPUT/);
  });
});

describe('with reads closed and a cap on open subscriptions', () => {
  let closed: TestServer;
  let reader: string;
  beforeAll(async () => {
    closed = await startTestServer({ SUPPLYLINE_READ_ACCESS: 'key', SUPPLYLINE_MAX_SUBSCRIPTIONS: '1' });
    reader = await makeKey(closed.server, 'feed-reader', Role.READER);
  });
  afterAll(() => closed.close());

  it('needs a key, and refuses a second stream with 503 while the first is open', async () => {
    const open = (headers: Record<string, string>) =>
      fetch(`${closed.url}/graphql/stream`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...headers },
        body: JSON.stringify({ query: 'subscription { claimsChanged { sequence } }' }),
      });
    expect((await open({})).status).toBe(401);
    const first = await open({ authorization: `Bearer ${reader}` });
    expect(first.status).toBe(200);
    const second = await open({ authorization: `Bearer ${reader}` });
    expect(second.status).toBe(503);
    expect(second.headers.get('retry-after')).toBe('5');
    await first.body?.cancel();
  });
});
