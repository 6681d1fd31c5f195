/** The shapes of the API's answers the dossier asks for (see dossier-queries.ts). */
import type { Page, Period } from '../types';

export interface ActorLink {
  key: string;
  name: string;
  kind: string;
}

export interface ActorChain extends ActorLink {
  parent: ActorChain | null;
}

export interface DossierActor extends ActorLink {
  countryCode: string | null;
  description: string | null;
  aliases: string[];
  parent: ActorChain | null;
  children: ActorLink[];
  predecessors: ActorLink[];
  successors: ActorLink[];
}

/** One supply edge of the network around the actor: one pair of actors, aggregated. */
export interface DossierEdge {
  source: { key: string };
  target: { key: string };
  claimCount: number;
  categories: string[];
  strongestVerdict: string;
  independentVoices: number;
  tivOrder: number | null;
  tivDelivered: number | null;
  period: Period;
  /** the independent voices behind its claims, by kind and display name */
  voices: { kind: string; name: string }[];
}

export interface DossierNetwork {
  nodes: { actor: ActorChain }[];
  edges: DossierEdge[];
  truncated: boolean;
}

/** Transfers of one year (null: undated), category and verdict, counted (transferTimeline). */
export interface TimelineCell {
  year: number | null;
  category: string;
  verdict: string;
  count: number;
  tivOrder: number | null;
  tivDelivered: number | null;
}

export interface RecognitionRow {
  id: string;
  status: string;
  date: string | null;
  recognizer: ActorLink;
  recognized: ActorLink;
  assessment: { verdict: string; independentVoices: number };
}

export interface DossierData {
  supplyNetwork: DossierNetwork;
  transferTimeline: TimelineCell[];
  recognizes: Page<RecognitionRow>;
  recognizedBy: Page<RecognitionRow>;
}

/** A transfer as the claims section first reads it, to choose the claims a timeline figure counts. */
export interface ClaimKey {
  id: string;
  period: Period;
}
