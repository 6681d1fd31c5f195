import { get } from 'node:http';
import type { IncomingMessage } from 'node:http';
import { generateInto } from './helpers/child-server';
import { createTestDatabase } from './helpers/test-database';
import type { TestDatabase } from './helpers/test-database';
import { startTestServer } from './helpers/test-server';
import type { TestServer } from './helpers/test-server';

/**
 * Exports cannot take the server over: beyond SUPPLYLINE_MAX_EXPORTS at once they are refused
 * with 503 EXPORTS_BUSY and Retry-After, and while one streams to a reader that has stopped, the
 * API and the health check still answer. (How much a burst of dumps slows other requests is
 * measured, not asserted: npm run bench:exports.)
 */
let db: TestDatabase;
let t: TestServer;
beforeAll(async () => {
  db = await createTestDatabase();
  await generateInto(db.url, 2000);
  t = await startTestServer({ SUPPLYLINE_SEED: 'false', SUPPLYLINE_MAX_EXPORTS: '1' }, {}, db);
}, 180_000);
afterAll(async () => {
  await t?.close();
  await db?.drop();
});

const open = (path: string) =>
  new Promise<IncomingMessage>((resolve, reject) => get(`${t.url}${path}`, resolve).once('error', reject));

it('refuses an export over the limit with 503 EXPORTS_BUSY and Retry-After, while the API keeps answering', async () => {
  const first = await open('/export/dump.json');
  expect(first.statusCode).toBe(200);
  const chunks: Buffer[] = [];
  await new Promise<void>((resolve) => first.once('data', (c: Buffer) => (chunks.push(c), first.pause(), resolve())));

  const second = await fetch(`${t.url}/export/transfers.csv`);
  expect(second.status).toBe(503);
  expect(second.headers.get('retry-after')).toBe('5');
  const body = await second.json();
  expect(body.errors[0].extensions).toMatchObject({ code: 'EXPORTS_BUSY', retryAfter: 5 });

  expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
  const d = await t.data('{ transfers(first: 1, filter: { includeRetracted: true }) { totalCount } }');
  expect(d.transfers.totalCount).toBe(2000);

  first.on('data', (c: Buffer) => chunks.push(c));
  await new Promise<void>((resolve, reject) => first.once('end', resolve).once('error', reject).resume());
  expect(JSON.parse(Buffer.concat(chunks).toString('utf8')).tables.transfer).toHaveLength(2000);

  const third = await fetch(`${t.url}/export/transfers.csv`);
  expect(third.status).toBe(200);
  const live = (await t.data('{ transfers(first: 1) { totalCount } }')).transfers.totalCount;
  // a header line, a line per unretracted transfer, and the empty string after the last CRLF
  expect((await third.text()).split('\r\n')).toHaveLength(live + 2);
}, 60_000);

it('a reader that goes away frees its place', async () => {
  const gone = await open('/export/dump.json');
  await new Promise<void>((resolve) => gone.once('data', () => resolve()));
  gone.destroy();
  // The server notices the closed socket on its next write; then the place is free again.
  let status = 503;
  for (let i = 0; i < 50 && status === 503; i++) {
    const res = await fetch(`${t.url}/export/actors.csv`);
    status = res.status;
    await res.text();
    if (status === 503) await new Promise((r) => setTimeout(r, 100));
  }
  expect(status).toBe(200);
}, 60_000);
