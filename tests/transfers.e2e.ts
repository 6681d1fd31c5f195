import { claimWriteService } from '../src/domain/claims/claim-write.service';
import { addTransfers } from './helpers/fixtures';
import { startTestServer } from './helpers/test-server';
import type { TestServer } from './helpers/test-server';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.close());

const ITEMS = `{ totalCount edges { node { item supplier { key } recipient { key } } } }`;
const items = (d: any) => d.transfers.edges.map((e: any) => e.node.item).sort();

describe('transfers: filters', () => {
  it.each([
    ['supplier by alias, rolled up', '{ supplier: "DPRK" }', 4],
    ['recipient rolls up Russia over its Ministry of Defence', '{ recipient: "russia" }', 5],
    ['recipient exactly Russia', '{ recipient: "russia", exactActor: true }', 4],
    ['recipient is the ministry itself', '{ recipient: "Russian defence ministry" }', 1],
    ['actor on either side', '{ actor: "iran" }', 3],
    ['category', '{ category: [UAV] }', 3],
    ['several categories', '{ category: [UAV, LABOUR] }', 5],
    ['status', '{ status: DELIVERED }', 2],
    ['statuses', '{ status: [PROPOSED, PLANNED] }', 4],
    ['date range overlapping August 2022', '{ from: "2022-08-15", to: "2022" }', 2],
    ['date range before August 2022', '{ to: "2022-07" }', 0],
    ['verdict', '{ verdict: [SINGLE_SOURCE] }', 7],
    ['verdict with none', '{ verdict: [CORROBORATED] }', 0],
    ['minimum independent voices', '{ minIndependentVoices: 1 }', 7],
    ['minimum independent voices above all', '{ minIndependentVoices: 2 }', 0],
    ['minimum reliability F', '{ minReliability: F }', 7],
    ['minimum reliability B', '{ minReliability: B }', 0],
    ['minimum credibility 2', '{ minCredibility: 2 }', 5],
    ['filters combine', '{ supplier: "north-korea", recipient: "russia", category: [AMMUNITION] }', 1],
  ])('%s', async (_name, filter, expected) => {
    const d = await t.data(`{ transfers(filter: ${filter}) ${ITEMS} }`);
    expect(d.transfers.totalCount).toBe(expected);
    expect(d.transfers.edges).toHaveLength(expected);
  });

  it('a retracted transfer is hidden unless includeRetracted', async () => {
    const [id] = await addTransfers(t.server, 1, { supplier: 'syria', recipient: 'iran', item: 'retraction fixture' });
    expect(items(await t.data(`{ transfers(filter: { supplier: "syria" }) ${ITEMS} }`))).toEqual([
      'retraction fixture',
    ]);
    await claimWriteService.retract(t.server.context(), id, 'fixture withdrawn');
    expect(items(await t.data(`{ transfers(filter: { supplier: "syria" }) ${ITEMS} }`))).toEqual([]);
    const d = await t.data(
      `{ transfers(filter: { supplier: "syria", includeRetracted: true }) { edges { node { item retracted retractionReason } } } }`,
    );
    expect(d.transfers.edges.map((e: any) => e.node)).toEqual([
      { item: 'retraction fixture', retracted: true, retractionReason: 'fixture withdrawn' },
    ]);
    expect((await t.data(`{ transfer(id: "${id}") { retracted } }`)).transfer.retracted).toBe(true);
  });
});

describe('transfers: errors name the argument at fault', () => {
  it.each([
    ['first: -1', '(first: -1)', 'first'],
    ['first over the cap', '(first: 501)', 'first'],
    ['a malformed cursor', '(after: "not a cursor!")', 'after'],
    ['a cursor that is base64 of junk', `(after: "${Buffer.from('["x"]').toString('base64url')}")`, 'after'],
    ['an unknown supplier', '(filter: { supplier: "atlantis" })', 'filter.supplier'],
    ['an unknown recipient', '(filter: { recipient: "nobody" })', 'filter.recipient'],
    ['a reversed date range', '(filter: { from: "2023", to: "2022" })', 'filter.to'],
    ['a credibility out of range', '(filter: { minCredibility: 7 })', 'filter.minCredibility'],
  ])('%s is BAD_USER_INPUT', async (_name, args, field) => {
    const res = await t.gql(`{ transfers${args} { totalCount } }`);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.field).toBe(field);
    expect(res.data?.transfers ?? null).toBeNull();
  });

  it.each([['2022-13'], ['22-08'], ['2022-02-30'], ['2022-8'], ['yesterday']])(
    'an invalid PartialDate %s is BAD_USER_INPUT',
    async (bad) => {
      const asVariable = await t.gql(`query($d: PartialDate) { transfers(filter: { from: $d }) { totalCount } }`, {
        d: bad,
      });
      expect(asVariable.status).toBe(400);
      expect(asVariable.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      const asLiteral = await t.gql(`{ transfers(filter: { to: "${bad}" }) { totalCount } }`);
      expect(asLiteral.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    },
  );

  it('a cursor from another ordering is refused', async () => {
    const d = await t.data(`{ transfers(first: 1, orderBy: STRONGEST_EVIDENCE_FIRST) { pageInfo { endCursor } } }`);
    const res = await t.gql(`{ transfers(after: "${d.transfers.pageInfo.endCursor}") { totalCount } }`);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('transfers: pagination', () => {
  beforeAll(async () => {
    await addTransfers(t.server, 120);
  });

  it.each([['NEWEST_FIRST'], ['OLDEST_FIRST'], ['STRONGEST_EVIDENCE_FIRST']])(
    'walks %s to the end with no gaps or repeats',
    async (order) => {
      const all = await t.data(`{ transfers(first: 500, orderBy: ${order}) { totalCount edges { node { id } } } }`);
      const expected = all.transfers.edges.map((e: any) => e.node.id);
      expect(expected).toHaveLength(all.transfers.totalCount);
      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      for (;;) {
        const d: any = await t.data(
          `query($after: String, $order: ClaimOrder) { transfers(first: 7, after: $after, orderBy: $order) {
          totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage endCursor startCursor } } }`,
          { after, order },
        );
        const c = d.transfers;
        seen.push(...c.edges.map((e: any) => e.node.id));
        expect(c.pageInfo.hasPreviousPage).toBe(after !== null);
        if (c.edges.length) expect(c.pageInfo.endCursor).toBe(c.edges[c.edges.length - 1].cursor);
        pages++;
        if (!c.pageInfo.hasNextPage) break;
        after = c.pageInfo.endCursor;
      }
      expect(seen).toEqual(expected);
      expect(new Set(seen).size).toBe(seen.length);
      expect(pages).toBe(Math.ceil(expected.length / 7));
    },
  );

  it('orders oldest first by period start, undated first', async () => {
    const d = await t.data(`{ transfers(first: 500, orderBy: OLDEST_FIRST) { edges { node { period { start } } } } }`);
    const starts = d.transfers.edges.map((e: any) => e.node.period.start ?? '');
    expect(starts).toEqual([...starts].sort());
    expect(starts[0]).toBe('');
  });

  it('orders strongest evidence first: verdict, then independent voices', async () => {
    await addTransfers(t.server, 1, {
      item: 'corroborated fixture',
      citations: [
        { source: 'nyt-2022-09-05-russia-north-korea-munitions', quote: 'x' },
        { source: 'white-house-2022-iranian-drones-statement', quote: 'y' },
      ],
    });
    const rank: Record<string, number> = { CORROBORATED: 3, SINGLE_SOURCE: 2, CONTESTED: 1, UNSUPPORTED: 0 };
    const d = await t.data(
      `{ transfers(first: 500, orderBy: STRONGEST_EVIDENCE_FIRST) { edges { node { item assessment { verdict independentVoices } } } } }`,
    );
    const nodes = d.transfers.edges.map((e: any) => e.node);
    expect(nodes[0].item).toBe('corroborated fixture');
    const keys = nodes.map((n: any) => rank[n.assessment.verdict] * 1000 + n.assessment.independentVoices);
    expect(keys).toEqual([...keys].sort((a: number, b: number) => b - a));
  });

  it('orders newest first by period start, undated last', async () => {
    const d = await t.data(`{ transfers(first: 500) { edges { node { period { start end } } } } }`);
    const starts = d.transfers.edges.map((e: any) => e.node.period.start ?? '');
    const dated = starts.filter((s: string) => s !== '');
    expect(dated.length).toBeGreaterThan(100);
    expect(starts.slice(0, dated.length)).toEqual(dated);
    for (let i = 1; i < dated.length; i++) expect(dated[i - 1] >= dated[i]).toBe(true);
  });

  it('defaults to 50 per page', async () => {
    const d = await t.data(`{ transfers { totalCount edges { cursor } pageInfo { hasNextPage } } }`);
    expect(d.transfers.edges).toHaveLength(50);
    expect(d.transfers.pageInfo.hasNextPage).toBe(true);
  });

  it('first: 0 gives an empty page that stays where it was asked', async () => {
    const d = await t.data(`{ transfers(first: 0) { edges { cursor } pageInfo { hasNextPage endCursor } } }`);
    expect(d.transfers.edges).toEqual([]);
    expect(d.transfers.pageInfo).toEqual({ hasNextPage: true, endCursor: null });
    const two = await t.data(`{ transfers(first: 2) { edges { node { id } } pageInfo { endCursor } } }`);
    const here = await t.data(
      `query($a: String) { transfers(first: 0, after: $a) { pageInfo { hasNextPage endCursor } } }`,
      { a: two.transfers.pageInfo.endCursor },
    );
    expect(here.transfers.pageInfo.endCursor).toBe(two.transfers.pageInfo.endCursor);
    const next = await t.data(`query($a: String) { transfers(first: 1, after: $a) { edges { node { id } } } }`, {
      a: here.transfers.pageInfo.endCursor,
    });
    const three = await t.data(`{ transfers(first: 3) { edges { node { id } } } }`);
    expect(next.transfers.edges[0].node.id).toBe(three.transfers.edges[2].node.id);
  });

  it('an explicit orderBy: null is the default order, and its cursors work without it', async () => {
    const d = await t.data(`{ transfers(first: 2, orderBy: null) { pageInfo { endCursor } } }`);
    const res = await t.gql(`query($a: String) { transfers(first: 2, after: $a) { edges { cursor } } }`, {
      a: d.transfers.pageInfo.endCursor,
    });
    expect(res.errors).toBeUndefined();
  });
});
