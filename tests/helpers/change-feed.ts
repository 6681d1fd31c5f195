import { createClient } from 'graphql-sse';
import { NEW_TRANSFER, RECORD } from './record-transfer';
import type { TestServer } from './test-server';

/** What the change feed's tests share: a Change's fields, cursors, subscriptions, a story of writes. */
export const CHANGE = `id sequence cursor at who operation entityType entityId
  claims { claimType claimId verdictBefore verdictAfter verdictChanged claim { __typename ... on Transfer { item } } }`;

/** The cursor of the feed's last write, as an ADMIN sees it. */
export const lastCursor = async (t: TestServer, admin: string): Promise<string> =>
  (await t.dataAs(admin, `{ changes(last: 1) { edges { cursor } } }`)).changes.edges[0].cursor;

/** graphql-sse's own client, against the server's stream. */
export const sse = (t: TestServer, headers: Record<string, string> = {}) =>
  createClient({ url: `${t.url}/graphql/stream`, headers, retryAttempts: 0 });

/** The first `n` events of a subscription, then it is closed (the client goes away). */
export async function take(iterator: AsyncIterableIterator<any>, n: number): Promise<any[]> {
  const out: any[] = [];
  for await (const event of iterator) {
    out.push(event);
    if (out.length === n) break;
  }
  return out;
}

/** A source of its own, a transfer citing it, a correction of the source, a second voice. */
export async function writeStory(
  t: TestServer,
  editor: string,
  key: string,
): Promise<{ transferId: string; operations: string[] }> {
  await t.dataAs(editor, `mutation ($input: CreateSourceInput!) { createSource(input: $input) { id } }`, {
    input: { key, title: `Feed test ${key}`, publisher: 'Feed Desk', kind: 'NEWS_REPORT', publishedOn: '2022-09-10' },
  });
  const { recordTransfer } = await t.dataAs(editor, RECORD, {
    input: { ...NEW_TRANSFER, citations: [{ source: key, quote: 'drones were delivered', credibility: 3 }] },
  });
  await t.dataAs(editor, `mutation ($input: UpdateSourceInput!) { updateSource(input: $input) { id } }`, {
    input: { source: key, reliability: 'B' },
  });
  await t.dataAs(
    editor,
    `mutation ($claim: ID!, $citation: CitationInput!) { addCitation(claim: $claim, citation: $citation) { id } }`,
    { claim: recordTransfer.id, citation: NEW_TRANSFER.citations[0] },
  );
  return {
    transferId: recordTransfer.id,
    operations: ['createSource', 'recordTransfer', 'updateSource', 'addCitation'],
  };
}
