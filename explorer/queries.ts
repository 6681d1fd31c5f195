/**
 * The GraphQL operations the explorer sends: one per view change. Each stays far below the
 * server's limits (depth 12, 30 aliases, cost 250,000); tests/explorer.e2e.ts measures them.
 */

/**
 * How many actors the network is read with, so that the picture's choice of the heaviest actors
 * (graph-focus.ts) is made over the whole neighbourhood: the full SIPRI register around Russia at
 * two hops has 251 actors and 2,815 connections, read whole and drawn in part. The API allows
 * 1,000, but the cost walk counts every node's parents and every edge's voices once per allowed
 * node (about 300 each): 400 keeps this query under half the server's limit. When the server cuts
 * the walk it keeps the heaviest connections, and the page says how to narrow the view.
 */
export const MAX_NODES = 400;
/** Claims shown per panel (per kind, for an actor); the panel says when there are more and links the export. */
export const PANEL_PAGE = 30;
export const ACTOR_PAGE = 15;

/** When the address names no centre: the actor that receives the most transfers, else any actor. */
export const DEFAULT_CENTRE = `query ExplorerDefaultCentre {
  transferStats(groupBy: RECIPIENT) { key }
  actors(first: 1) { edges { node { key } } }
}`;

export const NETWORK = `query ExplorerNetwork($around: String!, $depth: Int!, $filter: NetworkFilter, $recognitions: Boolean!, $maxNodes: Int!) {
  centre: actor(key: $around) { key name kind }
  supplyNetwork(around: [$around], depth: $depth, filter: $filter, includeRecognitions: $recognitions, maxNodes: $maxNodes) {
    nodes { degree actor { ...A parent { ...A parent { ...A parent { ...A } } } } }
    edges {
      kind source { key } target { key }
      claimCount categories strongestVerdict independentVoices period { start end } tivOrder
      voices { kind actor { key } source { key } }
    }
    truncated
  }
}
fragment A on Actor { key name kind region }`;

export const EVIDENCE_FRAGMENTS = `
fragment Src on Source { title publisher publishedOn url reliability }
fragment Cite on Citation {
  quote stance credibility locator attribution verified
  attributedTo { name }
  source { ...Src }
  chain { ...Src }
}
fragment Assess on Assessment {
  verdict grade independentVoices disputingVoices explanation
  suspectedEchoes { copy { title publisher } original { title publisher } similarity basis status }
}`;

export const TRANSFER_FRAGMENT = `
fragment T on Transfer {
  id category item designation status context
  supplier { key name kind } recipient { key name kind }
  quantity { text } period { start end }
  evidence { ...Cite } assessment { ...Assess }
}`;

export const RECOGNITION_FRAGMENT = `
fragment R on Recognition {
  id status date
  recognizer { key name kind } recognized { key name kind }
  evidence { ...Cite } assessment { ...Assess }
}`;

const TRANSFER_PAGE =
  'transfers(filter: $transfers, first: $first, orderBy: STRONGEST_EVIDENCE_FIRST) { totalCount edges { node { ...T } } }';
const RECOGNITION_PAGE =
  'recognitions(filter: $recognitions, first: $first, orderBy: STRONGEST_EVIDENCE_FIRST) { totalCount edges { node { ...R } } }';

/** The claims of one drawn supply connection. */
export const TRANSFERS = `query ExplorerTransfers($transfers: TransferFilter!, $first: Int!) {
  ${TRANSFER_PAGE}
}${EVIDENCE_FRAGMENTS}${TRANSFER_FRAGMENT}`;

/** The claims of one drawn recognition connection. */
export const RECOGNITIONS = `query ExplorerRecognitions($recognitions: RecognitionFilter!, $first: Int!) {
  ${RECOGNITION_PAGE}
}${EVIDENCE_FRAGMENTS}${RECOGNITION_FRAGMENT}`;

/** Every claim of one actor, either side. */
export const ACTOR_CLAIMS = `query ExplorerActorClaims($transfers: TransferFilter!, $recognitions: RecognitionFilter!, $first: Int!) {
  ${TRANSFER_PAGE}
  ${RECOGNITION_PAGE}
}${EVIDENCE_FRAGMENTS}${TRANSFER_FRAGMENT}${RECOGNITION_FRAGMENT}`;

export const SEARCH = `query ExplorerSearch($text: String!) {
  search(text: $text, first: 12, kinds: [ACTOR, TRANSFER, RECOGNITION]) {
    kind snippet
    actor { key name kind }
    transfer { item designation supplier { key name kind } recipient { key name kind } }
    recognition { recognizer { key name kind } recognized { key name kind } }
  }
}`;
