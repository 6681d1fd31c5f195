import { EVIDENCE_FRAGMENTS, RECOGNITION_FRAGMENT, TRANSFER_FRAGMENT } from '../queries';
import { VERDICTS } from './timeline-model';

/**
 * The GraphQL operations of the dossier. The page reads the actor, then what it shows in two
 * operations sent together, both with the view's filters: the network one hop around it (the
 * costlier, as the server estimates cost: up to 1,000 counterparts) and its timelines with its
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
    bodies: children { key children { key children { key } } }
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

const CELL = 'fragment C on TimelineCell { year category verdict count tivOrder tivDelivered }';

/**
 * The actor's timelines and its recognitions. `transferTimeline(filter: { actor })` also counts
 * the deals it only passed through (an intermediary) and those between it and its own bodies,
 * which no counterpart holds: the figures are its deals as supplier, plus as recipient, less the
 * internal ones (in both), and `all` tells how many are left out. Its recognition claims are
 * counted per verdict (`rv_<VERDICT>`), however many there are; the lists hold the newest.
 */
export const DOSSIER_DATA = `query DossierData($actor: TransferFilter!, $supplier: TransferFilter!,
  $recipient: TransferFilter!, $internal: TransferFilter!, $recognizer: RecognitionFilter!,
  $recognized: RecognitionFilter!, ${VERDICTS.map((v) => `$rv_${v}: RecognitionFilter!`).join(', ')}, $first: Int!) {
  all: transferTimeline(filter: $actor) { ...C }
  asSupplier: transferTimeline(filter: $supplier) { ...C }
  asRecipient: transferTimeline(filter: $recipient) { ...C }
  internal: transferTimeline(filter: $internal) { ...C }
  recognizes: recognitions(filter: $recognizer, first: $first, orderBy: NEWEST_FIRST) { totalCount edges { node { ...RR } } }
  recognizedBy: recognitions(filter: $recognized, first: $first, orderBy: NEWEST_FIRST) { totalCount edges { node { ...RR } } }
  ${VERDICTS.map((v) => `rv_${v}: recognitions(filter: $rv_${v}, first: 0) { totalCount }`).join('\n  ')}
}
fragment RR on Recognition {
  id status date recognizer { ...A } recognized { ...A } assessment { verdict independentVoices }
}
${CELL}
${ACTOR}`;

/**
 * A pair's timeline, with the view's filters: the sum of `n` timelines (`t0`, `t1`…), as a pair
 * with the actor's own state is read exactly, one filter per body of the actor in its deals.
 */
export const pairTimeline = (n: number) => {
  const i = [...Array(Math.max(1, n)).keys()];
  return `query DossierPairTimeline(${i.map((k) => `$t${k}: TransferFilter!`).join(', ')}) {
  ${i.map((k) => `t${k}: transferTimeline(filter: $t${k}) { ...C }`).join('\n  ')}
}
${CELL}`;
};

const PAGE = 'totalCount pageInfo { hasNextPage endCursor }';

/** A page of transfers with their evidence, strongest evidence first. */
export const CLAIM_TRANSFERS = `query DossierTransfers($filter: TransferFilter!, $first: Int!, $after: String) {
  transfers(filter: $filter, first: $first, after: $after, orderBy: STRONGEST_EVIDENCE_FIRST) { ${PAGE} edges { node { ...T } } }
}${EVIDENCE_FRAGMENTS}${TRANSFER_FRAGMENT}`;

/** A page of recognitions with their evidence, strongest evidence first. */
export const CLAIM_RECOGNITIONS = `query DossierRecognitions($filter: RecognitionFilter!, $first: Int!, $after: String) {
  recognitions(filter: $filter, first: $first, after: $after, orderBy: STRONGEST_EVIDENCE_FIRST) { ${PAGE} edges { node { ...R } } }
}${EVIDENCE_FRAGMENTS}${RECOGNITION_FRAGMENT}`;

/**
 * Which transfers a filter holds, strongest evidence first, with what places them in a figure:
 * the dates (the year they start) and the ends (the actor's deals with counterparts).
 */
export const CLAIM_KEYS = `query DossierClaimKeys($filter: TransferFilter!, $first: Int!, $after: String) {
  transfers(filter: $filter, first: $first, after: $after, orderBy: STRONGEST_EVIDENCE_FIRST) {
    ${PAGE} edges { node { id period { start end } supplier { key } recipient { key } } }
  }
}`;

/** Transfers by id, with their evidence, in the order asked (at most 100). */
export const TRANSFERS_BY_ID = `query DossierTransfersById($ids: [ID!]!) {
  nodes(ids: $ids) { ... on Transfer { ...T } }
}${EVIDENCE_FRAGMENTS}${TRANSFER_FRAGMENT}`;

/** One claim by id: a transfer or a recognition (the other is null). */
export const CLAIM_BY_ID = `query DossierClaim($id: ID!) {
  transfer(id: $id) { ...T }
  recognition(id: $id) { ...R }
}${EVIDENCE_FRAGMENTS}${TRANSFER_FRAGMENT}${RECOGNITION_FRAGMENT}`;
