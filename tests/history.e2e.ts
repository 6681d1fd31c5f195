import { Role } from '../src/core/auth/role.enum';
import { makeKey, startTestServer } from './helpers/test-server';
import type { TestServer } from './helpers/test-server';

let t: TestServer;
let editor: string;
beforeAll(async () => {
  t = await startTestServer();
  editor = await makeKey(t.server, 'editor', Role.EDITOR);
});
afterAll(() => t.close());

const edit = async (query: string, variables?: Record<string, unknown>) => {
  const res = await t.gqlAs(editor, query, variables);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data;
};
const historyCount = async () =>
  Number((await t.server.dataSource.query('SELECT COUNT(*) AS n FROM history_entry'))[0].n);
/** An instant strictly between two writes. */
const instant = async () => {
  await new Promise((r) => setTimeout(r, 5));
  const at = new Date().toISOString();
  await new Promise((r) => setTimeout(r, 5));
  return at;
};

describe('history and time travel', () => {
  it('each write is one history entry, and asOf shows the claim as it was at every moment', async () => {
    const t0 = await instant();
    const h0 = await historyCount();
    const {
      recordTransfer: { id },
    } =
      await edit(`mutation { recordTransfer(input: { supplier: "north-korea", recipient: "russia", category: ARTILLERY,
      item: "howitzers", status: PROPOSED, citations: [{ source: "nyt-2022-09-05-russia-north-korea-munitions", quote: "first report" }] }) { id } }`);
    expect(await historyCount()).toBe(h0 + 1);
    const t1 = await instant();
    await edit(
      `mutation($id: ID!) { updateTransfer(input: { id: $id, status: DELIVERED, period: { start: "2022-10" } }) { id } }`,
      { id },
    );
    const t2 = await instant();
    await edit(
      `mutation($id: ID!) { addCitation(claim: $id, citation: { source: "white-house-2022-iranian-drones-statement", quote: "second voice" }) { id } }`,
      { id },
    );
    const t3 = await instant();
    await edit(`mutation($id: ID!) { retractClaim(id: $id, reason: "wrong country") { __typename } }`, { id });
    const t4 = await instant();
    expect(await historyCount()).toBe(h0 + 4);

    const at = async (asOf: string) =>
      (
        await t.data(
          `query($id: ID!, $asOf: DateTime) { transfer(id: $id, asOf: $asOf) { status retracted period { start } evidence { quote } assessment { verdict } } }`,
          { id, asOf },
        )
      ).transfer;
    expect(await at(t0)).toBeNull();
    expect(await at(t1)).toEqual({
      status: 'PROPOSED',
      retracted: false,
      period: { start: null },
      evidence: [{ quote: 'first report' }],
      assessment: { verdict: 'SINGLE_SOURCE' },
    });
    expect(await at(t2)).toMatchObject({
      status: 'DELIVERED',
      period: { start: '2022-10' },
      evidence: [{ quote: 'first report' }],
    });
    expect(await at(t3)).toMatchObject({
      status: 'DELIVERED',
      retracted: false,
      evidence: [{ quote: 'first report' }, { quote: 'second voice' }],
      assessment: { verdict: 'CORROBORATED' },
    });
    expect(await at(t4)).toMatchObject({ retracted: true });

    const list = async (asOf: string, extra = '') =>
      (
        await t.data(
          `query($asOf: DateTime) { transfers(asOf: $asOf, filter: { category: ARTILLERY ${extra} }) { edges { node { id status } } } }`,
          { asOf },
        )
      ).transfers.edges.map((e: any) => e.node);
    expect(await list(t0)).toEqual([]);
    expect(await list(t1)).toEqual([{ id, status: 'PROPOSED' }]);
    expect(await list(t2, ', status: DELIVERED')).toEqual([{ id, status: 'DELIVERED' }]);
    expect(await list(t4)).toEqual([]);
    expect(await list(t4, ', includeRetracted: true')).toEqual([{ id, status: 'DELIVERED' }]);

    const h = await t.data(`query($id: ID!) { transfer(id: $id) { history { who operation before after } } }`, { id });
    expect(h.transfer.history.map((e: any) => [e.who, e.operation])).toEqual([
      ['editor', 'recordTransfer'],
      ['editor', 'updateTransfer'],
      ['editor', 'addCitation'],
      ['editor', 'retractClaim'],
    ]);
    const [rec, upd, cite, retr] = h.transfer.history;
    expect(rec.before).toBeNull();
    expect([upd.before.status, upd.after.status]).toEqual(['PROPOSED', 'DELIVERED']);
    expect([cite.before.citations.length, cite.after.citations.length]).toEqual([1, 2]);
    expect([retr.before.retracted, retr.after.retracted, retr.after.retraction_reason]).toEqual([
      false,
      true,
      'wrong country',
    ]);
  });

  it('actors and recognitions travel in time too', async () => {
    const t0 = await instant();
    await edit(
      `mutation { createActor(input: { key: "belarus", name: "Belarus", kind: STATE, countryCode: "BLR" }) { key } }`,
    );
    const t1 = await instant();
    await edit(`mutation { updateActor(input: { actor: "belarus", name: "Republic of Belarus" }) { key } }`);
    await edit(`mutation { addActorAlias(actor: "belarus", alias: "Byelorussia") { key } }`);
    const t2 = await instant();
    const actorAt = async (asOf: string) =>
      (await t.data(`query($a: DateTime) { actor(key: "belarus", asOf: $a) { name aliases } }`, { a: asOf })).actor;
    expect(await actorAt(t0)).toBeNull();
    expect(await actorAt(t1)).toEqual({ name: 'Belarus', aliases: [] });
    expect(await actorAt(t2)).toEqual({ name: 'Republic of Belarus', aliases: ['Byelorussia'] });
    const history = await t.data(`{ actor(key: "belarus") { history { operation } } }`);
    expect(history.actor.history.map((e: any) => e.operation)).toEqual(['createActor', 'updateActor', 'addActorAlias']);

    const r =
      await edit(`mutation { recordRecognition(input: { recognizer: "belarus", recognized: "LPR", status: RECOGNIZED,
      citations: [{ source: "nyt-2022-09-05-russia-north-korea-munitions", quote: "hypothetical" }] }) { id } }`);
    const t3 = await instant();
    await edit(`mutation($id: ID!) { updateRecognition(input: { id: $id, status: WITHDRAWN }) { id } }`, {
      id: r.recordRecognition.id,
    });
    const statusAt = async (asOf: string) =>
      (
        await t.data(
          `query($a: DateTime) { recognitions(asOf: $a, filter: { recognizer: "belarus" }) { edges { node { status } } } }`,
          { a: asOf },
        )
      ).recognitions.edges.map((e: any) => e.node.status);
    expect(await statusAt(t2)).toEqual([]);
    expect(await statusAt(t3)).toEqual(['RECOGNIZED']);
    expect(await statusAt(new Date().toISOString())).toEqual(['WITHDRAWN']);
  });

  it('the seed is in history, and asOf before it shows an empty knowledge base', async () => {
    const seeded = await t.data(`{ actor(key: "north-korea") { history { who operation } } }`);
    expect(seeded.actor.history).toEqual([{ who: 'seed', operation: 'createActor' }]);
    const empty = await t.data(
      `{ transfers(asOf: "2000-01-01T00:00:00Z") { totalCount } recognitions(asOf: "2000-01-01T00:00:00Z") { totalCount } }`,
    );
    expect(empty).toEqual({ transfers: { totalCount: 0 }, recognitions: { totalCount: 0 } });
  });

  it('a merge keeps the past readable: old versions name the merged actor, its key leads to the survivor now', async () => {
    await edit(`mutation { createActor(input: { key: "acme-arms", name: "Acme Arms", kind: COMPANY }) { key } }`);
    await edit(`mutation { createActor(input: { key: "acme-defence", name: "Acme Defence", kind: COMPANY }) { key } }`);
    const {
      recordTransfer: { id },
    } =
      await edit(`mutation { recordTransfer(input: { supplier: "acme-defence", recipient: "ukraine", category: SMALL_ARMS,
      item: "rifles", status: DELIVERED, citations: [{ source: "nyt-2022-09-05-russia-north-korea-munitions", quote: "acme" }] }) { id } }`);
    const before = await instant();
    const admin = await makeKey(t.server, 'merge-admin', Role.ADMIN);
    const merged = await t.gqlAs(
      admin,
      `mutation { mergeActors(survivor: "acme-arms", merged: "acme-defence") { key aliases } }`,
    );
    expect(merged.data.mergeActors).toEqual({ key: 'acme-arms', aliases: ['Acme Defence'] });
    const then = await t.data(
      `query($id: ID!, $a: DateTime) { transfer(id: $id, asOf: $a) { supplier { key name } } }`,
      { id, a: before },
    );
    expect(then.transfer.supplier).toEqual({ key: 'acme-defence', name: 'Acme Defence' });
    const now = await t.data(`query($id: ID!) { transfer(id: $id) { supplier { key } } }`, { id });
    expect(now.transfer.supplier).toEqual({ key: 'acme-arms' });
    const filtered = await t.data(
      `query($a: DateTime) { transfers(asOf: $a, filter: { supplier: "acme-defence" }) { totalCount } }`,
      { a: before },
    );
    expect(filtered.transfers.totalCount).toBe(1);
    const actors = await t.data(
      `query($a: DateTime) { then: actor(key: "acme-defence", asOf: $a) { key name } now: actor(key: "acme-defence") { key } }`,
      { a: before },
    );
    expect(actors).toEqual({ then: { key: 'acme-defence', name: 'Acme Defence' }, now: { key: 'acme-arms' } });
    expect((await t.data(`{ actors(filter: { search: "acme" }) { totalCount } }`)).actors.totalCount).toBe(1);
  });

  it('asOf keeps the verdict and grade a claim had, after its source was re-graded', async () => {
    const {
      recordTransfer: { id },
    } = await edit(`mutation { recordTransfer(input: { supplier: "iran", recipient: "russia", category: AIR_DEFENCE,
      item: "radars", status: PLANNED, citations: [{ source: "nyt-2022-09-05-russia-north-korea-munitions", quote: "regrade", credibility: 2 }] }) { id } }`);
    const before = await instant();
    await edit(
      `mutation { updateSource(input: { source: "nyt-2022-09-05-russia-north-korea-munitions", reliability: A }) { key } }`,
    );
    const d = await t.data(
      `query($id: ID!, $a: DateTime) { then: transfer(id: $id, asOf: $a) { assessment { grade } } now: transfer(id: $id) { assessment { grade } } }`,
      { id, a: before },
    );
    expect(d).toEqual({ then: { assessment: { grade: 'F2' } }, now: { assessment: { grade: 'A2' } } });
    const filtered = await t.data(
      `query($a: DateTime) { transfers(asOf: $a, filter: { minReliability: A, category: AIR_DEFENCE }) { totalCount } }`,
      { a: before },
    );
    expect(filtered.transfers.totalCount).toBe(0);
    await edit(
      `mutation { updateSource(input: { source: "nyt-2022-09-05-russia-north-korea-munitions", reliability: F }) { key } }`,
    );
  });

  it('removed citations are kept: asOf before the removal shows them', async () => {
    const d =
      await edit(`mutation { recordTransfer(input: { supplier: "iran", recipient: "russia", category: SHIPS, item: "boats", status: PROPOSED,
      citations: [{ source: "nyt-2022-09-05-russia-north-korea-munitions", quote: "one" }, { source: "white-house-2022-iranian-drones-statement", quote: "two" }] }) { id evidence { id } } }`);
    const before = await instant();
    await edit(`mutation($c: ID!) { removeCitation(id: $c) { __typename } }`, { c: d.recordTransfer.evidence[1].id });
    const r = await t.data(
      `query($id: ID!, $a: DateTime) { then: transfer(id: $id, asOf: $a) { evidence { quote } } now: transfer(id: $id) { evidence { quote } } }`,
      { id: d.recordTransfer.id, a: before },
    );
    expect(r).toEqual({
      then: { evidence: [{ quote: 'one' }, { quote: 'two' }] },
      now: { evidence: [{ quote: 'one' }] },
    });
  });

  it("two concurrent removals of a claim's two SUPPORTS citations: exactly one succeeds", async () => {
    const d =
      await edit(`mutation { recordTransfer(input: { supplier: "iran", recipient: "russia", category: FINANCE, item: "credit", status: PROPOSED,
      citations: [{ source: "nyt-2022-09-05-russia-north-korea-munitions", quote: "a" }, { source: "white-house-2022-iranian-drones-statement", quote: "b" }] }) { id evidence { id } } }`);
    const results = await Promise.all(
      d.recordTransfer.evidence.map((c: { id: string }) =>
        t.gqlAs(editor, `mutation($c: ID!) { removeCitation(id: $c) { __typename } }`, { c: c.id }),
      ),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0].extensions?.code === 'CONFLICT')).toHaveLength(1);
    const left = await t.data(
      `query($id: ID!) { transfer(id: $id) { evidence { id } assessment { independentVoices } } }`,
      { id: d.recordTransfer.id },
    );
    expect(left.transfer.evidence).toHaveLength(1);
    expect(left.transfer.assessment.independentVoices).toBe(1);
  });

  it('an alias can become the name', async () => {
    await edit(`mutation { updateActor(input: { actor: "iran", name: "Islamic Republic of Iran" }) { name } }`);
    const d = await t.data(`{ actor(key: "iran") { name aliases } }`);
    expect(d.actor).toEqual({ name: 'Islamic Republic of Iran', aliases: [] });
    await edit(`mutation { updateActor(input: { actor: "iran", name: "Iran" }) { name } }`);
  });

  it('an invalid asOf is BAD_USER_INPUT', async () => {
    const res = await t.gql(`{ transfers(asOf: "yesterday") { totalCount } }`);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('50 parallel mutations all land, with 50 history entries', async () => {
    const h0 = await historyCount();
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        t.gqlAs(
          editor,
          `mutation($i: String!) { recordTransfer(input: { supplier: "iran", recipient: "syria", category: SMALL_ARMS, item: $i, status: DELIVERED,
          citations: [{ source: "nyt-2022-09-05-russia-north-korea-munitions", quote: $i }] }) { id } }`,
          { i: `parallel ${i}` },
        ),
      ),
    );
    expect(results.filter((r) => r.errors)).toEqual([]);
    expect(new Set(results.map((r) => r.data.recordTransfer.id)).size).toBe(50);
    expect(await historyCount()).toBe(h0 + 50);
    const d = await t.data(
      `{ transfers(filter: { supplier: "iran", recipient: "syria" }, first: 100) { totalCount } }`,
    );
    expect(d.transfers.totalCount).toBe(50);
  });
});
