import countries from 'world-countries';
import { normalizeName } from '../../core/util/normalize-name';
import { ActorKind } from '../actors/actor-kind.enum';

/**
 * The world's states as reference data: every independent or UN-member state of the
 * `world-countries` package (ODbL), and Taiwan, Palestine and Kosovo, each with its ISO 3166-1
 * alpha-3 code and the names it goes by (official name, other spellings, demonyms such as
 * "Iranian", capitals such as "Moscow" as stand-ins for their governments); the common English and
 * SIPRI spellings the package lacks; and the historical states of the arms trade's record (the
 * Soviet Union, Yugoslavia, Czechoslovakia, the two Germanies and Yemens, South Vietnam) with who
 * succeeded them. A name two states share ("Congo", "Congolese") is an alias of neither.
 */
export interface GazetteerState {
  key: string;
  name: string;
  kind: ActorKind;
  countryCode: string | null;
  description: string | null;
  aliases: string[];
}

/** `continuation`: the successor carries on the predecessor (Russia the Soviet Union), so
 * `includePredecessors` counts the predecessor's claims as its own. */
export interface GazetteerSuccession {
  predecessor: string;
  successor: string;
  continuation: boolean;
}

export const slug = (name: string): string =>
  normalizeName(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Common English and SIPRI spellings that world-countries does not list, by ISO alpha-3 code. */
const MORE_NAMES: Record<string, string[]> = {
  TUR: ['Turkey', 'Turkiye'],
  RUS: ['Russian Federation', 'Kremlin'],
  USA: [
    'United States of America',
    'US',
    'U.S.',
    'Washington',
    'Pentagon',
    'State Department',
    'Biden administration',
    'Trump administration',
    'Obama administration',
  ],
  GBR: ['Britain', 'UK', 'Downing Street', 'Whitehall'],
  PRK: ['Korea North'],
  KOR: ['Korea South', 'ROK'],
  ARE: ['UAE', 'United Arab Emirates'],
  COD: ['Zaire', 'Congo (Kinshasa)'],
  COG: ['Congo (Brazzaville)'],
  SWZ: ['eSwatini'],
  MMR: ['Burma'],
  CZE: ['Czech Republic'],
  MKD: ['Macedonia (FYROM)', 'North Macedonia'],
  BIH: ['Bosnia-Herzegovina', 'Bosnia'],
  VNM: ['Viet Nam'],
  DEU: ['Germany (FRG)', 'West Germany', 'FRG'],
  TWN: ['Taiwan (ROC)'],
  CPV: ['Cape Verde'],
  TLS: ['East Timor'],
  KHM: ['Kampuchea'],
  BEN: ['Dahomey'],
  BFA: ['Upper Volta'],
  LKA: ['Ceylon'],
  ZWE: ['Rhodesia'],
  IRN: ['Islamic Republic of Iran', 'Islamic Republic'],
  SYR: ['Syrian Arab Republic'],
  LAO: ['Laos'],
  LBY: ['Libya'],
  VAT: ['Holy See'],
};

/** States that are not independent in the package's terms but are parties in the record. */
const ALSO: Record<string, string> = { TWN: 'TWN', PSE: 'PSE', UNK: 'XKX' };

const HISTORICAL: GazetteerState[] = [
  {
    key: 'soviet-union',
    name: 'Soviet Union',
    countryCode: 'SUN',
    description: 'The Union of Soviet Socialist Republics (1922–1991).',
    aliases: ['USSR', 'Union of Soviet Socialist Republics', 'Soviet'],
  },
  {
    key: 'yugoslavia',
    name: 'Yugoslavia',
    countryCode: 'YUG',
    description: 'The Socialist Federal Republic of Yugoslavia (1945–1992).',
    aliases: ['Socialist Federal Republic of Yugoslavia', 'SFRY', 'SFR Yugoslavia'],
  },
  {
    key: 'serbia-and-montenegro',
    name: 'Serbia and Montenegro',
    countryCode: 'SCG',
    description: 'The Federal Republic of Yugoslavia (1992–2003), then Serbia and Montenegro (2003–2006).',
    aliases: ['Federal Republic of Yugoslavia', 'FRY'],
  },
  {
    key: 'czechoslovakia',
    name: 'Czechoslovakia',
    countryCode: 'CSK',
    description: 'Czechoslovakia (1918–1992).',
    aliases: ['Czechoslovak Socialist Republic', 'CSSR'],
  },
  {
    key: 'east-germany',
    name: 'East Germany',
    countryCode: 'DDR',
    description: 'The German Democratic Republic (1949–1990).',
    aliases: ['East Germany (GDR)', 'GDR', 'German Democratic Republic', 'DDR'],
  },
  {
    key: 'north-yemen',
    name: 'North Yemen',
    countryCode: null,
    description: 'The Yemen Arab Republic (1962–1990).',
    aliases: ['Yemen Arab Republic (North Yemen)', 'Yemen Arab Republic'],
  },
  {
    key: 'south-yemen',
    name: 'South Yemen',
    countryCode: 'YMD',
    description: "The People's Democratic Republic of Yemen (1967–1990).",
    aliases: ["People's Democratic Republic of Yemen", "South Yemen (People's Democratic Republic)"],
  },
  {
    key: 'south-vietnam',
    name: 'South Vietnam',
    countryCode: null,
    description: 'The Republic of Vietnam (1955–1975).',
    aliases: ['Republic of Vietnam', 'South Viet Nam'],
  },
].map((s) => ({ ...s, kind: ActorKind.STATE }));

const SOVIET_SUCCESSORS = [
  'ukraine',
  'belarus',
  'kazakhstan',
  'uzbekistan',
  'turkmenistan',
  'kyrgyzstan',
  'tajikistan',
];
const MORE_SOVIET = ['armenia', 'azerbaijan', 'georgia', 'moldova', 'lithuania', 'latvia', 'estonia'];

export const GAZETTEER_SUCCESSIONS: GazetteerSuccession[] = [
  { predecessor: 'soviet-union', successor: 'russia', continuation: true },
  ...[...SOVIET_SUCCESSORS, ...MORE_SOVIET].map((s) => ({
    predecessor: 'soviet-union',
    successor: s,
    continuation: false,
  })),
  { predecessor: 'yugoslavia', successor: 'serbia-and-montenegro', continuation: true },
  ...['croatia', 'slovenia', 'bosnia-and-herzegovina', 'north-macedonia'].map((s) => ({
    predecessor: 'yugoslavia',
    successor: s,
    continuation: false,
  })),
  { predecessor: 'serbia-and-montenegro', successor: 'serbia', continuation: true },
  { predecessor: 'serbia-and-montenegro', successor: 'montenegro', continuation: false },
  { predecessor: 'czechoslovakia', successor: 'czechia', continuation: false },
  { predecessor: 'czechoslovakia', successor: 'slovakia', continuation: false },
  { predecessor: 'east-germany', successor: 'germany', continuation: true },
  { predecessor: 'north-yemen', successor: 'yemen', continuation: true },
  { predecessor: 'south-yemen', successor: 'yemen', continuation: true },
  { predecessor: 'south-vietnam', successor: 'vietnam', continuation: true },
];

function modernStates(): GazetteerState[] {
  return countries
    .filter((c) => c.independent || c.unMember || ALSO[c.cca3])
    .map((c) => ({
      key: slug(c.name.common),
      name: c.name.common,
      kind: ActorKind.STATE,
      countryCode: ALSO[c.cca3] ?? c.cca3,
      description: null,
      aliases: [
        c.name.official,
        ...c.altSpellings.filter((a) => a !== c.cca2),
        ...(MORE_NAMES[c.cca3] ?? []),
        ...Object.values(c.demonyms?.eng ?? {}),
        ...(c.capital ?? []),
      ],
    }));
}

/**
 * Every state, its aliases cleaned: an alias is dropped when it is the state's own name, repeats
 * another of its aliases, or is also a name or alias of another state (ambiguous).
 */
export function gazetteerStates(): GazetteerState[] {
  const states = [...modernStates(), ...HISTORICAL];
  const claims = new Map<string, Set<string>>();
  for (const s of states)
    for (const n of [s.name, s.key, ...s.aliases]) {
      const k = normalizeName(n);
      if (k) claims.set(k, (claims.get(k) ?? new Set()).add(s.key));
    }
  return states.map((s) => {
    const own = new Set([normalizeName(s.name), normalizeName(s.key)]);
    const aliases: string[] = [];
    for (const a of s.aliases) {
      const k = normalizeName(a);
      if (!k || own.has(k) || claims.get(k)!.size > 1 || a.length > 200) continue;
      own.add(k);
      aliases.push(a);
    }
    return { ...s, aliases };
  });
}

/** The peoples' adjectives of the world's states ("Iranian", "North Korean"), in lookup form. */
export const DEMONYMS: ReadonlySet<string> = new Set(
  [...countries.flatMap((c) => Object.values(c.demonyms?.eng ?? {})), 'Soviet'].map((d) => normalizeName(d)),
);
