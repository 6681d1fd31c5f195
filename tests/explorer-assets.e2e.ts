import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RETIRED_CHUNK_MS, RETIRED_FILE, buildExplorer } from '../src/tools/explorer/explorer-build';
import { startTestServer } from './helpers/test-server';
import type { TestServer } from './helpers/test-server';

/**
 * The pages' code-split assets: entries revalidated, chunks (named for their content) cached for
 * good, nothing else served from the folder; chunks an earlier build wrote are kept a day after a
 * build first finds them unused, so a page opened before a rebuild still loads its own.
 */
describe('the pages’ assets', () => {
  let t: TestServer;
  beforeAll(async () => {
    await buildExplorer();
    t = await startTestServer();
  });
  afterAll(() => t.close());

  test('entries are revalidated, their chunks cached for good, and every page loads its own entry', async () => {
    for (const [page, entry] of [
      ['/', 'explorer.js'],
      ['/map', 'map.js'],
      ['/actor/russia', 'actor.js'],
      ['/draft', 'draft.js'],
    ]) {
      const html = await (await fetch(`${t.url}${page}`)).text();
      expect(html).toContain(`<script type="module" src="/explorer/${entry}"></script>`);
    }
    const res = await fetch(`${t.url}/explorer/explorer.js`);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    const chunks = [...(await res.text()).matchAll(/from"\.\/(chunk-[A-Z0-9]+\.js)"/g)].map((m) => m[1]);
    expect(chunks.length).toBeGreaterThan(0);
    for (const chunk of chunks) {
      const c = await fetch(`${t.url}/explorer/${chunk}`, { headers: { 'accept-encoding': 'br' } });
      expect(c.status).toBe(200);
      expect(c.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(c.headers.get('content-encoding')).toBe('br');
      expect(c.headers.get('content-security-policy')).toContain("script-src 'self'");
    }
  });

  test('a chunk no build made, the retirement list and paths out of the folder are 404s', async () => {
    for (const path of ['chunk-NOSUCHCHUNK.js', RETIRED_FILE, '..%2Fpackage.json', '%2E%2E%2Fbuild-inputs.json']) {
      const res = await fetch(`${t.url}/explorer/${path}`);
      expect([path, res.status]).toEqual([path, 404]);
    }
  });
});

describe('chunks of earlier builds', () => {
  const dir = mkdtempSync(join(tmpdir(), 'supplyline-assets-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('are kept a day after a build first finds them unused, then removed', async () => {
    const old = join(dir, 'chunk-EARLIERBUILD.js');
    writeFileSync(old, 'export const a = 1;\n');
    const written = await buildExplorer(dir);
    expect(written.some((f) => f.endsWith('explorer.js'))).toBe(true);
    expect(existsSync(old)).toBe(true);
    const retired = JSON.parse(readFileSync(join(dir, RETIRED_FILE), 'utf8')) as Record<string, number>;
    expect(Object.keys(retired)).toEqual(['chunk-EARLIERBUILD.js']);
    // Another build within the day keeps it, and keeps the time it was first found unused.
    await buildExplorer(dir);
    expect(existsSync(old)).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, RETIRED_FILE), 'utf8'))).toEqual(retired);
    // A day later, it goes.
    writeFileSync(
      join(dir, RETIRED_FILE),
      JSON.stringify({ 'chunk-EARLIERBUILD.js': Date.now() - RETIRED_CHUNK_MS - 1 }),
    );
    await buildExplorer(dir);
    expect(existsSync(old)).toBe(false);
    expect(JSON.parse(readFileSync(join(dir, RETIRED_FILE), 'utf8'))).toEqual({});
  }, 60_000);
});
