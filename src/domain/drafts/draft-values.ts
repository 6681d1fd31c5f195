import type { ReasonValue, SpanMention } from './attribution';
import type { DraftPeriodValue } from './dates';
import type { DraftQuantityValue } from './items';
import type { PartyValue } from './parties';

/** A draft as the drafter makes it, before it is stored. */
export interface DraftValue {
  kind: 'TRANSFER' | 'RECOGNITION';
  supplier: PartyValue | null;
  recipient: PartyValue | null;
  recognizer: PartyValue | null;
  recognized: PartyValue | null;
  item: string | null;
  designation: string | null;
  category: string | null;
  status: string;
  quantity: DraftQuantityValue | null;
  period: DraftPeriodValue | null;
  stance: 'SUPPORTS' | 'DISPUTES';
  quote: string;
  quoteStart: number;
  quoteEnd: number;
  voice: SpanMention | null;
  chain: SpanMention[];
  credibility: number | null;
  reasons: ReasonValue[];
}
