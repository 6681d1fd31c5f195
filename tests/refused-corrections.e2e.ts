import { Role } from '../src/core/auth/role.enum';
import { RECORD, NEW_TRANSFER } from './helpers/record-transfer';
import { dumpDatabase, makeKey, startTestServer } from './helpers/test-server';
import type { TestServer } from './helpers/test-server';

let t: TestServer;
let editor: string;
beforeAll(async () => {
  t = await startTestServer();
  editor = await makeKey(t.server, 'editor', Role.EDITOR);
});
afterAll(() => t.close());

const as = (secret: string) => (query: string, variables?: Record<string, unknown>) =>
  t.dataAs(secret, query, variables);
const edit = (q: string, v?: Record<string, unknown>) => as(editor)(q, v);

describe('refused corrections and evidence changes: a clear code, the field at fault, and the database unchanged', () => {
  let claimId: string;
  let onlyCitation: string;
  beforeAll(async () => {
    const d = await edit(RECORD, { input: { ...NEW_TRANSFER, item: 'refusal target' } });
    claimId = d.recordTransfer.id;
    onlyCitation = d.recordTransfer.evidence[0].id;
  });

  it.each<[string, string, string, string]>([
    ['an empty item', `updateTransfer(input: { id: $id, item: "" }) { id }`, 'BAD_USER_INPUT', 'item'],
    ['clearing the status', `updateTransfer(input: { id: $id, status: null }) { id }`, 'BAD_USER_INPUT', 'status'],
    [
      'supplier made the recipient',
      `updateTransfer(input: { id: $id, supplier: "russia" }) { id }`,
      'BAD_USER_INPUT',
      'recipient',
    ],
    [
      'intermediary equal to the supplier',
      `updateTransfer(input: { id: $id, intermediary: "iran" }) { id }`,
      'BAD_USER_INPUT',
      'intermediary',
    ],
    [
      'an invalid PartialDate',
      `updateTransfer(input: { id: $id, period: { start: "2022-13" } }) { id }`,
      'BAD_USER_INPUT',
      'PartialDate',
    ],
    ['an unknown transfer', `updateTransfer(input: { id: "nope", status: DELIVERED }) { id }`, 'NOT_FOUND', 'id'],
    [
      'a quote not in the source, added',
      `addCitation(claim: $id, citation: { source: "guardian-2022-09-06-north-korea-shells", quote: "not in the article" }) { id }`,
      'BAD_USER_INPUT',
      'citation.quote',
    ],
    [
      'a chain through the citing source, added',
      `addCitation(claim: $id, citation: { source: "nyt-2022-09-05-russia-north-korea-munitions", quote: "x", chain: ["nyt-2022-09-05-russia-north-korea-munitions"] }) { id }`,
      'BAD_USER_INPUT',
      'citation.chain[0]',
    ],
    [
      'a citation for an unknown claim',
      `addCitation(claim: "nope", citation: { source: "nyt-2022-09-05-russia-north-korea-munitions", quote: "x" }) { id }`,
      'NOT_FOUND',
      'claim',
    ],
    ['removing the last SUPPORTS citation', `removeCitation(id: $citation) { __typename }`, 'CONFLICT', 'id'],
    [
      'a recognition of oneself',
      `recordRecognition(input: { recognizer: "iran", recognized: "Islamic Republic of Iran", status: RECOGNIZED, citations: [{ source: "nyt-2022-09-05-russia-north-korea-munitions", quote: "x" }] }) { id }`,
      'BAD_USER_INPUT',
      'recognized',
    ],
    [
      'a source text that drops a cited quote',
      `updateSource(input: { source: "guardian-2022-09-06-north-korea-shells", text: "Nothing." }) { key }`,
      'BAD_USER_INPUT',
      'text',
    ],
    [
      'an empty source title',
      `updateSource(input: { source: "guardian-2022-09-06-north-korea-shells", title: "" }) { key }`,
      'BAD_USER_INPUT',
      'title',
    ],
    ['an empty actor name', `updateActor(input: { actor: "iran", name: "" }) { key }`, 'BAD_USER_INPUT', 'name'],
  ])('%s', async (_name, field, code, errorField) => {
    const before = await dumpDatabase(t.server);
    const vars = { id: claimId, citation: onlyCitation };
    const used = Object.keys(vars).filter((v) => field.includes(`$${v}`));
    const declared = used.length ? `(${used.map((v) => `$${v}: ID!`).join(', ')})` : '';
    const res = await t.gqlAs(
      editor,
      `mutation${declared} { x: ${field} }`,
      Object.fromEntries(used.map((v) => [v, vars[v as 'id']])),
    );
    expect(res.errors?.[0].extensions).toMatchObject({ code, field: errorField });
    expect(await dumpDatabase(t.server)).toEqual(before);
  });
});
