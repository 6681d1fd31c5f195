import { createClient } from 'graphql-sse';
import { Role } from '../src/core/auth/role.enum';
import { MAX_OPERATION_NAMES } from '../src/app/telemetry/metrics';
import { captureLogs } from './helpers/logs';
import type { CapturedLogs } from './helpers/logs';
import { NEW_TRANSFER, RECORD } from './helpers/record-transfer';
import { makeKey, startTestServer } from './helpers/test-server';
import type { TestServer } from './helpers/test-server';

/**
 * What an operator sees: /metrics in Prometheus' format (requests by operation and outcome,
 * latency, error codes, database time, rate-limit refusals, subscriptions), and log lines that
 * name the operation and its error codes.
 */
let t: TestServer;
let logs: CapturedLogs;
let admin: string;
let editor: string;

beforeAll(async () => {
  logs = captureLogs();
  t = await startTestServer({}, { logger: logs.logger });
  admin = await makeKey(t.server, 'metrics-admin', Role.ADMIN);
  editor = await makeKey(t.server, 'metrics-editor', Role.EDITOR);
});
afterAll(() => t.close());

async function scrape(server: TestServer = t, secret: string | null = admin): Promise<string> {
  const res = await fetch(`${server.url}/metrics`, { headers: secret ? { authorization: `Bearer ${secret}` } : {} });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return res.text();
}

/** The value of one sample line, e.g. value(text, 'supplyline_graphql_requests_total{…}'); 0 when absent. */
function value(text: string, sample: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${sample} `));
  return line ? Number(line.slice(sample.length + 1)) : 0;
}

describe('/metrics', () => {
  it('is for ADMIN keys: 401 without a key, 403 for an editor', async () => {
    expect((await fetch(`${t.url}/metrics`)).status).toBe(401);
    const res = await fetch(`${t.url}/metrics`, { headers: { authorization: `Bearer ${editor}` } });
    expect(res.status).toBe(403);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('counts operations by name, type and outcome, their time, and their error codes', async () => {
    const ok = 'supplyline_graphql_requests_total{operation="DashboardTransfers",type="query",outcome="ok"}';
    const failed = 'supplyline_graphql_requests_total{operation="BadPage",type="query",outcome="error"}';
    const code = 'supplyline_graphql_errors_total{operation="BadPage",code="BAD_USER_INPUT"}';
    const before = await scrape();
    await t.data(`query DashboardTransfers { transfers(first: 2) { edges { node { id } } } }`);
    await t.data(`query DashboardTransfers { transfers(first: 3) { edges { node { id } } } }`);
    expect((await t.gql(`query BadPage { transfers(first: -1) { totalCount } }`)).errors?.[0].extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    const after = await scrape();
    expect(value(after, ok) - value(before, ok)).toBe(2);
    expect(value(after, failed) - value(before, failed)).toBe(1);
    expect(value(after, code) - value(before, code)).toBe(1);
    const timed = 'supplyline_graphql_request_duration_seconds_count{operation="DashboardTransfers",type="query"}';
    expect(value(after, timed) - value(before, timed)).toBe(2);
    expect(value(after, 'supplyline_db_read_duration_seconds_count')).toBeGreaterThan(
      value(before, 'supplyline_db_read_duration_seconds_count'),
    );
    const http = 'supplyline_http_requests_total{route="graphql",method="POST",status="200"}';
    expect(value(after, http) - value(before, http)).toBeGreaterThanOrEqual(3);
    expect(after).toMatch(/^supplyline_process_cpu_seconds_total \d/m);
  });

  it('counts exports by outcome, and those streaming', async () => {
    const done = 'supplyline_exports_total{export="transfers.csv",outcome="complete"}';
    const refused = 'supplyline_exports_total{export="transfers.csv",outcome="refused"}';
    const before = await scrape();
    // Each read to its end: an export is counted once it has ended, after its last byte.
    const complete = await fetch(`${t.url}/export/transfers.csv`);
    expect(complete.status).toBe(200);
    await complete.text();
    const bad = await fetch(`${t.url}/export/transfers.csv?supplier=nobody-at-all`);
    expect(bad.status).toBe(400);
    await bad.text();
    // The server counts in the 'finally' after the last write; the scrape may come first.
    for (let i = 0; i < 100 && value(await scrape(), done) === value(before, done); i++)
      await new Promise((r) => setTimeout(r, 20));
    const after = await scrape();
    expect(value(after, done) - value(before, done)).toBe(1);
    expect(value(after, refused) - value(before, refused)).toBe(1);
    expect(value(after, 'supplyline_exports_streaming{export="transfers.csv"}')).toBe(0);
  });

  it('times write transactions, committed and rolled back', async () => {
    const committed = 'supplyline_db_write_duration_seconds_count{outcome="committed"}';
    const before = await scrape();
    await t.dataAs(editor, RECORD, { input: NEW_TRANSFER });
    const after = await scrape();
    expect(value(after, committed) - value(before, committed)).toBe(1);
    const mutation = 'supplyline_graphql_requests_total{operation="(anonymous)",type="mutation",outcome="ok"}';
    expect(value(after, mutation) - value(before, mutation)).toBe(1);
  });

  it(`keeps operation names a bounded label: odd names and those past the first ${MAX_OPERATION_NAMES} are "(other)"`, async () => {
    for (let i = 0; i < MAX_OPERATION_NAMES + 10; i++) await t.data(`query Flood${i} { __typename }`);
    const text = await scrape();
    const names = new Set(
      [...text.matchAll(/supplyline_graphql_requests_total\{operation="([^"]*)"/g)].map((m) => m[1]),
    );
    expect(names.size).toBeLessThanOrEqual(MAX_OPERATION_NAMES + 2);
    expect(names.has('(other)')).toBe(true);
  });

  it('counts open subscriptions and the events they are sent', async () => {
    const client = createClient({ url: `${t.url}/graphql/stream`, retryAttempts: 0 });
    const events: any[] = [];
    let done!: () => void;
    const received = new Promise<void>((resolve) => (done = resolve));
    const unsubscribe = client.subscribe(
      { query: 'subscription { claimsChanged { operation } }' },
      { next: (e) => (events.push(e), done()), error: () => undefined, complete: () => undefined },
    );
    // From now: it sees only what is written once it is open, which the gauge tells.
    for (let i = 0; i < 200 && value(await scrape(), 'supplyline_subscriptions_open') !== 1; i++)
      await new Promise((r) => setTimeout(r, 25));
    expect(value(await scrape(), 'supplyline_subscriptions_open')).toBe(1);
    await t.dataAs(editor, RECORD, { input: { ...NEW_TRANSFER, item: 'Shahed-131 loitering munitions' } });
    await received;
    expect(events[0].data.claimsChanged.operation).toBe('recordTransfer');
    unsubscribe();
    for (let i = 0; i < 200 && value(await scrape(), 'supplyline_subscriptions_open') !== 0; i++)
      await new Promise((r) => setTimeout(r, 25));
    const text = await scrape();
    expect(value(text, 'supplyline_subscriptions_open')).toBe(0);
    expect(value(text, 'supplyline_subscription_events_total{subscription="claimsChanged"}')).toBe(1);
  });
});

describe('log lines', () => {
  it("carry a GraphQL request's operation name, type and error codes", async () => {
    await t.gql(`query LoggedFailure { transfers(first: -1) { totalCount } }`);
    const line = await logs.find((l) => l.operationName === 'LoggedFailure');
    expect(line).toMatchObject({
      msg: 'request completed',
      operationName: 'LoggedFailure',
      operationType: 'query',
      errorCodes: ['BAD_USER_INPUT'],
    });
    await t.data(`query LoggedSuccess { __typename }`);
    expect(await logs.find((l) => l.operationName === 'LoggedSuccess')).toMatchObject({ errorCodes: [] });
  });
});

describe('settings', () => {
  let open: TestServer;
  let off: TestServer;
  beforeAll(async () => {
    open = await startTestServer({ SUPPLYLINE_METRICS: 'open', SUPPLYLINE_RATE_LIMIT_IP: '2' });
    off = await startTestServer({ SUPPLYLINE_METRICS: 'off' });
  });
  afterAll(async () => {
    await open.close();
    await off.close();
  });

  it('"open" serves anyone, and counts rate-limit refusals; "off" answers 404', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await open.gql('{ __typename }')).status);
    expect(statuses).toEqual([200, 200, 429]);
    // The scrape is not rate-limited: a flood is when an operator needs it most.
    expect(value(await scrape(open, null), 'supplyline_rate_limited_total{by="address"}')).toBe(1);
    expect((await fetch(`${off.url}/metrics`)).status).toBe(404);
  });
});
