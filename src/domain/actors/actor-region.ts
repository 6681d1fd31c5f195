import countries from 'world-countries';

/**
 * The world region of a country code (the UN geoscheme's subregion as the `world-countries`
 * package gives it: "Eastern Europe", "Western Asia"…), for clustering a network by region.
 * Former states (ISO 3166-3) take their main successor's region; Kosovo's "UNK" (SIPRI's code)
 * is read as the package's "XKX".
 */
const FORMER: Record<string, string> = {
  SUN: 'RUS',
  YUG: 'SRB',
  SCG: 'SRB',
  CSK: 'CZE',
  DDR: 'DEU',
  YMD: 'YEM',
  BUR: 'MMR',
  ZAR: 'COD',
  TMP: 'TLS',
  ANT: 'CUW',
  UNK: 'XKX',
};

const REGIONS = new Map<string, string>(countries.map((c) => [c.cca3, c.subregion || c.region]));

export function regionOf(countryCode: string | null): string | null {
  if (!countryCode) return null;
  return REGIONS.get(FORMER[countryCode] ?? countryCode) ?? null;
}
