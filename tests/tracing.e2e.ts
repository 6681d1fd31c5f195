import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Role } from '../src/core/auth/role.enum';
import { NEW_TRANSFER, RECORD } from './helpers/record-transfer';
import { buildDist, spawnServer } from './helpers/child-server';
import { createTestDatabase } from './helpers/test-database';
import { makeKey, startTestServer } from './helpers/test-server';

/**
 * SUPPLYLINE_TRACING=otlp: spans reach an OTLP/HTTP collector (here a small HTTP server that
 * keeps what it is sent, as JSON), in the trace the caller started with its traceparent header.
 * The server runs as its own process, as `npm start` runs it (the exporter loads Node's http
 * module with a dynamic import, which Jest's module sandbox cannot run).
 */
interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  attributes: { key: string; value: Record<string, unknown> }[];
}

let collector: Server;
let endpoint: string;
const received: { path: string; spans: OtlpSpan[]; service: string }[] = [];

beforeAll(async () => {
  collector = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const doc = JSON.parse(body);
      for (const rs of doc.resourceSpans ?? []) {
        const service = rs.resource.attributes.find((a: any) => a.key === 'service.name')?.value.stringValue;
        for (const ss of rs.scopeSpans) received.push({ path: req.url ?? '', spans: ss.spans, service });
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(collector.address() as AddressInfo).port}/v1/traces`;
});
afterAll(() => new Promise<void>((resolve) => collector.close(() => resolve())));

const attr = (span: OtlpSpan, key: string) => {
  const v = span.attributes.find((a) => a.key === key)?.value;
  return v ? (v.stringValue ?? v.intValue ?? v.boolValue ?? v.arrayValue) : undefined;
};

it('sends a span per request, operation, SQL statement and write, in the caller’s trace', async () => {
  const db = await createTestDatabase();
  const setup = await startTestServer({}, {}, db);
  const editor = await makeKey(setup.server, 'tracing-editor', Role.EDITOR);
  await setup.close();
  await buildDist();
  const t = await spawnServer({
    DATABASE_URL: db.url,
    SUPPLYLINE_TRACING: 'otlp',
    OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: endpoint,
    OTEL_SERVICE_NAME: 'supplyline-test',
  });
  const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
  const send = (query: string, variables: object, auth = false) =>
    fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        traceparent: `00-${traceId}-00f067aa0ba902b7-01`,
        ...(auth ? { authorization: `Bearer ${editor}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
  expect((await send(`query TracedRead { transfers(first: 2) { edges { node { id item } } } }`, {})).status).toBe(200);
  expect((await send(RECORD, { input: NEW_TRANSFER }, true)).status).toBe(200);
  t.child.kill('SIGTERM'); // a clean stop flushes the spans to the collector
  expect((await t.exited).code).toBe(0);
  await db.drop();

  const spans = received.flatMap((r) => r.spans);
  expect(received.every((r) => r.path === '/v1/traces' && r.service === 'supplyline-test')).toBe(true);
  const traced = spans.filter((s) => s.traceId === traceId);
  const server = traced.filter((s) => s.name === 'POST graphql');
  expect(server).toHaveLength(2);
  expect(server.every((s) => s.parentSpanId === '00f067aa0ba902b7')).toBe(true);
  expect(server.map((s) => attr(s, 'http.response.status_code'))).toEqual([200, 200]);

  const read = traced.find((s) => s.name === 'query TracedRead')!;
  expect(read).toBeDefined();
  expect(attr(read, 'graphql.operation.name')).toBe('TracedRead');
  const readRequest = server.find((s) => s.spanId === read.parentSpanId);
  expect(readRequest).toBeDefined();
  // The statements of the read are in its request's span, with their SQL (never the values).
  const statements = traced.filter((s) => s.name === 'db.query' && s.parentSpanId === readRequest!.spanId);
  expect(statements.length).toBeGreaterThan(0);
  expect(String(attr(statements[0], 'db.query.text'))).toMatch(/SELECT/);
  const write = traced.find((s) => s.name === 'db.transaction');
  expect(write).toBeDefined();
  expect(attr(write!, 'outcome')).toBe('committed');
  expect(traced.find((s) => s.name === 'mutation (anonymous)')).toBeDefined();
}, 120_000);
