import { Role } from '../src/core/auth/role.enum';
import { dumpDatabase, makeKey, startTestServer } from './helpers/test-server';
import type { TestServer } from './helpers/test-server';

/**
 * transferTimeline (deals per year, category and verdict, with TIV) and the network's weights
 * (TIV on edges; a cut network keeps its heaviest connections), on a fresh seeded database plus
 * transfers recorded here through the API.
 */
const RECORD = `mutation($input: RecordTransferInput!) { recordTransfer(input: $input) { id } }`;
const SOURCE = 'nyt-2022-09-05-russia-north-korea-munitions';
const CELLS = `year category verdict count tivOrder tivDelivered`;

let t: TestServer;
let editor: string;
const record = async (extra: Record<string, unknown>) => {
  const res = await t.gqlAs(editor, RECORD, {
    input: {
      supplier: 'iran',
      recipient: 'russia',
      category: 'UAV',
      item: 'loitering munitions',
      status: 'DELIVERED',
      citations: [{ source: SOURCE, quote: 'Russia' }],
      ...extra,
    },
  });
  expect(res.errors).toBeUndefined();
};

beforeAll(async () => {
  t = await startTestServer();
  editor = await makeKey(t.server, 'timeline-editor', Role.EDITOR);
  await record({ period: { start: '1995-03' }, tiv: { order: 12.5, delivered: 10 } });
  await record({ period: { start: '1995' }, category: 'ARTILLERY', item: 'howitzers', tiv: { order: 0.1 } });
  await record({ period: { start: '1997-06-01', end: '1999' } });
  await record({ item: 'undated drones' });
  // A connection between two of Russia's counterparts, which no edge of Russia's holds.
  await record({ recipient: 'north-korea', period: { start: '2001' } });
  // …and a third, lighter counterpart of Russia, for a walk cut on its first hop.
  await record({ supplier: 'ukraine', item: 'engines', period: { start: '1993' } });
});
afterAll(() => t.close());

type Cell = { year: number | null; category: string; verdict: string; count: number; tivOrder: number | null };

describe('transferTimeline', () => {
  it('counts a pair per year, category and verdict, oldest first, undated last, with exact TIV sums', async () => {
    const { transferTimeline: cells } = await t.data<{ transferTimeline: Cell[] }>(
      `{ transferTimeline(filter: { supplier: "iran", recipient: "russia" }) { ${CELLS} } }`,
    );
    const { transfers } = await t.data<{ transfers: { totalCount: number } }>(
      `{ transfers(filter: { supplier: "iran", recipient: "russia" }) { totalCount } }`,
    );
    expect(cells.reduce((n, c) => n + c.count, 0)).toBe(transfers.totalCount);
    const years = cells.map((c) => c.year);
    expect(years[years.length - 1]).toBeNull();
    const dated = years.filter((y): y is number => y !== null);
    expect(dated).toEqual([...dated].sort((a, b) => a - b));
    expect(cells.filter((c) => c.year === 1995)).toEqual([
      expect.objectContaining({ category: 'ARTILLERY', count: 1, tivOrder: 0.1 }),
      expect.objectContaining({ category: 'UAV', count: 1, tivOrder: 12.5, tivDelivered: 10 }),
    ]);
    expect(cells.filter((c) => c.year === 1997)).toEqual([
      expect.objectContaining({ category: 'UAV', count: 1, tivOrder: null }),
    ]);
  });

  it("agrees with transferStats by year for an actor's every side, and with the year filter", async () => {
    const { transferTimeline: cells, transferStats } = await t.data<{
      transferTimeline: Cell[];
      transferStats: { key: string; count: number }[];
    }>(
      `{ transferTimeline(filter: { actor: "russia" }) { ${CELLS} } transferStats(groupBy: YEAR, filter: { actor: "russia" }) { key count } }`,
    );
    const perYear = new Map<string, number>();
    for (const c of cells)
      perYear.set(c.year === null ? '' : String(c.year), (perYear.get(String(c.year ?? '')) ?? 0) + c.count);
    expect(Object.fromEntries(perYear)).toEqual(Object.fromEntries(transferStats.map((g) => [g.key, g.count])));
    const narrowed = await t.data<{ transferTimeline: Cell[] }>(
      `{ transferTimeline(filter: { actor: "russia", from: "1996", to: "1998" }) { ${CELLS} } }`,
    );
    // A claim overlapping the years counts (1997–1999), one ending before them does not.
    expect(narrowed.transferTimeline.map((c) => c.year)).toEqual([1997]);
  });

  it('refuses a bad date, naming it, and changes nothing', async () => {
    const before = await dumpDatabase(t.server);
    const res = await t.gql(`query($f: TransferFilter) { transferTimeline(filter: $f) { year } }`, {
      f: { from: '1995-13' },
    });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(res.errors?.[0].message).toContain('"1995-13"');
    expect(await dumpDatabase(t.server)).toEqual(before);
  });
});

describe('weights in the network', () => {
  it('sums TIV on supply edges (null where none is known, and on recognitions)', async () => {
    const { supplyNetwork } = await t.data<{
      supplyNetwork: {
        edges: { kind: string; source: { key: string }; target: { key: string }; tivOrder: number | null }[];
      };
    }>(
      `{ supplyNetwork(around: ["iran"], depth: 1, includeRecognitions: true) { edges { kind source { key } target { key } tivOrder } } }`,
    );
    const edge = supplyNetwork.edges.find(
      (e) => e.kind === 'SUPPLY' && e.source.key === 'iran' && e.target.key === 'russia',
    );
    expect(edge?.tivOrder).toBe(12.6);
    for (const e of supplyNetwork.edges.filter((x) => x.kind === 'RECOGNITION')) expect(e.tivOrder).toBeNull();
    const filtered = await t.data<{ supplyNetwork: { edges: { source: { key: string }; tivOrder: number | null }[] } }>(
      `{ supplyNetwork(around: ["iran"], depth: 1, filter: { category: [UAV] }) { edges { source { key } target { key } tivOrder } } }`,
    );
    expect(filtered.supplyNetwork.edges.find((e) => e.source.key === 'iran')?.tivOrder).toBe(12.5);
  });

  it('counts the transfers with a TIV, and gives hops of supply chains their TIV', async () => {
    const { supplyNetwork, supplyChains } = await t.data<{
      supplyNetwork: { edges: { source: { key: string }; target: { key: string }; tivCount: number | null }[] };
      supplyChains: { hops: { source: { key: string }; tivOrder: number | null; tivCount: number | null }[] }[];
    }>(
      `{ supplyNetwork(around: ["iran"], depth: 1) { edges { source { key } target { key } tivCount } }
         supplyChains(from: "iran", to: "russia", maxHops: 1) { hops { source { key } tivOrder tivCount } } }`,
    );
    const { transfers } = await t.data<{ transfers: { totalCount: number } }>(
      `{ transfers(filter: { supplier: "iran", recipient: "russia" }) { totalCount } }`,
    );
    const edge = supplyNetwork.edges.find((e) => e.source.key === 'iran' && e.target.key === 'russia')!;
    // Two of the pair's transfers have an order TIV (12.5 and 0.1); the others none.
    expect(edge.tivCount).toBe(2);
    expect(transfers.totalCount).toBeGreaterThan(2);
    expect(supplyChains[0].hops).toEqual([{ source: { key: 'iran' }, tivOrder: 12.6, tivCount: 2 }]);
  });

  it('reads the connections among the actors a cut walk kept, when it was cut before its last hop', async () => {
    const query = (depth: number) =>
      t.data<{
        supplyNetwork: {
          truncated: boolean;
          nodes: { actor: { key: string } }[];
          edges: { source: { key: string }; target: { key: string } }[];
        };
      }>(
        `{ supplyNetwork(around: ["russia"], depth: ${depth}, maxNodes: 4) { truncated nodes { actor { key } } edges { source { key } target { key } } } }`,
      );
    const between = (n: Awaited<ReturnType<typeof query>>) =>
      n.supplyNetwork.edges.filter((e) => e.source.key === 'iran' && e.target.key === 'north-korea');
    const two = await query(2);
    expect(two.supplyNetwork.truncated).toBe(true);
    expect(two.supplyNetwork.nodes.map((n) => n.actor.key)).toEqual(expect.arrayContaining(['iran', 'north-korea']));
    // Cut on the first of two hops: the second would have read Iran → North Korea; the walk does.
    expect(between(two)).toHaveLength(1);
    // Cut on its only hop: what the uncut network at one hop holds, the centre's connections.
    const one = await query(1);
    expect(one.supplyNetwork.truncated).toBe(true);
    expect(between(one)).toHaveLength(0);
  });

  it('keeps the heaviest connections when the node limit cuts the walk', async () => {
    const all = await t.data<{
      supplyNetwork: { edges: { source: { key: string }; target: { key: string }; claimCount: number }[] };
    }>(
      `{ supplyNetwork(around: ["russia"], depth: 1, maxNodes: 1000) { edges { source { key } target { key } claimCount } } }`,
    );
    const counterparts = new Map<string, number>();
    for (const e of all.supplyNetwork.edges) {
      const other = e.source.key === 'russia' ? e.target.key : e.source.key;
      counterparts.set(other, Math.max(counterparts.get(other) ?? 0, e.claimCount));
    }
    const heaviest = [...counterparts].sort((a, b) => b[1] - a[1])[0];
    expect(heaviest[0]).toBe('iran');
    const cut = await t.data<{ supplyNetwork: { truncated: boolean; nodes: { actor: { key: string } }[] } }>(
      `{ supplyNetwork(around: ["russia"], depth: 1, maxNodes: 3) { truncated nodes { actor { key } } } }`,
    );
    expect(cut.supplyNetwork.truncated).toBe(true);
    expect(cut.supplyNetwork.nodes.map((n) => n.actor.key)).toContain('iran');
  });
});
