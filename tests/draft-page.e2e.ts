/// <reference lib="dom" />
// The DOM types are for the functions this file runs in the page (page.evaluate).
import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { Role } from '../src/core/auth/role.enum';
import { buildExplorer } from '../src/tools/explorer/explorer-build';
import { GUARDIAN_TEXT, GUARDIAN_TITLE } from '../src/tools/seed/guardian-article';
import {
  batchDrafts,
  cardOf,
  claimCounts,
  draftsOf,
  failOnDialogs,
  pickWithKeyboard,
  sentVariables,
  stateOf,
  tabTo,
} from './helpers/draft-page';
import { ExplorerBrowser, drawn, edgeIds, loads } from './helpers/explorer-browser';
import { makeKey, startTestServer } from './helpers/test-server';
import type { TestServer } from './helpers/test-server';

/**
 * The draft page (GET /draft) in Debian's Chromium against the real server: an editor drafts the
 * seed's Guardian article, then accepts, corrects and rejects drafts with the keyboard, and the
 * API holds exactly what the page says it did.
 */
const OUTPUT = join(__dirname, '..', 'test-output');
const SHELLS = 'in the process of buying millions of rockets';
const REASON = 'Workers for reconstruction are not arms; out of scope.';

describe('the draft page', () => {
  let t: TestServer;
  let editor: string;
  let page: Page;
  let batch: string;
  /** Drafts of the batch (as the API gives them) that the tests decide on. */
  let shells: any, unknown: any, other: any;
  const browser = new ExplorerBrowser(() => t.url);
  const { requests, problems } = browser;
  const watch = (p: Page) => failOnDialogs(p, problems);

  beforeAll(async () => {
    await buildExplorer();
    t = await startTestServer();
    editor = await makeKey(t.server, 'draft-page-editor', Role.EDITOR);
    await browser.launch();
    page = await browser.open('/draft');
    watch(page);
  }, 120_000);

  afterAll(async () => {
    await browser.close();
    await t?.close();
  });

  test('loads with a label for every control, headings and landmarks, and the key in a password field', async () => {
    const unlabelled = await page.evaluate(() =>
      Array.from(document.querySelectorAll('input, select, textarea, button'))
        .filter((el) => !(el as HTMLInputElement).labels?.length && !el.getAttribute('aria-label') && !el.textContent)
        .map((el) => el.outerHTML),
    );
    expect(unlabelled).toEqual([]);
    expect(await page.locator('#api-key').getAttribute('type')).toBe('password');
    expect(await page.locator('main, header, nav').count()).toBe(3);
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.locator('h2').allTextContents()).toEqual(['Article', 'Text', 'Drafts']);
    expect(await page.locator('#form-error').getAttribute('aria-live')).toBe('assertive');
    expect(problems).toEqual([]);
  });

  test('a reader’s key is refused: FORBIDDEN and its message beside the form, nothing drafted', async () => {
    const reader = await makeKey(t.server, 'draft-page-reader', Role.READER);
    await page.locator('#api-key').fill(reader);
    await page.locator('#article-text').fill(GUARDIAN_TEXT);
    await page.locator('#draft-button').click();
    expect(await page.locator('#form-error').innerText()).toContain('title');
    await page.locator('#title').fill(GUARDIAN_TITLE);
    await page.locator('#publisher').fill('The Guardian');
    const n = await loads(page);
    await page.locator('#draft-button').click();
    await drawn(page, n);
    const error = await page.locator('#form-error').innerText();
    expect(error).toContain('FORBIDDEN');
    expect(error).toContain('This operation needs the EDITOR role');
    expect(await page.locator('article.draft-card').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('api-key');
  });

  test('a wrong key is refused with UNAUTHENTICATED (and the browser logs only the 401)', async () => {
    const p = await browser.open('/draft');
    watch(p);
    const before = problems.length;
    await p.locator('#api-key').fill('not-a-key');
    await p.locator('#article-text').fill('Iran sold drones to Russia.');
    await p.locator('#title').fill('Drones');
    await p.locator('#publisher').fill('A wire');
    await p.locator('#draft-button').click();
    await drawn(p, 1);
    expect(await p.locator('#form-error').innerText()).toMatch(/The API key is unknown or revoked.*UNAUTHENTICATED/);
    expect(problems.splice(before).every((m) => /401/.test(m))).toBe(true);
    await p.close();
  });

  test('drafting the seed article shows the cards, the marked sentences and the words that made them', async () => {
    await page.locator('#api-key').fill(editor);
    await page.locator('#published-on').fill('2022-09-06');
    const n = await loads(page);
    await page.locator('#draft-button').click();
    await drawn(page, n);
    expect(await page.locator('#form-error').innerText()).toBe('');
    batch = new URL(page.url()).searchParams.get('batch')!;
    const drafts = await batchDrafts(t, editor, batch);
    expect(await page.locator('article.draft-card').count()).toBe(drafts.length);
    // The drafts this file decides on: the shells (which the brief names), a transfer with a party
    // no actor is known by, and another to reject, chosen from what the drafter made.
    shells = drafts.find(
      (d) =>
        d.category === 'AMMUNITION' &&
        d.status === 'IN_PROGRESS' &&
        d.supplier?.actor?.key === 'north-korea' &&
        d.recipient?.actor?.key === 'russian-ministry-of-defence',
    );
    expect(shells).toBeDefined();
    unknown = drafts.find((d) => d.kind === 'TRANSFER' && d !== shells && (!d.supplier?.actor || !d.recipient?.actor));
    expect(unknown).toBeDefined();
    other = drafts.find((d) => d.item === 'construction workers') ?? drafts.find((d) => d !== shells && d !== unknown);

    const text = await cardOf(page, shells.id).innerText();
    expect(text).toMatch(/Transfer: North Korea → Russian Ministry of Defence/);
    expect(text).toMatch(/Supplier\s+“North Korea” → North Korea/);
    expect(text).toMatch(/Recipient\s+“Russian defence ministry” → Russian Ministry of Defence/);
    expect(text).toMatch(/Category\s+Ammunition/);
    expect(text).toMatch(/Status\s+In progress/);
    expect(text).toContain(shells.quote);
    if (shells.quantity) expect(text).toMatch(new RegExp(`Quantity\\s+“${shells.quantity.text}”`));
    for (const c of shells.chain) expect(text).toContain(`“${c.text}” →`);
    for (const r of shells.reasons) expect(text).toContain(`“${r.text}”${r.note ? ` — ${r.note}` : ''}`);
    expect(await cardOf(page, shells.id).getAttribute('data-state')).toBe('PENDING');
    const party = unknown.supplier?.actor ? unknown.recipient : unknown.supplier;
    if (party) expect(await cardOf(page, unknown.id).innerText()).toContain(`“${party.text}” → unknown actor`);
    const recognitions = drafts.filter((d) => d.kind === 'RECOGNITION');
    expect(recognitions.length).toBeGreaterThan(0);
    expect(await page.locator('article.draft-card.recognition').count()).toBe(recognitions.length);
    expect(await cardOf(page, recognitions[0].id).innerText()).toMatch(/Recognition: .+ recognizes .+/);
    expect(await page.locator('#text-view mark.sentence').count()).toBeGreaterThanOrEqual(5);
    const reasons = await page.locator('#text-view .reason').allTextContents();
    expect(reasons).toEqual(expect.arrayContaining(['in the process of buying']));
    expect(await page.locator('#drafts-summary').innerText()).toMatch(/^\d+ drafts: \d+ pending, 0 accepted/);

    // Hovering a card, or focusing it, picks out its sentence (and only its) in the text.
    const current = () => page.locator('#text-view mark.current').evaluateAll((ms) => ms.map((m) => m.textContent));
    await cardOf(page, shells.id).hover();
    expect(await current()).toEqual([expect.stringContaining(SHELLS)]);
    await cardOf(page, unknown.id).focus();
    expect(await current()).toEqual([expect.stringContaining(unknown.quote)]);
    mkdirSync(OUTPUT, { recursive: true });
    await page.screenshot({ path: join(OUTPUT, 'draft-page.png') });
  });

  test('accepting with the keyboard alone (Tab, Enter) records the claim, its quote verified, and links to it', async () => {
    await page.reload();
    await drawn(page, 0);
    expect(await page.locator('article.draft-card').count()).toBeGreaterThan(5); // the batch again, from the address
    const id = shells.id;
    const before = await claimCounts(t);
    await page.keyboard.press('Tab'); // the skip link
    await page.keyboard.press('Enter');
    await tabTo(page, `article[data-draft="${id}"] button.accept`);
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    await stateOf(page, id, 'ACCEPTED');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('state'))).toBe(true);
    expect(sentVariables(requests, 'DraftPageAccept').pop()).toEqual({ id, corrections: null });
    const d = (await draftsOf(t, editor, batch)).get(id);
    expect(d.state).toBe('ACCEPTED');
    expect(d.claim).toMatchObject({
      __typename: 'Transfer',
      category: 'AMMUNITION',
      status: 'IN_PROGRESS',
      supplier: { key: 'north-korea' },
      recipient: { key: 'russian-ministry-of-defence' },
    });
    expect(d.claim.evidence[0].quote).toContain(SHELLS);
    expect(d.claim.evidence[0].verified).toBe(true);
    expect(await claimCounts(t)).toEqual({ ...before, transfers: before.transfers + 1 });

    const link = cardOf(page, id).locator('a.claim-link');
    expect(await link.getAttribute('data-claim')).toBe(d.claim.id);
    const href = (await link.getAttribute('href'))!;
    expect(href).toBe('/?centre=north-korea&depth=1&group=false&category=AMMUNITION');
    const explorer = await browser.open(href);
    expect(await edgeIds(explorer)).toContain('SUPPLY:north-korea>russian-ministry-of-defence');
    await explorer.close();
  });

  test('an API error shows on the card, beside the field it names, and records nothing', async () => {
    const field = unknown.supplier?.actor ? 'recipient' : 'supplier';
    const before = await claimCounts(t);
    await cardOf(page, unknown.id).locator('button.accept').press('Enter');
    const input = cardOf(page, unknown.id).locator(`input[data-field="${field}"]`);
    await page.waitForFunction(
      (sel) => document.querySelector(sel)?.getAttribute('aria-invalid') === 'true',
      `article[data-draft="${unknown.id}"] input[data-field="${field}"]`,
    );
    const errorId = (await input.getAttribute('aria-describedby'))!.split(' ').find((x) => x.endsWith('-error'))!;
    expect(await page.locator(`#${errorId}`).innerText()).toMatch(
      new RegExp(`"corrections\\.${field}".*\\(BAD_USER_INPUT\\)$`),
    );
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.field)).toBe(field);
    expect(await cardOf(page, unknown.id).getAttribute('data-state')).toBe('PENDING');
    expect(await claimCounts(t)).toEqual(before);
  });

  test('correcting both parties through the combobox with the keyboard records the actors chosen', async () => {
    const c = cardOf(page, unknown.id);
    const supplier = c.locator('input[data-field="supplier"]');
    const recipient = c.locator('input[data-field="recipient"]');
    expect(await supplier.getAttribute('role')).toBe('combobox');
    await supplier.focus();
    expect(await pickWithKeyboard(page, supplier, 'DPRK')).toMatch(/-opt-0$/); // type, ArrowDown, Enter
    expect(await supplier.inputValue()).toBe('North Korea');
    expect(await supplier.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('Tab');
    expect(await recipient.evaluate((el) => el === document.activeElement)).toBe(true);
    // Escape closes the list without choosing.
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Russ');
    const list = page.locator(`#${await recipient.getAttribute('aria-controls')}`);
    await list.locator('[role="option"]').first().waitFor();
    expect(await list.getAttribute('role')).toBe('listbox');
    await page.keyboard.press('Escape');
    expect(await recipient.getAttribute('aria-expanded')).toBe('false');
    await pickWithKeyboard(page, recipient, 'Russia');
    expect(await recipient.inputValue()).toBe('Russia');
    await tabTo(page, `article[data-draft="${unknown.id}"] button.accept`);
    await page.keyboard.press('Enter');
    await stateOf(page, unknown.id, 'ACCEPTED');
    const corrections: Record<string, string> = {};
    if (unknown.supplier?.actor?.key !== 'north-korea') corrections.supplier = 'north-korea';
    if (unknown.recipient?.actor?.key !== 'russia') corrections.recipient = 'russia';
    expect(sentVariables(requests, 'DraftPageAccept').pop()).toEqual({ id: unknown.id, corrections });
    const d = (await draftsOf(t, editor, batch)).get(unknown.id);
    expect(d.claim).toMatchObject({ supplier: { key: 'north-korea' }, recipient: { key: 'russia' } });
    expect(await c.innerText()).toMatch(/Accepted: recorded as a transfer, North Korea → Russia/);
  });

  test('rejecting asks for a reason, then changes the draft’s state and records nothing else', async () => {
    const c = cardOf(page, other.id);
    const before = await claimCounts(t);
    await c.locator('button', { hasText: 'Reject…' }).press('Enter');
    const reason = c.locator('.reject-panel input');
    expect(await reason.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter'); // no reason yet
    expect(await c.locator('.reject-panel .field-error').innerText()).toBe('Give the reason for rejecting this draft.');
    expect(await reason.getAttribute('aria-invalid')).toBe('true');
    await page.keyboard.type(REASON);
    await page.keyboard.press('Enter');
    await stateOf(page, other.id, 'REJECTED');
    expect(await c.locator('.state').innerText()).toBe(`Rejected: ${REASON} (by draft-page-editor)`);
    const d = (await draftsOf(t, editor, batch)).get(other.id);
    expect(d).toMatchObject({ state: 'REJECTED', rejectionReason: REASON, claim: null });
    expect(await claimCounts(t)).toEqual(before);
    expect(await page.locator('#drafts-summary').innerText()).toMatch(/2 accepted, 1 rejected\.$/);
  });

  test('the batch’s address opens it in a new tab once the key is given, with each draft’s state', async () => {
    const p = await browser.open(`/draft?batch=${batch}`);
    watch(p);
    expect(await p.locator('#status').innerText()).toContain('Enter your editor API key');
    await p.locator('#api-key').fill(editor);
    await p.locator('#api-key').press('Enter');
    await drawn(p, 1);
    const states = await p
      .locator('article.draft-card')
      .evaluateAll((as) => as.map((a) => a.getAttribute('data-state')));
    expect(states.filter((s) => s === 'ACCEPTED')).toHaveLength(2);
    expect(states.filter((s) => s === 'REJECTED')).toHaveLength(1);
    expect(await p.locator('#article-text').inputValue()).toBe(GUARDIAN_TEXT);
    expect(await cardOf(p, shells.id).locator('a.claim-link').count()).toBe(1);
    expect(await cardOf(p, shells.id).locator('form').count()).toBe(0);
    await p.close();
  });

  test('every request stayed on the server, GraphQL went as JSON POSTs with the key in a header, nothing logged an error', () => {
    const origin = new URL(t.url).origin;
    expect(requests.filter((r) => new URL(r.url).origin !== origin)).toEqual([]);
    const graphql = requests.filter((r) => new URL(r.url).pathname === '/graphql');
    expect(graphql.length).toBeGreaterThan(8);
    for (const r of graphql) {
      expect(r.method).toBe('POST');
      expect(r.contentType).toBe('application/json');
      if (r.body?.includes('DraftPage')) expect(r.authorization).toMatch(/^Bearer \S+/);
    }
    expect(requests.filter((r) => r.url.includes(editor))).toEqual([]);
    expect(problems).toEqual([]);
  });
});
