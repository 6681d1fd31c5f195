/**
 * The GraphQL operations of the dossier. The page reads the actor, then what it shows in two
 * operations sent together, both with the view's filters: the network one hop around it (the
 * costlier, as the server estimates cost: up to 1,000 counterparts) and its timeline with its
 * recognitions. The claims behind a figure are read when a researcher chooses it.
 */

/** Counterparts of the network shown at most (the API's limit; the full SIPRI register has 257 parties). */
export const MAX_NODES = 1000;
/** Recognitions listed per side. */
export const RECOGNITIONS_MAX = 500;
/** Claims shown per page of the claims section. */
export const CLAIMS_PAGE = 20;
/** Claim keys read per request when a timeline figure's claims are chosen by the year they start. */
export const KEYS_PAGE = 500;

const ACTOR = 'fragment A on Actor { key name kind }';

export const DOSSIER_ACTOR = `query DossierActor($key: String!) {
  actor(key: $key) {
    ...A countryCode description aliases
    parent { ...A parent { ...A parent { ...A } } }
    children { ...A } predecessors { ...A } successors { ...A }
  }
}
${ACTOR}`;

/** The network around the actor, one hop: its counterparts and the aggregated pairs. */
export const DOSSIER_NETWORK = `query DossierNetwork($key: String!, $network: NetworkFilter, $maxNodes: Int!) {
  supplyNetwork(around: [$key], depth: 1, filter: $network, maxNodes: $maxNodes) {
    nodes { actor { ...A parent { ...A parent { ...A parent { ...A } } } } }
    edges {
      source { key } target { key }
      claimCount categories strongestVerdict independentVoices tivOrder tivDelivered period { start end }
      voices { kind name }
    }
    truncated
  }
}
${ACTOR}`;

/** The actor's timeline and its recognitions, both ways. */
export const DOSSIER_DATA = `query DossierData($transfers: TransferFilter!, $recognizer: RecognitionFilter!,
  $recognized: RecognitionFilter!, $first: Int!) {
  transferTimeline(filter: $transfers) { year category verdict count tivOrder tivDelivered }
  recognizes: recognitions(filter: $recognizer, first: $first, orderBy: NEWEST_FIRST) { totalCount edges { node { ...RR } } }
  recognizedBy: recognitions(filter: $recognized, first: $first, orderBy: NEWEST_FIRST) { totalCount edges { node { ...RR } } }
}
fragment RR on Recognition {
  id status date recognizer { ...A } recognized { ...A } assessment { verdict independentVoices }
}
${ACTOR}`;

/** The pair's timeline (supplier and recipient), with the view's filters. */
export const PAIR_TIMELINE = `query DossierPairTimeline($transfers: TransferFilter!) {
  transferTimeline(filter: $transfers) { year category verdict count tivOrder tivDelivered }
}`;

const EVIDENCE = `
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

const TRANSFER = `
fragment T on Transfer {
  id category item designation status context
  supplier { key name kind } recipient { key name kind }
  quantity { text } period { start end }
  evidence { ...Cite } assessment { ...Assess }
}`;

const RECOGNITION = `
fragment R on Recognition {
  id status date
  recognizer { key name kind } recognized { key name kind }
  evidence { ...Cite } assessment { ...Assess }
}`;

const PAGE = 'totalCount pageInfo { hasNextPage endCursor }';

/** A page of transfers with their evidence, strongest evidence first. */
export const CLAIM_TRANSFERS = `query DossierTransfers($filter: TransferFilter!, $first: Int!, $after: String) {
  transfers(filter: $filter, first: $first, after: $after, orderBy: STRONGEST_EVIDENCE_FIRST) { ${PAGE} edges { node { ...T } } }
}${EVIDENCE}${TRANSFER}`;

/** A page of recognitions with their evidence, strongest evidence first. */
export const CLAIM_RECOGNITIONS = `query DossierRecognitions($filter: RecognitionFilter!, $first: Int!, $after: String) {
  recognitions(filter: $filter, first: $first, after: $after, orderBy: STRONGEST_EVIDENCE_FIRST) { ${PAGE} edges { node { ...R } } }
}${EVIDENCE}${RECOGNITION}`;

/** Which transfers a filter holds, strongest evidence first, with the dates that place them in a year. */
export const CLAIM_KEYS = `query DossierClaimKeys($filter: TransferFilter!, $first: Int!, $after: String) {
  transfers(filter: $filter, first: $first, after: $after, orderBy: STRONGEST_EVIDENCE_FIRST) {
    ${PAGE} edges { node { id period { start end } } }
  }
}`;

/** Transfers by id, with their evidence, in the order asked (at most 100). */
export const TRANSFERS_BY_ID = `query DossierTransfersById($ids: [ID!]!) {
  nodes(ids: $ids) { ... on Transfer { ...T } }
}${EVIDENCE}${TRANSFER}`;

/** One claim by id: a transfer or a recognition (the other is null). */
export const CLAIM_BY_ID = `query DossierClaim($id: ID!) {
  transfer(id: $id) { ...T }
  recognition(id: $id) { ...R }
}${EVIDENCE}${TRANSFER}${RECOGNITION}`;
