import { Role } from '../src/core/auth/role.enum';
import { RECORD, NEW_TRANSFER } from './helpers/record-transfer';
import { makeKey, startTestServer } from './helpers/test-server';
import type { TestServer } from './helpers/test-server';

let t: TestServer;
let editor: string;
let admin: string;
beforeAll(async () => {
  t = await startTestServer();
  editor = await makeKey(t.server, 'editor', Role.EDITOR);
  admin = await makeKey(t.server, 'admin', Role.ADMIN);
});
afterAll(() => t.close());

const as = (secret: string) => (query: string, variables?: Record<string, unknown>) =>
  t.dataAs(secret, query, variables);
const edit = (q: string, v?: Record<string, unknown>) => as(editor)(q, v);

describe('mutations', () => {
  it('recordTransfer records the claim, its citations, chains and voices in one call', async () => {
    const d = await edit(RECORD, { input: NEW_TRANSFER });
    const r = d.recordTransfer;
    expect(r).toMatchObject({
      item: 'Shahed-136 loitering munitions',
      status: 'ORDERED',
      supplier: { key: 'iran' },
      recipient: { key: 'russia' },
      quantity: { min: 100, max: null, text: 'hundreds' },
      period: { start: '2022-09', end: null },
      assessment: { verdict: 'SINGLE_SOURCE', independentVoices: 1, grade: 'F3' },
    });
    expect(r.evidence).toEqual([
      {
        id: expect.any(String),
        quote: 'Mohajer-6 and Shahed-series drones',
        verified: true,
        chain: [{ key: 'white-house-2022-iranian-drones-statement' }],
        attributedTo: null,
      },
    ]);
  });

  it('recordRecognition, updateRecognition', async () => {
    const d =
      await edit(`mutation { recordRecognition(input: { recognizer: "iran", recognized: "DPR", status: RECOGNIZED, date: "2022",
      citations: [{ source: "nyt-2022-09-05-russia-north-korea-munitions", quote: "a test quote" }] }) { id status date evidence { verified } } }`);
    expect(d.recordRecognition).toMatchObject({ status: 'RECOGNIZED', date: '2022', evidence: [{ verified: false }] });
    const u = await edit(
      `mutation { updateRecognition(input: { id: "${d.recordRecognition.id}", status: WITHDRAWN, date: null }) { status date } }`,
    );
    expect(u.updateRecognition).toEqual({ status: 'WITHDRAWN', date: null });
  });

  it('updateTransfer changes only what it is given', async () => {
    const { recordTransfer } = await edit(RECORD, { input: { ...NEW_TRANSFER, item: 'to be updated' } });
    const d = await edit(
      `mutation($id: ID!) { updateTransfer(input: { id: $id, status: DELIVERED, quantity: { min: 50, max: 80 }, period: { start: "2022-10", end: "2022-11" } }) {
      item status quantity { min max text } period { start end } } }`,
      { id: recordTransfer.id },
    );
    expect(d.updateTransfer).toEqual({
      item: 'to be updated',
      status: 'DELIVERED',
      quantity: { min: 50, max: 80, text: null },
      period: { start: '2022-10', end: '2022-11' },
    });
    const filtered = await t.data(
      `{ transfers(filter: { from: "2022-11", to: "2022-11" }) { edges { node { id } } } }`,
    );
    expect(filtered.transfers.edges.map((e: any) => e.node.id)).toContain(recordTransfer.id);
  });

  it('addCitation and removeCitation re-assess the claim; the last SUPPORTS cannot go', async () => {
    const { recordTransfer } = await edit(RECORD, { input: { ...NEW_TRANSFER, item: 'citations test' } });
    const added = await edit(
      `mutation($id: ID!) { addCitation(claim: $id, citation: { source: "us-intelligence-finding-2022-russia-north-korea-munitions",
      quote: "an unpublished line", attributedTo: "us-intelligence-community", credibility: 2 }) { id verified transfer { assessment { verdict independentVoices grade } } } }`,
      { id: recordTransfer.id },
    );
    expect(added.addCitation.transfer.assessment).toEqual({
      verdict: 'CORROBORATED',
      independentVoices: 2,
      grade: 'F2',
    });
    const removed = await edit(
      `mutation($id: ID!) { removeCitation(id: $id) { ... on Transfer { evidence { id } assessment { verdict } } } }`,
      { id: added.addCitation.id },
    );
    expect(removed.removeCitation).toEqual({
      evidence: [{ id: recordTransfer.evidence[0].id }],
      assessment: { verdict: 'SINGLE_SOURCE' },
    });
    const last = await t.gqlAs(editor, `mutation($id: ID!) { removeCitation(id: $id) { __typename } }`, {
      id: recordTransfer.evidence[0].id,
    });
    expect(last.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'id' });
    const again = await t.gqlAs(editor, `mutation($id: ID!) { removeCitation(id: $id) { __typename } }`, {
      id: added.addCitation.id,
    });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
  });

  it('retractClaim hides the claim, keeps it, and includeRetracted shows it', async () => {
    const { recordTransfer } = await edit(RECORD, {
      input: { ...NEW_TRANSFER, supplier: 'syria', item: 'retract me' },
    });
    const d = await edit(
      `mutation($id: ID!) { retractClaim(id: $id, reason: "misread source") { ... on Transfer { retracted retractionReason } } }`,
      { id: recordTransfer.id },
    );
    expect(d.retractClaim).toEqual({ retracted: true, retractionReason: 'misread source' });
    expect((await t.data(`{ transfers(filter: { supplier: "syria" }) { totalCount } }`)).transfers.totalCount).toBe(0);
    expect(
      (await t.data(`{ transfers(filter: { supplier: "syria", includeRetracted: true }) { totalCount } }`)).transfers
        .totalCount,
    ).toBe(1);
  });

  it('actors: create, update, aliases', async () => {
    const c = await edit(
      `mutation { createActor(input: { key: "wagner-group", name: "Wagner Group", kind: ARMED_GROUP, parent: "russia", aliases: ["PMC Wagner"] }) { key aliases parent { key } } }`,
    );
    expect(c.createActor).toEqual({ key: 'wagner-group', aliases: ['PMC Wagner'], parent: { key: 'russia' } });
    const u = await edit(
      `mutation { updateActor(input: { actor: "PMC Wagner", name: "Wagner", parent: null, description: "Private military company" }) { name parent { key } description } }`,
    );
    expect(u.updateActor).toEqual({ name: 'Wagner', parent: null, description: 'Private military company' });
    expect(
      (await edit(`mutation { addActorAlias(actor: "wagner-group", alias: "ChVK Vagner") { aliases } }`)).addActorAlias
        .aliases,
    ).toEqual(['ChVK Vagner', 'PMC Wagner']);
    expect(
      (await edit(`mutation { removeActorAlias(actor: "wagner-group", alias: "pmc wagner") { aliases } }`))
        .removeActorAlias.aliases,
    ).toEqual(['ChVK Vagner']);
    expect((await t.data(`{ actor(name: "Wagner") { key } }`)).actor.key).toBe('wagner-group');
  });

  it('sources: create, update; a correction re-assesses the claims citing it', async () => {
    await edit(`mutation { createSource(input: { key: "reuters-2022-10-01", title: "Reuters report", publisher: "Reuters", kind: NEWS_REPORT,
      publishedOn: "2022-10-01", url: "https://example.org/r", text: "Iran shipped drones to Russia, officials said." }) { key } }`);
    const { recordTransfer } = await edit(RECORD, {
      input: {
        ...NEW_TRANSFER,
        item: 'reuters claim',
        citations: [{ source: 'reuters-2022-10-01', quote: 'Iran shipped drones', credibility: 2 }],
      },
    });
    expect(recordTransfer.assessment.grade).toBe('F2');
    const u = await edit(
      `mutation { updateSource(input: { source: "reuters-2022-10-01", reliability: B }) { reliability } }`,
    );
    expect(u.updateSource.reliability).toBe('B');
    const after = await t.data(`{ transfer(id: "${recordTransfer.id}") { assessment { grade } } }`);
    expect(after.transfer.assessment.grade).toBe('B2');
    const badText = await t.gqlAs(
      editor,
      `mutation { updateSource(input: { source: "reuters-2022-10-01", text: "Something else entirely." }) { key } }`,
    );
    expect(badText.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
  });

  it('mergeActors moves every reference, keeps the names and the old key', async () => {
    await edit(
      `mutation { createActor(input: { key: "dprk-mod", name: "DPRK Ministry of National Defence", kind: GOVERNMENT_BODY, aliases: ["KPA MoND"] }) { key } }`,
    );
    await edit(RECORD, { input: { ...NEW_TRANSFER, supplier: 'dprk-mod', item: 'merge fixture' } });
    await edit(
      `mutation { createActor(input: { key: "nk-defence-ministry", name: "North Korean defence ministry", kind: GOVERNMENT_BODY, parent: "north-korea" }) { key } }`,
    );
    const m = await as(admin)(
      `mutation { mergeActors(survivor: "nk-defence-ministry", merged: "dprk-mod") { key aliases parent { key } suppliesTo { item } } }`,
    );
    expect(m.mergeActors).toEqual({
      key: 'nk-defence-ministry',
      aliases: ['DPRK Ministry of National Defence', 'KPA MoND'],
      parent: { key: 'north-korea' },
      suppliesTo: [{ item: 'merge fixture' }],
    });
    expect((await t.data(`{ actor(key: "dprk-mod") { key } }`)).actor.key).toBe('nk-defence-ministry');
    expect((await t.data(`{ transfers(filter: { supplier: "dprk-mod" }) { totalCount } }`)).transfers.totalCount).toBe(
      1,
    );
    expect(
      (await t.data(`{ transfers(filter: { supplier: "north-korea", category: UAV }) { totalCount } }`)).transfers
        .totalCount,
    ).toBe(1);
  });
});
