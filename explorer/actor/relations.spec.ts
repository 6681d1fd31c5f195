import type { ActorChain, DossierEdge, DossierNetwork } from './dossier-types';
import { summarizeVoices, findings, tallyVerdicts } from './evidence-model';
import { rollRelations, sortRelations } from './relations';

const russia: ActorChain = { key: 'russia', name: 'Russia', kind: 'STATE', parent: null };
const mod: ActorChain = {
  key: 'russian-mod',
  name: 'Russian Ministry of Defence',
  kind: 'GOVERNMENT_BODY',
  parent: russia,
};
const nk: ActorChain = { key: 'north-korea', name: 'North Korea', kind: 'STATE', parent: null };
const iran: ActorChain = { key: 'iran', name: 'Iran', kind: 'STATE', parent: null };
const irgc: ActorChain = { key: 'irgc', name: 'IRGC', kind: 'GOVERNMENT_BODY', parent: iran };
const syria: ActorChain = { key: 'syria', name: 'Syria', kind: 'STATE', parent: null };

const edge = (source: string, target: string, over: Partial<DossierEdge> = {}): DossierEdge => ({
  source: { key: source },
  target: { key: target },
  claimCount: 1,
  categories: ['AMMUNITION'],
  strongestVerdict: 'SINGLE_SOURCE',
  independentVoices: 1,
  tivOrder: null,
  tivDelivered: null,
  period: { start: '2023', end: '2023' },
  voices: [{ kind: 'SOURCE', name: 'Reuters' }],
  ...over,
});

const network = (edges: DossierEdge[]): DossierNetwork => ({
  nodes: [russia, mod, nk, iran, irgc, syria].map((actor) => ({ actor })),
  edges,
  truncated: false,
});

describe("the actor's suppliers and recipients", () => {
  const net = network([
    edge('north-korea', 'russian-mod', { claimCount: 2, period: { start: '2022-09', end: '2023' } }),
    edge('north-korea', 'russia', {
      strongestVerdict: 'CORROBORATED',
      categories: ['LABOUR'],
      independentVoices: 2,
      voices: [
        { kind: 'SOURCE', name: 'Reuters' },
        { kind: 'ACTOR', name: 'US intelligence community' },
      ],
      period: { start: '2024', end: null },
      tivOrder: 10,
    }),
    edge('iran', 'russia', { categories: ['UAV'], tivOrder: 5, tivDelivered: 3 }),
    edge('irgc', 'russian-mod', { claimCount: 3, categories: ['UAV'], tivOrder: 7 }),
    edge('russia', 'syria', { claimCount: 4, categories: ['AIRCRAFT'] }),
    edge('russia', 'russian-mod', { claimCount: 5 }),
  ]);
  const rolled = rollRelations(net, 'russia');

  test("rolls the bodies below the actor into it and each counterpart's bodies into the counterpart", () => {
    expect(rolled.suppliers.map((r) => [r.key, r.deals])).toEqual([
      ['iran', 4],
      ['north-korea', 3],
    ]);
    expect(rolled.recipients.map((r) => [r.key, r.deals])).toEqual([['syria', 4]]);
    expect(rolled.internalDeals).toBe(5);
    expect(rolled.bodies).toEqual(['Russian Ministry of Defence']);
    const [iranRow, nkRow] = rolled.suppliers;
    expect(iranRow).toMatchObject({ members: ['IRGC'], tivOrder: 12, tivDelivered: 3, categories: ['UAV'] });
    expect(nkRow).toMatchObject({
      members: [],
      categories: ['AMMUNITION', 'LABOUR'],
      verdict: 'CORROBORATED',
      start: '2022-09',
      end: '2023',
      tivOrder: 10,
      tivDelivered: null,
      voices: ['Reuters', 'US intelligence community'],
      independentVoices: 2,
    });
  });

  test("a body's dossier keeps its parent and sibling bodies as counterparts", () => {
    const body = rollRelations(network([edge('russia', 'russian-mod'), edge('irgc', 'russian-mod')]), 'russian-mod');
    expect(body.suppliers.map((r) => r.key).sort()).toEqual(['iran', 'russia']);
    expect(body.bodies).toEqual([]);
    // The actor's end of each row's deals: what a row of its own state is read with, exactly.
    expect(body.suppliers.find((r) => r.key === 'russia')?.ends).toEqual(['russian-mod']);
    expect(rolled.inside).toEqual(['russia', 'russian-mod']);
    expect(rolled.suppliers.find((r) => r.key === 'iran')?.ends).toEqual(['russia', 'russian-mod']);
  });

  test('sorts by any column, either way, nulls last, ties by deals then name', () => {
    const rows = [...rolled.suppliers, ...rolled.recipients];
    const keys = (key: Parameters<typeof sortRelations>[1]['key'], direction: 'ascending' | 'descending') =>
      sortRelations(rows, { key, direction }).map((r) => r.key);
    expect(keys('counterpart', 'ascending')).toEqual(['iran', 'north-korea', 'syria']);
    expect(keys('counterpart', 'descending')).toEqual(['syria', 'north-korea', 'iran']);
    expect(keys('tiv', 'descending')).toEqual(['iran', 'north-korea', 'syria']);
    expect(keys('tiv', 'ascending')).toEqual(['north-korea', 'iran', 'syria']);
    expect(keys('verdict', 'descending')[0]).toBe('north-korea');
    expect(keys('period', 'ascending')).toEqual(['north-korea', 'iran', 'syria']);
    expect(keys('deals', 'descending')).toEqual(['iran', 'syria', 'north-korea']);
    expect(rows.map((r) => r.key)).toEqual(['iran', 'north-korea', 'syria']);
  });

  test('says plainly when most of the record rests on one voice', () => {
    const voices = summarizeVoices([...rolled.suppliers, ...rolled.recipients]);
    expect(voices.voices[0]).toEqual({ name: 'Reuters', relations: 3, deals: 11 });
    expect(voices.oneVoice).toEqual({ relations: 2, deals: 8 });
    const tally = tallyVerdicts(
      [
        { year: 2023, category: 'UAV', verdict: 'SINGLE_SOURCE', count: 8, tivOrder: null, tivDelivered: null },
        { year: null, category: 'UAV', verdict: 'CORROBORATED', count: 2, tivOrder: null, tivDelivered: null },
      ],
      { CONTESTED: 1 },
    );
    expect(tally.total).toBe(11);
    const said = findings(tally, voices).join(' ');
    expect(said).toContain('Most of its claims (73%) rest on one voice or none');
    expect(said).toContain('1 claim is contested');
    expect(said).toContain('Reuters is among the voices of 3 of its 3 supply relations');
    expect(findings(tallyVerdicts([], {}), voices)).toEqual([
      'No claim about this actor matches the chosen years and filters.',
    ]);
  });
});
