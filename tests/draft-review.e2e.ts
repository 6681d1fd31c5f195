import { Role } from '../src/core/auth/role.enum';
import { ACCEPT, REJECT, WIRE_REPORT, draftOf } from './helpers/draft-fixtures';
import { WITH_GAZETTEER, dumpDatabase, makeKey, startTestServer, tableCounts } from './helpers/test-server';
import type { TestServer } from './helpers/test-server';

/**
 * Reviewing drafts over HTTP: accepting records a claim through recordTransfer / recordRecognition
 * (the source made from the text the first time, its quote verified, its assessment right, the
 * write in history); a refused acceptance and a rejection change nothing else.
 */
let t: TestServer;
let editor: string;
beforeAll(async () => {
  t = await startTestServer(WITH_GAZETTEER);
  editor = await makeKey(t.server, 'editor', Role.EDITOR);
});
afterAll(() => t.close());

const history = async (operation: string) =>
  Number(
    (await t.server.dataSource.query(`SELECT COUNT(*) AS n FROM history_entry WHERE operation = '${operation}'`))[0].n,
  );
const draftState = async (id: string) =>
  (
    await t.server.dataSource.query(
      'SELECT state, decided_by AS "decidedBy", claim_id AS "claimId" FROM draft WHERE id = $1'.replace(
        '$1',
        `'${id}'`,
      ),
    )
  )[0];

describe('accepting a draft', () => {
  let batch: any;
  beforeAll(async () => {
    batch = (
      await draftOf(
        t,
        editor,
        `${WIRE_REPORT}\n\nIn January Syria recognised the Donetsk People's Republic, the foreign ministry said.`,
        { title: 'Syria sends drones to Russia', url: 'https://wire.example/syria-drones' },
      )
    ).draftClaims;
  });

  it('records the transfer with its citation: a new source holding the text, the quote verified, one voice', async () => {
    const [drones] = batch.drafts;
    const sources = (await tableCounts(t.server)).source;
    const [created, recorded] = [await history('createSource'), await history('recordTransfer')];
    const claim = (await t.dataAs(editor, ACCEPT, { id: drones.id })).acceptDraft;
    expect(claim).toMatchObject({
      status: 'DELIVERED',
      category: 'UAV',
      item: 'drones',
      designation: 'Shahed-136',
      supplier: { key: 'syria' },
      recipient: { key: 'russia' },
      quantity: { min: 18, max: null, text: 'at least 18' },
      assessment: { verdict: 'SINGLE_SOURCE', independentVoices: 1, disputingVoices: 0 },
    });
    const [citation] = claim.evidence;
    expect(citation).toMatchObject({
      quote: drones.quote,
      verified: true,
      stance: 'SUPPORTS',
      credibility: 2,
      locator: 'paragraph 1',
    });
    expect(citation.attribution).toBe('two officials, via the Levant Ledger');
    expect(citation.source).toMatchObject({ title: 'Syria sends drones to Russia', text: batch.text });
    expect(citation.source.key).toMatch(/^meridian-wire-2023-03-08-syria-sends-drones-to-russia$/);
    expect((await tableCounts(t.server)).source).toBe(sources + 1);
    // one transaction: the source's creation and the claim's recording, nothing else
    expect([await history('createSource'), await history('recordTransfer')]).toEqual([created + 1, recorded + 1]);
    expect(await draftState(drones.id)).toEqual({ state: 'ACCEPTED', decidedBy: 'editor', claimId: claim.id });
    const read = await t.dataAs(
      editor,
      `query($id: ID!) { draftBatch(id: $id) { drafts { id state decidedBy claim { ... on Transfer { id } } } } }`,
      { id: batch.id },
    );
    expect(read.draftBatch.drafts[0]).toMatchObject({
      state: 'ACCEPTED',
      decidedBy: 'editor',
      claim: { id: claim.id },
    });
  });

  it('records a recognition from the same text on the same source, with its date and corrections', async () => {
    const recognition = batch.drafts.find((d: any) => d.kind === 'RECOGNITION');
    expect(recognition).toMatchObject({
      recognizer: { actor: { key: 'syria' } },
      recognized: { actor: { key: 'donetsk-peoples-republic' } },
      period: { start: '2023-01' },
    });
    const sources = (await tableCounts(t.server)).source;
    const claim = (await t.dataAs(editor, ACCEPT, { id: recognition.id, c: { period: { start: '2023-01-12' } } }))
      .acceptDraft;
    expect(claim).toMatchObject({
      recognitionStatus: 'RECOGNIZED',
      date: '2023-01-12',
      recognizer: { key: 'syria' },
      recognized: { key: 'donetsk-peoples-republic' },
    });
    expect(claim.evidence[0]).toMatchObject({
      verified: true,
      source: { key: expect.stringMatching(/^meridian-wire/) },
    });
    expect((await tableCounts(t.server)).source).toBe(sources);
  });

  it('refuses a draft already decided, changing nothing', async () => {
    const before = await dumpDatabase(t.server);
    const res = await t.gqlAs(editor, ACCEPT, { id: batch.drafts[0].id });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'id' });
    expect(res.errors?.[0].message).toMatch(/already accepted by editor/);
    expect(await dumpDatabase(t.server)).toEqual(before);
  });

  it('uses the corrections: another status, category and item', async () => {
    const b = (await draftOf(t, editor, 'Iran will send 40 Shahed-136 drones to Russia next month, officials said.'))
      .draftClaims;
    expect(b.drafts[0]).toMatchObject({ status: 'PLANNED', quantity: { min: 40, max: 40 } });
    const claim = (
      await t.dataAs(editor, ACCEPT, {
        id: b.drafts[0].id,
        c: { status: 'ORDERED', item: 'loitering munitions', credibility: 3 },
      })
    ).acceptDraft;
    expect(claim).toMatchObject({
      status: 'ORDERED',
      item: 'loitering munitions',
      supplier: { key: 'iran' },
      recipient: { key: 'russia' },
    });
    expect(claim.evidence[0]).toMatchObject({ verified: true, credibility: 3 });
  });
});

describe('refused acceptances change nothing', () => {
  it('creates no actor: a party the knowledge base does not know must be named in the corrections', async () => {
    const b = (
      await draftOf(t, editor, 'Syria sent rifles to the Zeta Brigade on Monday, the monitor said.', {
        title: 'Rifles',
      })
    ).draftClaims;
    const [d] = b.drafts;
    expect(d.recipient).toMatchObject({ text: 'Zeta Brigade', actor: null });
    const before = await dumpDatabase(t.server);
    const res = await t.gqlAs(editor, ACCEPT, { id: d.id });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'corrections.recipient' });
    expect(res.errors?.[0].message).toMatch(/"Zeta Brigade" is no known actor/);
    expect(await dumpDatabase(t.server)).toEqual(before);
    const unknown = await t.gqlAs(editor, ACCEPT, { id: d.id, c: { recipient: 'zeta-brigade' } });
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'corrections.recipient' });
    expect(await dumpDatabase(t.server)).toEqual(before);
    // the editor creates the actor, then accepts with it
    await t.dataAs(
      editor,
      `mutation { createActor(input: { key: "zeta-brigade", name: "Zeta Brigade", kind: ARMED_GROUP }) { id } }`,
    );
    const claim = (await t.dataAs(editor, ACCEPT, { id: d.id, c: { recipient: 'zeta-brigade' } })).acceptDraft;
    expect(claim).toMatchObject({
      recipient: { key: 'zeta-brigade' },
      category: 'SMALL_ARMS',
      period: { start: '2023-03-06', end: null },
    });
  });

  it('refuses a quote the text does not hold, and a source with no title, changing nothing', async () => {
    const b = (
      await t.dataAs(editor, `mutation($i: DraftClaimsInput!) { draftClaims(input: $i) { id drafts { id } } }`, {
        i: { text: 'Iran has supplied Russia with drones, officials said.' },
      })
    ).draftClaims;
    const before = await dumpDatabase(t.server);
    const noTitle = await t.gqlAs(editor, ACCEPT, { id: b.drafts[0].id });
    expect(noTitle.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'corrections.title' });
    const badQuote = await t.gqlAs(editor, ACCEPT, {
      id: b.drafts[0].id,
      c: { title: 'T', publisher: 'P', quote: 'Iran has supplied nothing.' },
    });
    expect(badQuote.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await dumpDatabase(t.server)).toEqual(before);
  });

  it('accepts a denial only onto the claim it disputes', async () => {
    const b = (
      await draftOf(t, editor, 'Tehran has denied accusations of supplying drones to Russia for use in Ukraine.', {
        title: 'Denial',
      })
    ).draftClaims;
    const [denial] = b.drafts;
    expect(denial).toMatchObject({ stance: 'DISPUTES', supplier: { actor: { key: 'iran' } } });
    const before = await dumpDatabase(t.server);
    const alone = await t.gqlAs(editor, ACCEPT, { id: denial.id });
    expect(alone.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'corrections.claim' });
    expect(await dumpDatabase(t.server)).toEqual(before);
    const { transfers } = await t.data(
      `{ transfers(filter: { supplier: "iran", recipient: "russia", category: [UAV], status: [DELIVERED] }, first: 1) { edges { node { id } } } }`,
    );
    const target = transfers.edges[0].node.id;
    const claim = (await t.dataAs(editor, ACCEPT, { id: denial.id, c: { claim: target } })).acceptDraft;
    expect(claim.id).toBe(target);
    expect(claim.evidence.find((e: any) => e.stance === 'DISPUTES')).toMatchObject({
      verified: true,
      quote: denial.quote,
    });
    expect(claim.assessment.disputingVoices).toBeGreaterThanOrEqual(1);
  });
});

describe('rejecting a draft', () => {
  it('keeps the draft with who and why, and changes nothing else', async () => {
    const b = (
      await draftOf(t, editor, 'North Korea has shipped artillery shells to Russia by rail, officials said.', {
        title: 'Shells',
      })
    ).draftClaims;
    const id = b.drafts[0].id;
    const counts = await tableCounts(t.server);
    const rejected = (await t.dataAs(editor, REJECT, { id, r: 'Already recorded from the original report.' }))
      .rejectDraft;
    expect(rejected).toMatchObject({
      id,
      state: 'REJECTED',
      decidedBy: 'editor',
      rejectionReason: 'Already recorded from the original report.',
    });
    expect(await tableCounts(t.server)).toEqual(counts);
    expect(await history('rejectDraft')).toBe(1);
    const before = await dumpDatabase(t.server);
    for (const [vars, code, field] of [
      [{ id, r: 'again' }, 'CONFLICT', 'id'],
      [{ id: '00000000-0000-7000-8000-000000000000', r: 'x' }, 'NOT_FOUND', 'id'],
    ] as const) {
      const res = await t.gqlAs(editor, REJECT, vars);
      expect(res.errors?.[0].extensions).toMatchObject({ code, field });
    }
    const res = await t.gqlAs(editor, ACCEPT, { id });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'id' });
    expect(await dumpDatabase(t.server)).toEqual(before);
  });

  it('needs a reason', async () => {
    const b = (
      await draftOf(t, editor, 'Iran has sent drones to Russia, officials said on Tuesday.', { title: 'Reasons' })
    ).draftClaims;
    const before = await dumpDatabase(t.server);
    const res = await t.gqlAs(editor, REJECT, { id: b.drafts[0].id, r: '' });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect(await dumpDatabase(t.server)).toEqual(before);
  });
});
