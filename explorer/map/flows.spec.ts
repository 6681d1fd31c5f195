import { buildMapModel, mainActor } from './flows';
import type { MapWorld } from './flows';
import type { MapActor, MapEdge, MapNetworkData } from './map-types';
import { placeActor } from './places';
import { selectFlows, strokeScale } from './selection';

/** Placing actors at countries and summing their supplies country to country: pure, no DOM, no map. */
const KNOWN = new Set(['RUS', 'PRK', 'IRN', 'UKR', 'USA', 'IND', 'DEU', 'SRB', 'YEM', 'LBN']);
const world: MapWorld = {
  known: (code) => KNOWN.has(code),
  name: (code) => ({ RUS: 'Russian Federation', DEU: 'Germany', IND: 'India' })[code] ?? null,
};
const known = world.known;

const state = (key: string, name: string, code: string): MapActor => ({ key, name, kind: 'STATE', countryCode: code });
const russia = state('russia', 'Russia', 'RUS');
const mod: MapActor = {
  key: 'ru-mod',
  name: 'Russian MoD',
  kind: 'GOVERNMENT_BODY',
  countryCode: null,
  parent: russia,
};
const rostec: MapActor = { key: 'rostec', name: 'Rostec', kind: 'COMPANY', countryCode: 'RUS', parent: null };
const nk = state('north-korea', 'North Korea', 'PRK');
const iran = state('iran', 'Iran', 'IRN');
const india = state('india', 'India', 'IND');
const ussr = state('soviet-union', 'Soviet Union', 'SUN');
const dpr: MapActor = { key: 'dpr', name: 'DPR', kind: 'SELF_PROCLAIMED_STATE', countryCode: null };
const nato: MapActor = { key: 'nato', name: 'NATO', kind: 'INTERNATIONAL_ORGANIZATION', countryCode: null };

function edge(source: MapActor, target: MapActor, claims: number, extra: Partial<MapEdge> = {}): MapEdge {
  return {
    source: { key: source.key },
    target: { key: target.key },
    claimCount: claims,
    strongestVerdict: 'SINGLE_SOURCE',
    voices: [{ name: 'Report', source: { key: `${source.key}-report` } }],
    period: { start: null, end: null },
    tivOrder: null,
    tivCount: 0,
    ...extra,
  };
}

const network = (actors: MapActor[], edges: MapEdge[], truncated = false): MapNetworkData => ({
  nodes: actors.map((actor) => ({ actor })),
  edges,
  truncated,
});

describe('placing actors', () => {
  it('puts a state at its own country, and a non-state party at its base country', () => {
    expect(placeActor(nk, known)).toEqual({ end: 'PRK', at: 'PRK', by: 'own' });
    expect(placeActor(rostec, known)).toEqual({ end: 'RUS', at: 'RUS', by: 'base' });
  });

  it('puts a body without a code at its nearest ancestor with one', () => {
    const office: MapActor = { key: 'office', name: 'Office', kind: 'GOVERNMENT_BODY', countryCode: null, parent: mod };
    expect(placeActor(mod, known)).toEqual({ end: 'RUS', at: 'RUS', by: 'parent', via: 'Russia' });
    expect(placeActor(office, known)).toEqual({ end: 'RUS', at: 'RUS', by: 'parent', via: 'Russia' });
    // The query reads one parent: the walk goes on through the network's own actors.
    const desk: MapActor = {
      key: 'desk',
      name: 'Desk',
      kind: 'GOVERNMENT_BODY',
      countryCode: null,
      parent: { key: 'ru-mod', name: 'Russian MoD', countryCode: null },
    };
    expect(placeActor(desk, known)).toMatchObject({ end: null });
    expect(placeActor(desk, known, (key) => (key === 'ru-mod' ? mod : undefined))).toMatchObject({ end: 'RUS' });
  });

  it('draws a former state at its main successor, as an end of its own', () => {
    expect(placeActor(ussr, known)).toEqual({ end: 'SUN', at: 'RUS', by: 'former' });
    expect(placeActor(state('fry', 'Serbia and Montenegro', 'SCG'), known)).toMatchObject({ end: 'SCG', at: 'SRB' });
    expect(placeActor(state('gdr', 'East Germany', 'DDR'), known)).toMatchObject({ end: 'DDR', at: 'DEU' });
    const northYemen: MapActor = { ...state('north-yemen', 'North Yemen', ''), countryCode: null };
    expect(placeActor(northYemen, known)).toEqual({ end: 'YEM', at: 'YEM', by: 'successor' });
  });

  it('says why an actor cannot be placed', () => {
    expect(placeActor(dpr, known)).toEqual({ end: null, reason: 'self-proclaimed state with no country code' });
    const cell: MapActor = { key: 'cell', name: 'Cell', kind: 'ARMED_GROUP', countryCode: null, parent: dpr };
    expect(placeActor(cell, known)).toEqual({
      end: null,
      reason: 'armed group with no country code, nor a parent with one',
    });
    expect(placeActor(state('atlantis', 'Atlantis', 'ATL'), known)).toEqual({
      end: null,
      reason: 'state with a country code the map does not know (ATL)',
    });
  });
});

describe('summing flows country to country', () => {
  const data = network(
    [russia, mod, rostec, nk, iran, india, ussr, dpr, nato],
    [
      edge(nk, mod, 1, { strongestVerdict: 'CORROBORATED', period: { start: '2022-08', end: '2022-09' } }),
      edge(nk, russia, 1, {
        period: { start: '2023', end: '2024-02' },
        voices: [
          { name: 'Report', source: { key: 'north-korea-report' } },
          { name: 'US intelligence', source: null },
        ],
      }),
      edge(iran, russia, 3, { strongestVerdict: 'CONTESTED' }),
      edge(rostec, mod, 4),
      edge(ussr, india, 7, { tivOrder: 900, tivCount: 5 }),
      edge(russia, india, 2, { tivOrder: 100, tivCount: 2 }),
      edge(nk, dpr, 1),
      edge(nato, dpr, 2),
    ],
    true,
  );
  const model = buildMapModel(data, russia, world);
  const flow = (id: string) => model.flows.find((f) => f.id === id);

  it('makes several actors of one country one end, and sums their deals, years, verdicts and voices', () => {
    expect(flow('PRK>RUS')).toMatchObject({
      deals: 2,
      verdict: 'CORROBORATED',
      start: '2022-08',
      end: '2024-02',
      voices: 2,
      pairs: [
        { source: 'north-korea', target: 'ru-mod', deals: 1 },
        { source: 'north-korea', target: 'russia', deals: 1 },
      ],
    });
    expect(model.ends.get('RUS')!.actors.map((a) => a.key)).toEqual(['russia', 'ru-mod', 'rostec']);
    expect(model.ends.get('RUS')!.name).toBe('Russia');
    expect(mainActor(model.ends.get('RUS')!).key).toBe('russia');
    expect(flow('IRN>RUS')).toMatchObject({ deals: 3, verdict: 'CONTESTED', tiv: null, dealsWithoutTiv: 3 });
  });

  it('keeps supplies inside one country out of the flows, listed apart', () => {
    expect(flow('RUS>RUS')).toBeUndefined();
    expect(model.internal).toEqual([
      expect.objectContaining({ id: 'RUS>RUS', deals: 4, pairs: [{ source: 'rostec', target: 'ru-mod', deals: 4 }] }),
    ]);
  });

  it('keeps a former state apart from its successor, at its place', () => {
    expect(flow('SUN>IND')).toMatchObject({ deals: 7, tiv: 900, dealsWithoutTiv: 2 });
    expect(flow('RUS>IND')).toMatchObject({ deals: 2, tiv: 100, dealsWithoutTiv: 0 });
    expect(model.ends.get('SUN')).toMatchObject({ at: 'RUS', name: 'Soviet Union' });
  });

  it('lists the actors it cannot place with their deals and partners, never dropping them', () => {
    expect(model.unplaced).toEqual([
      expect.objectContaining({ key: 'dpr', deals: 3, partners: ['North Korea', 'NATO'] }),
      expect.objectContaining({ key: 'nato', deals: 2, reason: 'international organization with no country code' }),
    ]);
    expect(model.unplacedDeals).toBe(3);
    expect(model.truncated).toBe(true);
    expect(model.centre?.placement).toEqual({ end: 'RUS', at: 'RUS', by: 'own' });
  });

  it('weighs by deals or by TIV, falls back to deals without TIV, and cuts at a count and a least weight', () => {
    const byDeals = selectFlows(model.flows, { weight: 'deals', limit: 2, minWeight: 0 });
    expect(byDeals.ranked.map((f) => f.id)).toEqual(['SUN>IND', 'IRN>RUS', 'PRK>RUS', 'RUS>IND']);
    expect(byDeals.drawn.map((f) => f.id)).toEqual(['SUN>IND', 'IRN>RUS']);
    expect(byDeals.beyondLimit).toBe(2);
    const byTiv = selectFlows(model.flows, { weight: 'tiv', limit: 60, minWeight: 50 });
    expect(byTiv.weight).toBe('tiv');
    expect(byTiv.drawn.map((f) => f.id)).toEqual(['SUN>IND', 'RUS>IND']);
    expect(byTiv.belowMin).toBe(2);
    // IRN>RUS (3) and PRK>RUS (2) have no TIV at all; 2 of SUN>IND's 7 deals have none.
    expect(byTiv).toMatchObject({ withoutTiv: 3, dealsWithoutTiv: 7, deals: 14 });
    expect(byDeals.dealsWithoutTiv).toBe(0);
    const noTiv = selectFlows([flow('IRN>RUS')!, flow('PRK>RUS')!], { weight: 'tiv', limit: 60, minWeight: 0 });
    expect(noTiv).toMatchObject({ weight: 'deals', tivMissing: true });
    expect(noTiv.drawn.map((f) => f.id)).toEqual(['IRN>RUS', 'PRK>RUS']);
  });

  it('counts the deals without a TIV deal by deal, over the actor pairs a flow sums', () => {
    // Seven deals in ten with a TIV: an edge with any TIV no longer counts all its deals as having one.
    const mixed = buildMapModel(
      network(
        [russia, mod, nk],
        [
          edge(nk, russia, 6, { tivOrder: 300, tivCount: 5 }),
          edge(nk, mod, 4, { tivOrder: 40, tivCount: 2 }),
          edge(russia, nk, 3),
        ],
      ),
      russia,
      world,
    );
    const get = (id: string) => mixed.flows.find((f) => f.id === id);
    expect(get('PRK>RUS')).toMatchObject({ deals: 10, tiv: 340, dealsWithoutTiv: 3 });
    expect(get('RUS>PRK')).toMatchObject({ deals: 3, tiv: null, dealsWithoutTiv: 3 });
    const sel = selectFlows(mixed.flows, { weight: 'tiv', limit: 60, minWeight: 0 });
    expect(sel).toMatchObject({ weight: 'tiv', withoutTiv: 2, dealsWithoutTiv: 6, deals: 13 });
  });

  it('widens strokes by the square root of the weight', () => {
    const width = strokeScale(100, 14);
    expect(width(100)).toBeCloseTo(14);
    expect(width(25)).toBeCloseTo(1.5 + 12.5 * 0.5);
    expect(width(0)).toBe(1.5);
  });
});
