/** The shapes of the API's answers the draft page asks for (see draft-queries.ts). */
import type { ActorRef } from '../types';

export interface DraftMentionData {
  text: string;
  start: number;
  end: number;
  actor: ActorRef | null;
}

export interface DraftReasonData {
  role: string;
  text: string;
  start: number;
  end: number;
  note: string | null;
}

export interface DraftQuantityData {
  min: number | null;
  max: number | null;
  text: string;
}

export interface DraftPeriodData {
  start: string | null;
  end: string | null;
}

/** The claim a draft recorded (or was added to), as acceptDraft and Draft.claim give it. */
export type DraftClaimData =
  | { __typename: 'Transfer'; id: string; category: string; supplier: ActorRef; recipient: ActorRef }
  | { __typename: 'Recognition'; id: string; recognizer: ActorRef; recognized: ActorRef };

export type DraftState = 'PENDING' | 'ACCEPTED' | 'REJECTED';

export interface DraftData {
  id: string;
  kind: 'TRANSFER' | 'RECOGNITION';
  state: DraftState;
  status: string;
  category: string | null;
  item: string | null;
  designation: string | null;
  stance: 'SUPPORTS' | 'DISPUTES';
  credibility: number | null;
  quote: string;
  quoteStart: number;
  quoteEnd: number;
  supplier: DraftMentionData | null;
  recipient: DraftMentionData | null;
  recognizer: DraftMentionData | null;
  recognized: DraftMentionData | null;
  voice: DraftMentionData | null;
  chain: DraftMentionData[];
  quantity: DraftQuantityData | null;
  period: DraftPeriodData | null;
  reasons: DraftReasonData[];
  rejectionReason: string | null;
  decidedBy: string | null;
  claim: DraftClaimData | null;
}

export interface DraftBatchData {
  id: string;
  title: string | null;
  publisher: string | null;
  publishedOn: string | null;
  url: string | null;
  kind: string | null;
  text: string;
  fromHtml: boolean;
  drafts: DraftData[];
}

/** The two parties of a draft, by the names the API gives them for its kind. */
export type PartyField = 'supplier' | 'recipient' | 'recognizer' | 'recognized';

export const partiesOf = (kind: DraftData['kind']): [PartyField, PartyField] =>
  kind === 'TRANSFER' ? ['supplier', 'recipient'] : ['recognizer', 'recognized'];
