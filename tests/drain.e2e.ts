import { existsSync, statSync } from 'node:fs';
import { get } from 'node:http';
import type { IncomingMessage } from 'node:http';
import { generateInto, spawnServer } from './helpers/child-server';
import { createTestDatabase } from './helpers/test-database';
import type { TestDatabase } from './helpers/test-database';

/**
 * SIGTERM (what a deployment sends before replacing a process): the request in flight — a full
 * dump streamed to a client that reads slowly — is finished whole; new connections are refused
 * meanwhile; the process then closes the database cleanly (on SQLite the write-ahead log is
 * checkpointed and removed) and exits 0.
 */
let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  await generateInto(db.url, 2000);
}, 180_000);
afterAll(() => db.drop());

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

it('finishes the request in flight, refuses new ones, closes the database and exits 0', async () => {
  // In production, as deployed (Apollo would install its own signal handlers there if let).
  const server = await spawnServer({
    DATABASE_URL: db.url,
    SUPPLYLINE_SEED: 'false',
    SUPPLYLINE_DRAIN_MS: '60000',
    NODE_ENV: 'production',
  });
  const res = await new Promise<IncomingMessage>((resolve, reject) =>
    get(`${server.url}/export/dump.json`, resolve).once('error', reject),
  );
  expect(res.statusCode).toBe(200);
  const chunks: Buffer[] = [];
  // Read one chunk, then stop reading: the server is now mid-response, held back by its reader.
  await new Promise<void>((resolve) => res.once('data', (c: Buffer) => (chunks.push(c), res.pause(), resolve())));

  server.child.kill('SIGTERM');
  await sleep(500);
  expect(server.child.exitCode).toBeNull();
  // A new connection is refused while the dump is still being sent.
  await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();

  res.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise<void>((resolve, reject) => res.once('end', resolve).once('error', reject));
  res.resume();
  await ended;
  const dump = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  expect(dump.format).toBe('supplyline-dump');
  expect(dump.tables.transfer.length).toBe(2000);

  expect(await server.exited).toEqual({ code: 0, signal: null });
  expect(server.output()).toMatch(/SIGTERM: draining/);
  if (db.url.startsWith('sqlite:')) {
    const wal = `${db.url.slice('sqlite:'.length)}-wal`;
    expect(!existsSync(wal) || statSync(wal).size === 0).toBe(true);
  }
}, 120_000);

it('cut at the drain limit, a slow export still leaves the database closed cleanly (no -wal or -shm left)', async () => {
  const server = await spawnServer({
    DATABASE_URL: db.url,
    SUPPLYLINE_SEED: 'false',
    SUPPLYLINE_DRAIN_MS: '300',
    NODE_ENV: 'production',
  });
  const res = await new Promise<IncomingMessage>((resolve, reject) =>
    get(`${server.url}/export/dump.json`, resolve).once('error', reject),
  );
  expect(res.statusCode).toBe(200);
  // One chunk, then the reader stops for good: the export waits on it past the drain limit.
  await new Promise<void>((resolve) => res.once('data', () => (res.pause(), resolve())));
  res.on('error', () => undefined);
  server.child.kill('SIGTERM');
  expect(await server.exited).toEqual({ code: 0, signal: null });
  res.destroy();
  if (db.url.startsWith('sqlite:')) {
    const file = db.url.slice('sqlite:'.length);
    for (const left of [`${file}-wal`, `${file}-shm`]) expect(existsSync(left)).toBe(false);
  }
}, 120_000);
