import { buildExplorer } from '../src/tools/explorer/explorer-build';
import { startTestServer } from './helpers/test-server';
import type { TestServer } from './helpers/test-server';

/**
 * The explorer page and the draft page as HTTP serves them (the browser's view of them is
 * tests/explorer.e2e.ts and tests/draft-page.e2e.ts).
 */
describe('the explorer page over HTTP', () => {
  let t: TestServer;
  beforeAll(async () => {
    await buildExplorer();
    t = await startTestServer();
  });
  afterAll(() => t.close());

  test('GET / serves the page under a strict Content-Security-Policy, with no inline script', async () => {
    const res = await fetch(`${t.url}/`);
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    const html = await res.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const s of scripts) expect(s).toMatch(/\bsrc="\/explorer\//);
    expect(html).not.toMatch(/<style\b|\sstyle=|\son[a-z]+=/i);
    const bundle = await fetch(`${t.url}/explorer/explorer.js`);
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get('content-type')).toMatch(/javascript/);
  });

  test('GET /draft (the draft page) is static HTML under the same policy, with its own bundle', async () => {
    const res = await fetch(`${t.url}/draft`);
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    const html = await res.text();
    expect(html.match(/<script\b[^>]*>/g)).toEqual(['<script type="module" src="/explorer/draft.js">']);
    expect(html).not.toMatch(/<style\b|\sstyle=|\son[a-z]+=/i);
    const bundle = await fetch(`${t.url}/explorer/draft.js`);
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get('content-type')).toMatch(/javascript/);
  });
});
