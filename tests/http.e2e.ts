import { startTestServer } from './helpers/test-server';
import type { TestServer } from './helpers/test-server';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.close());

describe('HTTP surface', () => {
  it('/healthz answers while alive, /readyz when the database is reachable and migrated', async () => {
    const health = await fetch(`${t.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${t.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('listens on the loopback address it was given', () => {
    expect(t.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('answers queries over GET, as GraphQL over HTTP allows', async () => {
    const query = encodeURIComponent('{ actor(name: "DPRK") { key } }');
    const res = await fetch(`${t.url}/graphql?query=${query}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { actor: { key: 'north-korea' } } });
    // Without a header a browser cannot send cross-site, GET is refused (CSRF protection).
    const bare = await fetch(`${t.url}/graphql?query=${query}`, { headers: { accept: 'application/json' } });
    expect(bare.status).toBe(400);
  });

  it('refuses mutations over GET', async () => {
    const res = await fetch(
      `${t.url}/graphql?query=${encodeURIComponent('mutation { retractClaim(id: "x", reason: "y") { __typename } }')}`,
      {
        headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
      },
    );
    expect(res.status).toBe(405);
  });

  it('answers an operation the schema cannot run with a client error, not an internal one', async () => {
    const res = await t.gql(`subscription { claimsChanged { sequence } }`);
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_REQUEST');
    expect(res.errors?.[0].message).toMatch(/\/graphql\/stream/);
  });

  it('serves the GraphQL IDE to a browser, from its own packages with no outside URL', async () => {
    const res = await fetch(`${t.url}/graphql`, { headers: { accept: 'text/html,application/xhtml+xml' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    const html = await res.text();
    expect(html).toContain('GraphiQL');
    const refs = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThanOrEqual(4);
    for (const ref of refs) {
      expect(ref.startsWith('/')).toBe(true);
      const asset = await fetch(`${t.url}${ref}`);
      expect(asset.status).toBe(200);
      expect((await asset.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    }
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).not.toMatch(/\/\/[a-z0-9.-]+\.[a-z]{2,}\//i);
  });

  it('answers unknown fields with a validation error', async () => {
    const res = await t.gql(`{ nothing }`);
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
