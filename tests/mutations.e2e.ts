import { Role } from '../src/core/auth/role.enum';
import { dumpDatabase, makeKey, startTestServer } from './helpers/test-server';
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

const RECORD = `mutation($input: RecordTransferInput!) { recordTransfer(input: $input) {
  id item status supplier { key } recipient { key } quantity { min max text } period { start end }
  evidence { id quote verified chain { key } attributedTo { key } } assessment { verdict independentVoices grade } } }`;

const NEW_TRANSFER = {
  supplier: 'iran',
  recipient: 'Russian Federation',
  category: 'UAV',
  item: 'Shahed-136 loitering munitions',
  designation: 'Shahed-136',
  quantity: { min: 100, text: 'hundreds' },
  status: 'ORDERED',
  period: { start: '2022-09' },
  citations: [
    {
      source: 'guardian-2022-09-06-north-korea-shells',
      quote: 'Mohajer-6 and Shahed-series drones',
      chain: ['white-house-2022-iranian-drones-statement'],
      credibility: 3,
    },
  ],
};

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

describe('refused writes: a clear code, the field at fault, and the database byte-for-byte unchanged', () => {
  const bad = (change: Record<string, unknown>) => ({ ...NEW_TRANSFER, ...change });
  it.each<[string, string, Record<string, unknown> | undefined, string, string]>([
    ['unknown supplier', RECORD, { input: bad({ supplier: 'atlantis' }) }, 'BAD_USER_INPUT', 'supplier'],
    [
      'supplier equal to recipient',
      RECORD,
      { input: bad({ supplier: 'russia', recipient: 'Russian Federation' }) },
      'BAD_USER_INPUT',
      'recipient',
    ],
    [
      'unknown source',
      RECORD,
      { input: bad({ citations: [{ source: 'nowhere', quote: 'x' }] }) },
      'BAD_USER_INPUT',
      'citations[0].source',
    ],
    [
      'quantity min above max',
      RECORD,
      { input: bad({ quantity: { min: 10, max: 5 } }) },
      'BAD_USER_INPUT',
      'quantity.max',
    ],
    ['negative quantity', RECORD, { input: bad({ quantity: { min: -5 } }) }, 'BAD_USER_INPUT', 'quantity.min'],
    [
      'reversed period',
      RECORD,
      { input: bad({ period: { start: '2023', end: '2022' } }) },
      'BAD_USER_INPUT',
      'period.end',
    ],
    [
      'quote not in the source',
      RECORD,
      { input: bad({ citations: [{ source: 'guardian-2022-09-06-north-korea-shells', quote: 'Iran sold tanks' }] }) },
      'BAD_USER_INPUT',
      'citations[0].quote',
    ],
    [
      'chain repeating a source',
      RECORD,
      {
        input: bad({
          citations: [
            {
              source: 'nyt-2022-09-05-russia-north-korea-munitions',
              quote: 'x',
              chain: ['white-house-2022-iranian-drones-statement', 'white-house-2022-iranian-drones-statement'],
            },
          ],
        }),
      },
      'BAD_USER_INPUT',
      'citations[0].chain[1]',
    ],
    [
      'chain containing the citing source',
      RECORD,
      {
        input: bad({
          citations: [
            {
              source: 'nyt-2022-09-05-russia-north-korea-munitions',
              quote: 'x',
              chain: ['nyt-2022-09-05-russia-north-korea-munitions'],
            },
          ],
        }),
      },
      'BAD_USER_INPUT',
      'citations[0].chain[0]',
    ],
    [
      'no SUPPORTS citation',
      RECORD,
      {
        input: bad({
          citations: [{ source: 'nyt-2022-09-05-russia-north-korea-munitions', quote: 'x', stance: 'DISPUTES' }],
        }),
      },
      'BAD_USER_INPUT',
      'citations',
    ],
    ['an over-long item', RECORD, { input: bad({ item: 'x'.repeat(301) }) }, 'BAD_USER_INPUT', 'item'],
    ['an empty item', RECORD, { input: bad({ item: '  ' }) }, 'BAD_USER_INPUT', 'item'],
    [
      'an over-long quote',
      RECORD,
      {
        input: bad({ citations: [{ source: 'nyt-2022-09-05-russia-north-korea-munitions', quote: 'x'.repeat(5001) }] }),
      },
      'BAD_USER_INPUT',
      'citations[0].quote',
    ],
    [
      'credibility out of range',
      RECORD,
      {
        input: bad({
          citations: [{ source: 'nyt-2022-09-05-russia-north-korea-munitions', quote: 'x', credibility: 9 }],
        }),
      },
      'BAD_USER_INPUT',
      'citations[0].credibility',
    ],
    [
      'an alias used by another actor',
      `mutation { addActorAlias(actor: "iran", alias: "D.P.R.K.") { key } }`,
      undefined,
      'CONFLICT',
      'alias',
    ],
    [
      'a taken actor key',
      `mutation { createActor(input: { key: "iran", name: "Iran 2", kind: STATE }) { key } }`,
      undefined,
      'CONFLICT',
      'key',
    ],
    [
      'a malformed actor key',
      `mutation { createActor(input: { key: "Not A Slug", name: "X", kind: STATE }) { key } }`,
      undefined,
      'BAD_USER_INPUT',
      'key',
    ],
    [
      'an unknown actor to update',
      `mutation { updateActor(input: { actor: "atlantis", name: "X" }) { key } }`,
      undefined,
      'NOT_FOUND',
      'actor',
    ],
    [
      'a parent below the actor',
      `mutation { updateActor(input: { actor: "russia", parent: "russian-ministry-of-defence" }) { key } }`,
      undefined,
      'BAD_USER_INPUT',
      'parent',
    ],
    [
      "removing an actor's name as an alias",
      `mutation { removeActorAlias(actor: "iran", alias: "Iran") { key } }`,
      undefined,
      'BAD_USER_INPUT',
      'alias',
    ],
    [
      'an unknown claim to retract',
      `mutation { retractClaim(id: "nope", reason: "x") { __typename } }`,
      undefined,
      'NOT_FOUND',
      'id',
    ],
    [
      'an empty retraction reason',
      `mutation($id: ID!) { retractClaim(id: $id, reason: " ") { __typename } }`,
      { id: 'FIRST_TRANSFER' },
      'BAD_USER_INPUT',
      'reason',
    ],
    [
      'a source URL that is not http',
      `mutation { createSource(input: { key: "s-x", title: "T", publisher: "P", kind: OTHER, url: "javascript:alert(1)" }) { key } }`,
      undefined,
      'BAD_USER_INPUT',
      'url',
    ],
    [
      'an invalid publication date',
      `mutation { createSource(input: { key: "s-y", title: "T", publisher: "P", kind: OTHER, publishedOn: "2022-02-30" }) { key } }`,
      undefined,
      'BAD_USER_INPUT',
      'PartialDate',
    ],
    [
      'merging an actor into itself',
      `mutation { mergeActors(survivor: "iran", merged: "Islamic Republic of Iran") { key } }`,
      undefined,
      'BAD_USER_INPUT',
      'merged',
    ],
    [
      'merging actors linked by a claim',
      `mutation { mergeActors(survivor: "iran", merged: "russia") { key } }`,
      undefined,
      'CONFLICT',
      'merged',
    ],
  ])('%s', async (_name, query, variables, code, field) => {
    if (variables?.id === 'FIRST_TRANSFER') {
      variables = {
        id: (await t.data(`{ transfers(first: 1) { edges { node { id } } } }`)).transfers.edges[0].node.id,
      };
    }
    const before = await dumpDatabase(t.server);
    const res = await t.gqlAs(admin, query, variables);
    expect(res.errors?.[0].extensions).toMatchObject({ code, field });
    expect(res.data?.[Object.keys(res.data ?? {})[0]] ?? null).toBeNull();
    expect(await dumpDatabase(t.server)).toEqual(before);
  });

  describe('corrections and evidence changes', () => {
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

  it.each([['anonymous'], ['READER']])('merging actors as %s is refused and changes nothing', async (who) => {
    const reader = await makeKey(t.server, `reader-${who}`, Role.READER);
    const before = await dumpDatabase(t.server);
    const q = `mutation { mergeActors(survivor: "syria", merged: "ukraine") { key } }`;
    const res = who === 'anonymous' ? await t.gql(q) : await t.gqlAs(reader, q);
    expect(res.errors?.[0].extensions?.code).toBe(who === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
    expect(await dumpDatabase(t.server)).toEqual(before);
  });

  it('an unknown enum value is refused before anything runs', async () => {
    const before = await dumpDatabase(t.server);
    const res = await t.gqlAs(editor, RECORD, { input: { ...NEW_TRANSFER, status: 'RUMOURED' } });
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await dumpDatabase(t.server)).toEqual(before);
  });
});
