/// <reference lib="dom" />
// The DOM types are for the functions this file runs in the page (page.evaluate).
import 'reflect-metadata';
import { parse } from 'graphql';
import type { Locator, Page } from 'playwright-core';
import { operationCost } from '../src/app/graphql/query-limits';
import { createSchema } from '../src/app/graphql/schema';
import { Role } from '../src/core/auth/role.enum';
import { buildExplorer } from '../src/tools/explorer/explorer-build';
import { ExplorerBrowser, drawn, loads } from './helpers/explorer-browser';
import { makeKey, startTestServer } from './helpers/test-server';
import type { TestServer } from './helpers/test-server';

/**
 * The actor dossier (GET /actor/<key>) in a real browser — Debian's Chromium driven by
 * playwright-core — against the real server on the seed data, plus a few dated deals written
 * through the API so that the timeline and the years have something to show. Every expected
 * figure is asked of the API, never written down here.
 */
const SOURCES = [
  ['dossier-wire', 'Dossier Wire'],
  ['dossier-monitor', 'Arms Monitor'],
];

/** Dated deals of Russia, on both sides, with one or two voices (and one disputed). */
const DEALS = [
  ['russia', 'syria', 'AIRCRAFT', 'Su-24 bombers', '2015-09', '2016', 120, ['dossier-wire', 'dossier-monitor']],
  ['russia', 'syria', 'AIR_DEFENCE', 'S-300 systems', '2018', null, 80, ['dossier-wire']],
  [
    'north-korea',
    'russia',
    'MISSILES_AND_ROCKETS',
    'KN-23 missiles',
    '2023-12',
    '2024',
    null,
    ['dossier-wire', '!dossier-monitor'],
  ],
  ['north-korea', 'russian-ministry-of-defence', 'AMMUNITION', '152mm shells', '2023-08', null, null, ['dossier-wire']],
  ['iran', 'russia', 'UAV', 'Shahed-136', '2022-09', '2023', null, ['dossier-wire', 'dossier-monitor']],
] as const;

async function addDatedDeals(t: TestServer): Promise<void> {
  const editor = await makeKey(t.server, 'dossier-editor', Role.EDITOR);
  for (const [key, publisher] of SOURCES)
    await t.dataAs(editor, 'mutation ($input: CreateSourceInput!) { createSource(input: $input) { key } }', {
      input: { key, title: `${publisher} report`, publisher, kind: 'NEWS_REPORT', url: `https://example.org/${key}` },
    });
  for (const [supplier, recipient, category, item, start, end, tiv, sources] of DEALS)
    await t.dataAs(editor, 'mutation ($input: RecordTransferInput!) { recordTransfer(input: $input) { id } }', {
      input: {
        supplier,
        recipient,
        category,
        item,
        status: 'DELIVERED',
        period: { start, end },
        tiv: tiv === null ? null : { order: tiv, delivered: tiv },
        citations: sources.map((s) => ({
          source: s.replace('!', ''),
          stance: s.startsWith('!') ? 'DISPUTES' : 'SUPPORTS',
          quote: `${s.startsWith('!') ? 'No' : 'Confirmed'}: ${item} from ${supplier} to ${recipient}.`,
        })),
      },
    });
}

const count = async (t: TestServer, filter: string) =>
  (await t.data(`{ transfers(filter: { ${filter} }) { totalCount } }`)).transfers.totalCount as number;

/** Dated transfers (the ones the timeline draws) under a filter. */
async function dated(t: TestServer, filter: string): Promise<number> {
  const d = await t.data(
    `{ transfers(filter: { ${filter} }, first: 500) { edges { node { period { start end } } } } }`,
  );
  return d.transfers.edges.filter((e: any) => e.node.period.start || e.node.period.end).length;
}

/** Transfers under a filter that start before a year (the timeline counts them apart). */
async function startedBefore(t: TestServer, filter: string, year: number): Promise<number> {
  const d = await t.data(
    `{ transfers(filter: { ${filter} }, first: 500) { edges { node { period { start end } } } } }`,
  );
  return d.transfers.edges.filter((e: any) => Number((e.node.period.start ?? e.node.period.end).slice(0, 4)) < year)
    .length;
}

/** The figure a button shows (its other words are for screen readers only). */
const figure = (button: Locator) => button.evaluate((b) => b.firstChild!.textContent);

/** The deals shown in a relation table's row, by the counterpart's key. */
const deals = (p: Page, side: 'supplier' | 'recipient', key: string) =>
  figure(p.locator(`table.relations[data-side="${side}"] tr[data-key="${key}"] button.figure`).first());

/** The sum of the deals drawn in a chart's bars. */
const drawnDeals = (p: Page, chart: string) =>
  p.$$eval(`#${chart} rect.seg`, (rects) => rects.reduce((n, r) => n + Number((r as SVGElement).dataset.count), 0));

/** Runs `act` and waits until the page has drawn what it started. */
async function after(p: Page, act: () => Promise<unknown>): Promise<void> {
  const before = await loads(p);
  await act();
  await drawn(p, before);
}

describe('the actor dossier', () => {
  let t: TestServer;
  let page: Page;
  const browser = new ExplorerBrowser(() => t.url);

  beforeAll(async () => {
    await buildExplorer();
    t = await startTestServer();
    await addDatedDeals(t);
    await browser.launch();
    page = await browser.open('/actor/russia');
  }, 120_000);

  afterAll(async () => {
    await browser.close();
    await t?.close();
  });

  test('says who the actor is, with links to the dossiers of its bodies', async () => {
    expect(await page.title()).toBe('Russia — Supplyline dossier');
    expect(await page.locator('h1').innerText()).toBe('Russia');
    const identity = await page.locator('#identity-body').innerText();
    expect(identity).toMatch(/Kind\s+State/);
    expect(identity).toContain('RUS');
    expect(identity).toContain('Russian Federation');
    const body = page.locator('#identity-body a', { hasText: 'Russian Ministry of Defence' });
    expect(await body.getAttribute('href')).toBe('/actor/russian-ministry-of-defence');
  });

  test('lists its suppliers with the deals the API counts for each pair', async () => {
    for (const supplier of ['north-korea', 'iran']) {
      const expected = await count(t, `supplier: "${supplier}", recipient: "russia"`);
      expect(expected).toBeGreaterThan(1);
      expect(await deals(page, 'supplier', supplier)).toBe(String(expected));
    }
    expect(await deals(page, 'recipient', 'syria')).toBe(
      String(await count(t, 'supplier: "russia", recipient: "syria"')),
    );
    // The ministry's shells are North Korea's deals with Russia: the counterpart is the other end.
    const nk = await page.locator('table.relations[data-side="supplier"] tr[data-key="north-korea"]').innerText();
    expect(nk).toContain('Ammunition');
    expect(await page.locator('table.relations tr[data-key="russian-ministry-of-defence"]').count()).toBe(0);
  });

  test('sorts a table by a column, from the mouse or the keyboard, and says so with aria-sort', async () => {
    const table = page.locator('table.relations[data-side="supplier"]');
    const names = () => table.locator('tbody th a').allInnerTexts();
    const sortOf = (key: string) => table.locator(`th:has(button[data-sort="${key}"])`).getAttribute('aria-sort');
    expect(await sortOf('deals')).toBe('descending');
    await table.locator('button[data-sort="counterpart"]').click();
    expect(await names()).toEqual(['Iran', 'North Korea']);
    expect(await sortOf('counterpart')).toBe('ascending');
    expect(await sortOf('deals')).toBeNull();
    await page.keyboard.press('Enter');
    expect(await names()).toEqual(['North Korea', 'Iran']);
    expect(await sortOf('counterpart')).toBe('descending');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.sort)).toBe('counterpart');
  });

  test('draws a bar for every dated deal of the actor, and counts the undated beside it', async () => {
    const expected = await dated(t, 'actor: "russia"');
    expect(expected).toBeGreaterThan(4);
    expect(await drawnDeals(page, 'actor-timeline')).toBe(expected);
    expect(await page.locator('#actor-timeline').getAttribute('data-dated')).toBe(String(expected));
    const undated = (await count(t, 'actor: "russia"')) - expected;
    expect(await figure(page.locator('#timeline-body .undated button.figure').first())).toBe(String(undated));
    const chart = page.locator('#actor-timeline svg[role="img"]');
    expect(await chart.getAttribute('aria-label')).toMatch(
      new RegExp(`^Deals of Russia per year, 2015–2023: ${expected} deals in all, stacked by category`),
    );
  });

  test("choosing a counterpart shows the pair's timeline, and the address keeps it", async () => {
    const row = page.locator('table.relations[data-side="supplier"] tr[data-key="north-korea"]');
    await after(page, () => row.locator('button.pair-button').click());
    expect(await row.locator('button.pair-button').getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('#pair-timeline').getAttribute('data-pair')).toBe('supplier.north-korea');
    expect(await page.locator('#pair-title').innerText()).toContain('North Korea → Russia');
    expect(await drawnDeals(page, 'pair-chart')).toBe(await dated(t, 'supplier: "north-korea", recipient: "russia"'));
    expect(new URL(page.url()).searchParams.get('pair')).toBe('supplier.north-korea');
  });

  test('choosing a figure opens the claims it counts, with their quotes, in the address too', async () => {
    await after(page, () =>
      page.locator('table.relations[data-side="supplier"] tr[data-key="iran"] button.figure').click(),
    );
    const claims = page.locator('#claims-body[data-showing="supplier.iran"][aria-busy="false"]');
    await claims.waitFor();
    const expected = await t.data(`{ transfers(filter: { supplier: "iran", recipient: "russia" }) {
      totalCount edges { node { id evidence { quote } } } } }`);
    expect(await claims.locator('article.claim').count()).toBe(expected.transfers.totalCount);
    const quotes = await claims.locator('blockquote.quote').allInnerTexts();
    for (const e of expected.transfers.edges) for (const c of e.node.evidence) expect(quotes).toContain(c.quote);
    expect(new URL(page.url()).searchParams.get('claims')).toBe('supplier.iran');
    // The same address opens the same claims.
    const shared = await browser.open(new URL(page.url()).pathname + new URL(page.url()).search);
    await shared.locator('#claims-body[data-showing="supplier.iran"][aria-busy="false"]').waitFor();
    expect(await shared.locator('#claims-body article.claim').count()).toBe(expected.transfers.totalCount);
    expect(await shared.locator('#pair-timeline').getAttribute('data-pair')).toBe('supplier.north-korea');
    await shared.close();
  });

  test('a bar of the timeline opens exactly the deals it counts, and a verdict count its claims', async () => {
    const bar = page.locator('#actor-timeline rect.seg[data-year="2023"]').first();
    const [year, category, verdict, n] = await Promise.all(
      ['year', 'category', 'verdict', 'count'].map((k) => bar.getAttribute(`data-${k}`)),
    );
    await after(page, () => bar.click());
    const id = `year.${year}.${category}.${verdict}`;
    await page.locator(`#claims-body[data-showing="${id}"][aria-busy="false"]`).waitFor();
    expect(await page.locator('#claims-body article.claim').count()).toBe(Number(n));
    expect(await page.locator('#actor-timeline rect.seg.chosen').count()).toBe(1);
    const contested = await count(t, 'actor: "russia", verdict: [CONTESTED]');
    const button = page.locator('.verdict-table tr[data-verdict="CONTESTED"] button.figure');
    expect(await figure(button)).toBe(String(contested));
    await after(page, () => button.click());
    await page.locator('#claims-body[data-showing="verdict.CONTESTED"][aria-busy="false"]').waitFor();
    expect(await page.locator('#claims-body .citation.disputes blockquote').first().innerText()).toMatch(/^No: /);
  });

  test('the years narrow the tables and the timeline and land in the address; back restores them', async () => {
    const before = await drawnDeals(page, 'actor-timeline');
    await after(page, () => page.locator('#year-from').fill('2023'));
    expect(new URL(page.url()).searchParams.get('from')).toBe('2023');
    expect(await page.locator('#year-chosen').innerText()).toMatch(/^2023–/);
    expect(await page.locator('table.relations[data-side="recipient"] tr[data-key="syria"]').count()).toBe(0);
    expect(await deals(page, 'supplier', 'north-korea')).toBe(
      String(await count(t, 'supplier: "north-korea", recipient: "russia", from: "2023"')),
    );
    const narrowed = await drawnDeals(page, 'actor-timeline');
    expect(narrowed).toBeLessThan(before);
    // No bar before 2023: the deals that started earlier and run into 2023 are counted beside.
    const years = await page.$$eval('#actor-timeline rect.seg', (rs) =>
      rs.map((r) => Number(r.getAttribute('data-year'))),
    );
    expect(Math.min(...years)).toBe(2023);
    const earlier = await startedBefore(t, 'actor: "russia", from: "2023"', 2023);
    expect(earlier).toBeGreaterThan(0);
    expect(await figure(page.locator('#actor-timeline + .timeline-notes .earlier button.figure'))).toBe(
      String(earlier),
    );
    expect(narrowed + earlier).toBe(await dated(t, 'actor: "russia", from: "2023"'));
    const links = await page
      .locator('.view-links a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
    expect(links).toEqual(['/?centre=russia&from=2023', '/map?centre=russia&from=2023']);
    expect(await page.locator('nav.site-links a[data-view-link="map"]').getAttribute('href')).toBe(
      '/map?centre=russia&from=2023',
    );
    await after(page, () => page.goBack());
    expect(new URL(page.url()).searchParams.get('from')).toBeNull();
    expect(await drawnDeals(page, 'actor-timeline')).toBe(before);
  });

  test("each GraphQL operation the dossier sent is within the server's cost limit", async () => {
    const schema = await createSchema();
    const costs = new Map<string, number>();
    for (const r of browser.requests.filter((x) => new URL(x.url).pathname === '/graphql')) {
      const op = JSON.parse(r.body!) as { query: string; variables: Record<string, unknown> };
      const name = /query (\w+)/.exec(op.query)?.[1] ?? 'anonymous';
      const cost = operationCost(schema, parse(op.query), op.variables ?? {}, undefined, {
        defaultPageSize: 50,
        maxPageSize: 500,
      });
      costs.set(name, Math.max(cost, costs.get(name) ?? 0));
    }
    console.log(`costs: ${[...costs].map(([n, c]) => `${n} ${c}`).join(', ')}`);
    expect([...costs.keys()]).toEqual(expect.arrayContaining(['DossierActor', 'DossierNetwork', 'DossierData']));
    for (const [name, cost] of costs) expect(`${name}: ${cost <= 250_000}`).toBe(`${name}: true`);
  });

  test('an unknown key says so, without any error', async () => {
    const p = await browser.open('/actor/no-such-actor');
    expect(await p.locator('#status').innerText()).toContain('No actor has the key “no-such-actor”');
    expect(await p.title()).toBe('Unknown actor — Supplyline dossier');
    expect(await p.locator('#dossier-body').isHidden()).toBe(true);
    await p.close();
    expect(browser.problems).toEqual([]);
  });
});
