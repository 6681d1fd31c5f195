import { startTestServer, tableCounts } from './helpers/test-server';
import type { TestServer } from './helpers/test-server';

/**
 * GraphQL over HTTP, from a client's and an attacker's side: every refusal is a 4xx with a JSON
 * body holding a GraphQL error (never Express's HTML page, never a 500), and nothing is written.
 */
let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ NODE_ENV: 'production' });
});
afterAll(() => t.close());

async function post(
  body: string,
  headers: Record<string, string>,
): Promise<{ status: number; type: string; json: any }> {
  const res = await fetch(`${t.url}/graphql`, { method: 'POST', headers, body });
  return { status: res.status, type: res.headers.get('content-type') ?? '', json: await res.json() };
}

const RETRACT = 'mutation { retractClaim(id: "00000000-0000-0000-0000-000000000000", reason: "x") { __typename } }';

describe('GraphQL over HTTP', () => {
  it('answers application/graphql-response+json when the client asks for it', async () => {
    const r = await post(JSON.stringify({ query: '{ __typename }' }), {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
    });
    expect(r.status).toBe(200);
    expect(r.type).toMatch(/^application\/graphql-response\+json/);
    expect(r.json).toEqual({ data: { __typename: 'Query' } });
  });

  it('refuses a body over 1 MB with 413 and a GraphQL error', async () => {
    const before = await tableCounts(t.server);
    const r = await post(JSON.stringify({ query: RETRACT, pad: 'a'.repeat(1_100_000) }), {
      'content-type': 'application/json',
    });
    expect(r.status).toBe(413);
    expect(r.json.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(await tableCounts(t.server)).toEqual(before);
  });

  it.each([['latin1'], ['utf-16']])('refuses charset=%s with 415 and a GraphQL error', async (charset) => {
    const r = await post(JSON.stringify({ query: '{ __typename }' }), {
      'content-type': `application/json; charset=${charset}`,
    });
    expect(r.status).toBe(415);
    expect(r.json.errors[0].extensions.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('refuses JSON that does not parse with 400 and a GraphQL error', async () => {
    const r = await post('{"query": "{ __typename }"', { 'content-type': 'application/json' });
    expect(r.status).toBe(400);
    expect(r.json.errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('refuses an unknown content type with 400', async () => {
    const r = await post('<query/>', { 'content-type': 'application/xml' });
    expect(r.status).toBe(400);
    expect(r.json.errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('refuses a request a browser could forge cross-site (text/plain, no preflight header) and runs nothing', async () => {
    const before = await tableCounts(t.server);
    const r = await post(JSON.stringify({ query: RETRACT }), { 'content-type': 'text/plain' });
    expect(r.status).toBe(400);
    expect(r.json.errors[0].message).toMatch(/cross-site request forgery/);
    // It says what to send.
    expect(r.json.errors[0].message).toMatch(/apollo-require-preflight: true/);
    expect(r.json.errors[0].extensions).toMatchObject({ code: 'BAD_REQUEST', reason: 'CSRF_PREVENTION' });
    expect(await tableCounts(t.server)).toEqual(before);
  });

  it('refuses a mutation sent with GET (405)', async () => {
    const res = await fetch(`${t.url}/graphql?query=${encodeURIComponent(RETRACT)}`, {
      headers: { 'apollo-require-preflight': '1', accept: 'application/json' },
    });
    expect(res.status).toBe(405);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('refuses an operationName that names no operation of the document with 400 (as a GraphQL IDE may send one)', async () => {
    for (const query of ['query A { __typename }', 'query A { __typename } query C { __typename }']) {
      const r = await post(JSON.stringify({ query, operationName: 'B' }), { 'content-type': 'application/json' });
      expect(r.status).toBe(400);
      expect(r.json.errors[0].message).toContain('Unknown operation named "B"');
      expect(r.json.errors[0].extensions.code).toBe('BAD_REQUEST');
    }
  });
});
