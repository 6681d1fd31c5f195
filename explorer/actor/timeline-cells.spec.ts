import { NO_FILTERS } from '../view-state';
import { claimRequest, keeps, pairFilters, plainScope } from './claim-selection';
import type { Scope } from './claim-selection';
import { parseSelection, selectionParam } from './dossier-address';
import type { ClaimSelection } from './dossier-address';
import type { TimelineCell } from './dossier-types';
import { actorFigures, combineCells, dealsIn } from './timeline-cells';
import { stackTimeline } from './timeline-model';

const cell = (year: number | null, category: string, verdict: string, count: number, tivOrder: number | null = null) =>
  ({ year, category, verdict, count, tivOrder, tivDelivered: null }) as TimelineCell;

describe("the actor's figures: its deals with counterparts", () => {
  // Russia supplies 3 UAV deals in 2022 (one to its own ministry), receives 2 (that one too): 4
  // deals in all that year; and it passed one more through, in 2024 (in `all` only).
  const internal = [cell(2022, 'UAV', 'CORROBORATED', 1, 0.3)];
  const asSupplier = [cell(2022, 'UAV', 'CORROBORATED', 3, 10.3), cell(null, 'AMMUNITION', 'SINGLE_SOURCE', 1)];
  const asRecipient = [cell(2022, 'UAV', 'CORROBORATED', 2, 0.3), cell(2023, 'UAV', 'CONTESTED', 1, 5)];
  const all = [cell(2022, 'UAV', 'CORROBORATED', 4, 10.3), cell(2023, 'UAV', 'CONTESTED', 1, 5)];
  all.push(cell(null, 'AMMUNITION', 'SINGLE_SOURCE', 1), cell(2024, 'LABOUR', 'UNSUPPORTED', 1));

  test('are its deals as supplier, plus as recipient, less twice the internal ones, cell by cell, TIV too', () => {
    const f = actorFigures({ all, asSupplier, asRecipient, internal });
    expect(f.cells).toEqual([
      cell(2022, 'UAV', 'CORROBORATED', 3, 10),
      cell(2023, 'UAV', 'CONTESTED', 1, 5),
      cell(null, 'AMMUNITION', 'SINGLE_SOURCE', 1),
    ]);
    expect(dealsIn(f.cells)).toBe(5);
    expect(f).toMatchObject({ internal: 1, intermediary: 1 });
    // Cells whose deals all go away are dropped; TIV that cancels is 0, not a rounding error.
    expect(
      combineCells([
        { cells: internal, times: 1 },
        { cells: internal, times: -1 },
      ]),
    ).toEqual([]);
    const [c] = combineCells([
      { cells: [cell(2020, 'UAV', 'CORROBORATED', 2, 0.1 + 0.2)], times: 1 },
      { cells: [cell(2020, 'UAV', 'CORROBORATED', 1, 0.3)], times: -1 },
    ]);
    expect(c.tivOrder).toBe(0);
  });

  test('are drawn within the chosen years: deals that started before them are counted apart', () => {
    const t = stackTimeline(
      [
        cell(2019, 'UAV', 'CORROBORATED', 2, 4),
        cell(2023, 'UAV', 'CORROBORATED', 1, 1),
        cell(null, 'UAV', 'CORROBORATED', 1),
      ],
      'tiv',
      { from: 2022, to: 2024 },
    );
    expect(t.years.map((y) => y.year)).toEqual([2022, 2023, 2024]);
    expect(t.dated).toEqual({ count: 1, value: 1 });
    expect(t.earlier).toEqual({ count: 2, value: 4 });
    expect(t.undated.count).toBe(1);
    // Only deals that started earlier: no bar at all, and they are still counted.
    const none = stackTimeline([cell(2019, 'UAV', 'CORROBORATED', 2)], 'deals', { from: 2022, to: null });
    expect(none).toMatchObject({ years: [], earlier: { count: 2 }, dated: { count: 0 } });
  });
});

describe('the claims behind the figures', () => {
  const scope: Scope = {
    inside: ['russia', 'russian-mod'],
    above: [],
    mixed: true,
    ends: () => ['russia'],
  };
  const key = (supplier: string, recipient: string, start: string | null = '2022') => ({
    id: `${supplier}-${recipient}`,
    period: { start, end: null },
    supplier: { key: supplier },
    recipient: { key: recipient },
  });

  test("an actor's figure keeps its deals with counterparts, not those it passed through nor its internal ones", () => {
    const req = claimRequest('russia', { kind: 'verdict', verdict: 'CONTESTED' }, NO_FILTERS, scope);
    expect(req.transfers).toEqual({ actor: 'russia', verdict: ['CONTESTED'] });
    expect(req.recognitions).toEqual({ actor: 'russia', verdict: ['CONTESTED'] });
    expect(keeps(key('iran', 'russian-mod'), req.rule!)).toBe(true);
    expect(keeps(key('russia', 'russian-mod'), req.rule!)).toBe(false);
    expect(keeps(key('iran', 'syria'), req.rule!)).toBe(false);
    // Nothing to leave out: the API's filter says it.
    expect(claimRequest('russia', { kind: 'all' }, NO_FILTERS).rule).toBeUndefined();
    const through = claimRequest('russia', { kind: 'aside', what: 'intermediary' }, NO_FILTERS, scope);
    expect([key('iran', 'syria'), key('iran', 'russia')].filter((k) => keeps(k, through.rule!))).toHaveLength(1);
    expect(claimRequest('russia', { kind: 'aside', what: 'internal' }, NO_FILTERS, scope)).toEqual({
      transfers: { supplier: 'russia', recipient: 'russia' },
      recognitions: null,
    });
  });

  test('the deals started before the chosen years are those of the view that start before its first year', () => {
    const req = claimRequest('russia', { kind: 'earlier', pair: null }, { ...NO_FILTERS, from: '2022' });
    expect(req.transfers).toEqual({ actor: 'russia', from: '2022' });
    expect(keeps(key('iran', 'russia', '2019-05'), req.rule!)).toBe(true);
    expect(keeps(key('iran', 'russia', '2022'), req.rule!)).toBe(false);
    expect(keeps(key('iran', 'russia', null), req.rule!)).toBe(false);
  });

  test("a pair with the actor's own state reads the state alone, one filter per body of the actor in its deals", () => {
    const body: Scope = { ...plainScope('russian-mod'), above: ['russia'] };
    const russia = { side: 'supplier', key: 'russia' } as const;
    expect(pairFilters('russian-mod', russia, body)).toEqual([
      { supplier: 'russia', recipient: 'russian-mod', exactActor: true },
    ]);
    expect(claimRequest('russian-mod', { kind: 'pair', pair: russia }, NO_FILTERS, body).transfers).toEqual({
      supplier: 'russia',
      recipient: 'russian-mod',
      exactActor: true,
    });
    expect(pairFilters('russian-mod', { side: 'supplier', key: 'iran' }, body)).toEqual([
      { supplier: 'iran', recipient: 'russian-mod' },
    ]);
    // With a unit of the ministry's in the state's deals: two filters, or one and a rule.
    const deeper = { ...body, ends: () => ['russian-mod', 'mod-unit'] };
    expect(pairFilters('russian-mod', russia, deeper)).toHaveLength(2);
    const req = claimRequest('russian-mod', { kind: 'pair', pair: russia }, NO_FILTERS, deeper);
    expect(req.transfers).toEqual({ supplier: 'russia', recipient: 'russian-mod' });
    expect(keeps(key('russia', 'mod-unit'), req.rule!)).toBe(true);
    expect(keeps(key('navy', 'mod-unit'), req.rule!)).toBe(false);
  });

  test.each<[string, ClaimSelection]>([
    ['earlier', { kind: 'earlier', pair: null }],
    ['supplier.iran.earlier', { kind: 'earlier', pair: { side: 'supplier', key: 'iran' } }],
    ['intermediary', { kind: 'aside', what: 'intermediary' }],
    ['internal', { kind: 'aside', what: 'internal' }],
  ])('the address keeps %s', (text, selection) => {
    expect(parseSelection(text)).toEqual(selection);
    expect(selectionParam(selection)).toBe(text);
  });
});
