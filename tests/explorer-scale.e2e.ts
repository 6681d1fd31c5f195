import { Role } from '../src/core/auth/role.enum';
import { createContext } from '../src/domain/context';
import { buildExplorer } from '../src/tools/explorer/explorer-build';
import { generate } from '../src/tools/synthetic/generate';
import { axeViolations, formatViolations } from './helpers/axe';
import { ExplorerBrowser, drawn, loads } from './helpers/explorer-browser';
import type { Page } from 'playwright-core';
import { startTestServer } from './helpers/test-server';
import type { TestServer } from './helpers/test-server';

/**
 * The network page on a register-sized database built by the generator (30,000 transfers among
 * 200 states and 570 other parties, SIPRI-like TIV on seven in ten; 20,000 on PostgreSQL): what is drawn is the
 * heaviest part, what is not is said and can be drawn, the year control narrows the picture and
 * lands in the address, a network beyond the page's read limit says how to narrow it, and
 * clusters by region draw regions. Drawing times are printed, never asserted.
 */
// The register's size on SQLite; on PostgreSQL two thirds of it, since generating goes through
// the whole write path and takes several times longer there (the views' queries are the same).
const TRANSFERS = process.env.TEST_DATABASE_URL?.startsWith('postgres') ? 20_000 : 30_000;
let t: TestServer;
let browser: ExplorerBrowser;
const timings: string[] = [];

beforeAll(async () => {
  await buildExplorer();
  t = await startTestServer({ SUPPLYLINE_SEED: 'false' });
  await generate(createContext(t.server.app, 'test', { name: 'generate', role: Role.ADMIN }), {
    transfers: TRANSFERS,
    states: 200,
  });
  browser = new ExplorerBrowser(() => t.url);
  await browser.launch();
}, 1_500_000);

afterAll(async () => {
  process.stdout.write(
    `explorer at scale (${TRANSFERS} transfers), drawing after the data arrived:\n${timings.join('\n')}\n`,
  );
  await browser?.close();
  await t?.close();
});

const text = (p: Page, id: string) => p.evaluate((x) => document.getElementById(x)!.textContent ?? '', id);
const counts = (p: Page) =>
  p.evaluate(() => ({
    nodes: window.supplylineExplorer!.cy.nodes().length,
    edges: window.supplylineExplorer!.cy.edges().length,
  }));
const timed = async (p: Page, what: string) => {
  const ms = await p.evaluate(() => document.body.dataset.drawMs);
  const c = await counts(p);
  timings.push(`  ${what}: ${ms} ms (${c.nodes} actors, ${c.edges} connections drawn)`);
};

describe('the network page at register scale', () => {
  let page: Page;

  test('draws the centre and its 40 heaviest actors, and says how many more there are', async () => {
    page = await browser.open('/?centre=state-1&depth=2');
    const { nodes } = await counts(page);
    expect(nodes).toBe(41);
    const status = await text(page, 'status');
    const [, drawnActors, allActors] = /^Drawing (\d+) of ([\d,]+) actors/.exec(status) ?? [];
    expect(Number(drawnActors)).toBe(41);
    expect(Number(allActors.replace(/,/g, ''))).toBeGreaterThan(200);
    expect(await text(page, 'focus-note')).toMatch(/And [\d,]+ more actors not drawn/);
    // The heaviest: every drawn actor's connections to the picture weigh at least any left out's.
    const drawnIds = await page.evaluate(() => window.supplylineExplorer!.cy.nodes().map((n) => n.id()));
    expect(drawnIds).toContain('state-1');
    // The walk was cut at the page's limit, yet the connections among the kept actors are there.
    const aside = await page.evaluate(
      () =>
        window
          .supplylineExplorer!.cy.edges()
          .filter((e) => e.source().id() !== 'state-1' && e.target().id() !== 'state-1').length,
    );
    expect(aside).toBeGreaterThan(0);
    // …but not all of them: at most four per drawn actor (at least 100), the heaviest.
    expect((await counts(page)).edges).toBeLessThanOrEqual(Math.max(100, 4 * 41));
    expect(await text(page, 'status')).toMatch(/and \d+ of [\d,]+ connections/);
    await page.screenshot({ path: 'test-output/explorer-scale.png' });
    await timed(page, 'network around state-1, 2 hops, 40 heaviest');
  });

  test('"Draw 40 more" draws 80, keeps it in the address, and the list pages long lists', async () => {
    const before = await loads(page);
    await page.click('#focus-note button[data-more="next"]');
    await drawn(page, before);
    expect((await counts(page)).nodes).toBe(81);
    expect(new URL(page.url()).searchParams.get('top')).toBe('80');
    const listed = await page.$$eval('#edge-list > li > button[data-edge]', (b) => b.length);
    expect(listed).toBe(50);
    const more = await page.$('#edge-list button.show-more');
    expect(more).not.toBeNull();
    await more!.click();
    expect(await page.$$eval('#edge-list > li > button[data-edge]', (b) => b.length)).toBeGreaterThan(50);
    await timed(page, 'network around state-1, 2 hops, 80 heaviest');
  });

  test('the year control narrows the picture and lands in the address; back restores it', async () => {
    const wide = await text(page, 'status');
    const before = await loads(page);
    await page.evaluate(() => {
      for (const [id, year] of [
        ['year-from', '2022'],
        ['year-to', '2024'],
      ]) {
        const input = document.getElementById(id) as HTMLInputElement;
        input.value = year;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        input.dispatchEvent(new Event('change', { bubbles: true }));
      }
    });
    // Both ends move at once, as a drag would: the first view is superseded by the second, one draw.
    await drawn(page, before);
    const url = new URL(page.url());
    expect([url.searchParams.get('from'), url.searchParams.get('to')]).toEqual(['2022', '2024']);
    expect(await text(page, 'year-chosen')).toMatch(
      /^2022–2024: [\d,]+ deals in the knowledge base start in these years$/,
    );
    expect(await page.inputValue('#date-from')).toBe('2022');
    const narrow = await text(page, 'status');
    expect(narrow).not.toEqual(wide);
    // Every drawn connection's period overlaps 2022–2024 (the API's filter, asked by the page).
    const outside = await page.evaluate(async () => {
      const r = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query:
            '{ supplyNetwork(around: ["state-1"], depth: 1, filter: { from: "2022", to: "2024" }) { edges { period { start end } } } }',
        }),
      });
      const d = (await r.json()) as {
        data: { supplyNetwork: { edges: { period: { start: string; end: string } }[] } };
      };
      return d.data.supplyNetwork.edges.filter((e) => e.period.end < '2022' || e.period.start > '2024-12-31').length;
    });
    expect(outside).toBe(0);
    await timed(page, 'network around state-1, 2022–2024');
    await page.screenshot({ path: 'test-output/explorer-years.png' });
    const back = await loads(page);
    await page.goBack();
    await drawn(page, back);
    expect(new URL(page.url()).searchParams.get('from')).toBeNull();
    expect(await text(page, 'year-chosen')).toMatch(/^All years/);
  }, 120_000);

  test('clusters by region draw the centre among regions, and weighing by TIV says so', async () => {
    const before = await loads(page);
    await page.selectOption('#cluster', 'region');
    await drawn(page, before);
    const kinds = await page.evaluate(() => window.supplylineExplorer!.cy.nodes().map((n) => String(n.data('kind'))));
    expect(kinds.filter((k) => k === 'REGION').length).toBe(kinds.length - 1);
    expect(new URL(page.url()).searchParams.get('cluster')).toBe('region');
    await timed(page, 'network around state-1, clustered by region');
    const again = await loads(page);
    await page.selectOption('#weight', 'tiv');
    await drawn(page, again);
    expect(await text(page, 'status')).not.toMatch(/TIV instead|weighed by deals/);
    expect(new URL(page.url()).searchParams.get('weight')).toBe('tiv');
  });

  test('a network beyond what the page reads says it was cut and how to narrow it', async () => {
    const p = await browser.open('/?centre=state-1&depth=4&top=all');
    const note = await text(p, 'focus-note');
    expect(note).toMatch(/was cut/);
    expect(note).toMatch(/narrow it: fewer hops, fewer years, one category/);
    expect(await p.$('#focus-note [role="alert"]')).not.toBeNull();
    await timed(p, 'network around state-1, 4 hops, every actor read drawn');
    await p.close();
  });

  test('the map and the dossier of the same register draw, and their drawing time is reported', async () => {
    for (const [path, what] of [
      ['/map?centre=state-1&depth=2', 'map around state-1, 2 hops'],
      ['/map?centre=state-1&depth=2&flows=all', 'map around state-1, 2 hops, every flow'],
      ['/actor/state-1', 'dossier of state-1'],
      ['/actor/state-1?from=2022&to=2024', 'dossier of state-1, 2022–2024'],
    ]) {
      const p = await browser.open(path);
      const ms = await p.evaluate(() => document.body.dataset.drawMs);
      expect(Number(ms)).toBeGreaterThan(0);
      expect(await p.$('#error:not([hidden]), .error:not([hidden])')).toBeNull();
      timings.push(`  ${what}: ${ms} ms`);
      await p.close();
    }
  }, 180_000);

  test('axe finds no serious or critical violation on the page at scale', async () => {
    const violations = await axeViolations(page);
    expect(violations).toEqual([]);
    if (violations.length) throw new Error(formatViolations(violations));
  });

  test('nothing went outside the server, and nothing logged an error', () => {
    const origin = new URL(t.url).origin;
    expect(browser.requests.filter((r) => new URL(r.url).origin !== origin)).toEqual([]);
    expect(browser.problems).toEqual([]);
  });
});
