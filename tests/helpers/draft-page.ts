/// <reference lib="dom" />
// The DOM types are for the functions these helpers run in the page (page.evaluate).
import type { Locator, Page } from 'playwright-core';
import type { SeenRequest } from './explorer-browser';
import type { TestServer } from './test-server';

/**
 * Driving the draft page (GET /draft) in tests/draft-page.e2e.ts: its cards, the keyboard, and
 * what the API holds afterwards (read over HTTP with the editor's key).
 */

/** A dialog (alert, confirm…) is a problem: the page shows its messages in the page. */
export const failOnDialogs = (p: Page, problems: string[]) =>
  p.on('dialog', (d) => void d.dismiss().then(() => problems.push(`dialog: ${d.message()}`)));

/** The card of a draft, by its id. */
export const cardOf = (p: Page, id: string): Locator => p.locator(`article.draft-card[data-draft="${id}"]`);

export const stateOf = (p: Page, id: string, state: string) =>
  p.locator(`article[data-draft="${id}"][data-state="${state}"]`).waitFor();

/** Presses Tab until the focused element matches the CSS `selector` (at most `max` times); returns how many. */
export async function tabTo(p: Page, selector: string, max = 80): Promise<number> {
  for (let i = 1; i <= max; i++) {
    await p.keyboard.press('Tab');
    if (await p.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return i;
  }
  throw new Error(`Tab never reached ${selector} in ${max} presses`);
}

/** Types into the focused combobox, waits for its suggestions, then ArrowDown and Enter. */
export async function pickWithKeyboard(p: Page, input: Locator, text: string): Promise<string | null> {
  await p.keyboard.press('Control+A');
  await p.keyboard.type(text);
  const list = `#${await input.getAttribute('aria-controls')}`;
  await p.locator(`${list} [role="option"]`).first().waitFor();
  await p.keyboard.press('ArrowDown');
  const active = await input.getAttribute('aria-activedescendant');
  await p.keyboard.press('Enter');
  return active;
}

/** The GraphQL variables of the requests of one operation, oldest first. */
export function sentVariables(requests: SeenRequest[], operation: string): Record<string, any>[] {
  return requests
    .map((r) => r.body)
    .filter((b): b is string => b !== null && b.includes(operation))
    .map((b) => JSON.parse(b).variables as Record<string, any>);
}

const DRAFTS = `query ($batch: ID!) { drafts(filter: { batch: $batch }, first: 100) { edges { node {
  id state rejectionReason
  claim { __typename
    ... on Transfer { id category status supplier { key } recipient { key } evidence { quote verified source { key } } }
    ... on Recognition { id recognizer { key } recognized { key } evidence { quote verified } } }
} } } }`;

/** The batch's drafts as the API holds them, by id. */
export async function draftsOf(t: TestServer, key: string, batch: string): Promise<Map<string, any>> {
  const d = await t.dataAs(key, DRAFTS, { batch });
  return new Map(d.drafts.edges.map((e: any) => [e.node.id, e.node]));
}

/** How many transfers and recognitions the knowledge base holds. */
export async function claimCounts(t: TestServer): Promise<{ transfers: number; recognitions: number }> {
  const d = await t.data('{ transfers { totalCount } recognitions { totalCount } }');
  return { transfers: d.transfers.totalCount, recognitions: d.recognitions.totalCount };
}

const BATCH = `query ($id: ID!) { draftBatch(id: $id) { drafts {
  id kind state category status item quote
  supplier { text actor { key } } recipient { text actor { key } }
  recognizer { text actor { key } } recognized { text actor { key } }
  chain { text } quantity { text } reasons { role text note }
} } }`;

/** The batch's drafts as the API gives them, in text order. */
export async function batchDrafts(t: TestServer, key: string, id: string): Promise<any[]> {
  return (await t.dataAs(key, BATCH, { id })).draftBatch.drafts;
}
