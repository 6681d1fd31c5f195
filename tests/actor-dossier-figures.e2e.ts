/// <reference lib="dom" />
// The DOM types are for the functions this file runs in the page (page.evaluate).
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { Role } from '../src/core/auth/role.enum';
import { createContext } from '../src/domain/context';
import { importFile } from '../src/tools/imports/run-import';
import { buildExplorer } from '../src/tools/explorer/explorer-build';
import { ExplorerBrowser, drawn, loads } from './helpers/explorer-browser';
import { makeKey, startTestServer } from './helpers/test-server';
import type { TestServer } from './helpers/test-server';

/**
 * The dossier's figures agree with one another, on the seed data plus claims written here: deals
 * Russia only passed through (an intermediary) and deals between Russia and its own bodies are
 * in the API's `actor` filter but in no counterpart's row, so neither in the timeline nor in the
 * verdicts; a year range draws no bar outside it (deals that started earlier are counted apart);
 * recognition claims are counted in full beyond the 500 listed; and on the ministry's dossier the
 * row of its own state opens exactly that row's claims.
 */
const VERDICT = ['CORROBORATED', 'SINGLE_SOURCE', 'CONTESTED', 'UNSUPPORTED'];
/** Russia and the bodies below it (the seed's ministry, and an agency added here). */
const RUSSIA = ['russia', 'russian-ministry-of-defence', 'figures-arms-agency'];
/** [supplier, recipient, intermediary, category, start, end] */
const DEALS = [
  ['russia', 'russian-ministry-of-defence', null, 'AIRCRAFT', '2022-03', null],
  ['figures-arms-agency', 'russian-ministry-of-defence', null, 'ARMOURED_VEHICLES', '2021', null],
  ['iran', 'syria', 'russia', 'UAV', '2022-05', null],
  ['russia', 'syria', null, 'AIR_DEFENCE', '2015', '2023'],
  ['north-korea', 'russia', null, 'ARTILLERY', '2023-02', null],
] as const;
/** Recognition claims of Russia by Syria: more than the 500 the page lists. */
const RECOGNITIONS = 503;

let t: TestServer;
let dir: string;

async function addClaims(): Promise<void> {
  const editor = await makeKey(t.server, 'figures-editor', Role.EDITOR);
  for (const key of ['wire', 'monitor'])
    await t.dataAs(editor, 'mutation ($input: CreateSourceInput!) { createSource(input: $input) { key } }', {
      input: { key, title: `${key} report`, publisher: key, kind: 'NEWS_REPORT', url: `https://example.org/${key}` },
    });
  await t.dataAs(editor, 'mutation ($input: CreateActorInput!) { createActor(input: $input) { key } }', {
    input: { key: RUSSIA[2], name: 'Figures Arms Agency', kind: 'GOVERNMENT_BODY', parent: 'russia' },
  });
  for (const [supplier, recipient, intermediary, category, start, end] of DEALS)
    await t.dataAs(editor, 'mutation ($input: RecordTransferInput!) { recordTransfer(input: $input) { id } }', {
      input: {
        ...{ supplier, recipient, intermediary, category, item: `${category} of ${supplier}`, status: 'DELIVERED' },
        period: { start, end },
        citations: [{ source: 'wire', quote: `${category} from ${supplier} to ${recipient}.` }],
      },
    });
  // Imported as claims.jsonl, as fast as the API's writes one by one would be slow.
  const lines = [...Array(RECOGNITIONS).keys()].map((i) =>
    JSON.stringify({
      type: 'recognition',
      id: randomUUID(),
      recognizer_key: 'syria',
      recognized_key: 'russia',
      status: 'RECOGNIZED',
      date: `${1950 + (i % 70)}-01-${String(1 + (i % 28)).padStart(2, '0')}`,
      evidence: [
        { source_key: 'wire', quote: `Syria recognizes Russia (${i}).` },
        ...(i % 3 ? [] : [{ source_key: 'monitor', quote: 'Confirmed.' }]),
        ...(i % 3 === 1 ? [{ source_key: 'monitor', quote: 'Denied.', stance: 'DISPUTES' }] : []),
      ],
    }),
  );
  dir = mkdtempSync(join(tmpdir(), 'supplyline-figures-'));
  writeFileSync(join(dir, 'claims.jsonl'), lines.join('\n') + '\n');
  await importFile(
    createContext(t.server.app, 'test', { name: 'importer', role: Role.ADMIN }),
    join(dir, 'claims.jsonl'),
  );
}

const total = async (query: string) => (await t.data(`{ x: ${query} { totalCount } }`)).x.totalCount as number;

/** The figure a button shows (its other words are for screen readers only). */
const figure = async (button: Locator) =>
  Number((await button.evaluate((b) => b.firstChild!.textContent))!.replace(/,/g, ''));

/** Every deal in the suppliers and recipients tables. */
const tableDeals = (p: Page) =>
  p.$$eval('table.relations tbody tr td:nth-of-type(1) button.figure', (bs) =>
    bs.reduce((n, b) => n + Number(b.firstChild!.textContent!.replace(/,/g, '')), 0),
  );

const bars = (p: Page) =>
  p.$$eval('#actor-timeline rect.seg', (rs) =>
    rs.map((r) => ({ year: Number((r as SVGElement).dataset.year), count: Number((r as SVGElement).dataset.count) })),
  );
const barDeals = async (p: Page) => (await bars(p)).reduce((n, b) => n + b.count, 0);

/** Opens the claims behind a figure and gives how many transfers (and recognitions) they hold. */
async function open(p: Page, button: Locator, id: string): Promise<{ transfers: number; recognitions: number }> {
  const before = await loads(p);
  await button.click();
  await drawn(p, before);
  await p.locator(`#claims-body[data-showing="${id}"][aria-busy="false"]`).waitFor();
  const counted = async (label: string) => {
    const line = p.locator(`#claims-body section.claims[aria-label="${label}"] p.count`);
    if (!(await line.count())) return 0;
    // "Transfers: 3, strongest evidence first", or "Recognitions: 20 of 168, …" before "Show more".
    const text = await line.innerText();
    return Number((/ of ([\d,]+)/.exec(text) ?? /: ([\d,]+)/.exec(text))![1].replace(/,/g, ''));
  };
  return { transfers: await counted('Transfers'), recognitions: await counted('Recognitions') };
}

describe("the dossier's figures agree with its tables", () => {
  const browser = new ExplorerBrowser(() => t.url);

  beforeAll(async () => {
    await buildExplorer();
    t = await startTestServer();
    await addClaims();
    await browser.launch();
  }, 180_000);

  afterAll(async () => {
    await browser.close();
    await t?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('the timeline and the verdicts count the deals the tables count, and say what they leave out', async () => {
    const page = await browser.open('/actor/russia');
    const [asSupplier, asRecipient, internal, all] = await Promise.all([
      total('transfers(filter: { supplier: "russia" })'),
      total('transfers(filter: { recipient: "russia" })'),
      total('transfers(filter: { supplier: "russia", recipient: "russia" })'),
      total('transfers(filter: { actor: "russia" })'),
    ]);
    const expected = asSupplier + asRecipient - 2 * internal;
    expect(internal).toBe(2);
    expect(all - expected).toBe(3); // two internal deals, one passed through
    expect(await tableDeals(page)).toBe(expected);
    const undated = page.locator('#timeline-body .undated button.figure');
    const shown = (await barDeals(page)) + ((await undated.count()) ? await figure(undated) : 0);
    expect(shown).toBe(expected);
    const verdicts = await page.$$eval('.verdict-table tbody tr[data-verdict]', (rows) =>
      rows.reduce((n, r) => n + Number(r.querySelector('td')!.textContent!.replace(/,/g, '')), 0),
    );
    expect(verdicts).toBe(expected);
    // Each left-out count opens exactly its claims.
    const aside = page.locator('#timeline-body p.aside');
    const through = aside.locator('button.figure[data-claims="intermediary"]');
    expect(await figure(through)).toBe(1);
    expect(await open(page, through, 'intermediary')).toEqual({ transfers: 1, recognitions: 0 });
    expect(await page.locator('#claims-body article.claim').innerText()).toContain('UAV of iran');
    const own = aside.locator('button.figure[data-claims="internal"]');
    expect(await figure(own)).toBe(internal);
    expect(await open(page, own, 'internal')).toEqual({ transfers: internal, recognitions: 0 });
    // A verdict opens the transfers it counts, not those left out.
    const single = page.locator('.verdict-table tr[data-verdict="SINGLE_SOURCE"]');
    const singles = Number((await single.locator('td').first().innerText()).replace(/,/g, ''));
    const opened = await open(page, single.locator('button.figure'), 'verdict.SINGLE_SOURCE');
    expect(opened.transfers).toBe(singles);
    await page.close();
  });

  test('recognition claims are counted in full, beyond the 500 listed', async () => {
    const page = await browser.open('/actor/russia');
    let sum = 0;
    for (const v of VERDICT) {
      const expected = await total(`recognitions(filter: { actor: "russia", verdict: [${v}] })`);
      const cell = page.locator(`.verdict-table tr[data-verdict="${v}"] td`).nth(1);
      expect(`${v}: ${(await cell.innerText()).replace(/,/g, '')}`).toBe(`${v}: ${expected}`);
      sum += expected;
    }
    expect(sum).toBeGreaterThan(RECOGNITIONS);
    expect(await page.locator('#status').innerText()).toContain(`${sum.toLocaleString('en')} recognition claims`);
    const contested = page.locator('.verdict-table tr[data-verdict="CONTESTED"] button.figure');
    const opened = await open(page, contested, 'verdict.CONTESTED');
    expect(opened.recognitions).toBe(await total('recognitions(filter: { actor: "russia", verdict: [CONTESTED] })'));
    await page.close();
  });

  test('a year range draws no bar before it: the deals that started earlier are counted apart', async () => {
    const page = await browser.open('/actor/russia?from=2020');
    const years = (await bars(page)).map((b) => b.year);
    expect(years.length).toBeGreaterThan(0);
    expect(Math.min(...years)).toBeGreaterThanOrEqual(2020);
    // The deals with counterparts that overlap the years but start before them, as the API lists them.
    const listed = await t.data(`{ transfers(filter: { actor: "russia", from: "2020" }, first: 500) {
      edges { node { period { start end } supplier { key } recipient { key } } } } }`);
    const withCounterparts = listed.transfers.edges
      .map((e: any) => e.node)
      .filter((n: any) => [n.supplier.key, n.recipient.key].filter((k) => RUSSIA.includes(k)).length === 1);
    const startYear = (n: any) => Number((n.period.start ?? n.period.end).slice(0, 4));
    const earlier = withCounterparts.filter((n: any) => startYear(n) < 2020).length;
    expect(earlier).toBeGreaterThan(0);
    const button = page.locator('#actor-timeline + .timeline-notes .earlier button.figure');
    expect(await figure(button)).toBe(earlier);
    expect((await barDeals(page)) + earlier).toBe(withCounterparts.length);
    expect(await tableDeals(page)).toBe(withCounterparts.length);
    expect(await open(page, button, 'earlier')).toEqual({ transfers: earlier, recognitions: 0 });
    expect(new URL(page.url()).searchParams.get('claims')).toBe('earlier');
    await page.close();
  });

  test("on a ministry's dossier, its own state's row opens exactly that row's claims", async () => {
    const page = await browser.open('/actor/russian-ministry-of-defence');
    const row = page.locator('table.relations[data-side="supplier"] tr[data-key="russia"]');
    const exact = await total(
      'transfers(filter: { supplier: "russia", recipient: "russian-ministry-of-defence", exactActor: true })',
    );
    expect(exact).toBe(1);
    // Rolled up, Russia would also stand for its agency, a row of its own.
    expect(await total('transfers(filter: { supplier: "russia", recipient: "russian-ministry-of-defence" })')).toBe(2);
    expect(await page.locator('table.relations tr[data-key="figures-arms-agency"]').count()).toBe(1);
    expect(await figure(row.locator('button.figure'))).toBe(exact);
    expect(await open(page, row.locator('button.figure'), 'supplier.russia')).toEqual({
      transfers: exact,
      recognitions: 0,
    });
    const before = await loads(page);
    await row.locator('button.pair-button').click();
    await drawn(page, before);
    const pair = await page.$$eval('#pair-chart rect.seg', (rs) =>
      rs.reduce((n, r) => n + Number((r as SVGElement).dataset.count), 0),
    );
    expect(pair).toBe(exact);
    await page.close();
    expect(browser.problems).toEqual([]);
  });
});
