/// <reference lib="dom" />
// The DOM types are for the functions this file runs in the page (page.evaluate).
import 'reflect-metadata';
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { parse } from 'graphql';
import { operationCost } from '../src/app/graphql/query-limits';
import { createSchema } from '../src/app/graphql/schema';
import { Role } from '../src/core/auth/role.enum';
import { buildExplorer } from '../src/tools/explorer/explorer-build';
import { makeKey, startTestServer } from './helpers/test-server';
import type { TestServer } from './helpers/test-server';
import { ExplorerBrowser, drawn, edgeIds, evidenceShown, loads, nodeLabels } from './helpers/explorer-browser';

/**
 * The explorer page in a real browser: Debian's Chromium, driven by playwright-core, against the
 * real server on the seed data. Chromium is required (CI installs it): without it this fails.
 */
const OUTPUT = join(__dirname, '..', 'test-output');
const NK_RUSSIA = 'SUPPLY:north-korea>russia';

describe('the explorer page', () => {
  let t: TestServer;
  let page: Page;
  /** Every request any page of this file made, and every console error or page error. */
  const browser = new ExplorerBrowser(() => t.url);
  const { requests, problems } = browser;

  beforeAll(async () => {
    await buildExplorer();
    t = await startTestServer();
    await browser.launch();
    page = await browser.open('/');
  }, 120_000);

  afterAll(async () => {
    await browser.close();
    await t?.close();
  });

  test('loads the seed and draws Russia, North Korea and Iran, in the picture and in the list', async () => {
    expect(await nodeLabels(page)).toEqual(expect.arrayContaining(['Iran', 'North Korea', 'Russia']));
    const listed = await page.locator('#node-list .item-title').allTextContents();
    expect(listed).toEqual(expect.arrayContaining(['Iran', 'North Korea', 'Russia']));
    expect(await page.locator('#centre-name').textContent()).toBe('Russia');
    // The ministry's shells are drawn inside Russia: one North Korea → Russia edge of 2 transfers.
    const nk = await page.evaluate((id) => window.supplylineExplorer!.cy.getElementById(id).data('claims'), NK_RUSSIA);
    expect(nk).toBe(2);
  });

  test('clicking the North Korea → Russia edge on the canvas shows the shells quote and its chain to the US intelligence finding', async () => {
    await page.locator('#graph').scrollIntoViewIfNeeded();
    const at = await page.evaluate((id) => {
      const cy = window.supplylineExplorer!.cy;
      const mid = cy.getElementById(id).renderedMidpoint();
      const box = cy.container()!.getBoundingClientRect();
      return { x: box.left + mid.x, y: box.top + mid.y };
    }, NK_RUSSIA);
    await page.mouse.click(at.x, at.y);
    await evidenceShown(page, NK_RUSSIA);
    const panel = page.locator('#evidence');
    const expected =
      await t.data(`{ transfers(filter: { supplier: "north-korea", category: AMMUNITION }) { edges { node {
      evidence { quote chain { title } } assessment { grade explanation } } } } }`);
    const shells = expected.transfers.edges[0].node;
    const text = await panel.innerText();
    expect(text).toContain('millions of rockets and artillery shells from North Korea');
    expect(text).toContain(shells.evidence[0].quote);
    expect(await panel.locator('blockquote.quote').allTextContents()).toContain(shells.evidence[0].quote);
    expect(text).toContain(shells.assessment.explanation);
    expect(text).toMatch(/Verdict\s+Single source/);
    expect(text).toMatch(new RegExp(`Grade\\s+${shells.assessment.grade}`));
    expect(text).toMatch(/Independent voices\s+1/);
    // The chain: The Guardian ← The New York Times ← the US intelligence finding (the origin).
    const chain = await panel.locator('[data-claim] .chain').first().locator('li').allInnerTexts();
    const shellsChain = await panel
      .locator('.citation', { hasText: 'artillery shells' })
      .locator('.chain li')
      .allInnerTexts();
    expect(chain.length).toBeGreaterThan(0);
    expect(shellsChain).toHaveLength(3);
    expect(shellsChain[0]).toContain('The Guardian');
    expect(shellsChain[1]).toContain(shells.evidence[0].chain[0].title);
    expect(shellsChain[2]).toContain('US intelligence finding on Russia buying North Korean rockets and shells');
    expect(shellsChain[2]).toContain('(origin)');
    for (const rel of await panel
      .locator('a[target="_blank"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('rel'))))
      expect(rel).toBe('noopener noreferrer');
    expect(await page.evaluate((id) => window.supplylineExplorer!.cy.getElementById(id).selected(), NK_RUSSIA)).toBe(
      true,
    );
    expect(await page.locator(`button[data-edge="${NK_RUSSIA}"]`).getAttribute('aria-current')).toBe('true');

    mkdirSync(OUTPUT, { recursive: true });
    await page.screenshot({ path: join(OUTPUT, 'explorer.png') });
    expect(statSync(join(OUTPUT, 'explorer.png')).size).toBeGreaterThan(10_000);
  });

  test('the export links of the panel download exactly that connection', async () => {
    const href = await page.locator('#evidence a', { hasText: 'These transfers (CSV)' }).getAttribute('href');
    expect(href).toMatch(/^\/export\/transfers\.csv\?/);
    const csv = await (await fetch(`${t.url}${href}`)).text();
    const rows = csv.trim().split('\r\n');
    expect(rows).toHaveLength(3); // header + the shells + the other materiel
    expect(csv).toContain('rockets and artillery shells');
    expect(csv).not.toContain('Shahed');
    expect(await page.locator('a[href="/graphql"]').count()).toBe(1);
    expect(await page.locator('#export-list a').first().getAttribute('href')).toBe(
      '/export/transfers.csv?actor=russia',
    );
  });

  test('the keyboard reaches the same connection in the list and opens the same evidence', async () => {
    await page.locator('button[data-edge="SUPPLY:iran>russia"]').click();
    await evidenceShown(page, 'SUPPLY:iran>russia');
    await page.locator('#search-text').focus();
    let focused: string | undefined;
    for (let i = 0; i < 200 && focused !== NK_RUSSIA; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.edge);
    }
    expect(focused).toBe(NK_RUSSIA);
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    await evidenceShown(page, NK_RUSSIA);
    expect(await page.locator('#evidence').innerText()).toContain(
      'millions of rockets and artillery shells from North Korea',
    );
    expect(await page.evaluate(() => document.activeElement?.classList.contains('panel-title'))).toBe(true);
  });

  test('a filter changes what is drawn, and the address keeps it', async () => {
    const before = await edgeIds(page);
    expect(before).toContain(NK_RUSSIA);
    let n = await loads(page);
    await page.locator('details[data-filter="category"] summary').click();
    await page.getByLabel('UAV', { exact: true }).check();
    await drawn(page, n);
    const after = await edgeIds(page);
    expect(after.filter((id) => id.startsWith('SUPPLY:'))).toEqual(['SUPPLY:iran>russia']);
    expect(page.url()).toContain('category=UAV');
    n = await loads(page);
    await page.getByLabel('Show recognitions').uncheck();
    await drawn(page, n);
    expect(await nodeLabels(page)).toEqual(['Iran', 'Russia']);
    expect(await edgeIds(page)).toEqual(['SUPPLY:iran>russia']);
    n = await loads(page);
    await page.getByLabel('From', { exact: true }).fill('2023');
    await page.getByLabel('From', { exact: true }).press('Enter');
    await drawn(page, n);
    expect(await edgeIds(page)).toEqual([]); // the seed's dated claims are all of 2022
    expect(await page.locator('#edge-list').innerText()).toContain('No connection matches the filters.');
    expect(page.url()).toContain('from=2023');
    n = await loads(page);
    await page.locator('#reset-filters').click();
    await drawn(page, n);
    expect(await edgeIds(page)).toEqual(before);
  });

  test('search finds an actor by alias and centres the picture on it', async () => {
    const n = await loads(page);
    await page.locator('#search-text').fill('DPRK');
    await page.keyboard.press('Enter');
    await page.locator('#search-list button[data-centre="north-korea"]').click();
    await drawn(page, n);
    expect(await page.locator('#centre-name').textContent()).toBe('North Korea');
    expect(page.url()).toContain('centre=north-korea');
    const placed = await page.evaluate(() => {
      const cy = window.supplylineExplorer!.cy;
      const node = cy.getElementById('north-korea');
      return {
        at: node.renderedPosition(),
        mid: { x: cy.width() / 2, y: cy.height() / 2 },
        centre: node.hasClass('centre'),
      };
    });
    expect(placed.centre).toBe(true);
    expect(Math.abs(placed.at.x - placed.mid.x)).toBeLessThan(1);
    expect(Math.abs(placed.at.y - placed.mid.y)).toBeLessThan(1);
  });

  test('a click on an actor opens all its claims; a recognition opens its own evidence', async () => {
    await page.locator('#graph').scrollIntoViewIfNeeded();
    const at = await page.evaluate(() => {
      const cy = window.supplylineExplorer!.cy;
      const pos = cy.getElementById('iran').renderedPosition();
      const box = cy.container()!.getBoundingClientRect();
      return { x: box.left + pos.x, y: box.top + pos.y };
    });
    await page.mouse.click(at.x, at.y);
    await evidenceShown(page, 'iran');
    const iran = await page.locator('#evidence').innerText();
    expect(iran).toContain('Transfers: 3');
    expect(iran).toContain('Shahed-series');
    expect(iran).toContain('Recognitions: 0');
    const recognition = 'RECOGNITION:north-korea>donetsk-peoples-republic';
    await page.locator(`button[data-edge="${recognition}"]`).click();
    await evidenceShown(page, recognition);
    const text = await page.locator('#evidence').innerText();
    expect(text).toContain("North Korea recognizes Donetsk People's Republic");
    expect(text).toMatch(/Recognized · 2022-07/);
  });

  test('names and quotes are shown as text, never run as markup', async () => {
    const admin = await makeKey(t.server, 'explorer-editor', Role.EDITOR);
    const hostile = '<img src=x onerror="document.title=\'pwned\'">';
    await t.dataAs(admin, 'mutation ($input: CreateActorInput!) { createActor(input: $input) { key } }', {
      input: { key: 'hostile-actor', name: `Hostile ${hostile}`, kind: 'ARMED_GROUP' },
    });
    await t.dataAs(admin, 'mutation ($input: CreateSourceInput!) { createSource(input: $input) { key } }', {
      input: {
        key: 'hostile-source',
        title: `Report ${hostile}`,
        publisher: `<b>Press</b>`,
        kind: 'NEWS_REPORT',
        url: 'https://example.org/report',
      },
    });
    await t.dataAs(admin, 'mutation ($input: RecordTransferInput!) { recordTransfer(input: $input) { id } }', {
      input: {
        supplier: 'hostile-actor',
        recipient: 'russia',
        category: 'SMALL_ARMS',
        item: `rifles ${hostile}`,
        status: 'DELIVERED',
        citations: [{ source: 'hostile-source', quote: `quote ${hostile}` }],
      },
    });
    const p = await browser.open('/?centre=hostile-actor');
    const id = 'SUPPLY:hostile-actor>russia';
    await p.locator(`button[data-edge="${id}"]`).click();
    await evidenceShown(p, id);
    expect(await p.locator('#evidence').innerText()).toContain(`quote ${hostile}`);
    expect(await p.locator('#node-list').innerText()).toContain(`Hostile ${hostile}`);
    expect(await p.locator('main img, header img').count()).toBe(0);
    expect(await p.locator('#evidence b').count()).toBe(0);
    expect(await p.title()).not.toBe('pwned');
    await p.close();
  });

  test('on a phone-wide screen the page stacks, with no horizontal overflow', async () => {
    const p = await browser.open('/', { width: 390, height: 844 });
    await p.locator(`button[data-edge="${NK_RUSSIA}"]`).click();
    await evidenceShown(p, NK_RUSSIA);
    const sizes = await p.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
    expect(sizes.scroll).toBeLessThanOrEqual(sizes.width);
    const top = (sel: string) => p.locator(sel).evaluate((el) => el.getBoundingClientRect().top);
    expect(await top('.network')).toBeLessThan(await top('#evidence'));
    expect(await top('#evidence')).toBeLessThan(await top('.filters'));
    mkdirSync(OUTPUT, { recursive: true });
    await p.screenshot({ path: join(OUTPUT, 'explorer-phone.png'), fullPage: true });
    await p.close();
  });

  test('every request went to the server itself (GraphQL as JSON POSTs), and nothing logged an error', () => {
    const origin = new URL(t.url).origin;
    expect(requests.length).toBeGreaterThan(10);
    expect(requests.filter((r) => new URL(r.url).origin !== origin)).toEqual([]);
    const graphql = requests.filter((r) => new URL(r.url).pathname === '/graphql');
    expect(graphql.length).toBeGreaterThan(5);
    for (const r of graphql) {
      expect(r.method).toBe('POST');
      expect(r.contentType).toBe('application/json');
    }
    expect(problems).toEqual([]);
  });

  test("each of the page's GraphQL operations costs well under the server's limit", async () => {
    const schema = await createSchema();
    const operations = requests
      .filter((r) => new URL(r.url).pathname === '/graphql')
      .map((r) => JSON.parse(r.body!) as { query: string; variables: Record<string, unknown> });
    const names = new Set<string>();
    for (const op of operations) {
      const document = parse(op.query);
      const name = document.definitions
        .map((d) => ('name' in d && d.name ? d.name.value : ''))
        .find((n) => n.startsWith('Explorer'));
      names.add(String(name));
      // The network is read whole (up to 400 actors, see explorer/queries.ts): half the limit; the rest a quarter.
      expect(
        operationCost(schema, document, op.variables ?? {}, name, { defaultPageSize: 50, maxPageSize: 500 }),
      ).toBeLessThan(name === 'ExplorerNetwork' ? 250_000 / 2 : 250_000 / 4);
    }
    expect([...names].sort()).toEqual(
      [
        'ExplorerActorClaims',
        'ExplorerDefaultCentre',
        'ExplorerNetwork',
        'ExplorerRecognitions',
        'ExplorerSearch',
        'ExplorerTransfers',
        'ExplorerYears',
      ].sort(),
    );
  });
});
