import { partialDateInterval, periodInterval } from './partial-date';

describe('partialDateInterval', () => {
  it.each([
    ['2022', { lo: '2022-01-01', hi: '2022-12-31' }],
    ['2022-08', { lo: '2022-08-01', hi: '2022-08-31' }],
    ['2022-02', { lo: '2022-02-01', hi: '2022-02-28' }],
    ['2024-02', { lo: '2024-02-01', hi: '2024-02-29' }],
    ['2022-08-15', { lo: '2022-08-15', hi: '2022-08-15' }],
    ['2024-02-29', { lo: '2024-02-29', hi: '2024-02-29' }],
  ])('%s covers %o', (text, interval) => expect(partialDateInterval(text)).toEqual(interval));

  it.each([
    ['2022-13'],
    ['22-08'],
    ['2022-8'],
    ['2022-00'],
    ['2022-02-30'],
    ['2023-02-29'],
    ['0000'],
    ['2022-08-15T00:00'],
    [''],
    [' 2022'],
  ])('%s is not a PartialDate', (text) => expect(partialDateInterval(text)).toBeNull());
});

describe('periodInterval', () => {
  it.each([
    [null, null, null],
    ['2022-08', null, { lo: '2022-08-01', hi: '2022-08-31' }],
    [null, '2022-08', { lo: '2022-08-01', hi: '2022-08-31' }],
    ['2022', '2023-03', { lo: '2022-01-01', hi: '2023-03-31' }],
  ])('start %s end %s covers %o', (start, end, interval) => expect(periodInterval(start, end)).toEqual(interval));
});
