/**
 * The GraphQL operations the draft page sends, all with the editor's key: drafting a text,
 * reading a batch back, accepting or rejecting one draft, and the actor suggestions of a party.
 */

const CLAIM = `
fragment DraftClaim on Claim {
  __typename
  ... on Transfer { id category supplier { key name kind } recipient { key name kind } }
  ... on Recognition { id recognizer { key name kind } recognized { key name kind } }
}`;

const DRAFT = `
fragment Mention on DraftMention { text start end actor { key name kind } }
fragment Draft on Draft {
  id kind state status category item designation stance credibility
  quote quoteStart quoteEnd
  supplier { ...Mention } recipient { ...Mention } recognizer { ...Mention } recognized { ...Mention }
  voice { ...Mention } chain { ...Mention }
  quantity { min max text } period { start end }
  reasons { role text start end note }
  rejectionReason decidedBy
  claim { ...DraftClaim }
}${CLAIM}`;

const BATCH = `
fragment Batch on DraftBatch {
  id title publisher publishedOn url kind text fromHtml
  drafts { ...Draft }
}${DRAFT}`;

export const DRAFT_CLAIMS = `mutation DraftPageDraftClaims($input: DraftClaimsInput!) {
  draftClaims(input: $input) { ...Batch }
}${BATCH}`;

export const DRAFT_BATCH = `query DraftPageBatch($id: ID!) {
  draftBatch(id: $id) { ...Batch }
}${BATCH}`;

export const ACCEPT_DRAFT = `mutation DraftPageAccept($id: ID!, $corrections: DraftCorrectionsInput) {
  acceptDraft(id: $id, corrections: $corrections) { ...DraftClaim }
}${CLAIM}`;

export const REJECT_DRAFT = `mutation DraftPageReject($id: ID!, $reason: String!) {
  rejectDraft(id: $id, reason: $reason) { ...Draft }
}${DRAFT}`;

/** How many actors a party's suggestions list. */
export const SUGGESTIONS = 8;

export const ACTOR_SUGGESTIONS = `query DraftPageActors($search: String!, $first: Int!) {
  actors(filter: { search: $search }, first: $first) { edges { node { key name kind } } }
}`;
