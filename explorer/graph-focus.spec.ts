import { focusModel } from './graph-focus';
import { buildGraphModel } from './graph-model';
import type { ActorWithParents, NetworkEdgeData } from './types';
import { DEFAULT_DRAWING } from './view-state';

const actor = (key: string, region: string | null = null): ActorWithParents => ({
  key,
  name: key.toUpperCase(),
  kind: 'STATE',
  parent: null,
  region,
});
const edge = (source: string, target: string, claimCount: number, tivOrder: number | null = null): NetworkEdgeData => ({
  kind: 'SUPPLY',
  source: { key: source },
  target: { key: target },
  claimCount,
  categories: ['AIRCRAFT'],
  strongestVerdict: 'SINGLE_SOURCE',
  independentVoices: 1,
  voices: [{ kind: 'SOURCE', actor: null, source: { key: `${source}>${target}` } }],
  period: { start: null, end: null },
  tivOrder,
});

// A centre "c" with five counterparts a1…a5 (a5 the heaviest by deals, a1 by TIV), and "far",
// joined only through a2.
const actors = ['c', 'a1', 'a2', 'a3', 'a4', 'a5', 'far'].map((k) => actor(k, k === 'c' ? 'Home' : 'Away'));
const edges = [
  edge('a1', 'c', 1, 900),
  edge('a2', 'c', 2, 10),
  edge('a3', 'c', 3, null),
  edge('a4', 'c', 4, 5),
  edge('a5', 'c', 5, 1),
  edge('far', 'a2', 50, null),
];
const model = buildGraphModel(
  { nodes: actors.map((a) => ({ actor: a, degree: 0 })), edges, truncated: false },
  'c',
  true,
);
const ids = (f: ReturnType<typeof focusModel>) => f.model.nodes.map((n) => n.id).sort();

describe('focusModel', () => {
  it('keeps the centre and the heaviest actors joined to the picture, and counts the rest', () => {
    const f = focusModel(model, { ...DEFAULT_DRAWING, top: 2 });
    // a2 weighs most (2 deals with the centre, 50 with "far"); "far" joins only through a2, so
    // it comes in after it, ahead of a5.
    expect(ids(f)).toEqual(['a2', 'c', 'far']);
    expect(f.hiddenNodes).toBe(4);
    expect(f.model.edges.every((e) => f.model.nodes.some((n) => n.id === e.source))).toBe(true);
    const three = focusModel(model, { ...DEFAULT_DRAWING, top: 3 });
    expect(ids(three)).toEqual(['a2', 'a5', 'c', 'far']);
  });

  it('weighs by TIV when asked and known, and falls back to deals when none is known', () => {
    const f = focusModel(model, { ...DEFAULT_DRAWING, top: 1, weight: 'tiv' });
    expect(ids(f)).toEqual(['a1', 'c']);
    expect(f.noTiv).toBe(false);
    const none = buildGraphModel(
      {
        nodes: actors.map((a) => ({ actor: a, degree: 0 })),
        edges: edges.map((e) => ({ ...e, tivOrder: null })),
        truncated: false,
      },
      'c',
      true,
    );
    const g = focusModel(none, { ...DEFAULT_DRAWING, top: 1, weight: 'tiv' });
    expect(g.noTiv).toBe(true);
    expect(ids(g)).toEqual(['a2', 'c']);
  });

  it('leaves out supply lighter than the minimum, and the actors it alone joined', () => {
    const f = focusModel(model, { ...DEFAULT_DRAWING, top: null, minWeight: 3 });
    // far → a2 (50) is kept, but nothing kept joins it to the centre: neither is drawn.
    expect(ids(f)).toEqual(['a3', 'a4', 'a5', 'c']);
    expect(f.hiddenEdges).toBe(3);
  });

  it('draws everything with top null, and labels the heaviest first', () => {
    const f = focusModel(model, { ...DEFAULT_DRAWING, top: null });
    expect(f.hiddenNodes).toBe(0);
    expect(f.hiddenEdges).toBe(0);
    expect(f.labelled.has('c')).toBe(true);
  });

  it('clusters by region: the centre stays itself, the others become their region', () => {
    const clustered = buildGraphModel(
      { nodes: actors.map((a) => ({ actor: a, degree: 0 })), edges, truncated: false },
      'c',
      true,
      'region',
    );
    expect(clustered.nodes.map((n) => n.id).sort()).toEqual(['c', 'region:Away']);
    const away = clustered.edges.find((e) => e.source === 'region:Away')!;
    expect(away.claimCount).toBe(15);
    expect(away.tivOrder).toBe(916);
    // far → a2 is inside the region: not drawn, counted.
    expect(clustered.internalClaims).toBe(50);
  });
});
