import { Role } from '../src/core/auth/role.enum';
import { makeKey, startTestServer, tableCounts } from './helpers/test-server';
import type { TestServer } from './helpers/test-server';

/**
 * From the attacker's side: one address hammering the API, made-up keys to escape the count,
 * a key holder sharing an address with the hammerer. Limits are tiny here so the test sends few
 * requests; the defaults are in docs/operations-and-security.md.
 */
let t: TestServer;
let reader: string;
beforeAll(async () => {
  t = await startTestServer({
    SUPPLYLINE_RATE_LIMIT_IP: '5',
    SUPPLYLINE_RATE_LIMIT_KEY: '8',
    SUPPLYLINE_RATE_WINDOW_SECONDS: '120',
  });
  reader = await makeKey(t.server, 'rate-reader', Role.READER);
});
afterAll(() => t.close());

const post = (
  headers: Record<string, string> = {},
  path = '/graphql',
  query = '{ transfers(first: 1) { totalCount } }',
) =>
  fetch(`${t.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });

describe('rate limits', () => {
  it('answer the sixth request from one address within the window with 429, Retry-After and a GraphQL error', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await post()).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
    const refused = await post();
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(120);
    const body = (await refused.json()) as any;
    expect(body.errors[0].extensions).toEqual({
      code: 'RATE_LIMITED',
      retryAfter,
      requestId: refused.headers.get('x-request-id'),
    });
    expect(body.errors[0].message).toMatch(/retry after/i);
  });

  it('count exports and IDE-less GETs from the same address too', async () => {
    expect((await fetch(`${t.url}/export/claims.jsonl`)).status).toBe(429);
    expect(
      (await fetch(`${t.url}/graphql?query=%7B__typename%7D`, { headers: { 'apollo-require-preflight': '1' } })).status,
    ).toBe(429);
  });

  it('are not escaped by sending made-up keys', async () => {
    const forged = await post({ authorization: 'Bearer sl_0123456789ab_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' });
    expect(forged.status).toBe(429);
  });

  it('count a valid key on its own, so its holder still gets through from the hammered address, up to the key limit', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 9; i++) statuses.push((await post({ authorization: `Bearer ${reader}` })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 429]);
  });

  it('refuse a write over the limit without writing anything', async () => {
    const editor = await makeKey(t.server, 'rate-editor', Role.EDITOR);
    const mutation = `mutation { recordTransfer(input: { supplier: "iran", recipient: "syria", category: OTHER, item: "rate-limited", status: PROPOSED,
      citations: [{ source: "nyt-2022-09-05-russia-north-korea-munitions", quote: "rate-limited" }] }) { id } }`;
    for (let i = 0; i < 8; i++) await post({ authorization: `Bearer ${editor}` }, '/graphql', '{ __typename }');
    const before = await tableCounts(t.server);
    const refused = await post({ authorization: `Bearer ${editor}` }, '/graphql', mutation);
    expect(refused.status).toBe(429);
    expect(await tableCounts(t.server)).toEqual(before);
  });

  it('leave health checks alone (a load balancer polls them)', async () => {
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${t.url}/readyz`)).status).toBe(200);
  });
});

describe('rate limits behind a proxy', () => {
  it('count by X-Forwarded-For only when told how many proxies to trust', async () => {
    const direct = await startTestServer({ SUPPLYLINE_RATE_LIMIT_IP: '2' });
    const proxied = await startTestServer({ SUPPLYLINE_RATE_LIMIT_IP: '2', SUPPLYLINE_TRUST_PROXY_HOPS: '1' });
    try {
      const from = (s: TestServer, ip: string) =>
        fetch(`${s.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
          body: '{"query":"{ __typename }"}',
        }).then((r) => r.status);
      // Not trusted: a client cannot pick its own address by sending the header.
      expect([await from(direct, '10.0.0.1'), await from(direct, '10.0.0.2'), await from(direct, '10.0.0.3')]).toEqual([
        200, 200, 429,
      ]);
      // Trusted (one proxy in front): each forwarded client has its own count.
      expect([
        await from(proxied, '10.0.0.1'),
        await from(proxied, '10.0.0.1'),
        await from(proxied, '10.0.0.1'),
        await from(proxied, '10.0.0.2'),
      ]).toEqual([200, 200, 429, 200]);
    } finally {
      await direct.close();
      await proxied.close();
    }
  });
});
