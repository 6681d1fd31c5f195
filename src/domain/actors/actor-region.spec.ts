import { regionOf } from './actor-region';

describe('regionOf', () => {
  it('gives the UN geoscheme subregion of a country, a former state its successor’s, and null without a country', () => {
    expect(regionOf('RUS')).toBe('Eastern Europe');
    expect(regionOf('IRN')).toBe('Southern Asia');
    expect(regionOf('SUN')).toBe('Eastern Europe');
    expect(regionOf('DDR')).toBe('Western Europe');
    expect(regionOf('XKX')).toBe('Southeast Europe');
    expect(regionOf('ZZZ')).toBeNull();
    expect(regionOf(null)).toBeNull();
  });
});
