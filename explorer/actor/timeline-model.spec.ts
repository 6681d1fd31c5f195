import { NO_FILTERS } from '../view-state';
import { claimRequest, startsIn } from './claim-selection';
import { dossierParams, parseDossier, parseSelection, selectionParam } from './dossier-address';
import type { ClaimSelection } from './dossier-address';
import type { TimelineCell } from './dossier-types';
import { niceScale, stackTimeline, yearStep } from './timeline-model';

const cell = (year: number | null, category: string, verdict: string, count: number, tivOrder: number | null = null) =>
  ({ year, category, verdict, count, tivOrder, tivDelivered: null }) as TimelineCell;

describe('the timeline', () => {
  const cells = [
    cell(2022, 'UAV', 'SINGLE_SOURCE', 2, 30),
    cell(2022, 'UAV', 'CORROBORATED', 1, 10),
    cell(2022, 'AMMUNITION', 'CONTESTED', 1),
    cell(2024, 'UAV', 'UNSUPPORTED', 1, 5),
    cell(null, 'LABOUR', 'SINGLE_SOURCE', 3),
  ];

  test('stacks each year by category (most deals first), each split by verdict, strongest at the bottom', () => {
    const t = stackTimeline(cells, 'deals');
    expect(t.categories).toEqual(['UAV', 'LABOUR', 'AMMUNITION']);
    expect(t.years.map((y) => [y.year, y.value])).toEqual([
      [2022, 4],
      [2023, 0],
      [2024, 1],
    ]);
    expect(t.years[0].segments.map((s) => [s.category, s.verdict, s.y0, s.y1])).toEqual([
      ['UAV', 'CORROBORATED', 0, 1],
      ['UAV', 'SINGLE_SOURCE', 1, 3],
      ['AMMUNITION', 'CONTESTED', 3, 4],
    ]);
    expect(t.max).toBe(4);
    expect(t.dated).toEqual({ count: 5, value: 5 });
    expect(t.undated).toEqual({ count: 3, value: 3 });
    expect(t.verdicts).toEqual(['CORROBORATED', 'SINGLE_SOURCE', 'CONTESTED', 'UNSUPPORTED']);
  });

  test('in TIV, deals without one add nothing but are still counted; the order and span can be given', () => {
    const t = stackTimeline(cells, 'tiv', { from: 2020, to: null }, ['AMMUNITION', 'UAV']);
    expect(t.categories).toEqual(['AMMUNITION', 'UAV', 'LABOUR']);
    expect(t.years.map((y) => y.year)).toEqual([2020, 2021, 2022, 2023, 2024]);
    expect(t.years[2]).toMatchObject({ value: 40, count: 4 });
    expect(t.years[2].segments.map((s) => s.category)).toEqual(['UAV', 'UAV']);
    expect(t.tivKnown).toBe(true);
    expect(stackTimeline([], 'deals')).toMatchObject({ years: [], max: 0, dated: { count: 0 } });
  });

  test('has round axes', () => {
    expect(niceScale(3)).toEqual({ top: 3, ticks: [0, 1, 2, 3] });
    expect(niceScale(12)).toEqual({ top: 15, ticks: [0, 5, 10, 15] });
    expect(niceScale(1234)).toEqual({ top: 1500, ticks: [0, 500, 1000, 1500] });
    expect(yearStep(76, 900)).toBe(5);
    expect(yearStep(3, 900)).toBe(1);
  });
});

describe('the address of a dossier', () => {
  const selections: [string, ClaimSelection][] = [
    ['all', { kind: 'all' }],
    ['verdict.CONTESTED', { kind: 'verdict', verdict: 'CONTESTED' }],
    ['supplier.north-korea', { kind: 'pair', pair: { side: 'supplier', key: 'north-korea' } }],
    ['year.2022', { kind: 'year', pair: null, year: 2022, category: null, verdict: null }],
    ['year.undated.UAV', { kind: 'year', pair: null, year: null, category: 'UAV', verdict: null }],
    ['year.2022.any.CONTESTED', { kind: 'year', pair: null, year: 2022, category: null, verdict: 'CONTESTED' }],
    [
      'recipient.syria.year.2023.AIRCRAFT.CORROBORATED',
      {
        kind: 'year',
        pair: { side: 'recipient', key: 'syria' },
        year: 2023,
        category: 'AIRCRAFT',
        verdict: 'CORROBORATED',
      },
    ],
    ['claim.0b1e6c52-3f0a-4d8e-9a4b-2f1c5d7e8a90', { kind: 'claim', id: '0b1e6c52-3f0a-4d8e-9a4b-2f1c5d7e8a90' }],
  ];

  test.each(selections)('keeps what is open: %s', (text, selection) => {
    expect(parseSelection(text)).toEqual(selection);
    expect(selectionParam(selection)).toBe(text);
  });

  test('refuses what it cannot read', () => {
    for (const bad of ['year', 'year.22', 'year.2022.uav', 'verdict.MAYBE', 'donor.iran', 'supplier.Iran', 'x.y.z'])
      expect(parseSelection(bad)).toBeNull();
  });

  test('round-trips the actor, the filters, the pair, the claims and the measure', () => {
    const state = parseDossier(
      '/actor/north-korea',
      '?from=2022&to=2024&verdict=CORROBORATED&pair=recipient.russia&claims=year.2023&measure=tiv',
    );
    expect(state).toMatchObject({
      key: 'north-korea',
      pair: { side: 'recipient', key: 'russia' },
      claims: { kind: 'year', year: 2023 },
      measure: 'tiv',
    });
    expect(state.filters).toMatchObject({ from: '2022', to: '2024', verdict: ['CORROBORATED'] });
    expect(dossierParams(state).toString()).toBe(
      'verdict=CORROBORATED&from=2022&to=2024&pair=recipient.russia&claims=year.2023&measure=tiv',
    );
    expect(parseDossier('/actor/a%20b/', '').key).toBe('a b');
    expect(parseDossier('/actor/', '').key).toBeNull();
  });
});

describe('the claims behind a figure', () => {
  test('a year is read by its overlap when the view allows, and kept by the year the deal starts', () => {
    const year: ClaimSelection = { kind: 'year', pair: null, year: 2022, category: 'UAV', verdict: 'CORROBORATED' };
    expect(claimRequest('russia', year, NO_FILTERS)).toEqual({
      transfers: { actor: 'russia', category: ['UAV'], verdict: ['CORROBORATED'], from: '2022', to: '2022' },
      recognitions: null,
      rule: { year: 2022 },
    });
    // The view starts after the year: its own range is read, and the year's deals kept among them.
    const later = claimRequest('russia', year, { ...NO_FILTERS, from: '2023' });
    expect(later.transfers).toMatchObject({ from: '2023' });
    expect(later.transfers).not.toHaveProperty('to');
    const pair = claimRequest('russia', { kind: 'pair', pair: { side: 'recipient', key: 'syria' } }, NO_FILTERS);
    expect(pair.transfers).toEqual({ supplier: 'russia', recipient: 'syria' });
    const period = (start: string | null, end: string | null) => ({ period: { start, end } });
    expect(startsIn(period('2022-08', '2024'), 2022)).toBe(true);
    expect(startsIn(period(null, '2022'), 2022)).toBe(true);
    expect(startsIn(period('2021', '2022'), 2022)).toBe(false);
    expect(startsIn(period(null, null), null)).toBe(true);
  });
});
