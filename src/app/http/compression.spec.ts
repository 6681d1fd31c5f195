import { negotiateEncoding } from './compression';

describe('Accept-Encoding', () => {
  it.each([
    [undefined, undefined],
    ['', undefined],
    ['identity', undefined],
    ['gzip, deflate, br', 'br'],
    ['gzip', 'gzip'],
    ['gzip;q=0, br', 'br'],
    ['br;q=0.5, gzip', 'gzip'],
    ['br;q=0, gzip;q=0', undefined],
    ['gzip;q=0.1, identity', undefined],
    ['gzip;q=0.5', 'gzip'],
    ['*', 'br'],
    ['*;q=0.2, br;q=0', 'gzip'],
    ['deflate', undefined],
    ['BR;Q=1', 'br'],
    ['gzip;q=abc', undefined],
    [['gzip;q=0.5', 'br;q=0.6'], 'br'],
  ])('%p is answered with %p (q-values first, brotli when both are as welcome)', (header, expected) =>
    expect(negotiateEncoding(header)).toBe(expected),
  );
});
