import { registerEnumType } from 'type-graphql';

export enum RecognitionStatsGroupBy {
  RECOGNIZER = 'RECOGNIZER',
  RECOGNIZED = 'RECOGNIZED',
  STATUS = 'STATUS',
  YEAR = 'YEAR',
}
registerEnumType(RecognitionStatsGroupBy, {
  name: 'RecognitionStatsGroupBy',
  description: 'How recognitions are grouped in recognitionStats.',
  valuesConfig: {
    RECOGNIZER: { description: 'By recognizer (key).' },
    RECOGNIZED: { description: 'By recognized actor (key).' },
    STATUS: { description: 'By status.' },
    YEAR: { description: 'By year ("" when undated).' },
  },
});
