import { ActorKind } from '../../domain/actors/actor-kind.enum';
import type { CreateActorInput } from '../../domain/actors/actor-write.inputs';

/**
 * The actors of the first report, parents before children. Aliases are the common names these
 * actors go by in reporting (including the Russian-derived DNR/LNR and the Lugansk spelling).
 */
export const SEED_ACTORS: CreateActorInput[] = [
  { key: 'russia', name: 'Russia', kind: ActorKind.STATE, countryCode: 'RUS', aliases: ['Russian Federation'] },
  {
    key: 'russian-ministry-of-defence',
    name: 'Russian Ministry of Defence',
    kind: ActorKind.GOVERNMENT_BODY,
    parent: 'russia',
    aliases: [
      'Russian defence ministry',
      'Russian Ministry of Defense',
      'Ministry of Defence of the Russian Federation',
      'Russian MoD',
    ],
  },
  {
    key: 'north-korea',
    name: 'North Korea',
    kind: ActorKind.STATE,
    countryCode: 'PRK',
    aliases: ['DPRK', "Democratic People's Republic of Korea"],
  },
  { key: 'iran', name: 'Iran', kind: ActorKind.STATE, countryCode: 'IRN', aliases: ['Islamic Republic of Iran'] },
  { key: 'ukraine', name: 'Ukraine', kind: ActorKind.STATE, countryCode: 'UKR' },
  {
    key: 'united-states',
    name: 'United States',
    kind: ActorKind.STATE,
    countryCode: 'USA',
    aliases: ['US', 'USA', 'United States of America'],
  },
  {
    key: 'us-intelligence-community',
    name: 'US intelligence community',
    kind: ActorKind.GOVERNMENT_BODY,
    parent: 'united-states',
    aliases: ['US intelligence', 'United States Intelligence Community'],
  },
  {
    key: 'white-house',
    name: 'White House',
    kind: ActorKind.GOVERNMENT_BODY,
    parent: 'united-states',
    aliases: ['The White House'],
  },
  { key: 'syria', name: 'Syria', kind: ActorKind.STATE, countryCode: 'SYR', aliases: ['Syrian Arab Republic'] },
  {
    key: 'donetsk-peoples-republic',
    name: "Donetsk People's Republic",
    kind: ActorKind.SELF_PROCLAIMED_STATE,
    description: 'Self-proclaimed republic in the Donetsk region of eastern Ukraine, backed by Russia.',
    aliases: ['DPR', 'DNR'],
  },
  {
    key: 'luhansk-peoples-republic',
    name: "Luhansk People's Republic",
    kind: ActorKind.SELF_PROCLAIMED_STATE,
    description: 'Self-proclaimed republic in the Luhansk region of eastern Ukraine, backed by Russia.',
    aliases: ['LPR', 'LNR', "Lugansk People's Republic"],
  },
];
