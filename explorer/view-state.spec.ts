import { applyYears } from './year-range';
import { safeHref } from './dom';
import { connectionExports, viewExports } from './export-links';
import type { DrawEdge } from './graph-model';
import { DEFAULT_VIEW, NO_FILTERS, networkFilter, parseView, recognitionFilter, viewToParams } from './view-state';

describe('the view in the address', () => {
  test('round-trips through URL parameters, writing only what differs from the defaults', () => {
    const view = {
      ...DEFAULT_VIEW,
      centre: 'iran',
      depth: 3,
      group: false,
      filters: { ...NO_FILTERS, category: ['UAV', 'AMMUNITION'], minIndependentVoices: 2, from: '2022-08' },
    };
    const params = viewToParams(view);
    expect(params.toString()).toBe(
      'centre=iran&depth=3&group=false&category=UAV%2CAMMUNITION&minIndependentVoices=2&from=2022-08',
    );
    expect(parseView(params)).toEqual(view);
    expect(viewToParams(DEFAULT_VIEW).toString()).toBe('');
  });

  test('ignores depths and voice counts the API would refuse', () => {
    const v = parseView(new URLSearchParams('depth=9&minIndependentVoices=-1'));
    expect(v.depth).toBe(DEFAULT_VIEW.depth);
    expect(v.filters.minIndependentVoices).toBeNull();
  });

  test('filters for the network and for recognitions (which have no category or status)', () => {
    const f = { ...NO_FILTERS, category: ['UAV'], status: ['DELIVERED'], verdict: ['CORROBORATED'], to: '2023' };
    expect(networkFilter(NO_FILTERS)).toBeNull();
    expect(networkFilter(f)).toEqual({
      category: ['UAV'],
      status: ['DELIVERED'],
      verdict: ['CORROBORATED'],
      to: '2023',
    });
    expect(recognitionFilter(f)).toEqual({ verdict: ['CORROBORATED'], to: '2023' });
  });
});

describe('export links', () => {
  const f = { ...NO_FILTERS, category: ['UAV'], verdict: ['SINGLE_SOURCE'] };
  test('of the view: the claims touching the centre, with the filters', () => {
    const links = viewExports('russia', f, true).map((l) => l.href);
    expect(links).toContain('/export/transfers.csv?actor=russia&category=UAV&verdict=SINGLE_SOURCE');
    expect(links).toContain('/export/recognitions.csv?actor=russia&verdict=SINGLE_SOURCE');
    expect(
      viewExports('russia', f, false)
        .map((l) => l.href)
        .some((h) => h.startsWith('/export/recognitions.csv')),
    ).toBe(false);
  });

  test('of a connection: exactly its claims', () => {
    const edge = { id: 'x', kind: 'SUPPLY', source: 'north-korea', target: 'russia' } as DrawEdge;
    expect(connectionExports(edge, NO_FILTERS, true)[0].href).toBe(
      '/export/transfers.csv?supplier=north-korea&recipient=russia',
    );
    expect(connectionExports(edge, NO_FILTERS, false)[0].href).toBe(
      '/export/transfers.csv?supplier=north-korea&recipient=russia&exactActor=true',
    );
    const recognition = { ...edge, kind: 'RECOGNITION' } as DrawEdge;
    expect(connectionExports(recognition, f, true).map((l) => l.href)).toEqual([
      '/export/recognitions.csv?recognizer=north-korea&recognized=russia&verdict=SINGLE_SOURCE',
    ]);
  });
});

describe('safeHref', () => {
  test.each([
    ['https://www.theguardian.com/world/2022/sep/06/x', 'https://www.theguardian.com/world/2022/sep/06/x'],
    ['http://example.org/a b', 'http://example.org/a%20b'],
    ['javascript:alert(1)', null],
    ['JaVaScRiPt:alert(1)', null],
    ['data:text/html,<b>x</b>', null],
    ['/relative/path', null],
    ['', null],
    [null, null],
  ])('%s → %s', (input, expected) => {
    expect(safeHref(input)).toBe(expected);
  });
});

describe('applyYears', () => {
  it('keeps a finer date whose year did not move, and makes a moved end its year', () => {
    expect(applyYears({ from: '2022-08', to: '2024-03-01' }, { from: 2022, to: 2025 })).toEqual({
      from: '2022-08',
      to: '2025',
    });
    expect(applyYears({ from: '2022-08', to: null }, { from: 2021, to: null })).toEqual({ from: '2021', to: null });
    expect(applyYears({ from: '2022-08', to: '2023' }, { from: null, to: null })).toEqual({ from: null, to: null });
  });
});
