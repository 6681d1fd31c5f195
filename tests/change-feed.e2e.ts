import { Role } from '../src/core/auth/role.enum';
import { encodeCursor } from '../src/core/graphql/pagination';
import { CHANGE, lastCursor, writeStory } from './helpers/change-feed';
import { WIRE_REPORT, draftOf } from './helpers/draft-fixtures';
import { NEW_TRANSFER } from './helpers/record-transfer';
import { makeKey, startTestServer } from './helpers/test-server';
import type { TestServer } from './helpers/test-server';

/**
 * The change feed: `changes`, a connection over every write in commit order, with the claims
 * each touched and their verdicts; its filters, who sees what, and its cursors. (The live
 * subscriptions over the same feed: subscriptions.e2e.ts.)
 */
let t: TestServer;
let editor: string;
let admin: string;

beforeAll(async () => {
  t = await startTestServer();
  editor = await makeKey(t.server, 'feed-editor', Role.EDITOR);
  admin = await makeKey(t.server, 'feed-admin', Role.ADMIN);
});
afterAll(() => t.close());

/** A well-formed cursor of the feed that names a write this feed does not have at that number. */
const STRANGER = encodeCursor('CHANGES', { value: 1, id: '00000000-0000-7000-8000-000000000000' });

describe('changes', () => {
  it('numbers every write from 1 without gaps, in the order of the history, and pages both ways', async () => {
    const all: any[] = [];
    for (let after: string | null = null; ;) {
      const { changes }: any = await t.dataAs(
        admin,
        `query ($after: String) { changes(first: 200, after: $after) { totalCount edges { node { sequence id at } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      all.push(...changes.edges.map((e: any) => e.node));
      if (!changes.pageInfo.hasNextPage) break;
      after = changes.pageInfo.endCursor;
    }
    expect(all.length).toBeGreaterThan(20); // the seed's writes, and the keys made above
    expect(all.map((c) => c.sequence)).toEqual(all.map((_c, i) => i + 1));
    const sorted = [...all].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
    expect(sorted.map((c) => c.at)).toEqual(all.map((c) => c.at));
    const { changes } = await t.dataAs(
      admin,
      `{ changes(last: 3) { edges { node { sequence } } pageInfo { hasPreviousPage hasNextPage } } }`,
    );
    expect(changes.edges.map((e: any) => e.node.sequence)).toEqual(all.slice(-3).map((c) => c.sequence));
    expect(changes.pageInfo).toEqual({ hasPreviousPage: true, hasNextPage: false });
  });

  it('gives each write with who, what, and the claims it touched with their verdicts before and after', async () => {
    const since = await lastCursor(t, admin);
    const { transferId, operations } = await writeStory(t, editor, 'feed-story-one');
    const { changes } = await t.dataAs(
      editor,
      `query ($after: String) { changes(after: $after) { edges { node { ${CHANGE} before after } } } }`,
      { after: since },
    );
    const nodes = changes.edges.map((e: any) => e.node);
    expect(nodes.map((c: any) => c.operation)).toEqual(operations);
    expect(nodes.every((c: any) => c.who === 'feed-editor')).toBe(true);
    const verdicts = nodes.map((c: any) =>
      c.claims.map((k: any) => [k.claimId, k.verdictBefore, k.verdictAfter, k.verdictChanged]),
    );
    expect(verdicts).toEqual([
      [],
      [[transferId, null, 'SINGLE_SOURCE', true]],
      // The corrected source's citing claim: touched, its verdict unchanged.
      [[transferId, 'SINGLE_SOURCE', 'SINGLE_SOURCE', false]],
      [[transferId, 'SINGLE_SOURCE', 'CORROBORATED', true]],
    ]);
    expect(nodes[1].claims[0].claim).toEqual({ __typename: 'Transfer', item: NEW_TRANSFER.item });
    expect(nodes[2].entityType).toBe('source');
    expect(nodes[2].before.reliability).not.toBe('B');
    expect(nodes[2].after.reliability).toBe('B');
    expect(nodes[0].before).toBeNull();
    // The same write, by its id, through node(id:) and the history.
    const { node } = await t.data(
      `query ($id: ID!) { node(id: $id) { __typename ... on Change { operation sequence } } }`,
      {
        id: nodes[3].id,
      },
    );
    expect(node).toEqual({ __typename: 'Change', operation: 'addCitation', sequence: nodes[3].sequence });
  });

  it('filters by entity, operation, claim and verdict change', async () => {
    const since = await lastCursor(t, admin);
    const { transferId } = await writeStory(t, editor, 'feed-story-two');
    const ops = async (filter: object) =>
      (
        await t.dataAs(
          admin,
          `query ($after: String, $filter: ChangeFilter) { changes(after: $after, filter: $filter) { edges { node { operation } } } }`,
          {
            after: since,
            filter,
          },
        )
      ).changes.edges.map((e: any) => e.node.operation);
    expect(await ops({ entityTypes: ['source'] })).toEqual(['createSource', 'updateSource']);
    expect(await ops({ operations: ['addCitation', 'recordTransfer'] })).toEqual(['recordTransfer', 'addCitation']);
    expect(await ops({ claimIds: [transferId] })).toEqual(['recordTransfer', 'updateSource', 'addCitation']);
    expect(await ops({ entityIds: [transferId] })).toEqual(['recordTransfer', 'addCitation']);
    expect(await ops({ touchedClaims: true })).toEqual(['recordTransfer', 'updateSource', 'addCitation']);
    expect(await ops({ verdictChanged: true })).toEqual(['recordTransfer', 'addCitation']);
    expect(await ops({ verdictChanged: true, entityTypes: ['source'] })).toEqual([]);
  });

  it("shows API keys' writes to ADMIN only, and drafts' to editors", async () => {
    await makeKey(t.server, 'feed-another-key', Role.READER);
    await draftOf(t, editor, WIRE_REPORT);
    const drafts = async (secret?: string) => {
      const q = `{ changes(last: 500, filter: { entityTypes: ["draft_batch", "draft"] }) { totalCount } }`;
      return (secret ? await t.dataAs(secret, q) : await t.data(q)).changes.totalCount;
    };
    expect(await drafts(editor)).toBeGreaterThanOrEqual(1);
    expect(await drafts()).toBe(0);
    const types = async (secret?: string) => {
      const q = `{ changes(last: 500, filter: { entityTypes: ["api_key"] }) { totalCount } }`;
      return (secret ? await t.dataAs(secret, q) : await t.data(q)).changes.totalCount;
    };
    expect(await types(admin)).toBeGreaterThanOrEqual(3);
    expect(await types(editor)).toBe(0);
    expect(await types()).toBe(0);
    const apiKeyChange = (
      await t.dataAs(admin, `{ changes(last: 1, filter: { entityTypes: ["api_key"] }) { edges { node { id } } } }`)
    ).changes.edges[0].node.id;
    expect((await t.data(`query ($id: ID!) { node(id: $id) { id } }`, { id: apiKeyChange })).node).toBeNull();
    expect((await t.dataAs(admin, `query ($id: ID!) { node(id: $id) { id } }`, { id: apiKeyChange })).node).toEqual({
      id: apiKeyChange,
    });
  });

  it.each([
    ['a foreign cursor', { after: 'WyJORVdFU1RfRklSU1QiLCIiLCJ4Il0' }, 'after'],
    ['a malformed cursor', { before: 'not a cursor!' }, 'before'],
    ['first and last', { first: 1, last: 1 }, 'last'],
    ['a negative last', { last: -1 }, 'last'],
    ['a cursor of another feed (a restored database numbers its writes afresh)', { after: STRANGER }, 'after'],
  ])('refuses %s with BAD_USER_INPUT', async (_name, args, field) => {
    const r = await t.gql(
      `query ($first: Int, $after: String, $last: Int, $before: String) { changes(first: $first, after: $after, last: $last, before: $before) { totalCount } }`,
      args,
    );
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it("matches claimIds and verdictChanged on one claim: a write that changed B's verdict and touched A is no match for A", async () => {
    const [a, b] = (await t.data(`{ transfers(first: 2) { edges { node { id } } } }`)).transfers.edges.map(
      (e: any) => e.node.id,
    );
    // A write as a source correction makes it: A touched, its verdict unchanged; B's changed.
    const seq = Number((await t.server.dataSource.query('SELECT MAX(seq) AS n FROM change_log'))[0].n) + 1;
    const numbered = (sql: string) => {
      let n = 0;
      return t.server.app.sql.dialect === 'postgres' ? sql.replace(/\?/g, () => `$${++n}`) : sql;
    };
    await t.server.dataSource.query(
      numbered(
        `INSERT INTO change_log (seq, history_id, at, principal, operation, entity_type, entity_id) VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ),
      [
        seq,
        'feed-made-up-write',
        new Date().toISOString(),
        'feed-test',
        'updateSource',
        'source',
        'feed-made-up-source',
      ],
    );
    for (const [id, before, after] of [
      [a, 'SINGLE_SOURCE', 'SINGLE_SOURCE'],
      [b, 'SINGLE_SOURCE', 'CORROBORATED'],
    ])
      await t.server.dataSource.query(
        numbered(
          'INSERT INTO change_claim (seq, claim_type, claim_id, verdict_before, verdict_after) VALUES (?, ?, ?, ?, ?)',
        ),
        [seq, 'transfer', id, before, after],
      );
    const count = async (claimIds: string[]) =>
      (
        await t.data(`query ($f: ChangeFilter) { changes(last: 5, filter: $f) { edges { node { sequence } } } }`, {
          f: { claimIds, verdictChanged: true },
        })
      ).changes.edges.filter((e: any) => e.node.sequence === seq).length;
    expect(await count([a])).toBe(0);
    expect(await count([b])).toBe(1);
  });
});
