import { loadSeedIfEmpty } from '../src/tools/seed/load-seed';
import { SEED_ACTORS } from '../src/tools/seed/seed-actors';
import { SEED_RECOGNITIONS, SEED_TRANSFERS } from '../src/tools/seed/seed-claims';
import { SEED_SOURCES } from '../src/tools/seed/seed-sources';
import { createTestDatabase } from './helpers/test-database';
import { startTestServer, tableCounts } from './helpers/test-server';
import type { TestServer } from './helpers/test-server';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.close());

describe('seed data from the Guardian report of 2022-09-06', () => {
  it('holds every actor, source and claim of the report', async () => {
    const d = await t.data(`{
      actors { totalCount } sources { totalCount } transfers { totalCount } recognitions { totalCount }
    }`);
    expect(d.actors.totalCount).toBe(11);
    expect(d.sources.totalCount).toBe(4);
    expect(d.transfers.totalCount).toBe(7);
    expect(d.recognitions.totalCount).toBe(6);
    expect([SEED_ACTORS.length, SEED_SOURCES.length, SEED_TRANSFERS.length, SEED_RECOGNITIONS.length]).toEqual([
      11, 4, 7, 6,
    ]);
  });

  it('answers who supplies Russia, rolling up its Ministry of Defence', async () => {
    const d = await t.data(`{ actor(key: "russia") { suppliers {
      supplier { key } recipient { key } transferCount categories strongestVerdict
      transfers { item status recipient { key } quantity { min max text } }
    } } }`);
    const bySupplier = Object.fromEntries(d.actor.suppliers.map((s: any) => [s.supplier.key, s]));
    expect(Object.keys(bySupplier).sort()).toEqual(['iran', 'north-korea']);
    expect(bySupplier['north-korea'].recipient.key).toBe('russia');
    expect(bySupplier['north-korea'].categories).toEqual(['AMMUNITION', 'OTHER_MATERIEL']);
    const shells = bySupplier['north-korea'].transfers.find((x: any) => x.item === 'rockets and artillery shells');
    expect(shells).toEqual({
      item: 'rockets and artillery shells',
      status: 'IN_PROGRESS',
      recipient: { key: 'russian-ministry-of-defence' },
      quantity: { min: 1000000, max: null, text: 'millions' },
    });
    expect(bySupplier.iran.categories).toEqual(['UAV']);
    expect(bySupplier.iran.transferCount).toBe(3);
  });

  it("answers who recognizes the Donetsk People's Republic, North Korea in July 2022", async () => {
    const d = await t.data(`{ recognitions(filter: { recognized: "Donetsk People's Republic" }) {
      edges { node { recognizer { key } status date } } } }`);
    const rows = d.recognitions.edges.map((e: any) => e.node);
    expect(rows.map((r: any) => r.recognizer.key).sort()).toEqual(['north-korea', 'russia', 'syria']);
    expect(rows.every((r: any) => r.status === 'RECOGNIZED')).toBe(true);
    expect(rows.find((r: any) => r.recognizer.key === 'north-korea').date).toBe('2022-07');
    expect(rows.filter((r: any) => r.date === null)).toHaveLength(2);
  });

  it("traces North Korea's shells to the US intelligence finding through the New York Times", async () => {
    const d = await t.data(`{ transfers(filter: { supplier: "north-korea", category: AMMUNITION }) { edges { node {
      evidence { quote stance verified credibility locator attribution
        source { key publishedOn } chain { key publisher publishedOn } origin { key kind } attributedTo { key } }
      assessment { verdict independentVoices voices { kind name } grade firstReported { source { key } date } explanation }
    } } } }`);
    const [shells] = d.transfers.edges.map((e: any) => e.node);
    expect(shells.evidence).toHaveLength(1);
    const [c] = shells.evidence;
    expect(c.source).toEqual({ key: 'guardian-2022-09-06-north-korea-shells', publishedOn: '2022-09-06' });
    expect(c.chain.map((s: any) => s.key)).toEqual([
      'nyt-2022-09-05-russia-north-korea-munitions',
      'us-intelligence-finding-2022-russia-north-korea-munitions',
    ]);
    expect(c.chain[0].publishedOn).toBe('2022-09-05');
    expect(c.origin).toEqual({
      key: 'us-intelligence-finding-2022-russia-north-korea-munitions',
      kind: 'INTELLIGENCE_ASSESSMENT',
    });
    expect(c.attributedTo.key).toBe('us-intelligence-community');
    expect(c.verified).toBe(true);
    expect(c.stance).toBe('SUPPORTS');
    expect(shells.assessment.verdict).toBe('SINGLE_SOURCE');
    expect(shells.assessment.voices).toEqual([{ kind: 'ACTOR', name: 'US intelligence community' }]);
    expect(shells.assessment.firstReported).toEqual({
      source: { key: 'nyt-2022-09-05-russia-north-korea-munitions' },
      date: '2022-09-05',
    });
    expect(shells.assessment.explanation).toContain('first reported by The New York Times on 2022-09-05');

    const src = await t.data(`{
      nyt: source(key: "nyt-2022-09-05-russia-north-korea-munitions") { derivedFrom { key } derivatives { key } origins { key } }
      guardian: source(key: "guardian-2022-09-06-north-korea-shells") { derivedFrom { key } origins { key } }
    }`);
    expect(src.nyt).toEqual({
      derivedFrom: [{ key: 'us-intelligence-finding-2022-russia-north-korea-munitions' }],
      derivatives: [{ key: 'guardian-2022-09-06-north-korea-shells' }],
      origins: [{ key: 'us-intelligence-finding-2022-russia-north-korea-munitions' }],
    });
    expect(src.guardian.derivedFrom.map((s: any) => s.key)).toEqual([
      'nyt-2022-09-05-russia-north-korea-munitions',
      'white-house-2022-iranian-drones-statement',
    ]);
    expect(src.guardian.origins.map((s: any) => s.key)).toEqual([
      'guardian-2022-09-06-north-korea-shells',
      'us-intelligence-finding-2022-russia-north-korea-munitions',
      'white-house-2022-iranian-drones-statement',
    ]);
  });

  it("keeps the report's hedging in statuses, quantities and dates", async () => {
    const d = await t.data(`{ transfers(first: 50) { edges { node {
      supplier { key } recipient { key } category item designation status quantity { min max text } period { start end }
    } } } }`);
    const rows = d.transfers.edges.map((e: any) => e.node);
    const find = (pred: (r: any) => boolean) => rows.filter(pred);
    const drones = find((r) => r.designation !== null);
    expect(drones.map((r: any) => r.designation).sort()).toEqual(['Mohajer-6', 'Shahed-series']);
    for (const r of drones) {
      expect(r).toMatchObject({
        supplier: { key: 'iran' },
        recipient: { key: 'russia' },
        status: 'DELIVERED',
        period: { start: '2022-08', end: null },
      });
    }
    expect(find((r) => r.quantity.text === 'hundreds')[0]).toMatchObject({
      status: 'PLANNED',
      quantity: { min: 100, max: null },
      category: 'UAV',
    });
    expect(find((r) => r.item === 'additional military equipment')[0].status).toBe('PROPOSED');
    const workers = find((r) => r.category === 'LABOUR');
    expect(workers.map((r: any) => r.recipient.key).sort()).toEqual([
      'donetsk-peoples-republic',
      'luhansk-peoples-republic',
    ]);
    expect(workers.every((r: any) => r.status === 'PROPOSED' && r.supplier.key === 'north-korea')).toBe(true);
  });

  it("verifies every seed quote against the Guardian's stored text", async () => {
    const d = await t.data(
      `{ source(key: "guardian-2022-09-06-north-korea-shells") { text citations { quote verified } } }`,
    );
    // shells 1, drones 2 × 2, plan 1, equipment 1, workers 2 × 2, recognitions 6
    expect(d.source.citations.length).toBe(17);
    expect(d.source.citations.every((c: any) => c.verified)).toBe(true);
    expect(d.source.text.startsWith('Russia buying millions of rockets and shells from North Korea')).toBe(true);
  });

  it('loads only into an empty database, never twice', async () => {
    const before = await tableCounts(t.server);
    const again = await loadSeedIfEmpty(t.server.context());
    expect(again.loaded).toBe(false);
    expect(await tableCounts(t.server)).toEqual(before);
  });

  it('is not loaded again when the server restarts on the same file', async () => {
    const db = await createTestDatabase();
    const first = await startTestServer({}, {}, db);
    const counts = await tableCounts(first.server);
    await first.close();
    const second = await startTestServer({}, {}, db);
    expect(await tableCounts(second.server)).toEqual(counts);
    await second.close();
    await db.drop();
  });
});
