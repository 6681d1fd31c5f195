import { Role } from '../src/core/auth/role.enum';
import { verifyDatabase } from '../src/tools/ops/verify';
import { createTestDatabase } from './helpers/test-database';
import { makeKey, startTestServer } from './helpers/test-server';
import type { TestServer } from './helpers/test-server';

/**
 * supply_edge (the maintained per-edge aggregate networks read) always equals the aggregate of
 * the transfers themselves, whatever the writes; and a network read from it equals the network
 * aggregated live.
 */
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

type Row = Record<string, unknown>;
const normal = (rows: Row[]) =>
  rows.map((r) => ({
    s: r.supplier_id,
    r: r.recipient_id,
    c: r.category,
    n: Number(r.claims),
    lo: r.lo,
    hi: r.hi,
    best: Number(r.best),
    v: Number(r.voices),
  }));

async function expectCurrent(): Promise<void> {
  const stored = await t.server.dataSource.query(
    'SELECT * FROM supply_edge ORDER BY supplier_id, recipient_id, category',
  );
  // Voices are counted distinct across an edge's transfers (claim_voice, checked below).
  const live = await t.server.dataSource.query(
    `SELECT t.supplier_id, t.recipient_id, t.category, COUNT(DISTINCT t.id) AS claims, MIN(t.period_lo) AS lo, MAX(t.period_hi) AS hi,
            MAX(CASE t.verdict WHEN 'CORROBORATED' THEN 3 WHEN 'SINGLE_SOURCE' THEN 2 WHEN 'CONTESTED' THEN 1 ELSE 0 END) AS best,
            COUNT(DISTINCT cv.voice) AS voices
     FROM transfer t LEFT JOIN claim_voice cv ON cv.claim_type = 'transfer' AND cv.claim_id = t.id
     WHERE NOT t.retracted GROUP BY t.supplier_id, t.recipient_id, t.category ORDER BY t.supplier_id, t.recipient_id, t.category`,
  );
  expect(live.length).toBeGreaterThan(0);
  expect(normal(stored)).toEqual(normal(live));
  // claim_voice holds each transfer's voices as its assessment counts them.
  const assessed = await t.data(`{ transfers(first: 500, filter: { includeRetracted: true }) { edges { node { id
    assessment { voices { kind actor { id } source { id } } } } } } }`);
  const expected = assessed.transfers.edges
    .flatMap((e: any) =>
      e.node.assessment.voices.map((v: any) => `${e.node.id} ${v.kind}:${v.actor?.id ?? v.source?.id}`),
    )
    .sort();
  const kept = (
    await t.server.dataSource.query(`SELECT claim_id, voice FROM claim_voice WHERE claim_type = 'transfer'`)
  )
    .map((r: any) => `${r.claim_id} ${r.voice}`)
    .sort();
  expect(kept).toEqual(expected);
  // supply_edge_voice: per edge and voice, how many unretracted transfers it supports.
  const perVoice = async (sql: string) =>
    ((await t.server.dataSource.query(sql)) as any[])
      .map((r) => `${r.supplier_id} ${r.recipient_id} ${r.category} ${r.voice} ${Number(r.claims)}`)
      .sort();
  expect(await perVoice('SELECT * FROM supply_edge_voice')).toEqual(
    await perVoice(`SELECT t.supplier_id, t.recipient_id, t.category, cv.voice, COUNT(*) AS claims
      FROM transfer t JOIN claim_voice cv ON cv.claim_type = 'transfer' AND cv.claim_id = t.id
      WHERE NOT t.retracted GROUP BY t.supplier_id, t.recipient_id, t.category, cv.voice`),
  );
}

const NETWORK = `query ($filter: NetworkFilter) { supplyNetwork(around: ["russia"], depth: 3, filter: $filter) {
  truncated nodes { actor { key } degree } edges { kind source { key } target { key } claimCount categories period { start end } strongestVerdict independentVoices } } }`;

describe('supply_edge', () => {
  it('matches the transfers after the seed', () => expectCurrent());

  it('stays current through every kind of claim write', async () => {
    const edit = as(editor);
    const { recordTransfer } =
      await edit(`mutation { recordTransfer(input: { supplier: "iran", recipient: "russia", category: UAV, item: "drones", status: ORDERED,
      period: { start: "2021-03" }, citations: [{ source: "guardian-2022-09-06-north-korea-shells", quote: "Mohajer-6 and Shahed-series drones" }] }) { id } }`);
    await expectCurrent();
    await edit(
      `mutation($id: ID!) { updateTransfer(input: { id: $id, recipient: "russian-ministry-of-defence", period: { start: "2019", end: "2023-05" } }) { id } }`,
      { id: recordTransfer.id },
    );
    await expectCurrent();
    const { addCitation } = await edit(
      `mutation($id: ID!) { addCitation(claim: $id, citation: { source: "us-intelligence-finding-2022-russia-north-korea-munitions",
      quote: "x", attributedTo: "us-intelligence-community" }) { id } }`,
      { id: recordTransfer.id },
    );
    await expectCurrent();
    await edit(`mutation($id: ID!) { removeCitation(id: $id) { __typename } }`, { id: addCitation.id });
    await expectCurrent();
    await edit(`mutation($id: ID!) { retractClaim(id: $id, reason: "test") { __typename } }`, {
      id: recordTransfer.id,
    });
    await expectCurrent();
    await as(admin)(`mutation { createActor(input: { key: "acme", name: "Acme", kind: COMPANY }) { key } }`);
    await edit(`mutation { recordTransfer(input: { supplier: "acme", recipient: "russia", category: SMALL_ARMS, item: "rifles", status: DELIVERED,
      citations: [{ source: "nyt-2022-09-05-russia-north-korea-munitions", quote: "x" }] }) { id } }`);
    await as(admin)(`mutation { mergeActors(survivor: "iran", merged: "acme") { key } }`);
    await expectCurrent();
  });

  it('stays current when many writes to one pair run at once (PostgreSQL runs them concurrently)', async () => {
    const edit = as(editor);
    const record = () =>
      edit(`mutation { recordTransfer(input: { supplier: "north-korea", recipient: "russia", category: ARTILLERY, item: "howitzers", status: DELIVERED,
        citations: [{ source: "nyt-2022-09-05-russia-north-korea-munitions", quote: "x" }] }) { id } }`);
    const made = await Promise.all(Array.from({ length: 8 }, record));
    await expectCurrent();
    await Promise.all(
      made.map((m: any) =>
        edit(`mutation($id: ID!) { retractClaim(id: $id, reason: "parallel") { __typename } }`, {
          id: m.recordTransfer.id,
        }),
      ),
    );
    await expectCurrent();
    const rows = await t.server.dataSource.query(
      "SELECT COUNT(*) AS n FROM supply_edge e JOIN actor s ON s.id = e.supplier_id JOIN actor r ON r.id = e.recipient_id WHERE s.key = 'north-korea' AND r.key = 'russia' AND e.category = 'ARTILLERY'",
    );
    expect(Number(rows[0].n)).toBe(0);
  });

  it('gives the same network as aggregating the transfers live', async () => {
    const fromTable = await t.data(NETWORK);
    // minIndependentVoices: 0 keeps every claim but is a claim-level filter: the live path.
    const live = await t.data(NETWORK, { filter: { minIndependentVoices: 0 } });
    expect(fromTable.supplyNetwork.edges.length).toBeGreaterThan(2);
    expect(fromTable).toEqual(live);
    const uav = await t.data(NETWORK, { filter: { category: ['UAV'] } });
    const uavLive = await t.data(NETWORK, { filter: { category: ['UAV'], minIndependentVoices: 0 } });
    expect(uav).toEqual(uavLive);
  });
});

describe('a database written before claims kept their voices', () => {
  it('gets every claim its voices, and supply_edge its distinct voices, at the next start', async () => {
    const db = await createTestDatabase();
    const first = await startTestServer({}, {}, db);
    // What such a database holds: claims, no claim_voice, supply_edge with summed voices.
    for (const table of ['claim_voice', 'supply_edge_voice'])
      await first.server.dataSource.query(`DELETE FROM ${table}`);
    await first.server.dataSource.query('UPDATE supply_edge SET voices = 3');
    await first.close();
    const again = await startTestServer({}, {}, db);
    try {
      const edges = await again.data(
        `{ supplyNetwork(around: ["iran"], depth: 1) { edges { target { key } independentVoices } } }`,
      );
      expect(edges.supplyNetwork.edges).toContainEqual({ target: { key: 'russia' }, independentVoices: 1 });
      const [{ n }] = await again.server.dataSource.query('SELECT COUNT(*) AS n FROM claim_voice');
      expect(Number(n)).toBeGreaterThan(0);
      // npm run verify's checks, supply_edge against the transfers among them.
      const faults = (await verifyDatabase(again.server.dataSource, again.server.app)).filter((r) => r.faults > 0);
      expect(faults).toEqual([]);
    } finally {
      await again.close();
      await db.drop();
    }
  });
});
