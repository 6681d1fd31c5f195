import 'reflect-metadata';
import { execFile, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliDecompressSync, constants, gunzipSync } from 'node:zlib';
import { Role } from '../src/core/auth/role.enum';
import { createContext } from '../src/domain/context';
import { buildExplorer } from '../src/tools/explorer/explorer-build';
import { generate } from '../src/tools/synthetic/generate';
import { createTestDatabase } from './helpers/test-database';
import type { TestDatabase } from './helpers/test-database';
import { startTestServer } from './helpers/test-server';
import type { TestServer } from './helpers/test-server';

/**
 * HTTP compression end to end, over raw HTTP (node:http, which, unlike fetch, decompresses
 * nothing): brotli and gzip as Accept-Encoding asks, for GraphQL answers, streamed exports and
 * static files; each compressed body decompresses to exactly the plain one.
 */
let db: TestDatabase;
/** 600 generated transfers: a 500-transfer answer, exports of hundreds of kilobytes. */
let t: TestServer;
/** The same database, pages of 10 claims (an export is many writes), one export at a time. */
let pages: TestServer;
let statements = 0;
/** SUPPLYLINE_COMPRESSION=false. */
let off: TestServer;
const QUIET = { SUPPLYLINE_SEED: 'false', SUPPLYLINE_ECHO_AUDIT: 'false' };

beforeAll(async () => {
  await buildExplorer();
  db = await createTestDatabase();
  t = await startTestServer(QUIET, {}, db);
  await generate(createContext(t.server.app, 'test', { name: 'generate', role: Role.ADMIN }), { transfers: 600 });
  pages = await startTestServer(
    { ...QUIET, SUPPLYLINE_MAX_PAGE_SIZE: '10', SUPPLYLINE_DEFAULT_PAGE_SIZE: '10', SUPPLYLINE_MAX_EXPORTS: '1' },
    { onSql: () => statements++ },
    db,
  );
  off = await startTestServer({ SUPPLYLINE_COMPRESSION: 'false' });
}, 180_000);
afterAll(async () => {
  await pages?.close();
  await t?.close();
  await off?.close();
  await db?.drop();
});

type Raw = { status: number; headers: IncomingHttpHeaders; body: Buffer };

function open(url: string, headers: Record<string, string> = {}, body?: string, method?: string) {
  return new Promise<IncomingMessage>((resolve, reject) => {
    const req = request(url, { method: method ?? (body ? 'POST' : 'GET'), headers }, resolve);
    req.once('error', reject);
    req.end(body);
  });
}

async function raw(url: string, headers: Record<string, string> = {}, body?: string, method?: string): Promise<Raw> {
  const res = await open(url, headers, body, method);
  const chunks: Buffer[] = [];
  for await (const c of res) chunks.push(c as Buffer);
  return { status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) };
}

/** The body decompressed as its Content-Encoding says; `partial` decodes a prefix of a stream. */
function decoded(encoding: string | undefined, body: Buffer, partial = false): Buffer {
  if (encoding === 'br')
    return brotliDecompressSync(body, partial ? { finishFlush: constants.BROTLI_OPERATION_FLUSH } : {});
  if (encoding === 'gzip') return gunzipSync(body, partial ? { finishFlush: constants.Z_SYNC_FLUSH } : {});
  if (encoding === undefined) return body;
  throw new Error(`unexpected Content-Encoding ${encoding}`);
}

const LARGE = JSON.stringify({
  query: `{ transfers(first: 500) { edges { node { id item status supplier { name } recipient { name }
    evidence { quote source { title url publisher } } } } } }`,
});
const SMALL = JSON.stringify({ query: '{ __typename }' });
const JSON_POST = { 'content-type': 'application/json' };
const LARGE_GET = `/graphql?query=${encodeURIComponent(JSON.parse(LARGE).query)}`;
const PREFLIGHT = { 'apollo-require-preflight': 'true' };
const IDE_ASSET = '/ide/graphiql.min.js';
const BUNDLE = '/explorer/explorer.js';

describe.each(['gzip', 'br'])('%s', (encoding) => {
  const ask = { 'accept-encoding': encoding };

  it.each([
    ['POST', '/graphql', JSON_POST, LARGE],
    ['GET', LARGE_GET, PREFLIGHT, undefined],
  ])(
    'a large GraphQL answer (%s) is compressed, varies by Accept-Encoding, decompresses to the plain bytes',
    async (_, path, headers, body) => {
      const plain = await raw(`${t.url}${path}`, headers, body);
      expect(plain.status).toBe(200);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body.length).toBeGreaterThan(100_000);
      const packed = await raw(`${t.url}${path}`, { ...headers, ...ask }, body);
      expect(packed.status).toBe(200);
      expect(packed.headers['content-encoding']).toBe(encoding);
      expect(packed.headers.vary).toMatch(/accept-encoding/i);
      expect(packed.body.length).toBeLessThan(plain.body.length / 4);
      expect(decoded(encoding, packed.body).equals(plain.body)).toBe(true);
    },
  );

  it('a small answer (under 1 KB) goes plain', async () => {
    const res = await raw(`${t.url}/graphql`, { ...JSON_POST, ...ask }, SMALL);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(res.body.toString())).toEqual({ data: { __typename: 'Query' } });
  });

  it('an export streams compressed, in chunks, and decompresses to the plain export', async () => {
    for (const name of ['dump.json', 'transfers.csv']) {
      const plain = await raw(`${t.url}/export/${name}`);
      expect(plain.status).toBe(200);
      expect(plain.headers['content-encoding']).toBeUndefined();
      const packed = await raw(`${t.url}/export/${name}`, ask);
      expect(packed.status).toBe(200);
      expect(packed.headers['content-encoding']).toBe(encoding);
      expect(packed.headers.vary).toMatch(/accept-encoding/i);
      expect(packed.headers['transfer-encoding']).toBe('chunked');
      expect(packed.headers['content-length']).toBeUndefined();
      expect(packed.body.length).toBeLessThan(plain.body.length / 3);
      expect(decoded(encoding, packed.body).equals(plain.body)).toBe(true);
    }
  });

  it('a refused export is a plain JSON error, not a compressed one', async () => {
    const res = await raw(`${t.url}/export/transfers.csv?supplier=atlantis`, ask);
    expect(res.status).toBe(400);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(res.body.toString()).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it.each([[BUNDLE], [IDE_ASSET]])(
    'the static file %s is compressed and decompresses to the plain file',
    async (path) => {
      const plain = await raw(`${t.url}${path}`);
      expect(plain.status).toBe(200);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(Number(plain.headers['content-length'])).toBe(plain.body.length);
      const packed = await raw(`${t.url}${path}`, ask);
      expect(packed.status).toBe(200);
      expect(packed.headers['content-encoding']).toBe(encoding);
      expect(packed.headers.vary).toMatch(/accept-encoding/i);
      expect(Number(packed.headers['content-length'])).toBe(packed.body.length);
      expect(packed.body.length).toBeLessThan(plain.body.length / 2);
      expect(decoded(encoding, packed.body).equals(plain.body)).toBe(true);
    },
  );
});

describe('what is not compressed', () => {
  it.each([
    ['no Accept-Encoding', {}],
    ['identity only', { 'accept-encoding': 'identity' }],
    ['both refused', { 'accept-encoding': 'gzip;q=0, br;q=0' }],
  ])('%s: the plain answer', async (_, headers) => {
    for (const [path, body] of [
      ['/graphql', LARGE],
      ['/export/transfers.csv', undefined],
      [IDE_ASSET, undefined],
    ] as const) {
      const res = await raw(`${t.url}${path}`, { ...JSON_POST, ...headers }, body);
      expect(res.status).toBe(200);
      expect(res.headers['content-encoding']).toBeUndefined();
      expect(res.headers.vary).toMatch(/accept-encoding/i);
    }
  });

  it.each([
    ['gzip;q=0, br', 'br'],
    ['gzip;q=0.8, deflate', 'gzip'],
    ['deflate, gzip;q=0.5', 'gzip'],
  ])('"%s" gets %s (never deflate: one policy decides)', async (header, expected) => {
    const res = await raw(`${t.url}/graphql`, { ...JSON_POST, 'accept-encoding': header }, LARGE);
    expect(res.headers['content-encoding']).toBe(expected);
  });

  it('nothing, with SUPPLYLINE_COMPRESSION=false', async () => {
    const ask = { 'accept-encoding': 'gzip, deflate, br' };
    const answer = await raw(`${off.url}/graphql`, { ...JSON_POST, ...ask }, LARGE);
    expect(answer.status).toBe(200);
    expect(answer.body.length).toBeGreaterThan(1024);
    for (const res of [
      answer,
      await raw(`${off.url}/export/dump.json`, ask),
      await raw(`${off.url}${BUNDLE}`, ask),
      await raw(`${off.url}${IDE_ASSET}`, ask),
    ]) {
      expect(res.status).toBe(200);
      expect(res.headers['content-encoding']).toBeUndefined();
      expect(res.headers.vary ?? '').not.toMatch(/accept-encoding/i);
    }
  });
});

describe('a compressed export streams', () => {
  const ask = { 'accept-encoding': 'br' };
  let whole = 0;

  it('its first part reaches the client while the export is still reading, and decodes alone', async () => {
    const plain = await raw(`${pages.url}/export/transfers.csv`);
    const before = statements;
    const res = await open(`${pages.url}/export/transfers.csv`, ask);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['transfer-encoding']).toBe('chunked');
    const chunks: Buffer[] = [];
    let atFirst = -1;
    res.on('data', (c: Buffer) => {
      if (atFirst < 0) atFirst = statements - before;
      chunks.push(c);
    });
    await once(res, 'end');
    whole = statements - before;
    // 60 pages of 10 transfers, each read by its own statements and written (and flushed) at once.
    expect(whole).toBeGreaterThan(60);
    expect(atFirst).toBeLessThan(whole / 4);
    expect(chunks.length).toBeGreaterThan(1);
    const all = decoded('br', Buffer.concat(chunks)).toString();
    expect(all).toBe(plain.body.toString());
    const first = decoded('br', chunks[0], true).toString();
    expect(first.length).toBeGreaterThan(0);
    expect(all.startsWith(first)).toBe(true);
  });

  it('and stops when its client goes away', async () => {
    expect(whole).toBeGreaterThan(60);
    const before = statements;
    const gone = await open(`${pages.url}/export/transfers.csv`, ask);
    await new Promise<void>((resolve) => gone.once('data', () => resolve()));
    gone.destroy();
    // One export at a time here: once the place is free again, the export has ended.
    let status = 503;
    for (let i = 0; i < 100 && status === 503; i++) {
      const res = await raw(`${pages.url}/export/actors.csv`, ask);
      status = res.status;
      if (status === 503) await new Promise((r) => setTimeout(r, 100));
    }
    expect(status).toBe(200);
    expect(statements - before).toBeLessThan(whole / 2);
  });
});

describe('static files are compressed once and kept', () => {
  const path = '/ide/react-dom.production.min.js';

  it('with an ETag per encoding, Last-Modified, 304 for the form held, and HEAD', async () => {
    const plain = await raw(`${t.url}${path}`);
    const tags = new Set([plain.headers.etag]);
    for (const encoding of ['br', 'gzip']) {
      // The first requests may get a form made for them alone while the best one is made.
      let res = await raw(`${t.url}${path}`, { 'accept-encoding': encoding });
      for (let i = 0; i < 300 && !/^"/.test(res.headers.etag ?? ''); i++) {
        await new Promise((r) => setTimeout(r, 100));
        res = await raw(`${t.url}${path}`, { 'accept-encoding': encoding });
      }
      expect(res.headers.etag).toMatch(new RegExp(`^"[^"]+-${encoding}"$`));
      expect(res.headers['last-modified']).toBe(plain.headers['last-modified']);
      expect(res.headers['cache-control']).toBe('public, max-age=86400, immutable');
      expect(decoded(encoding, res.body).equals(plain.body)).toBe(true);
      tags.add(res.headers.etag);
      const again = await raw(`${t.url}${path}`, { 'accept-encoding': encoding, 'if-none-match': res.headers.etag! });
      expect(again.status).toBe(304);
      expect(again.body.length).toBe(0);
      const head = await raw(`${t.url}${path}`, { 'accept-encoding': encoding }, undefined, 'HEAD');
      expect(head.status).toBe(200);
      expect(head.headers['content-encoding']).toBe(encoding);
      expect(Number(head.headers['content-length'])).toBe(res.body.length);
      expect(head.body.length).toBe(0);
    }
    expect(tags.size).toBe(3);
  }, 60_000);
});

const curl = spawnSync('which', ['curl']).stdout?.toString().trim() ?? '';
(curl ? describe : describe.skip)('curl --compressed', () => {
  it('gets the same bytes as a plain request, compressed on the wire', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'supplyline-curl-'));
    try {
      for (const [path, body] of [[IDE_ASSET], ['/export/dump.json'], ['/graphql', LARGE]]) {
        const plain = await raw(`${t.url}${path}`, JSON_POST, body);
        const post = body ? ['-H', 'content-type: application/json', '--data-binary', body] : [];
        const args = ['--compressed', '-s', '-D', join(dir, 'headers'), ...post, `${t.url}${path}`];
        const { stdout } = await promisify(execFile)(curl, args, { encoding: 'buffer', maxBuffer: 1 << 26 });
        expect(readFileSync(join(dir, 'headers'), 'utf8')).toMatch(/^content-encoding: (br|gzip)\r$/im);
        expect(stdout.equals(plain.body)).toBe(true);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
