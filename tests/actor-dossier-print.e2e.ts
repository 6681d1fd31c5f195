/// <reference lib="dom" />
// The DOM types are for the functions this file runs in the page (page.evaluate).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { Role } from '../src/core/auth/role.enum';
import { createContext } from '../src/domain/context';
import { importFile } from '../src/tools/imports/run-import';
import { buildExplorer } from '../src/tools/explorer/explorer-build';
import { axeViolations, formatViolations } from './helpers/axe';
import { ExplorerBrowser, drawn, loads } from './helpers/explorer-browser';
import { makeKey, startTestServer, WITH_GAZETTEER } from './helpers/test-server';
import type { TestServer } from './helpers/test-server';

/**
 * The dossier as a document — printed (Chromium's PDF, the print stylesheet), checked by
 * axe-core, photographed for docs/dossier.md — on the seed data with dated deals of Russia's
 * written through the API; and at the scale of SIPRI's register: a register of 3,000 deals in
 * SIPRI's own format, imported, drawn, its drawing time printed (never asserted).
 */
const OUTPUT = join(__dirname, '..', 'test-output');

/** [supplier, recipient, category, item, start, TIV of the order, sources (! disputes)] */
const DEALS = [
  ['russia', 'syria', 'AIRCRAFT', 'Su-24 bombers', '2015-09', 120, ['wire', 'monitor']],
  ['russia', 'syria', 'AIR_DEFENCE', 'S-300 systems', '2018', 80, ['wire']],
  ['russia', 'syria', 'ARMOURED_VEHICLES', 'T-90 tanks', '2019', 45, ['wire', 'monitor']],
  ['russia', 'donetsk-peoples-republic', 'ARMOURED_VEHICLES', 'T-72B tanks', '2014', null, ['wire']],
  ['russia', 'donetsk-peoples-republic', 'ARTILLERY', 'BM-21 launchers', '2015', null, ['wire', '!monitor']],
  ['iran', 'russia', 'MISSILES_AND_ROCKETS', 'Fath-360 missiles', '2024', null, ['wire']],
  ['north-korea', 'russian-ministry-of-defence', 'AMMUNITION', '152mm shells', '2023-08', null, ['wire', 'monitor']],
  ['north-korea', 'russia', 'MISSILES_AND_ROCKETS', 'KN-23 missiles', '2023-12', null, ['wire', '!monitor']],
] as const;

async function addDeals(t: TestServer): Promise<void> {
  const editor = await makeKey(t.server, 'dossier-print-editor', Role.EDITOR);
  for (const [key, publisher] of [
    ['wire', 'Dossier Wire'],
    ['monitor', 'Arms Monitor'],
  ])
    await t.dataAs(editor, 'mutation ($input: CreateSourceInput!) { createSource(input: $input) { key } }', {
      input: { key, title: `${publisher} report`, publisher, kind: 'NEWS_REPORT', url: `https://example.org/${key}` },
    });
  for (const [supplier, recipient, category, item, start, tiv, sources] of DEALS)
    await t.dataAs(editor, 'mutation ($input: RecordTransferInput!) { recordTransfer(input: $input) { id } }', {
      input: {
        supplier,
        recipient,
        category,
        item,
        status: 'DELIVERED',
        period: { start },
        tiv: tiv === null ? null : { order: tiv },
        citations: sources.map((s) => ({
          source: s.replace('!', ''),
          stance: s.startsWith('!') ? 'DISPUTES' : 'SUPPORTS',
          quote: `${s.startsWith('!') ? 'No ' : ''}${item} went from ${supplier} to ${recipient}.`,
        })),
      },
    });
}

const display = (p: Page, selector: string) => p.$eval(selector, (el) => getComputedStyle(el).display);

describe('the actor dossier as a document', () => {
  let t: TestServer;
  let page: Page;
  const browser = new ExplorerBrowser(() => t.url);

  beforeAll(async () => {
    await buildExplorer();
    t = await startTestServer();
    await addDeals(t);
    await browser.launch();
    page = await browser.open('/actor/russia?pair=supplier.north-korea&claims=supplier.iran');
    await page.locator('#claims-body[data-showing="supplier.iran"][aria-busy="false"]').waitFor();
  }, 120_000);

  afterAll(async () => {
    await browser.close();
    await t?.close();
  });

  test('axe-core finds no serious or critical WCAG 2.1 A/AA violation, with claims and a table of figures open', async () => {
    await page.locator('.timeline-view details.figures summary').first().click();
    await page.locator('.timeline-table').first().waitFor();
    const violations = await axeViolations(page);
    expect(violations.length ? formatViolations(violations) : 'none').toBe('none');
  });

  test('is photographed for the documentation', async () => {
    await page.locator('.timeline-view details.figures summary').first().click();
    mkdirSync(OUTPUT, { recursive: true });
    // The top of the page: identity, evidence quality, the actor's and a pair's timelines, the suppliers.
    await page.screenshot({
      path: join(OUTPUT, 'dossier.png'),
      fullPage: true,
      clip: { x: 0, y: 0, width: 1440, height: 2560 },
    });
  });

  test('prints without its controls: the years as text, every row, the sources written out', async () => {
    // A4's width within the print margins, as Chromium lays the page out for print.
    await page.setViewportSize({ width: 703, height: 1000 });
    await page.emulateMedia({ media: 'print' });
    try {
      for (const control of ['#year-from', '#year-to', '#year-all', 'nav.site-links', '#print', '#measure'])
        expect(`${control}: ${await display(page, control)}`).toBe(`${control}: none`);
      expect(await display(page, '#year-chosen')).not.toBe('none');
      expect(await page.locator('#year-chosen').innerText()).toMatch(/^All years/);
      const after = await page.$eval('#claims-body .source a', (a) => getComputedStyle(a, '::after').content);
      expect(after).toMatch(/https:\/\//);
      expect(await page.$eval('table.relations tbody tr', (tr) => getComputedStyle(tr).breakInside)).toBe('avoid');
      // No table runs past the page's edge.
      const width = await page.evaluate(() => document.documentElement.clientWidth);
      const rights = await page.$$eval('table', (ts) => ts.map((x) => x.getBoundingClientRect().right));
      for (const right of rights) expect(right).toBeLessThanOrEqual(width);
    } finally {
      await page.emulateMedia({ media: 'screen' });
      await page.setViewportSize({ width: 1440, height: 1080 });
    }
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    mkdirSync(OUTPUT, { recursive: true });
    writeFileSync(join(OUTPUT, 'dossier.pdf'), pdf);
    expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
    expect(pdf.length).toBeGreaterThan(1024);
  });

  test('made no page error and no failed request', () => {
    expect(browser.problems).toEqual([]);
  });
});

const HEADER = [
  'Transfers of major weapons: Deals with deliveries or orders made for 1950 to 2024',
  "A '?' in the column after a year or a number marks it as uncertain. Numbers in parentheses are SIPRI estimates.",
  'Generated by a Supplyline test: the layout of the register, not its data.',
  '',
  'Source: SIPRI Arms Transfers Database (c) SIPRI.',
  'Data generated: 13 Mar 2025 10:02:49 AM',
  'Recipient,Supplier,Year of order, ,Number ordered, ,Weapon designation,Weapon description,Number delivered, ,Year(s) of delivery,status,Comments,SIPRI TIV per unit,SIPRI TIV for total order,SIPRI TIV of delivered weapons',
];
const KINDS = [
  'tank',
  'trainer aircraft',
  'anti-ship missile',
  'self-propelled AA gun',
  'turbofan',
  'APC',
  'armed UAV',
];
const csv = (s: string) => (/[",]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** A register in SIPRI's format: Russia supplies 150 states 20 deals each, and buys from 30. */
function register(states: string[]): string {
  const rows: string[] = [];
  const row = (recipient: string, supplier: string, i: number) => {
    const year = 1992 + ((i * 7) % 33);
    const n = 2 + (i % 9);
    const unit = 0.5 + (i % 5);
    rows.push(
      [csv(recipient), csv(supplier), year, ' ', n, ' ', `Model-${i}`, KINDS[i % KINDS.length], n, ' ', year + 1]
        .concat(['New', '', unit, n * unit, n * unit])
        .join(','),
    );
  };
  const others = states.filter((s) => s !== 'Russia');
  others.slice(0, 150).forEach((state, s) => {
    for (let d = 0; d < 20; d++) row(state, 'Russia', s * 20 + d);
  });
  others.slice(150, 180).forEach((state, s) => [0, 1, 2].forEach((d) => row('Russia', state, 5000 + s * 3 + d)));
  return [...HEADER, ...rows].join('\r\n') + '\r\n';
}

describe("the actor dossier at the scale of SIPRI's register", () => {
  let t: TestServer;
  let dir: string;
  const browser = new ExplorerBrowser(() => t.url);

  beforeAll(async () => {
    t = await startTestServer(WITH_GAZETTEER);
    const states = await t.data('{ actors(filter: { kind: [STATE] }, first: 500) { edges { node { name } } } }');
    dir = mkdtempSync(join(tmpdir(), 'supplyline-dossier-'));
    const file = join(dir, 'register.csv');
    writeFileSync(file, Buffer.from(register(states.actors.edges.map((e: any) => e.node.name)), 'latin1'));
    const started = Date.now();
    await importFile(createContext(t.server.app, 'test', { name: 'importer', role: Role.ADMIN }), file);
    console.log(
      `register of ${(await t.data('{ transfers { totalCount } }')).transfers.totalCount} deals imported in ${Date.now() - started} ms`,
    );
    await browser.launch();
  }, 300_000);

  afterAll(async () => {
    await browser.close();
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test("draws Russia's 150 recipients and 3,000 deals, all rows on demand, in TIV too; prints how long drawing took", async () => {
    const opened = Date.now();
    const page = await browser.open('/actor/russia');
    const ms = await page.evaluate(() => document.body.dataset.drawMs);
    console.log(
      `Russia's dossier: opened in ${Date.now() - opened} ms, sections drawn in ${ms} ms after the data arrived`,
    );
    // Each operation the page sent, timed again on its own (printed, never asserted).
    const timings: string[] = [];
    for (const r of browser.requests.filter((x) => new URL(x.url).pathname === '/graphql')) {
      const started = Date.now();
      await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: r.body,
      });
      timings.push(`${/query (\w+)/.exec(r.body!)?.[1]} ${Date.now() - started} ms`);
    }
    console.log(`the operations, one at a time: ${timings.join(', ')}`);
    const recipients = page.locator('table.relations[data-side="recipient"] tbody tr');
    const expected = await t.data(`{ transferStats(groupBy: RECIPIENT, filter: { supplier: "russia" }) { key }
      transferTimeline(filter: { actor: "russia" }) { year count } }`);
    expect(expected.transferStats.length).toBeGreaterThan(140);
    expect(await recipients.count()).toBe(expected.transferStats.length);
    expect(await recipients.filter({ visible: true }).count()).toBe(25);
    const dated = expected.transferTimeline
      .filter((c: any) => c.year !== null)
      .reduce((n: number, c: any) => n + c.count, 0);
    expect(dated).toBeGreaterThan(3000);
    expect(
      await page.$$eval('#actor-timeline rect.seg', (rs) =>
        rs.reduce((n, r) => n + Number((r as SVGElement).dataset.count), 0),
      ),
    ).toBe(dated);
    mkdirSync(OUTPUT, { recursive: true });
    await page.screenshot({ path: join(OUTPUT, 'dossier-register.png'), fullPage: true });
    await page.locator('#recipients-body button.show-all').click();
    expect(await recipients.filter({ visible: true }).count()).toBe(expected.transferStats.length);
    const before = await loads(page);
    // TIV: the bars' heights are the TIV of the orders, as the API sums them.
    await page.locator('input[name="measure"][value="tiv"]').check();
    await drawn(page, before);
    const tiv = await page.$$eval('#actor-timeline rect.seg', (rs) =>
      rs.reduce((n, r) => n + Number((r as SVGElement).dataset.value), 0),
    );
    const cells = (await t.data('{ transferTimeline(filter: { actor: "russia" }) { tivOrder } }')).transferTimeline;
    expect(tiv).toBeCloseTo(
      cells.reduce((n: number, c: any) => n + (c.tivOrder ?? 0), 0),
      3,
    );
    expect(new URL(page.url()).searchParams.get('measure')).toBe('tiv');
    expect(browser.problems).toEqual([]);
  });
});
