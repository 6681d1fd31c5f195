/// <reference lib="dom" />
// The DOM types are for the functions this file runs in the page (page.evaluate).
import 'reflect-metadata';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, formatViolations } from './helpers/axe';
import { CHROMIUM } from './helpers/explorer-browser';
import { startTestServer } from './helpers/test-server';
import type { TestServer } from './helpers/test-server';

/**
 * The GraphQL IDE (GET /graphql, GraphiQL) in a real browser, Debian's Chromium driven by
 * playwright-core, against the real server on the seed data: axe-core finds no serious or critical
 * violation of WCAG 2.1 A/AA in it, in each state a user brings it to (a query run, the docs
 * explorer open, the history open), and it still runs queries with nothing fetched from elsewhere.
 */
describe('the GraphQL IDE', () => {
  let t: TestServer;
  let browser: Browser;
  let page: Page;
  /** Every address the page asked for, and every console or page error. */
  const requests: string[] = [];
  const problems: string[] = [];

  const noSeriousViolations = async (state: string) => {
    const found = await axeViolations(page);
    if (found.length > 0) throw new Error(`axe, ${state}:\n${formatViolations(found)}`);
  };

  beforeAll(async () => {
    t = await startTestServer();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    });
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    const res = await page.goto(`${t.url}/graphql`);
    expect(res?.headers()['content-type']).toMatch(/text\/html/);
    // GraphiQL has drawn its query editor, with our default query in it.
    await page.waitForSelector('.graphiql-query-editor .CodeMirror');
    await page.waitForFunction(() => document.querySelector('.graphiql-query-editor')?.textContent?.includes('actor('));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  test('as it opens, axe finds no serious or critical violation', async () => {
    await noSeriousViolations('as the IDE opens');
  });

  test('runs the default query from the run button and shows the answer', async () => {
    const expected = await t.data('{ actor(name: "Russia") { name suppliers { supplier { name } } } }');
    await page.getByRole('button', { name: /execute query/i }).click();
    const result = page.locator('.result-window');
    await page.waitForFunction(() => document.querySelector('.result-window')?.textContent?.includes('"data"'));
    const text = await result.innerText();
    expect(text).toContain('"name": "Russia"');
    for (const s of expected.actor.suppliers) expect(text).toContain(`"name": "${s.supplier.name}"`);
    expect(text).not.toContain('"errors"');
    await noSeriousViolations('with an answer shown');
  });

  test('the documentation explorer opens on the schema, and passes axe', async () => {
    await page.getByRole('button', { name: /show documentation explorer/i }).click();
    await page.waitForSelector('.graphiql-doc-explorer');
    await page.getByRole('link', { name: 'Query' }).first().waitFor();
    await noSeriousViolations('with the docs explorer open');
    await page.getByRole('button', { name: /hide documentation explorer/i }).click();
  });

  test('the history lists the query that was run, and passes axe', async () => {
    await page.getByRole('button', { name: /show history/i }).click();
    await page.locator('.graphiql-history-item', { hasText: 'WhoSuppliesRussia' }).waitFor();
    await noSeriousViolations('with the history open');
    await page.getByRole('button', { name: /hide history/i }).click();
  });

  test('asks nothing of another host, and logs no error', async () => {
    const origin = new URL(t.url).origin;
    expect(requests.length).toBeGreaterThan(3);
    expect(requests.filter((u) => !u.startsWith('data:') && new URL(u).origin !== origin)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
