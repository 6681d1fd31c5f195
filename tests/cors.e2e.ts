import { startTestServer } from './helpers/test-server';
import type { TestServer } from './helpers/test-server';

/**
 * Cross-origin calls, from the attacker's page (https://evil.example) and from an allowed
 * front end (https://dashboard.example). A browser shows a page the answer only when
 * Access-Control-Allow-Origin names the page's origin (or is "*").
 */
const ALLOWED = 'https://dashboard.example';
const EVIL = 'https://evil.example';

const preflight = (t: TestServer, origin: string, path = '/graphql') =>
  fetch(`${t.url}${path}`, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'content-type, authorization',
    },
  });
const query = (t: TestServer, origin: string) =>
  fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { origin, 'content-type': 'application/json', cookie: 'session=stolen' },
    body: '{"query":"{ __typename }"}',
  });

describe('CORS by default (same origin only)', () => {
  let t: TestServer;
  beforeAll(async () => (t = await startTestServer()));
  afterAll(() => t.close());

  it('answers a preflight from another origin without allowing it', async () => {
    const res = await preflight(t, EVIL);
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('gives another origin no header that would let its page read an answer', async () => {
    const res = await query(t, EVIL);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('serves its own origin (the explorer and the IDE) as before', async () => {
    const res = await query(t, t.url);
    expect(res.status).toBe(200);
    expect(((await res.json()) as any).data).toEqual({ __typename: 'Query' });
  });
});

describe('CORS with SUPPLYLINE_CORS_ORIGINS', () => {
  let t: TestServer;
  beforeAll(async () => (t = await startTestServer({ SUPPLYLINE_CORS_ORIGINS: `${ALLOWED},http://localhost:5173` })));
  afterAll(() => t.close());

  it('allows an allowed origin: preflight with methods, headers and max-age, and its own origin back', async () => {
    const res = await preflight(t, ALLOWED);
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(res.headers.get('access-control-allow-methods')).toBe('GET,POST,OPTIONS');
    expect(res.headers.get('access-control-allow-headers')).toMatch(/authorization/);
    expect(res.headers.get('access-control-max-age')).toBe('600');
    expect(res.headers.get('vary')).toMatch(/origin/i);
    const answer = await query(t, ALLOWED);
    expect(answer.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(answer.headers.get('access-control-expose-headers')).toMatch(/x-request-id/);
    expect(((await answer.json()) as any).data).toEqual({ __typename: 'Query' });
  });

  it('never reflects an origin that is not on the list, nor allows credentials to anyone', async () => {
    for (const origin of [
      EVIL,
      `${ALLOWED}.evil.example`,
      'https://dashboard.example:8443',
      'null',
      'http://dashboard.example',
    ]) {
      const pre = await preflight(t, origin);
      expect(pre.status).toBe(204);
      expect(pre.headers.get('access-control-allow-origin')).toBeNull();
      const res = await query(t, origin);
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
      expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    }
    expect((await query(t, ALLOWED)).headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('covers the exports too (a front end offers downloads of what it shows)', async () => {
    const res = await fetch(`${t.url}/export/claims.jsonl`, { headers: { origin: ALLOWED } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    await res.arrayBuffer();
    const evil = await fetch(`${t.url}/export/claims.jsonl`, { headers: { origin: EVIL } });
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
    await evil.arrayBuffer();
  });
});
