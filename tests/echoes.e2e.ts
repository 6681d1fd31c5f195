import { Role } from '../src/core/auth/role.enum';
import { extended, retypeset, rewrapped } from '../src/tools/bench/echo-variants';
import { ATLAS, KIRBY, LEDGER, WIRE, echoWriter, edited } from './helpers/echo-fixtures';
import { dumpDatabase, makeKey, startTestServer } from './helpers/test-server';
import type { TestServer } from './helpers/test-server';

/**
 * The independence auditor, end to end: sources written over HTTP, their echoes found by the
 * write pipeline, counted as one voice in assessments and aggregates, and decided by editors.
 * (Quotes found verbatim, circular reporting, the report and the audit at start:
 * echo-audit.e2e.ts.)
 */
let t: TestServer;
let editor: string;
const { actors, edit, source, transfer, assessment } = echoWriter(
  () => t,
  () => editor,
);

const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await startTestServer();
  editor = await makeKey(t.server, 'editor', Role.EDITOR);
  await actors();
  // One wire story and two outlets re-running it: one lightly edited, one with a new headline and
  // its paragraphs reordered.
  await source('wire', 'Meridian Press', '2022-10-20', WIRE);
  await source('daily-x', 'The Daily X', '2022-10-21', edited(7));
  await source(
    'y-times',
    'The Y Times',
    '2022-10-21',
    retypeset(rewrapped(WIRE, 'Iran’s men in Crimea: the drone war’s new front', 3)),
  );
  ids.copies = await transfer('drones, wire copies', [
    { source: 'wire', quote: KIRBY },
    { source: 'daily-x', quote: KIRBY },
    { source: 'y-times', quote: KIRBY },
  ]);
  // Three outlets reporting the same event in their own words.
  await source('ledger', 'The Northern Ledger', '2022-10-20', LEDGER);
  await source('atlas', 'Atlas Broadcasting', '2022-10-20', ATLAS);
  ids.independent = await transfer('drones, independent reports', [
    { source: 'wire', quote: 'Iranian military personnel have been sent to Russian-occupied Crimea' },
    { source: 'ledger', quote: LEDGER.split('\n\n')[2].split('.')[0] },
    { source: 'atlas', quote: ATLAS.split('\n\n')[2].split('.')[0] },
  ]);
});
afterAll(() => t.close());

describe('suspected echoes count as one voice', () => {
  it('three lightly edited copies of one report are one voice, SINGLE_SOURCE, and the explanation names the copies', async () => {
    const a = await assessment(ids.copies);
    expect(a.verdict).toBe('SINGLE_SOURCE');
    expect(a.independentVoices).toBe(1);
    expect(a.voices).toEqual([{ name: 'Meridian Press' }]);
    // Every pair of copies of one wire story resembles each other: three links, one group.
    expect(a.suspectedEchoes.map((e: any) => [e.copy.key, e.original.key, e.basis, e.status]).sort()).toEqual([
      ['daily-x', 'wire', 'TEXT', 'SUSPECTED'],
      ['y-times', 'daily-x', 'TEXT', 'SUSPECTED'],
      ['y-times', 'wire', 'TEXT', 'SUSPECTED'],
    ]);
    for (const e of a.suspectedEchoes) expect(e.similarity).toBeGreaterThan(0.6);
    expect(a.explanation).toMatch(/^Single source: 1 independent voice \(Meridian Press\)/);
    expect(a.explanation).toMatch(
      /echoes counted as one voice: The Daily X shares \d+% of its text with Meridian Press/,
    );
    expect(a.explanation).toMatch(/The Y Times shares \d+% of its text with Meridian Press/);
    // Named once per copy, by its link to the earliest source.
    expect(a.explanation).not.toMatch(/with The Daily X/);
  });

  it('a wire story re-run with a changed headline and reordered paragraphs is still caught', async () => {
    const d = await t.data(
      `{ source(key: "y-times") { textSha256 suspectedEchoes { source { key } similarity basis } } }`,
    );
    const wire = d.source.suspectedEchoes.find((e: any) => e.source.key === 'wire');
    expect(wire).toEqual({ source: { key: 'wire' }, similarity: expect.any(Number), basis: 'TEXT' });
    expect(wire.similarity).toBeGreaterThan(0.8);
    expect(d.source.textSha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('two genuinely different reports of the same event are not flagged: three voices, CORROBORATED', async () => {
    const a = await assessment(ids.independent);
    expect(a.verdict).toBe('CORROBORATED');
    expect(a.independentVoices).toBe(3);
    expect(a.suspectedEchoes).toEqual([]);
    const d = await t.data(
      `{ ledger: source(key: "ledger") { suspectedEchoes { source { key } } } atlas: source(key: "atlas") { suspectedEchoes { source { key } } } }`,
    );
    expect(d.ledger.suspectedEchoes).toEqual([]);
    expect(d.atlas.suspectedEchoes).toEqual([]);
  });

  it('aggregates follow: the network edge counts the distinct voices of both claims', async () => {
    const d = await t.data(
      `{ supplyNetwork(around: ["echoland"], depth: 1) { edges { source { key } target { key } claimCount independentVoices } } }`,
    );
    // wire (and its two copies) + ledger + atlas: three voices over two claims.
    expect(d.supplyNetwork.edges).toEqual([
      { source: { key: 'echoland' }, target: { key: 'copyland' }, claimCount: 2, independentVoices: 3 },
    ]);
    const r = await t.data(`{ actor(key: "copyland") { suppliers { transferCount independentVoices } }
      transferStats(groupBy: SUPPLIER, filter: { supplier: "echoland" }) { count independentVoices } }`);
    expect(r.actor.suppliers).toEqual([{ transferCount: 2, independentVoices: 3 }]);
    expect(r.transferStats).toEqual([{ count: 2, independentVoices: 3 }]);
  });

  it('lists the review queue: sources(filter: { suspectedEchoes: true })', async () => {
    const d = await t.data(`{ yes: sources(filter: { suspectedEchoes: true }) { edges { node { key } } }
      no: sources(filter: { suspectedEchoes: false, publisher: "The Northern Ledger" }) { edges { node { key } } } }`);
    expect(d.yes.edges.map((e: any) => e.node.key).sort()).toEqual(['daily-x', 'wire', 'y-times']);
    expect(d.no.edges.map((e: any) => e.node.key)).toEqual(['ledger']);
  });
});

describe('editors decide', () => {
  it('refuses bad decisions with the field at fault and changes nothing', async () => {
    const before = await dumpDatabase(t.server);
    const cases: [string, string, string][] = [
      [`mutation { dismissEcho(a: "daily-x", b: "wire", reason: "  ") { status } }`, 'BAD_USER_INPUT', 'reason'],
      [`mutation { dismissEcho(a: "daily-x", b: "daily-x", reason: "same") { status } }`, 'BAD_USER_INPUT', 'b'],
      [`mutation { confirmEcho(copy: "no-such-source", original: "wire") { status } }`, 'NOT_FOUND', 'copy'],
      [`mutation { confirmEcho(copy: "daily-x", original: "no-such-source") { status } }`, 'NOT_FOUND', 'original'],
    ];
    for (const [q, code, field] of cases) {
      const res = await t.gqlAs(editor, q);
      expect(res.status).toBe(200);
      expect(res.errors?.[0].extensions).toMatchObject({ code, field });
    }
    const anonymous = await t.gql(`mutation { dismissEcho(a: "daily-x", b: "wire", reason: "x") { status } }`);
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(await dumpDatabase(t.server)).toEqual(before);
  });

  it('dismissing makes the copies count again (CORROBORATED), and history shows who dismissed and why', async () => {
    const d =
      await edit(`mutation { dismissEcho(a: "daily-x", b: "wire", reason: "Own reporting from Kyiv, checked with the desk") {
      copy { key } original { key } status decidedBy reason } }`);
    expect(d.dismissEcho).toEqual({
      copy: { key: 'daily-x' },
      original: { key: 'wire' },
      status: 'DISMISSED',
      decidedBy: 'editor',
      reason: 'Own reporting from Kyiv, checked with the desk',
    });
    // A decision is about one pair: the Daily X still resembles the Y Times, another copy of the wire.
    let a = await assessment(ids.copies);
    expect([a.verdict, a.independentVoices]).toEqual(['SINGLE_SOURCE', 1]);
    await edit(
      `mutation { dismissEcho(a: "y-times", b: "daily-x", reason: "Own reporting from Kyiv, checked with the desk") { status } }`,
    );
    a = await assessment(ids.copies);
    expect([a.verdict, a.independentVoices]).toEqual(['CORROBORATED', 2]);
    await edit(
      `mutation { dismissEcho(a: "y-times", b: "wire", reason: "Syndicated under licence, but independently confirmed") { status } }`,
    );
    a = await assessment(ids.copies);
    expect([a.verdict, a.independentVoices, a.suspectedEchoes]).toEqual(['CORROBORATED', 3, []]);
    const h = await t.data(
      `{ source(key: "daily-x") { history { who operation after } suspectedEchoes(includeDecided: true) { status } } }`,
    );
    const last = h.source.history[h.source.history.length - 1];
    expect([last.who, last.operation]).toEqual(['editor', 'dismissEcho']);
    expect(last.after.echo).toMatchObject({
      status: 'DISMISSED',
      reason: 'Own reporting from Kyiv, checked with the desk',
    });
    expect(h.source.suspectedEchoes).toEqual([{ status: 'DISMISSED' }, { status: 'DISMISSED' }]);
    // The claim's stored summary followed: filtering by voices sees three.
    const f = await t.data(
      `{ transfers(filter: { supplier: "echoland", minIndependentVoices: 3 }) { edges { node { item } } } }`,
    );
    expect(f.transfers.edges.map((e: any) => e.node.item).sort()).toEqual([
      'drones, independent reports',
      'drones, wire copies',
    ]);
  });

  it('a citation proves which text it quoted: the hash of the text it was verified against', async () => {
    const q = `{ source(key: "daily-x") { textSha256 citations { sourceTextSha256 verified } } }`;
    const before = (await t.data(q)).source;
    expect(before.textSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(before.citations).toEqual([{ sourceTextSha256: before.textSha256, verified: true }]);
    await edit(`mutation { updateSource(input: { source: "daily-x", text: ${JSON.stringify(edited(8))} }) { key } }`);
    const after = (await t.data(q)).source;
    expect(after.textSha256).not.toBe(before.textSha256);
    expect(after.citations).toEqual([{ sourceTextSha256: after.textSha256, verified: true }]);
  });

  it('a dismissed pair is not linked again when a text is corrected', async () => {
    await edit(`mutation { updateSource(input: { source: "daily-x", text: ${JSON.stringify(edited(12))} }) { key } }`);
    const d = await t.data(`{ source(key: "daily-x") { suspectedEchoes(includeDecided: true) { status } } }`);
    expect(d.source.suspectedEchoes).toEqual([{ status: 'DISMISSED' }, { status: 'DISMISSED' }]);
  });

  it('confirming records the derivation, as a chain would: one voice for good', async () => {
    const own = 'Reporting for The Z Post, our correspondent adds that air-raid sirens sounded again overnight.';
    await source('z-post', 'The Z Post', '2022-10-22', extended(edited(9), own));
    const id = await transfer('drones, confirmed copy', [
      { source: 'z-post', quote: KIRBY },
      { source: 'wire', quote: KIRBY },
    ]);
    // The Z Post re-runs the wire: linked to it (and to the other copies of it), one voice.
    const found = await t.data(`{ source(key: "z-post") { suspectedEchoes { source { key } } } }`);
    expect(found.source.suspectedEchoes.map((e: any) => e.source.key)).toContain('wire');
    expect((await assessment(id)).independentVoices).toBe(1);
    const c = await edit(
      `mutation { confirmEcho(copy: "z-post", original: "wire", reason: "Credited to Meridian Press in print") { status decidedBy } }`,
    );
    expect(c.confirmEcho).toEqual({ status: 'CONFIRMED', decidedBy: 'editor' });
    const d = await t.data(
      `{ source(key: "z-post") { derivedFrom { key } } wire: source(key: "wire") { derivatives { key } } }`,
    );
    expect(d.source.derivedFrom.map((s: any) => s.key)).toEqual(['wire']);
    expect(d.wire.derivatives.map((s: any) => s.key)).toEqual(['z-post']);
    // Confirming the other way round corrects the decision: the pair keeps one link.
    await edit(
      `mutation { confirmEcho(copy: "wire", original: "z-post", reason: "The Post ran it first") { status } }`,
    );
    const flipped = await t.data(`{ source(key: "wire") { derivedFrom { key } derivatives { key } } }`);
    expect(flipped.source).toEqual({ derivedFrom: [{ key: 'z-post' }], derivatives: [] });
  });

  it('refuses a confirmation that would make a source derive from itself, changing nothing', async () => {
    // The Ledger relays Atlas (a recorded chain): Atlas cannot also be the Ledger's copy.
    await transfer('drones, relayed', [
      { source: 'ledger', quote: LEDGER.split('\n\n')[2].split('.')[0], chain: ['atlas'] },
    ]);
    const before = await dumpDatabase(t.server);
    const res = await t.gqlAs(editor, `mutation { confirmEcho(copy: "atlas", original: "ledger") { status } }`);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'original' });
    expect(await dumpDatabase(t.server)).toEqual(before);
  });

  it('a corrected date turns a suspected link round; a removed text takes its suspicions with it', async () => {
    await source('early-bird', 'Early Bird', '2022-10-25', edited(21));
    let d = await t.data(`{ source(key: "early-bird") { suspectedEchoes { copy { key } original { key } } } }`);
    expect(d.source.suspectedEchoes).toContainEqual({ copy: { key: 'early-bird' }, original: { key: 'wire' } });
    await edit(`mutation { updateSource(input: { source: "early-bird", publishedOn: "2022-10-19" }) { key } }`);
    d = await t.data(`{ source(key: "early-bird") { suspectedEchoes { copy { key } original { key } } } }`);
    expect(d.source.suspectedEchoes).toContainEqual({ copy: { key: 'wire' }, original: { key: 'early-bird' } });
    await edit(`mutation { updateSource(input: { source: "early-bird", text: null }) { key } }`);
    d = await t.data(`{ source(key: "early-bird") { textSha256 suspectedEchoes { source { key } } } }`);
    expect(d.source).toEqual({ textSha256: null, suspectedEchoes: [] });
    const [row] = await t.server.dataSource.query(`SELECT echo_root FROM source WHERE key = 'early-bird'`);
    expect(row.echo_root).toBeNull();
  });
});
