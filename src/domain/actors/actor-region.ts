import countries from 'world-countries';

/**
 * The world region of a country code (the UN geoscheme's subregion as the `world-countries`
 * package gives it: "Eastern Europe", "Western Asia"…), for clustering a network by region.
 * Former states (ISO 3166-3 and SIPRI's historical codes, as the map places them) take their main
 * successor's region; Kosovo, stored as "XKX", is "UNK" in the package.
 */
const FORMER: Record<string, string> = {
  SUN: 'RUS',
  YUG: 'SRB',
  SCG: 'SRB',
  CSK: 'CZE',
  DDR: 'DEU',
  YMD: 'YEM',
  VDR: 'VNM',
  ZAR: 'COD',
  BUR: 'MMR',
  TMP: 'TLS',
  DHY: 'BEN',
  HVO: 'BFA',
  RHO: 'ZWE',
  BYS: 'BLR',
  ANT: 'CUW',
  XKX: 'UNK',
};

const REGIONS = new Map<string, string>(countries.map((c) => [c.cca3, c.subregion || c.region]));

export function regionOf(countryCode: string | null): string | null {
  if (!countryCode) return null;
  return REGIONS.get(FORMER[countryCode] ?? countryCode) ?? null;
}
