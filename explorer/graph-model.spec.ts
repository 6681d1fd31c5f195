import { buildGraphModel, edgeWidth } from './graph-model';
import type { ActorWithParents, NetworkEdgeData, SupplyNetworkData } from './types';

const russia: ActorWithParents = { key: 'russia', name: 'Russia', kind: 'STATE', parent: null };
const mod: ActorWithParents = {
  key: 'mod',
  name: 'Russian Ministry of Defence',
  kind: 'GOVERNMENT_BODY',
  parent: russia,
};
const nk: ActorWithParents = { key: 'nk', name: 'North Korea', kind: 'STATE', parent: null };
const dpr: ActorWithParents = { key: 'dpr', name: 'DPR', kind: 'SELF_PROCLAIMED_STATE', parent: null };

const edge = (
  source: string,
  target: string,
  claimCount: number,
  more: Partial<NetworkEdgeData> = {},
): NetworkEdgeData => ({
  kind: 'SUPPLY',
  source: { key: source },
  target: { key: target },
  claimCount,
  categories: ['AMMUNITION'],
  strongestVerdict: 'SINGLE_SOURCE',
  independentVoices: claimCount,
  voices: Array.from({ length: claimCount }, (_, i) => ({
    kind: 'SOURCE',
    actor: null,
    source: { key: `${source}-${target}-${i}` },
  })),
  period: { start: null, end: null },
  ...more,
});

/** One voice, the same on every edge it is given to. */
const usIntelligence = [{ kind: 'ACTOR', actor: { key: 'us-intelligence' }, source: null }];

const network = (edges: NetworkEdgeData[], actors = [russia, mod, nk, dpr]): SupplyNetworkData => ({
  nodes: actors.map((actor) => ({ actor, degree: 0 })),
  edges,
  truncated: false,
});

describe('buildGraphModel', () => {
  const edges = [
    edge('nk', 'mod', 1, { period: { start: '2022-09', end: null }, voices: usIntelligence }),
    edge('nk', 'russia', 1, {
      voices: usIntelligence,
      categories: ['OTHER_MATERIEL'],
      strongestVerdict: 'CORROBORATED',
      period: { start: '2022-08', end: '2022-08' },
    }),
    edge('mod', 'russia', 4),
    edge('nk', 'dpr', 1, { kind: 'RECOGNITION', categories: [] }),
  ];

  test('grouped: a body is drawn inside its state, and their edges merge', () => {
    const m = buildGraphModel(network(edges), 'russia', true);
    expect(m.nodes.map((n) => [n.id, n.hops, n.members])).toEqual([
      ['russia', 0, ['Russian Ministry of Defence']],
      ['nk', 1, []],
      ['dpr', 2, []],
    ]);
    const nkRussia = m.edges.find((e) => e.id === 'SUPPLY:nk>russia')!;
    expect(nkRussia).toMatchObject({
      claimCount: 2,
      categories: ['AMMUNITION', 'OTHER_MATERIEL'],
      strongestVerdict: 'CORROBORATED',
      period: { start: '2022-08', end: '2022-08' },
      width: edgeWidth(2),
      // Two claims, one voice: the edges drawn together count US intelligence once.
      independentVoices: 1,
    });
    expect(m.edges.map((e) => e.id)).toEqual(['RECOGNITION:nk>dpr', 'SUPPLY:nk>russia']);
    expect(m.internalClaims).toBe(4); // the ministry → Russia claims, inside one group
    expect(m.centreId).toBe('russia');
    expect(m.drawnIdOf.get('mod')).toBe('russia');
  });

  test('ungrouped: every actor on its own', () => {
    const m = buildGraphModel(network(edges), 'mod', false);
    expect(m.nodes.map((n) => n.id).sort()).toEqual(['dpr', 'mod', 'nk', 'russia']);
    expect(m.edges).toHaveLength(4);
    expect(m.centreId).toBe('mod');
    expect(m.nodes.find((n) => n.id === 'mod')!.centre).toBe(true);
  });

  test('a body whose state is not in the network is still drawn as its state', () => {
    const m = buildGraphModel(network([edge('nk', 'mod', 1)], [nk, mod]), 'nk', true);
    expect(m.nodes.map((n) => n.id).sort()).toEqual(['nk', 'russia']);
    expect(m.edges.map((e) => e.id)).toEqual(['SUPPLY:nk>russia']);
  });

  test('line width grows with the number of claims and stays within bounds', () => {
    expect(edgeWidth(1)).toBe(2);
    expect(edgeWidth(4)).toBeGreaterThan(edgeWidth(2));
    expect(edgeWidth(1_000_000)).toBe(12);
  });
});
