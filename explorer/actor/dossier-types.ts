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

/** An actor and the bodies below it, a few levels down (the actor's `bodies`). */
export interface ActorTree {
  key: string;
  children?: ActorTree[];
}

export interface DossierActor extends ActorLink {
  countryCode: string | null;
  description: string | null;
  aliases: string[];
  parent: ActorChain | null;
  children: ActorLink[];
  predecessors: ActorLink[];
  successors: ActorLink[];
  /** the bodies below it, three levels down: who "the actor with its bodies" is */
  bodies?: ActorTree[];
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

/**
 * The actor's timelines (every claim it is in, as supplier, as recipient, and between it and its
 * own bodies), its recognitions both ways, and its recognition claims counted per verdict
 * (`rv_<VERDICT>`), as DossierData answers them.
 */
export interface DossierData {
  all: TimelineCell[];
  asSupplier: TimelineCell[];
  asRecipient: TimelineCell[];
  internal: TimelineCell[];
  recognizes: Page<RecognitionRow>;
  recognizedBy: Page<RecognitionRow>;
  [verdictCount: `rv_${string}`]: { totalCount: number };
}

/** A transfer as the claims section first reads it, to choose the claims a figure counts. */
export interface ClaimKey {
  id: string;
  period: Period;
  supplier: { key: string };
  recipient: { key: string };
}
