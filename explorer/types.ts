/** The shapes of the API's answers the explorer asks for (see queries.ts). */

export interface ActorRef {
  key: string;
  name: string;
  kind: string;
}

export interface ActorWithParents extends ActorRef {
  parent: ActorWithParents | null;
  /** The world region of its country (for clusters); null without a country. */
  region?: string | null;
}

export interface Period {
  start: string | null;
  end: string | null;
}

export interface NetworkEdgeData {
  kind: 'SUPPLY' | 'RECOGNITION';
  source: { key: string };
  target: { key: string };
  claimCount: number;
  categories: string[];
  strongestVerdict: string;
  independentVoices: number;
  /** the voices behind its claims: an actor or a source, by key */
  voices: { kind: string; actor: { key: string } | null; source: { key: string } | null }[];
  period: Period;
  /** SIPRI's trend-indicator value of its orders, where known (null for recognitions and when none is). */
  tivOrder?: number | null;
}

export interface SupplyNetworkData {
  nodes: { actor: ActorWithParents; degree: number }[];
  edges: NetworkEdgeData[];
  truncated: boolean;
}

export interface SourceData {
  title: string;
  publisher: string;
  publishedOn: string | null;
  url: string | null;
  reliability: string;
}

export interface CitationData {
  quote: string;
  stance: 'SUPPORTS' | 'DISPUTES';
  credibility: number;
  locator: string | null;
  attribution: string | null;
  attributedTo: { name: string } | null;
  verified: boolean;
  source: SourceData;
  chain: SourceData[];
}

/** Two sources the independence auditor found to be echoes, counted as one voice. */
export interface EchoData {
  copy: { title: string; publisher: string };
  original: { title: string; publisher: string };
  similarity: number | null;
  basis: 'TEXT' | 'QUOTE' | 'EDITOR';
  status: 'SUSPECTED' | 'CONFIRMED' | 'DISMISSED';
}

export interface AssessmentData {
  verdict: string;
  grade: string | null;
  independentVoices: number;
  disputingVoices: number;
  explanation: string;
  suspectedEchoes: EchoData[];
}

interface ClaimData {
  id: string;
  evidence: CitationData[];
  assessment: AssessmentData;
}

export interface TransferData extends ClaimData {
  supplier: ActorRef;
  recipient: ActorRef;
  category: string;
  item: string;
  designation: string | null;
  status: string;
  quantity: { text: string | null };
  period: Period;
  context: string | null;
}

export interface RecognitionData extends ClaimData {
  recognizer: ActorRef;
  recognized: ActorRef;
  status: string;
  date: string | null;
}

export interface Page<T> {
  totalCount: number;
  edges: { node: T }[];
}

export interface SearchHitData {
  kind: 'ACTOR' | 'SOURCE' | 'TRANSFER' | 'RECOGNITION';
  snippet: string;
  actor: ActorRef | null;
  transfer: { supplier: ActorRef; recipient: ActorRef; item: string; designation: string | null } | null;
  recognition: { recognizer: ActorRef; recognized: ActorRef } | null;
}
