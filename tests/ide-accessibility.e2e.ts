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
 * The GraphQL IDE (GET /graphql: GraphiQL, with src/app/http/ide-fixes.*) in a real browser,
 * Debian's Chromium driven by playwright-core, against the real server on the seed data. axe-core
 * finds no serious or critical violation of WCAG 2.1 A/AA in it, in each state a user brings it
 * to (an answer shown, the docs explorer, the history, two tabs, completions, the dark theme), and
 * it still runs queries, with nothing asked of another host.
 */
const QUERY = 'query AccessibleIde { actor(name: "Russia") { name suppliers { supplier { name } categories } } }';

/** CodeMirror 5 keeps its editor on its element. */
type CodeMirrorElement = { CodeMirror: { getValue(): string } };

describe('the GraphQL IDE', () => {
  let t: TestServer;
  let browser: Browser;
  let page: Page;
  /** Every address the page asked for, and every console or page error. */
  const requests: string[] = [];
  const problems: string[] = [];

  const expectNoSeriousViolations = async (state: string) => {
    const found = await axeViolations(page);
    if (found.length > 0) throw new Error(`axe, ${state}:\n${formatViolations(found)}`);
  };
  /** The text of the CodeMirror editor in `selector` (the editor draws only the lines in view). */
  const editorText = (selector: string) =>
    page.evaluate(
      (s) => (document.querySelector(`${s} .CodeMirror`) as unknown as CodeMirrorElement).CodeMirror.getValue(),
      selector,
    );

  /**
   * Runs QUERY with the run button once GraphiQL has read the operation's name from the editor
   * (it does a moment after an edit; a run before that sends the old name), then waits for an answer.
   */
  const run = async () => {
    await page.waitForFunction(() => localStorage.getItem('graphiql:operationName') === 'AccessibleIde');
    await page.getByRole('button', { name: /execute query/i }).click();
    await page.waitForFunction(() => document.querySelector('.result-window')?.textContent?.includes('"data"'));
  };

  beforeAll(async () => {
    t = await startTestServer();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    });
    page = await browser.newPage({ viewport: { width: 1440, height: 900 }, colorScheme: 'light' });
    // A step that waits in vain fails with its own message, within the test's 30 s.
    page.setDefaultTimeout(10_000);
    page.on('request', (r) => requests.push(r.url()));
    // The page names no icon, so the browser asks for /favicon.ico (a 404) on its own.
    const favicon = (url: string) => new URL(url).pathname === '/favicon.ico';
    page.on('console', (m) => {
      if (m.type() === 'error' && !favicon(m.location().url)) problems.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('response', async (r) => {
      if (r.status() >= 400 && !favicon(r.url())) {
        problems.push(`${r.status()} ${r.request().method()} ${r.url()}: ${await r.text()}`);
      }
    });
    const res = await page.goto(`${t.url}/graphql`);
    expect(res?.headers()['content-type']).toMatch(/text\/html/);
    // GraphiQL has drawn its query editor, with the default query in it.
    await page.waitForSelector('.graphiql-query-editor .CodeMirror');
    await page.waitForFunction(() => document.querySelector('.graphiql-query-editor')?.textContent?.includes('actor('));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  test('as it opens, axe finds no serious or critical violation', async () => {
    await expectNoSeriousViolations('as the IDE opens');
  });

  test('runs a query typed in its editor from the run button, and shows the answer', async () => {
    await page.locator('.graphiql-query-editor .CodeMirror-code').click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.insertText(QUERY);
    expect(await editorText('.graphiql-query-editor')).toBe(QUERY);
    await run();
    expect(JSON.parse(await editorText('.result-window'))).toEqual({ data: await t.data(QUERY) });
    expect(await page.locator('.result-window').innerText()).toContain('"name": "Russia"');
    await expectNoSeriousViolations('with an answer shown');
  });

  test('the keyboard reaches the answer’s scroll area and scrolls it', async () => {
    await page.getByRole('button', { name: /execute query/i }).focus();
    await page.keyboard.press('Shift+Tab'); // back into the query's scroll area
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Query (scroll area)');
    // A low window, so that the answer (20-odd lines) overflows its pane.
    await page.setViewportSize({ width: 1440, height: 320 });
    await page.getByRole('group', { name: 'Result (scroll area)' }).focus();
    await page.keyboard.press('PageDown');
    await page.waitForFunction(() => document.querySelector('.result-window .CodeMirror-scroll')!.scrollTop > 0);
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  test('the documentation explorer opens on the schema and follows a type, and passes axe', async () => {
    await page.getByRole('button', { name: /show documentation explorer/i }).click();
    await page
      .locator('a.graphiql-doc-explorer-type-name', { hasText: /^Query$/ })
      .first()
      .click();
    await page
      .locator('a.graphiql-doc-explorer-field-name', { hasText: /^actor$/ })
      .first()
      .waitFor();
    await expectNoSeriousViolations('with the docs explorer on Query');
    await page.getByRole('button', { name: /hide documentation explorer/i }).click();
  });

  test('the history lists the query that was run, and passes axe', async () => {
    await page.getByRole('button', { name: /show history/i }).click();
    await page.getByRole('button', { name: 'AccessibleIde' }).waitFor();
    await expectNoSeriousViolations('with the history open');
    await page.getByRole('button', { name: /hide history/i }).click();
  });

  test('with two tabs, the tab bar passes axe, and the active tab is marked', async () => {
    await page.getByRole('button', { name: 'Add tab' }).click();
    await page.locator('.graphiql-tab').nth(1).waitFor();
    await expectNoSeriousViolations('with two tabs');
    expect(await page.locator('.graphiql-tab-active .graphiql-tab-button').getAttribute('aria-current')).toBe('true');
    await page.locator('.graphiql-tab-active').hover();
    await page.locator('.graphiql-tab-active .graphiql-tab-close').click();
    await page.locator('.graphiql-tab').waitFor({ state: 'detached' });
    expect(await editorText('.graphiql-query-editor')).toBe(QUERY);
  });

  test('while completions are offered, axe finds no serious or critical violation', async () => {
    await page.locator('.graphiql-query-editor .CodeMirror-code').click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type('\nquery Next { act');
    await page.locator('.CodeMirror-hints li', { hasText: 'actor' }).first().waitFor();
    await expectNoSeriousViolations('with completions shown');
    await page.keyboard.press('Escape');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.insertText(QUERY);
  });

  test('in the dark theme (the system’s), axe finds no serious or critical violation either', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await page.locator('.result-window').innerText()).toContain('"data"');
    await page.getByRole('button', { name: /show documentation explorer/i }).click();
    await expectNoSeriousViolations('in the dark theme');
    await page.emulateMedia({ colorScheme: 'light' });
  });

  test('asks nothing of another host, and logs no error', async () => {
    const origin = new URL(t.url).origin;
    expect(requests).toContain(`${origin}/ide/ide-fixes.js`);
    const elsewhere = requests.filter((u) => !u.startsWith('data:') && new URL(u).origin !== origin);
    expect(elsewhere).toEqual([]);
    expect(problems).toEqual([]);
  });
});
