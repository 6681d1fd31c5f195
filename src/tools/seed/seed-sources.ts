import { Reliability } from '../../domain/evidence/admiralty';
import type { CreateSourceInput } from '../../domain/sources/source-write.inputs';
import { SourceKind } from '../../domain/sources/source-kind.enum';
import { GUARDIAN_TEXT, GUARDIAN_TITLE } from './guardian-article';

export const GUARDIAN = 'guardian-2022-09-06-north-korea-shells';
export const NYT = 'nyt-2022-09-05-russia-north-korea-munitions';
export const US_FINDING = 'us-intelligence-finding-2022-russia-north-korea-munitions';
export const WHITE_HOUSE_STATEMENT = 'white-house-2022-iranian-drones-statement';

/**
 * The sources of the first report. Only the Guardian's text is known; the others are known
 * through it, so they have no text, no URL, and descriptive titles (not invented headlines).
 * Reliability is F ("cannot be judged") throughout: Supplyline makes no judgement the report
 * does not support. The White House spoke "last week" (29 August – 4 September 2022, across two months),
 * so its date is known only to the year.
 */
export const SEED_SOURCES: CreateSourceInput[] = [
  {
    key: US_FINDING,
    title: 'US intelligence finding on Russia buying North Korean rockets and shells (newly downgraded)',
    publisher: 'US intelligence community',
    kind: SourceKind.INTELLIGENCE_ASSESSMENT,
    attributedTo: 'us-intelligence-community',
    reliability: Reliability.F,
  },
  {
    key: NYT,
    title: 'The New York Times report of the US intelligence finding on North Korean munitions for Russia',
    publisher: 'The New York Times',
    kind: SourceKind.NEWS_REPORT,
    publishedOn: '2022-09-05',
    reliability: Reliability.F,
  },
  {
    key: WHITE_HOUSE_STATEMENT,
    title: 'White House statement on Iranian drones delivered to Russia',
    publisher: 'The White House',
    kind: SourceKind.GOVERNMENT_STATEMENT,
    publishedOn: '2022',
    attributedTo: 'white-house',
    reliability: Reliability.F,
  },
  {
    key: GUARDIAN,
    title: GUARDIAN_TITLE,
    publisher: 'The Guardian',
    kind: SourceKind.NEWS_REPORT,
    publishedOn: '2022-09-06',
    reliability: Reliability.F,
    text: GUARDIAN_TEXT,
  },
];
