import type { TestServer } from './test-server';

/** The fields of a draft the suites read. */
export const DRAFT_FIELDS = `id kind status category item designation stance quote quoteStart quoteEnd credibility state
  decidedBy rejectionReason
  supplier { text start end actor { key } } recipient { text start end actor { key } }
  recognizer { text start end actor { key } } recognized { text start end actor { key } }
  quantity { min max text } period { start end }
  voice { text start end actor { key } } chain { text start end }
  reasons { role text start end note }`;

export const DRAFT = `mutation($i: DraftClaimsInput!) { draftClaims(input: $i) { id text textSha256 fromHtml drafterVersion
  createdBy drafts { ${DRAFT_FIELDS} } } }`;

export const ACCEPT = `mutation($id: ID!, $c: DraftCorrectionsInput) { acceptDraft(id: $id, corrections: $c) {
  ... on Transfer { id status category item designation supplier { key } recipient { key }
    quantity { min max text } period { start end }
    assessment { verdict independentVoices disputingVoices }
    evidence { quote verified stance credibility attribution locator attributedTo { key } source { id key title text } } }
  ... on Recognition { id recognitionStatus: status date recognizer { key } recognized { key }
    evidence { quote verified source { key } } } } }`;

export const REJECT = `mutation($id: ID!, $r: String!) { rejectDraft(id: $id, reason: $r) { id state decidedBy rejectionReason decidedAt } }`;

/** A short report naming only actors the seed holds, as a wire would write it. */
export const WIRE_REPORT = `DAMASCUS, March 6 (Meridian Wire) - Syria has delivered at least 18 Shahed-136 drones to Russia, two officials said on Monday.

The Syrian shipment was first reported by the Levant Ledger.`;

export const draftOf = (t: TestServer, editor: string, text: string, extra: Record<string, unknown> = {}) =>
  t.dataAs(editor, DRAFT, {
    i: { text, title: 'A report', publisher: 'Meridian Wire', publishedOn: '2023-03-08', ...extra },
  });
