/// <reference lib="dom" />
import 'reflect-metadata';
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { parse } from 'graphql';
import { operationCost } from '../src/app/graphql/query-limits';
import { createSchema } from '../src/app/graphql/schema';
import { Role } from '../src/core/auth/role.enum';
import { buildExplorer } from '../src/tools/explorer/explorer-build';
import { axeViolations, formatViolations } from './helpers/axe';
import { ExplorerBrowser, drawn, loads } from './helpers/explorer-browser';
import { makeKey, startTestServer } from './helpers/test-server';
import type { TestServer } from './helpers/test-server';

/**
 * The map page (GET /map) in Debian's Chromium against the real server on the seed data, plus claims
 * written through the API: a company with no country, a state too small for the atlas's shapes
 * (Singapore), a supply inside Russia, dated deals for the year control, Russia → Belarus (1 of 2 with a TIV).
 */
const OUTPUT = join(__dirname, '..', 'test-output');
const CREDIT =
  'Boundaries: Natural Earth (public domain), via world-atlas. Country positions and names: world-countries (ODbL).';

/** The arrows drawn as { flow id ("PRK>RUS"): stroke width }, or the table's rows as { flow id: deals }. */
const read = (p: Page, what: 'arrows' | 'rows') =>
  p.evaluate((w) => {
    const found = document.querySelectorAll<HTMLElement>(
      w === 'arrows' ? '#map path.flow' : '#flow-rows tr[data-flow]',
    );
    const value = (e: HTMLElement) =>
      w === 'arrows' ? e.getAttribute('stroke-width') : (e as HTMLTableRowElement).cells[2].textContent;
    return Object.fromEntries(Array.from(found).map((e) => [e.getAttribute('data-flow'), Number(value(e))]));
  }, what);
const arrows = (p: Page) => read(p, 'arrows');
const tableDeals = (p: Page) => read(p, 'rows');

/** Sets both year sliders and lets go of one, as a researcher would. */
const setYears = (p: Page, from: number, to: number) =>
  p.evaluate(
    ([a, b]) => {
      const [f, t] = ['year-from', 'year-to'].map((id) => document.getElementById(id) as HTMLInputElement);
      f.value = String(a);
      t.value = String(b);
      for (const type of ['input', 'change']) t.dispatchEvent(new Event(type, { bubbles: true }));
    },
    [from, to],
  );

describe('the map page', () => {
  let t: TestServer;
  let page: Page;
  const browser = new ExplorerBrowser(() => t.url);
  const { requests, problems } = browser;

  beforeAll(async () => {
    await buildExplorer();
    t = await startTestServer();
    const editor = await makeKey(t.server, 'map-editor', Role.EDITOR);
    const write = (m: string, input: Record<string, unknown>) => t.dataAs(editor, m, { input });
    const actor = (input: Record<string, unknown>) =>
      write('mutation ($input: CreateActorInput!) { createActor(input: $input) { key } }', input);
    const source = { key: 'map-report', title: 'Arms deals', publisher: 'Test Press', kind: 'NEWS_REPORT' };
    await write('mutation ($input: CreateSourceInput!) { createSource(input: $input) { key } }', source);
    await actor({ key: 'acme-arms', name: 'Acme Arms', kind: 'COMPANY' });
    await actor({ key: 'belarus', name: 'Belarus', kind: 'STATE', countryCode: 'BLR' });
    await actor({ key: 'singapore', name: 'Singapore', kind: 'STATE', countryCode: 'SGP' });
    await actor({ key: 'rostec', name: 'Rostec', kind: 'COMPANY', countryCode: 'RUS' });
    const transfer = (supplier: string, recipient: string, period: object, more: object = {}) =>
      write('mutation ($input: RecordTransferInput!) { recordTransfer(input: $input) { id } }', {
        supplier,
        recipient,
        category: 'AIRCRAFT',
        item: `aircraft from ${supplier}`,
        status: 'DELIVERED',
        period,
        citations: [{ source: 'map-report', quote: `${supplier} delivered aircraft to ${recipient}` }],
        ...more,
      });
    await transfer('russia', 'belarus', { start: '2019', end: '2020' }, { tiv: { order: 120 } });
    await transfer('russia', 'belarus', { start: '2018' }, { item: 'transport aircraft, no TIV' });
    await transfer('acme-arms', 'russia', { start: '2023' }, { category: 'SMALL_ARMS' });
    await transfer('russia', 'singapore', { start: '2024' });
    await transfer('rostec', 'russian-ministry-of-defence', { start: '2021' });
    await browser.launch();
    page = await browser.open('/map');
  }, 120_000);

  afterAll(async () => {
    await browser.close();
    await t?.close();
  });

  test('GET /map is static HTML under the strict Content-Security-Policy, with its own bundle', async () => {
    const res = await fetch(`${t.url}/map`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await res.text();
    expect(html.match(/<script\b[^>]*>/g)).toEqual(['<script type="module" src="/explorer/map.js">']);
    expect(html).not.toMatch(/<style\b|\sstyle=|\son[a-z]+=/i);
  });

  test('draws the world and the flows around Russia, the default centre, with their deals in the table', async () => {
    expect(await page.locator('#centre-name').textContent()).toBe('Russia');
    expect(await page.locator('#map path.country').count()).toBeGreaterThanOrEqual(100);
    expect(await page.locator('#map path.country.centre').getAttribute('data-code')).toBe('RUS');
    expect(Object.keys(await arrows(page)).sort()).toEqual(['IRN>RUS', 'PRK>RUS', 'RUS>BLR', 'RUS>SGP']);
    // The ministry's shells and the other materiel are one North Korea → Russia flow of 2 deals.
    expect(await tableDeals(page)).toEqual({ 'IRN>RUS': 3, 'PRK>RUS': 2, 'RUS>BLR': 2, 'RUS>SGP': 1 });
    expect(await page.locator('#map path.flow[data-flow="PRK>RUS"]').getAttribute('marker-end')).toMatch(/^url\(#/);
    // Singapore is too small for the atlas's shapes: it is placed by its latitude and longitude.
    expect(await page.locator('#map circle.end[data-code="SGP"]').count()).toBe(1);
    expect(await page.locator('#map').getAttribute('aria-label')).toContain('Heaviest: Iran to Russia (3 deals)');
    const row = page.locator('#flow-rows tr[data-flow="PRK>RUS"]');
    expect(await row.innerText()).toMatch(/North Korea\s+Russia/);
    expect(await row.innerText()).toContain('Single source');
    expect(await row.locator('a', { hasText: 'Dossier: Russia' }).getAttribute('href')).toBe('/actor/russia');
    expect(await row.locator('a', { hasText: 'Network' }).getAttribute('href')).toBe('/?centre=north-korea');
    // The header's Network link carries the same view.
    expect(await page.locator('a[data-view-link="network"]').getAttribute('href')).toBe('/?centre=russia');
    expect(await page.locator('#status').innerText()).toMatch(/^This map: 4 flows .*\(8 deals\).* all years, undated/);
    // Whose shapes and positions the picture uses, credited in sight under it.
    expect(await page.locator('#map-credit:visible').innerText()).toBe(CREDIT);
    process.stdout.write(`map: drawn in ${await page.evaluate(() => document.body.dataset.drawMs)} ms\n`);
  });

  test('lists the actors it cannot place and the supplies inside one country, never dropping them', async () => {
    const unplaced = await page.locator('#unplaced-list').innerText();
    expect(unplaced).toContain('Acme Arms — company with no country code. 1 deal with Russia.');
    expect(unplaced).toContain("Donetsk People's Republic — self-proclaimed state with no country code.");
    expect(await page.locator('#internal-list').innerText()).toContain('Russia: Rostec → Russian Ministry of Defence');
  });

  test('the year control narrows the flows and lands in the address; the back button restores them', async () => {
    let n = await loads(page);
    await setYears(page, 2022, 2022);
    await drawn(page, n);
    expect(page.url()).toMatch(/from=2022&to=2022/);
    // Only the drones of August 2022 are dated in 2022; North Korea's undated shells leave the map.
    expect(Object.keys(await arrows(page))).toEqual(['IRN>RUS']);
    expect(await tableDeals(page)).toEqual({ 'IRN>RUS': 2 });
    expect(await page.locator('#status').innerText()).toMatch(/: 1 flow .*\(2 deals\).* overlapping 2022 \(undated/);
    expect(await page.locator('a[data-view-link="network"]').getAttribute('href')).toBe(
      '/?centre=russia&from=2022&to=2022',
    );
    n = await loads(page);
    await page.goBack();
    await drawn(page, n);
    expect(page.url()).not.toContain('from=');
    expect(Object.keys(await arrows(page)).sort()).toEqual(['IRN>RUS', 'PRK>RUS', 'RUS>BLR', 'RUS>SGP']);
  });

  test('weight=tiv weighs the arrows by SIPRI TIV, and says which flows have none', async () => {
    let n = await loads(page);
    await page.getByLabel('SIPRI TIV').check();
    await drawn(page, n);
    expect(page.url()).toContain('weight=tiv');
    const widths = await arrows(page);
    expect(widths['RUS>BLR']).toBeGreaterThan(widths['PRK>RUS']);
    // Counted deal by deal: Russia → Belarus has a TIV (120) on one of its 2 deals, not on both.
    expect(await page.locator('#notices').innerText()).toMatch(/7 of the 8 deals .* have no TIV .*in 4 flows/);
    const tivCell = page.locator('#flow-rows tr[data-flow="RUS>BLR"] td:nth-child(4)');
    expect(await tivCell.innerText()).toMatch(/^120\s+1 of 2 deals without a TIV$/);
    n = await loads(page);
    await setYears(page, 2022, 2022);
    await drawn(page, n);
    expect(await page.locator('#notices').innerText()).toContain('The arrows are weighed by deals instead.');
    n = await loads(page);
    await page.getByLabel('Deals', { exact: true }).check();
    await drawn(page, n);
    expect(page.url()).not.toContain('weight=');
    n = await loads(page);
    await page.locator('#year-all').click();
    await drawn(page, n);
  });

  test('draws the heaviest flows first, with a control to show them all', async () => {
    const p = await browser.open('/map?centre=russia&flows=2');
    expect(Object.keys(await arrows(p)).sort()).toEqual(['IRN>RUS', 'PRK>RUS']);
    expect(await p.locator('#flow-count-text').innerText()).toContain('Showing the 2 heaviest (by deals) of 4 flows.');
    expect(await p.locator('#flow-rows tr[data-flow="RUS>BLR"]').innerText()).toContain('Not drawn');
    for (const [button, flows] of [
      ['#show-more', 'flows=62'],
      ['#show-all', 'flows=all'],
    ]) {
      let n = await loads(p);
      await p.locator(button).click();
      await drawn(p, n);
      expect(Object.keys(await arrows(p))).toHaveLength(4);
      expect(p.url()).toContain(flows);
      n = await loads(p);
      await p.goBack();
      await drawn(p, n);
      expect(Object.keys(await arrows(p))).toHaveLength(2);
    }
    await p.close();
  });

  test('a click on an arrow shows its row of the table, with the focus on it', async () => {
    const at = await page.evaluate(() => {
      const path = document.querySelector<SVGPathElement>('#map path.flow[data-flow="PRK>RUS"]')!;
      const p = path.getPointAtLength(path.getTotalLength() / 2).matrixTransform(path.getScreenCTM()!);
      return { x: p.x, y: p.y };
    });
    await page.mouse.click(at.x, at.y);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.flow)).toBe('PRK>RUS');
    expect(await page.locator('#flow-rows tr.current').getAttribute('data-flow')).toBe('PRK>RUS');
  });

  test("a click on a flow's end recentres the map there", async () => {
    const n = await loads(page);
    await page.locator('#map circle.end[data-code="PRK"]').click();
    await drawn(page, n);
    expect(await page.locator('#centre-name').textContent()).toBe('North Korea');
    expect(page.url()).toContain('centre=north-korea');
    expect(await page.locator('#map path.country.centre').getAttribute('data-code')).toBe('PRK');
    const back = await loads(page);
    await page.goBack();
    await drawn(page, back);
    expect(await page.locator('#centre-name').textContent()).toBe('Russia');
  });

  test('zooms with the buttons and with Ctrl + wheel, drawing again at the new scale', async () => {
    const arrow = page.locator('#map path.flow[data-flow="IRN>RUS"]');
    const width = await arrow.getAttribute('stroke-width');
    await page.locator('#zoom-in').click();
    expect(await page.locator('#map').getAttribute('data-zoom')).toBe('1.60');
    // Drawn again at its scale: no transform left, and the lines keep their width on screen.
    expect(await page.locator('#map g.viewport').getAttribute('transform')).toBeNull();
    expect(await arrow.getAttribute('stroke-width')).toBe(width);
    const box = (await page.locator('#map').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 3);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -300);
    await page.keyboard.up('Control');
    await page.waitForFunction(() => Number(document.getElementById('map')!.dataset.zoom) > 1.6);
    await page.locator('#zoom-reset').click();
    expect(await page.locator('#map').getAttribute('data-zoom')).toBe('1.00');
  });

  test('the keyboard reaches every flow in the table, with a visible focus', async () => {
    await page.locator('#search-text').focus();
    let inTable = false;
    for (let i = 0; i < 100 && !inTable; i++) {
      await page.keyboard.press('Tab');
      inTable = await page.evaluate(() => document.activeElement?.closest('#flow-rows a[data-centre]') !== null);
    }
    expect(inTable).toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
  });

  test('axe finds no serious or critical accessibility violation', async () => {
    const violations = await axeViolations(page);
    expect(formatViolations(violations)).toBe('');
    expect(violations).toEqual([]);
  });

  test('a screenshot of the map', async () => {
    mkdirSync(OUTPUT, { recursive: true });
    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
    });
    await page.screenshot({ path: join(OUTPUT, 'map.png') });
    expect(statSync(join(OUTPUT, 'map.png')).size).toBeGreaterThan(20_000);
    await page.screenshot({ path: join(OUTPUT, 'map-full.png'), fullPage: true });
  });

  test('on a phone-wide screen the map fits, the table scrolls inside its frame', async () => {
    const p = await browser.open('/map?centre=russia', { width: 390, height: 844 });
    const sizes = await p.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
    expect(sizes.scroll).toBeLessThanOrEqual(sizes.width);
    expect(await p.locator('#map path.flow').count()).toBe(4);
    await p.screenshot({ path: join(OUTPUT, 'map-phone.png'), fullPage: true });
    await p.close();
  });

  test('every request went to the server itself, each GraphQL operation well under the limit, no error logged', async () => {
    const origin = new URL(t.url).origin;
    expect(requests.length).toBeGreaterThan(5);
    expect(requests.filter((r) => new URL(r.url).origin !== origin)).toEqual([]);
    const schema = await createSchema();
    const names = new Map<string, number>();
    for (const r of requests.filter((q) => new URL(q.url).pathname === '/graphql')) {
      expect(r.method).toBe('POST');
      const op = JSON.parse(r.body!) as { query: string; variables: Record<string, unknown> };
      const document = parse(op.query);
      const name = document.definitions.map((d) => ('name' in d && d.name ? d.name.value : '')).find(Boolean);
      const cost = operationCost(schema, document, op.variables ?? {}, name, { defaultPageSize: 50, maxPageSize: 500 });
      names.set(String(name), cost);
      // 1,000 nodes multiply what is asked of each: the map's query is the costliest the pages send.
      expect(cost).toBeLessThan(250_000);
    }
    process.stdout.write(`map: operation costs ${JSON.stringify(Object.fromEntries(names))}\n`);
    // The default centre, the years of the year control, and the flows: the map's one network query.
    expect([...names.keys()]).toEqual(expect.arrayContaining(['ExplorerDefaultCentre', 'MapNetwork']));
    expect(names.size).toBe(3);
    expect(problems).toEqual([]);
  });
});
