import { getIntrospectionQuery } from 'graphql';
import { Role } from '../src/core/auth/role.enum';
import { captureLogs } from './helpers/logs';
import type { CapturedLogs } from './helpers/logs';
import { makeKey, startTestServer } from './helpers/test-server';
import type { TestServer } from './helpers/test-server';

/**
 * NODE_ENV=production, from the attacker's side: what an error tells a client (its code, the
 * field at fault, a request id — no stack trace, no SQL, no schema hints) and what the operator
 * gets in the log for the same request id.
 */
let t: TestServer;
let logs: CapturedLogs;
beforeAll(async () => {
  logs = captureLogs();
  t = await startTestServer({ NODE_ENV: 'production' }, { logger: logs.logger });
});
afterAll(() => t.close());

async function post(query: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  const text = await res.text();
  return {
    status: res.status,
    requestId: res.headers.get('x-request-id'),
    text,
    body: JSON.parse(text) as { data?: any; errors?: any[] },
  };
}

describe('errors in production', () => {
  it('keep the code and the field at fault, with the request id and no stack trace', async () => {
    const res = await post(`{ transfers(filter: { supplier: "atlantis" }) { totalCount } }`);
    expect(res.body.errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'filter.supplier',
      requestId: res.requestId,
    });
    expect(res.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.text).not.toMatch(/stacktrace|at .*\.[jt]s/);
  });

  it('give no "Did you mean" suggestions for a misspelt field, argument or type', async () => {
    for (const query of [
      `{ transfers { totalCont } }`,
      `{ transfers(frist: 1) { totalCount } }`,
      `query ($f: TransferFiltr) { transfers(filter: $f) { totalCount } }`,
    ]) {
      const res = await post(query);
      expect(res.status).toBe(400);
      expect(res.body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(res.text).not.toMatch(/did you mean|totalCount"\?|first|TransferFilter"/i);
    }
  });

  it('give none for misspelt input fields or enum values sent in variables', async () => {
    const query = 'query ($f: TransferFilter) { transfers(filter: $f) { totalCount } }';
    for (const f of [{ categry: 'OTHER' }, { category: ['OTHR'] }]) {
      const res = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables: { f } }),
      });
      const text = await res.text();
      expect(res.status).toBe(400);
      expect(JSON.parse(text).errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(text).not.toMatch(/did you mean|"category"|"OTHER"/i);
    }
  });

  it('(in development the same query does suggest, so the check above can fail)', async () => {
    const dev = await startTestServer({ NODE_ENV: 'development' });
    try {
      expect((await dev.gql(`{ transfers { totalCont } }`)).errors?.[0].message).toMatch(/Did you mean "totalCount"\?/);
    } finally {
      await dev.close();
    }
  });

  it('mask internal errors (no SQL, no message detail) and log them in full under the same request id', async () => {
    // Drop a table behind the server's back so a resolver fails inside the database driver.
    await t.server.dataSource.query('DROP TABLE citation_hop');
    const res = await post(`{ transfers(first: 1) { edges { node { evidence { chain { key } } } } } }`);
    expect(res.body.errors?.[0].extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: res.requestId });
    expect(res.body.errors?.[0].message).toBe('Internal server error');
    expect(res.text).not.toMatch(/citation_hop|SELECT|sqlite|postgres|at .*\.[jt]s/i);
    const logged = logs.lines().filter((l) => l.msg === 'internal error' && l.requestId === res.requestId);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ level: 'error', path: expect.arrayContaining(['transfers']) });
    expect(logged[0].error).toMatch(/citation_hop/);
    const completed = await logs.find((l) => l.msg === 'request completed' && l.req?.id === res.requestId);
    expect(completed).toMatchObject({ req: { method: 'POST', url: '/graphql' }, res: { statusCode: 200 } });
  });
});

describe('request ids', () => {
  it('keep a plain id sent by the client, and replace one that could forge log lines', async () => {
    const kept = await post(`{ transfers(first: -1) { totalCount } }`, { 'x-request-id': 'client-trace.42' });
    expect(kept.requestId).toBe('client-trace.42');
    expect(kept.body.errors?.[0].extensions?.requestId).toBe('client-trace.42');
    const hostile = `x"},"level":"error","msg":"forged`;
    const forged = await post(`{ __typename }`, { 'x-request-id': hostile });
    expect(forged.requestId).toMatch(/^[0-9a-f-]{36}$/);
    // Its log line names the fresh id and holds the header as an escaped string, nothing more.
    const line = await logs.find((l) => l.requestId === forged.requestId);
    expect(line?.req.headers['x-request-id']).toBe(hostile);
    expect(logs.lines().filter((l) => l.msg === 'forged')).toEqual([]);
  });

  it('appear in refusals made before any operation runs (CSRF, bad JSON)', async () => {
    const csrf = await fetch(`${t.url}/graphql?query=%7B__typename%7D`, { headers: { accept: 'application/json' } });
    expect(csrf.status).toBe(400);
    expect(((await csrf.json()) as any).errors[0].extensions.requestId).toBe(csrf.headers.get('x-request-id'));
    const bad = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as any).errors[0].extensions).toEqual({
      code: 'BAD_REQUEST',
      requestId: bad.headers.get('x-request-id'),
    });
  });
});

describe('logs', () => {
  it('never hold an API key or an Authorization header, valid or not', async () => {
    const secret = await makeKey(t.server, 'log-redaction', Role.READER);
    await post(`{ __typename }`, { authorization: `Bearer ${secret}`, 'x-request-id': 'redaction-valid' });
    await post(`{ __typename }`, {
      authorization: 'Bearer sl_000000000000_not-a-real-key-but-still-secret-aaaaaaaaaaaaaaa',
      'x-request-id': 'redaction-invalid',
    });
    for (const id of ['redaction-valid', 'redaction-invalid']) {
      expect(await logs.find((l) => l.req?.id === id)).toMatchObject({
        req: { headers: { authorization: '[redacted]' } },
      });
    }
    const text = logs.text();
    expect(text).not.toContain(secret);
    expect(text).not.toContain(secret.slice(16));
    expect(text).not.toContain('not-a-real-key');
  });
});

describe('introspection', () => {
  it('is on by default (a public research API), and the whole IDE introspection query fits the limits', async () => {
    const res = await post(getIntrospectionQuery());
    expect(res.status).toBe(200);
    expect(res.body.data.__schema.queryType.name).toBe('Query');
  });

  it("still obeys a depth limit when on (20 levels below __schema and __type, the IDE's query needs 15)", async () => {
    const deep = `{ __type(name: "Transfer") { ${'ofType { '.repeat(20)} name ${'} '.repeat(20)} } }`;
    const res = await post(deep);
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/depth/i);
  });

  it('is refused with SUPPLYLINE_INTROSPECTION=false, while ordinary queries still run', async () => {
    const closed = await startTestServer({ NODE_ENV: 'production', SUPPLYLINE_INTROSPECTION: 'false' });
    try {
      for (const q of [`{ __schema { queryType { name } } }`, `{ __type(name: "Transfer") { name } }`]) {
        const res = await closed.gql(q);
        expect(res.status).toBe(400);
        expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
        expect(res.errors?.[0].message).toMatch(/introspection/i);
      }
      expect((await closed.data(`{ transfers(first: 1) { totalCount } }`)).transfers.totalCount).toBeGreaterThan(0);
    } finally {
      await closed.close();
    }
  });
});

describe('failures outside GraphQL', () => {
  it("a malformed URL is the client's fault: a JSON 400 with the request id, not a 500", async () => {
    const res = await fetch(`${t.url}/export/%E0`);
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).errors[0].extensions).toEqual({
      code: 'BAD_REQUEST',
      requestId: res.headers.get('x-request-id'),
    });
  });

  it('are a bare JSON 500 with the request id, logged in full (the key table is gone while a key is checked)', async () => {
    await t.server.dataSource.query('DROP TABLE api_key');
    const res = await post(`{ __typename }`, {
      authorization: 'Bearer sl_000000000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
    });
    expect(res.status).toBe(500);
    expect(res.body).toEqual({
      errors: [
        { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: res.requestId } },
      ],
    });
    expect(
      await logs.find((l) => l.msg === 'internal error' && l.requestId === res.requestId && /api_key/.test(l.error)),
    ).toBeDefined();
  });
});
