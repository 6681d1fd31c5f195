import { Role } from '../src/core/auth/role.enum';
import { apiKeyService } from '../src/domain/access/api-key.service';
import { CHANGE, lastCursor, sse, take, writeStory } from './helpers/change-feed';
import { makeKey, startTestServer } from './helpers/test-server';
import type { TestServer } from './helpers/test-server';

/**
 * The live subscriptions claimsChanged and verdictChanged over graphql-sse at /graphql/stream,
 * read by graphql-sse's own client over real HTTP while writes go through other requests; what
 * the stream refuses, its caps, and how streams end.
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

describe('subscriptions over graphql-sse', () => {
  it('claimsChanged delivers each write touching a claim, made through other requests, in order', async () => {
    const after = await lastCursor(t, admin);
    const events = take(
      sse(t).iterate({
        query: `subscription ($after: String) { claimsChanged(after: $after) { ${CHANGE} } }`,
        variables: { after },
      }),
      3,
    );
    const { transferId } = await writeStory(t, editor, 'feed-story-live');
    const got = (await events).map((e) => e.data.claimsChanged);
    expect(got.map((c) => c.operation)).toEqual(['recordTransfer', 'updateSource', 'addCitation']);
    expect(got.map((c) => c.claims[0].claimId)).toEqual([transferId, transferId, transferId]);
    expect(got[1].sequence).toBeGreaterThan(got[0].sequence);
  });

  it('verdictChanged delivers only writes that changed a verdict, with the filter, and resumes from a cursor', async () => {
    const after = await lastCursor(t, admin);
    const { transferId } = await writeStory(t, editor, 'feed-story-verdicts');
    const query = `subscription ($after: String, $filter: ChangeFilter) { verdictChanged(after: $after, filter: $filter) { operation cursor claims { claimId verdictAfter } } }`;
    const got = (
      await take(sse(t).iterate({ query, variables: { after, filter: { claimIds: [transferId] } } }), 2)
    ).map((e) => e.data.verdictChanged);
    expect(got.map((c) => [c.operation, c.claims[0].verdictAfter])).toEqual([
      ['recordTransfer', 'SINGLE_SOURCE'],
      ['addCitation', 'CORROBORATED'],
    ]);
    // Resumed after the first event's cursor: the second comes again, and nothing before it.
    const resumed = await take(
      sse(t).iterate({ query, variables: { after: got[0].cursor, filter: { claimIds: [transferId] } } }),
      1,
    );
    expect(resumed[0].data.verdictChanged.operation).toBe('addCitation');
  });

  it('serves one request per subscription: PUT (a reserved stream), a stream token, or no event-stream Accept are refused', async () => {
    const put = await fetch(`${t.url}/graphql/stream`, { method: 'PUT', headers: { accept: 'text/event-stream' } });
    expect([put.status, put.headers.get('allow')]).toEqual([405, 'GET, POST']);
    const body = JSON.stringify({ query: 'subscription { claimsChanged { sequence } }' });
    const token = await fetch(`${t.url}/graphql/stream`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', 'x-graphql-event-stream-token': 't' },
      body,
    });
    expect(token.status).toBe(400);
    const json = await fetch(`${t.url}/graphql/stream`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body,
    });
    expect(json.status).toBe(406);
  });

  it('checks the size of every argument and the cost, as /graphql does', async () => {
    const open = async (query: string, variables: object) => {
      const res = await fetch(`${t.url}/graphql/stream`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, error: ((await res.json()) as any).errors[0] };
    };
    const many = await open('subscription ($ids: [ID!]) { claimsChanged(filter: { entityIds: $ids }) { sequence } }', {
      ids: Array.from({ length: 101 }, (_, i) => `id-${i}`),
    });
    expect(many.status).toBe(400);
    expect(many.error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.entityIds' });
    const costly = await open(
      `subscription { claimsChanged { claims { claim { ... on Transfer { supplier { suppliesTo(first: 500) { evidence { quote source { title } chain { title } } recipient { suppliesTo(first: 500) { item } } } } } } } } }`,
      {},
    );
    expect(costly.status).toBe(400);
    expect(costly.error.extensions.code).toBe('QUERY_TOO_COSTLY');
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
      sse(t).iterate({ query: 'subscription { claimsChanged(after: "nope!") { sequence } }' }),
      1,
    ).catch((e: unknown) => e);
    expect(JSON.stringify(bad)).toMatch(/BAD_USER_INPUT/);
  });
});

describe('with reads closed and a cap on open subscriptions', () => {
  let closed: TestServer;
  let reader: string;
  let other: string;
  let third3: string;
  beforeAll(async () => {
    closed = await startTestServer({
      SUPPLYLINE_READ_ACCESS: 'key',
      SUPPLYLINE_MAX_SUBSCRIPTIONS: '2',
      SUPPLYLINE_MAX_SUBSCRIPTIONS_PER_CLIENT: '1',
      SUPPLYLINE_KEY_CACHE_SECONDS: '1',
    });
    reader = await makeKey(closed.server, 'feed-reader', Role.READER);
    other = await makeKey(closed.server, 'feed-other', Role.READER);
    third3 = await makeKey(closed.server, 'feed-third', Role.READER);
  });
  afterAll(() => closed.close());

  it("needs a key, refuses a client past its share (429), and anyone past the server's cap (503)", async () => {
    const open = (headers: Record<string, string>) =>
      fetch(`${closed.url}/graphql/stream`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...headers },
        body: JSON.stringify({ query: 'subscription { claimsChanged { sequence } }' }),
      });
    expect((await open({})).status).toBe(401);
    const first = await open({ authorization: `Bearer ${reader}` });
    expect(first.status).toBe(200);
    // A second for the same key is over its share (1 here): 429.
    const mine = await open({ authorization: `Bearer ${reader}` });
    expect(mine.status).toBe(429);
    expect(((await mine.json()) as any).errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfter: 5 });
    const second = await open({ authorization: `Bearer ${other}` });
    expect(second.status).toBe(200);
    // Two are open, the most this server streams: 503 for anyone.
    const third = await open({ authorization: `Bearer ${third3}` });
    expect(third.status).toBe(503);
    expect(third.headers.get('retry-after')).toBe('5');
    await first.body?.cancel();
    await second.body?.cancel();
  });

  it('ends a stream once its key is revoked', async () => {
    const doomed = await makeKey(closed.server, 'feed-doomed', Role.READER);
    const res = await fetch(`${closed.url}/graphql/stream`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${doomed}` },
      body: JSON.stringify({ query: 'subscription { claimsChanged { sequence } }' }),
    });
    expect(res.status).toBe(200);
    await apiKeyService.revoke(closed.server.context(), 'feed-doomed');
    // The body ends (the server closed the stream) instead of staying open.
    const text = await res.text();
    expect(text).not.toContain('claimsChanged');
  });

  it('ends open streams with a complete event when the server stops, and opens none after', async () => {
    const own = await startTestServer();
    const res = await fetch(`${own.url}/graphql/stream`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: 'subscription { verdictChanged { sequence } }' }),
    });
    expect(res.status).toBe(200);
    const [text] = await Promise.all([res.text(), own.close()]);
    expect(text).toContain('event: complete');
  });
});
