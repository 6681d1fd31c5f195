import { RecognitionStatus, TransferCategory, TransferStatus } from '../../domain/claims/claim-enums';
import type { RecordRecognitionInput, RecordTransferInput } from '../../domain/claims/claim-write.inputs';
import type { CitationInput } from '../../domain/claims/citation.inputs';
import { GUARDIAN, NYT, US_FINDING, WHITE_HOUSE_STATEMENT } from './seed-sources';

const INVASION = 'Russian invasion of Ukraine';

/**
 * Every claim of the first report, each with citations quoted verbatim from it. Statuses and
 * quantities keep the report's hedging ("in the process of buying" is IN_PROGRESS, "likely part
 * of a plan" PLANNED, "could look to purchase" and "hinted interest" PROPOSED). Credibility
 * (1–6) is the seed editor's reading of the wording: 2 ("probably true") for what the report
 * states as found or confirmed, 3 ("possibly true") for what it reports as belief or likelihood.
 */
const shells: CitationInput = {
  source: GUARDIAN,
  quote:
    'The Russian defence ministry is in the process of buying millions of rockets and artillery shells from North Korea to ' +
    'support its invasion of Ukraine, according to a newly downgraded US intelligence finding.',
  chain: [NYT, US_FINDING],
  attributedTo: 'us-intelligence-community',
  attribution: 'a newly downgraded US intelligence finding, first reported by the New York Times',
  credibility: 2,
  locator: 'paragraph 1',
};

const dronesDelivered: CitationInput = {
  source: GUARDIAN,
  quote:
    'the Biden administration recently confirmed that the Russian military in August took delivery of Iranian-manufactured drones for use on the battlefield in Ukraine',
  chain: [WHITE_HOUSE_STATEMENT],
  attributedTo: 'white-house',
  attribution: 'the Biden administration',
  credibility: 2,
  locator: 'paragraph 4',
};

const dronesNamed: CitationInput = {
  source: GUARDIAN,
  quote:
    'The White House said last week that Russia has faced technical problems with Mohajer-6 and Shahed-series drones',
  chain: [WHITE_HOUSE_STATEMENT],
  attributedTo: 'white-house',
  attribution: 'the White House',
  credibility: 2,
  locator: 'paragraph 5',
};

const workers: CitationInput[] = [
  {
    source: GUARDIAN,
    quote:
      'The North Koreans have hinted interest in sending construction workers to help rebuild Russian-occupied territories in the country’s east.',
    attributedTo: 'north-korea',
    attribution: 'the North Koreans',
    credibility: 2,
    locator: 'paragraph 7',
  },
  {
    source: GUARDIAN,
    quote:
      'North Korea’s ambassador to Moscow recently met envoys from two Russia-backed separatist territories in the Donbas region of ' +
      'Ukraine and expressed optimism about cooperation in the “field of labor migration”',
    attributedTo: 'north-korea',
    attribution: 'North Korea’s ambassador to Moscow',
    credibility: 2,
    locator: 'paragraph 8',
  },
];

export const SEED_TRANSFERS: RecordTransferInput[] = [
  {
    supplier: 'north-korea',
    recipient: 'russian-ministry-of-defence',
    category: TransferCategory.AMMUNITION,
    item: 'rockets and artillery shells',
    quantity: { min: 1_000_000, max: null, text: 'millions' },
    status: TransferStatus.IN_PROGRESS,
    context: INVASION,
    citations: [shells],
  },
  ...['Mohajer-6', 'Shahed-series'].map((designation) => ({
    supplier: 'iran',
    recipient: 'russia',
    category: TransferCategory.UAV,
    item: 'drones',
    designation,
    status: TransferStatus.DELIVERED,
    period: { start: '2022-08' },
    context: INVASION,
    citations: [dronesDelivered, dronesNamed],
  })),
  {
    supplier: 'iran',
    recipient: 'russia',
    category: TransferCategory.UAV,
    item: 'unmanned aerial vehicles',
    quantity: { min: 100, max: null, text: 'hundreds' },
    status: TransferStatus.PLANNED,
    context: INVASION,
    citations: [
      {
        source: GUARDIAN,
        quote:
          'what the Biden administration says is likely part of a Russian plan to acquire hundreds of Iranian unmanned aerial vehiclea (UAVs)',
        chain: [WHITE_HOUSE_STATEMENT],
        attributedTo: 'white-house',
        attribution: 'the Biden administration',
        credibility: 3,
        locator: 'paragraph 5',
      },
    ],
  },
  {
    supplier: 'north-korea',
    recipient: 'russia',
    category: TransferCategory.OTHER_MATERIEL,
    item: 'additional military equipment',
    status: TransferStatus.PROPOSED,
    context: INVASION,
    citations: [
      {
        source: GUARDIAN,
        quote:
          'US intelligence officials believe that the Russians could look to purchase additional North Korean military equipment in the future.',
        chain: [NYT, US_FINDING],
        attributedTo: 'us-intelligence-community',
        attribution: 'US intelligence officials',
        credibility: 3,
        locator: 'paragraph 3',
      },
    ],
  },
  ...['donetsk-peoples-republic', 'luhansk-peoples-republic'].map((recipient) => ({
    supplier: 'north-korea',
    recipient,
    category: TransferCategory.LABOUR,
    item: 'construction workers',
    status: TransferStatus.PROPOSED,
    context: 'Rebuilding Russian-occupied territories in eastern Ukraine',
    citations: workers,
  })),
];

const recognition: CitationInput = {
  source: GUARDIAN,
  quote:
    'In July North Korea became the only nation aside from Russia and Syria to recognise the self-proclaimed republics in Luhansk ' +
    'and Donetsk, further aligning with Russia over the conflict in Ukraine.',
  credibility: 2,
  locator: 'paragraph 9',
};

export const SEED_RECOGNITIONS: RecordRecognitionInput[] = [
  ['russia', null],
  ['syria', null],
  ['north-korea', '2022-07'],
].flatMap(([recognizer, date]) =>
  ['donetsk-peoples-republic', 'luhansk-peoples-republic'].map((recognized) => ({
    recognizer: recognizer!,
    recognized,
    status: RecognitionStatus.RECOGNIZED,
    date,
    citations: [recognition],
  })),
);
