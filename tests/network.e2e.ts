import { addTransfers } from './helpers/fixtures';
import { startTestServer } from './helpers/test-server';
import type { TestServer } from './helpers/test-server';

let t: TestServer;
let statements = 0;
beforeAll(async () => {
  // Statements are counted on one executor (compare mode would run every query twice).
  t = await startTestServer({ SUPPLYLINE_EXECUTOR: 'jit' }, { onSql: () => statements++ });
});
afterAll(() => t.close());

const EDGES = `edges { kind source { key } target { key } claimCount categories strongestVerdict independentVoices period { start end } }`;

describe('supplyNetwork', () => {
  it('around Russia at depth 1: North Korea and Iran, with their categories', async () => {
    const d = await t.data(
      `{ supplyNetwork(around: ["russia"], depth: 1) { truncated nodes { actor { key } degree } ${EDGES} } }`,
    );
    const n = d.supplyNetwork;
    expect(n.truncated).toBe(false);
    expect(n.nodes.map((x: any) => x.actor.key).sort()).toEqual([
      'iran',
      'north-korea',
      'russia',
      'russian-ministry-of-defence',
    ]);
    const edge = (s: string, r: string) => n.edges.find((e: any) => e.source.key === s && e.target.key === r);
    expect(edge('iran', 'russia')).toMatchObject({
      kind: 'SUPPLY',
      claimCount: 3,
      categories: ['UAV'],
      strongestVerdict: 'SINGLE_SOURCE',
      period: { start: '2022-08-01', end: '2022-08-31' },
    });
    expect(edge('north-korea', 'russian-ministry-of-defence').categories).toEqual(['AMMUNITION']);
    expect(edge('north-korea', 'russia').categories).toEqual(['OTHER_MATERIEL']);
    expect(n.nodes.find((x: any) => x.actor.key === 'north-korea').degree).toBe(2);
  });

  it('depth 2 reaches the republics North Korea supplies; recognitions on request', async () => {
    const d = await t.data(
      `{ supplyNetwork(around: ["russia"], depth: 2, includeRecognitions: true) { nodes { actor { key } } ${EDGES} } }`,
    );
    const keys = d.supplyNetwork.nodes.map((x: any) => x.actor.key);
    expect(keys).toEqual(expect.arrayContaining(['donetsk-peoples-republic', 'luhansk-peoples-republic', 'syria']));
    expect(d.supplyNetwork.edges.filter((e: any) => e.kind === 'RECOGNITION').length).toBeGreaterThanOrEqual(4);
  });

  it('filters edges like transfers, and stops at maxNodes with truncated', async () => {
    const uav = await t.data(
      `{ supplyNetwork(around: ["russia"], filter: { category: [UAV] }) { nodes { actor { key } } ${EDGES} } }`,
    );
    expect(uav.supplyNetwork.edges.map((e: any) => e.source.key)).toEqual(['iran']);
    const small = await t.data(
      `{ supplyNetwork(around: ["north-korea"], depth: 2, maxNodes: 3) { truncated nodes { actor { key } } } }`,
    );
    expect(small.supplyNetwork.truncated).toBe(true);
    expect(small.supplyNetwork.nodes).toHaveLength(3);
  });

  it.each([
    ['from supply_edge', ''],
    [
      'aggregated live (a claim-level filter)',
      ', filter: { status: [DELIVERED, PLANNED, ORDERED, IN_PROGRESS, PROPOSED, CANCELLED] }',
    ],
  ])('reads voices only when asked, and answers the same either way (%s)', async (_how, args) => {
    const around = `around: ["russia"], depth: 2, includeRecognitions: true${args}`;
    const plain = `kind source { key } target { key } claimCount categories strongestVerdict period { start end }`;
    statements = 0;
    const without = await t.data(`{ supplyNetwork(${around}) { nodes { actor { key } degree } edges { ${plain} } } }`);
    const lean = statements;
    statements = 0;
    const withVoices = await t.data(
      `{ supplyNetwork(${around}) { nodes { actor { key } degree } edges { ${plain} independentVoices voices { name } } } }`,
    );
    expect(statements).toBeGreaterThan(lean);
    const strip = (e: any) => {
      const { independentVoices: _i, voices: _v, ...rest } = e;
      return rest;
    };
    expect(withVoices.supplyNetwork.edges.map(strip)).toEqual(without.supplyNetwork.edges);
    expect(withVoices.supplyNetwork.nodes).toEqual(without.supplyNetwork.nodes);
    expect(withVoices.supplyNetwork.edges.some((e: any) => e.voices.length > 0 && e.independentVoices > 0)).toBe(true);
  });

  it('costs a fixed number of statements per hop', async () => {
    statements = 0;
    await t.data(
      `{ supplyNetwork(around: ["russia"], depth: 3, includeRecognitions: true) { nodes { actor { key name } degree } ${EDGES} } }`,
    );
    expect(statements).toBeLessThanOrEqual(3 + 3 * 2 + 4);
  });

  it.each([
    ['depth 0', '(around: ["russia"], depth: 0)', 'depth'],
    ['depth too large', '(around: ["russia"], depth: 9)', 'depth'],
    ['an unknown actor', '(around: ["russia", "atlantis"])', 'around[1]'],
    ['no actor', '(around: [])', 'around'],
    ['too many nodes', '(around: ["russia"], maxNodes: 100000)', 'maxNodes'],
  ])('refuses %s', async (_n, args, field) => {
    const res = await t.gql(`{ supplyNetwork${args} { truncated } }`);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });
});

describe('aggregates', () => {
  it('transferStats by category and supplier, with summed quantities', async () => {
    const d = await t.data(
      `{ byCategory: transferStats(groupBy: CATEGORY) { key count quantityMin quantityMax } bySupplier: transferStats(groupBy: SUPPLIER) { key count } byYear: transferStats(groupBy: YEAR) { key count } }`,
    );
    expect(d.byCategory.find((g: any) => g.key === 'UAV')).toEqual({
      key: 'UAV',
      count: 3,
      quantityMin: 100,
      quantityMax: null,
    });
    expect(d.bySupplier).toEqual([
      { key: 'north-korea', count: 4 },
      { key: 'iran', count: 3 },
    ]);
    expect(d.byYear).toEqual([
      { key: '', count: 5 },
      { key: '2022', count: 2 },
    ]);
  });

  it('StatsGroup.actor: the actor of each actor group (names without a second query), null otherwise', async () => {
    const d = await t.data(
      `{ bySupplier: transferStats(groupBy: SUPPLIER) { key actor { key name kind parent { key } } }
         byRecipient: transferStats(groupBy: RECIPIENT) { key actor { name } }
         byCategory: transferStats(groupBy: CATEGORY) { key actor { name } }
         recognized: recognitionStats(groupBy: RECOGNIZED) { key actor { name } }
         byStatus: recognitionStats(groupBy: STATUS) { actor { name } } }`,
    );
    expect(d.bySupplier).toEqual([
      { key: 'north-korea', actor: { key: 'north-korea', name: 'North Korea', kind: 'STATE', parent: null } },
      { key: 'iran', actor: { key: 'iran', name: 'Iran', kind: 'STATE', parent: null } },
    ]);
    expect(d.byRecipient).toContainEqual({
      key: 'russian-ministry-of-defence',
      actor: { name: 'Russian Ministry of Defence' },
    });
    expect(d.byCategory.map((g: any) => g.actor)).toEqual(d.byCategory.map(() => null));
    expect(d.recognized).toEqual([
      { key: 'donetsk-peoples-republic', actor: { name: "Donetsk People's Republic" } },
      { key: 'luhansk-peoples-republic', actor: { name: "Luhansk People's Republic" } },
    ]);
    expect(d.byStatus.map((g: any) => g.actor)).toEqual(d.byStatus.map(() => null));
  });

  it('recognitionStats and coRecognizers of North Korea: Russia and Syria', async () => {
    const d = await t.data(
      `{ recognitionStats(groupBy: RECOGNIZED) { key count } coRecognizers(of: "DPRK") { actor { key } overlap shared { key } } }`,
    );
    expect(d.recognitionStats).toEqual([
      { key: 'donetsk-peoples-republic', count: 3 },
      { key: 'luhansk-peoples-republic', count: 3 },
    ]);
    expect(d.coRecognizers.map((c: any) => [c.actor.key, c.overlap])).toEqual([
      ['russia', 2],
      ['syria', 2],
    ]);
    expect(d.coRecognizers[0].shared.map((s: any) => s.key).sort()).toEqual([
      'donetsk-peoples-republic',
      'luhansk-peoples-republic',
    ]);
  });
});

describe('supplyChains', () => {
  it('Iran → Russia exists, one hop, as strong as its evidence: three claims on one voice are one voice', async () => {
    const d = await t.data(
      `{ supplyChains(from: "Iran", to: "Russia") { actors { key } hops { categories claimCount independentVoices } weakestVerdict minIndependentVoices } }`,
    );
    expect(d.supplyChains).toEqual([
      {
        actors: [{ key: 'iran' }, { key: 'russia' }],
        hops: [{ categories: ['UAV'], claimCount: 3, independentVoices: 1 }],
        weakestVerdict: 'SINGLE_SOURCE',
        minIndependentVoices: 1,
      },
    ]);
    // The three transfers rest on one voice, the White House.
    const claims = await t.data(`{ transfers(filter: { supplier: "iran", recipient: "russia" }) { edges { node {
      assessment { independentVoices voices { name } } } } } }`);
    const voices = new Set(
      claims.transfers.edges.flatMap((e: any) => e.node.assessment.voices.map((v: { name: string }) => v.name)),
    );
    expect(claims.transfers.edges).toHaveLength(3);
    expect([...voices]).toEqual(['White House']);
    // A chain asking for two voices finds none; the network edge says one.
    const strict = await t.data(
      `{ supplyChains(from: "Iran", to: "Russia", filter: { minIndependentVoices: 2 }) { actors { key } } }`,
    );
    expect(strict.supplyChains).toEqual([]);
    const net = await t.data(
      `{ supplyNetwork(around: ["iran"], depth: 1) { edges { source { key } target { key } independentVoices voices { kind name } } } }`,
    );
    expect(net.supplyNetwork.edges).toContainEqual({
      source: { key: 'iran' },
      target: { key: 'russia' },
      independentVoices: 1,
      voices: [{ kind: 'ACTOR', name: 'White House' }],
    });
    // So do Russia's supply relation with Iran and the stats grouped by supplier.
    const rel = await t.data(`{ actor(key: "russia") { suppliers { supplier { key } transferCount independentVoices } }
      transferStats(groupBy: SUPPLIER, filter: { recipient: "russia" }) { key count independentVoices } }`);
    expect(rel.actor.suppliers).toContainEqual({ supplier: { key: 'iran' }, transferCount: 3, independentVoices: 1 });
    expect(rel.transferStats).toContainEqual({ key: 'iran', count: 3, independentVoices: 1 });
  });

  it('finds longer paths and none where there is none', async () => {
    await addTransfers(t.server, 1, {
      supplier: 'russian-ministry-of-defence',
      recipient: 'donetsk-peoples-republic',
      item: 'chain fixture',
    });
    const two = await t.data(`{ supplyChains(from: "iran", to: "DPR") { actors { key } } }`);
    expect(two.supplyChains).toEqual([]); // Iran supplies Russia itself, not its ministry: no path through the ministry
    const viaRussia = await t.data(`{ supplyChains(from: "north-korea", to: "DPR", maxHops: 2) { actors { key } } }`);
    expect(viaRussia.supplyChains.map((c: any) => c.actors.map((a: any) => a.key))).toEqual([
      ['north-korea', 'donetsk-peoples-republic'],
      ['north-korea', 'russian-ministry-of-defence', 'donetsk-peoples-republic'],
    ]);
    const none = await t.data(`{ supplyChains(from: "russia", to: "iran") { actors { key } } }`);
    expect(none.supplyChains).toEqual([]);
    const bad = await t.gql(`{ supplyChains(from: "iran", to: "russia", maxHops: 0) { weakestVerdict } }`);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'maxHops' });
    const unknown = await t.gql(`{ supplyChains(from: "atlantis", to: "russia") { weakestVerdict } }`);
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
  });
});
