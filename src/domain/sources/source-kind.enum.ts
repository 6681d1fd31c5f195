import { registerEnumType } from 'type-graphql';

export enum SourceKind {
  NEWS_REPORT = 'NEWS_REPORT',
  GOVERNMENT_STATEMENT = 'GOVERNMENT_STATEMENT',
  INTELLIGENCE_ASSESSMENT = 'INTELLIGENCE_ASSESSMENT',
  OFFICIAL_DOCUMENT = 'OFFICIAL_DOCUMENT',
  DATASET = 'DATASET',
  SOCIAL_MEDIA = 'SOCIAL_MEDIA',
  OTHER = 'OTHER',
}

registerEnumType(SourceKind, {
  name: 'SourceKind',
  description: 'What sort of document a source is.',
  valuesConfig: {
    NEWS_REPORT: { description: 'A news article or broadcast.' },
    GOVERNMENT_STATEMENT: { description: 'A statement by a government or one of its bodies.' },
    INTELLIGENCE_ASSESSMENT: { description: 'An intelligence finding or assessment, published or not.' },
    OFFICIAL_DOCUMENT: { description: 'A treaty, register entry, court record or similar.' },
    DATASET: { description: 'A structured dataset such as an arms-transfer register.' },
    SOCIAL_MEDIA: { description: 'A social-media post.' },
    OTHER: { description: 'Anything else.' },
  },
});
