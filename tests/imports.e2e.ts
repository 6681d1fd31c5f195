import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Role } from '../src/core/auth/role.enum';
import { createContext } from '../src/domain/context';
import { ImportRefusedError, importFile } from '../src/tools/imports/run-import';
import type { ImportSummary } from '../src/tools/imports/run-import';
import { dumpDatabase, startTestServer } from './helpers/test-server';
import type { TestServer } from './helpers/test-server';

const SIPRI = join(__dirname, 'fixtures', 'sipri-trade-register.csv');
let t: TestServer;
let dir: string;
beforeAll(async () => {
  t = await startTestServer();
  dir = mkdtempSync(join(tmpdir(), 'supplyline-import-'));
});
afterAll(async () => {
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

const cli = () => createContext(t.server.app, 'test', { name: 'importer', role: Role.ADMIN });
const refused = async (path: string) => {
  try {
    await importFile(cli(), path);
  } catch (e) {
    if (e instanceof ImportRefusedError) return e.problems;
    throw e;
  }
  throw new Error('the import was accepted');
};

describe('SIPRI trade register import', () => {
  let summary: ImportSummary;
  beforeAll(async () => {
    summary = await importFile(cli(), SIPRI);
  });

  it('imports every deal, citing the SIPRI release as a DATASET source', async () => {
    expect(summary).toEqual({
      format: 'sipri-csv',
      created: 6,
      updated: 0,
      unchanged: 0,
      invalid: [],
      encoding: 'utf-8',
      release: '2024-03-11',
      unmappedDescriptions: [],
      dropped: [],
    });
    const d = await t.data(
      `{ source(key: "sipri-arms-transfers-database-2024-03-11") { kind publishedOn reliability citations { id } } }`,
    );
    expect(d.source).toMatchObject({ kind: 'DATASET', publishedOn: '2024-03-11', reliability: 'B' });
    expect(d.source.citations).toHaveLength(6);
  });

  it('maps the register onto the model: categories, quantities and their estimates, statuses, periods', async () => {
    const d =
      await t.data(`{ transfers(filter: { supplier: "iran", category: UAV, from: "2022", to: "2023" }) { edges { node {
      designation item status quantity { min max text } period { start end } context
      evidence { source { key kind } quote verified credibility } } } } }`);
    const shahed = d.transfers.edges.map((e: any) => e.node).find((n: any) => n.designation === 'Shahed-136');
    expect(shahed).toMatchObject({
      item: 'loitering munition',
      status: 'DELIVERED',
      quantity: { min: 400, max: 400, text: '(400) ordered (SIPRI estimate); (400) delivered (SIPRI estimate)' },
      period: { start: '2022', end: '2023' },
      context: 'Also known as Geran-2; assembled in Russia from 2023',
    });
    expect(shahed.evidence).toEqual([
      {
        source: { key: 'sipri-arms-transfers-database-2024-03-11', kind: 'DATASET' },
        quote: expect.stringContaining('Shahed-136'),
        verified: false,
        credibility: 3,
      },
    ]);
    const kn23 = await t.data(
      `{ transfers(filter: { supplier: "DPRK", category: MISSILES_AND_ROCKETS }) { edges { node { status quantity { min } period { start end } } } } }`,
    );
    expect(kn23.transfers.edges[0].node).toEqual({
      status: 'IN_PROGRESS',
      quantity: { min: 100 },
      period: { start: '2023', end: '2024' },
    });
  });

  it('keeps the marks: * non-state, ** multinational, unknown parties', async () => {
    const d = await t.data(
      `{ a: actor(name: "Hezbollah (Lebanon)") { kind } b: actor(name: "NATO") { kind } c: actor(name: "unknown supplier(s)") { kind } }`,
    );
    expect(d).toEqual({ a: { kind: 'ARMED_GROUP' }, b: { kind: 'INTERNATIONAL_ORGANIZATION' }, c: { kind: 'OTHER' } });
    const hezbollah = await t.data(
      `{ transfers(filter: { recipient: "Hezbollah (Lebanon)" }) { edges { node { status category evidence { credibility } } } } }`,
    );
    expect(hezbollah.transfers.edges[0].node).toEqual({
      status: 'ORDERED',
      category: 'MISSILES_AND_ROCKETS',
      evidence: [{ credibility: 3 }],
    });
  });

  it('re-importing the same file changes nothing', async () => {
    const before = await dumpDatabase(t.server);
    expect(await importFile(cli(), SIPRI)).toMatchObject({
      format: 'sipri-csv',
      created: 0,
      unchanged: 6,
      invalid: [],
    });
    expect(await dumpDatabase(t.server)).toEqual(before);
  });

  it('one bad row: nothing written, every bad row named by line and field; --skip-invalid imports the rest', async () => {
    const lines = readFileSync(SIPRI, 'utf8').split('\n');
    lines.push('Poland,Korea South,2022,,(180),,K2,tank,(80),,2022-2023,New,,5,900,400');
    lines.push('Poland,,2022,,1,,X,tank,,,,New,,,,');
    lines.push('Poland,Korea South,twenty,,1,,K9,self-propelled gun,,,,New,,,,');
    const file = join(dir, 'bad.csv');
    writeFileSync(file, lines.join('\n'));
    const before = await dumpDatabase(t.server);
    const problems = await refused(file);
    expect(problems.map((p) => [p.line, p.field])).toEqual([
      [lines.length - 1, 'Supplier'],
      [lines.length, 'Year of order'],
    ]);
    expect(await dumpDatabase(t.server)).toEqual(before);
    const skipped = await importFile(cli(), file, { skipInvalid: true });
    expect(skipped).toMatchObject({ created: 1, unchanged: 6 });
    expect(skipped.invalid).toHaveLength(2);
    expect((await t.data(`{ actor(name: "Korea South") { kind suppliesTo { designation } } }`)).actor).toEqual({
      kind: 'STATE',
      suppliesTo: [{ designation: 'K2' }],
    });
  });
});

describe('claims as JSON Lines', () => {
  it('round-trips claims.jsonl into another database, and re-importing changes nothing', async () => {
    // Exported from a knowledge base holding the seed only, so every source it cites exists in the other.
    const origin = await startTestServer();
    const body = await (await fetch(`${origin.url}/export/claims.jsonl?actor=north-korea`)).text();
    await origin.close();
    const file = join(dir, 'claims.jsonl');
    writeFileSync(file, body);
    const other = await startTestServer();
    try {
      const ctx = createContext(other.server.app, 'test', { name: 'importer', role: Role.ADMIN });
      const first = await importFile(ctx, file);
      // The seed's own claims are the same claims under other ids: they are created again with these ids.
      expect(first.format).toBe('claims-jsonl');
      expect(first.created + first.unchanged).toBe(body.trim().split('\n').length);
      const again = await importFile(ctx, file);
      expect(again).toMatchObject({ created: 0, unchanged: first.created + first.unchanged });
      const exported = await (await fetch(`${other.url}/export/claims.jsonl?actor=north-korea`)).text();
      // Claims keep their ids; their citations are recorded anew, with new ids.
      const withoutCitationIds = (c: any) =>
        JSON.stringify({ ...c, evidence: c.evidence.map(({ id: _id, ...e }: any) => e) });
      const ids = new Set(
        body
          .trim()
          .split('\n')
          .map((l) => JSON.parse(l).id),
      );
      const mine = exported
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l))
        .filter((c) => ids.has(c.id));
      expect(mine.map(withoutCitationIds).sort()).toEqual(
        body
          .trim()
          .split('\n')
          .map((l) => withoutCitationIds(JSON.parse(l)))
          .sort(),
      );
    } finally {
      await other.close();
    }
  });

  it('refuses a bad line with its number, writing nothing', async () => {
    const file = join(dir, 'bad.jsonl');
    writeFileSync(
      file,
      '{"type":"transfer","id":"not-a-uuid"}\n{"type":"rumour","id":"01a20fde-7577-716e-8506-4dd36814a79d"}\nnot json\n',
    );
    const before = await dumpDatabase(t.server);
    expect((await refused(file)).map((p) => [p.line, p.field])).toEqual([
      [1, 'id'],
      [2, 'type'],
      [3, 'json'],
    ]);
    expect(await dumpDatabase(t.server)).toEqual(before);
  });
});

describe('transfers as CSV', () => {
  const header =
    'id,supplier,recipient,intermediary,origin_country,category,item,designation,quantity_min,quantity_max,quantity_text,status,period_start,period_end,context,source,quote,chain,stance,credibility,attributed_to,attribution,locator';
  const good =
    ',Islamic Republic of Iran,Russian Federation,,,UAV,"drones, Arash-2",Arash-2,10,20,"10 to 20",ORDERED,2023-01,,"a ""quoted"" note",nyt-2022-09-05-russia-north-korea-munitions,a row quote,us-intelligence-finding-2022-russia-north-korea-munitions,,3,US intelligence,,';

  it('imports rows through the same checks, and re-importing changes nothing', async () => {
    const file = join(dir, 'transfers.csv');
    writeFileSync(file, `${header}\r\n${good}\r\n`);
    expect(await importFile(cli(), file)).toEqual({
      format: 'transfers-csv',
      created: 1,
      updated: 0,
      unchanged: 0,
      invalid: [],
    });
    const d =
      await t.data(`{ transfers(filter: { supplier: "iran", category: UAV, from: "2023-01", to: "2023-01" }) { edges { node {
      item designation quantity { min max text } status context evidence { quote chain { key } attributedTo { key } credibility } } } } }`);
    expect(d.transfers.edges[0].node).toEqual({
      item: 'drones, Arash-2',
      designation: 'Arash-2',
      quantity: { min: 10, max: 20, text: '10 to 20' },
      status: 'ORDERED',
      context: 'a "quoted" note',
      evidence: [
        {
          quote: 'a row quote',
          chain: [{ key: 'us-intelligence-finding-2022-russia-north-korea-munitions' }],
          attributedTo: { key: 'us-intelligence-community' },
          credibility: 3,
        },
      ],
    });
    expect(await importFile(cli(), file)).toEqual({
      format: 'transfers-csv',
      created: 0,
      updated: 0,
      unchanged: 1,
      invalid: [],
    });
  });

  it('names every bad row and field, writing nothing', async () => {
    const file = join(dir, 'bad-transfers.csv');
    const bad = [
      good.replace('Islamic Republic of Iran', 'Atlantis'),
      good.replace(',10,20,', ',20,10,'),
      good.replace('ORDERED', 'RUMOURED'),
    ];
    writeFileSync(file, [header, good.replace('a row quote', 'another quote'), ...bad].join('\n'));
    const before = await dumpDatabase(t.server);
    const problems = await refused(file);
    expect(problems.map((p) => [p.line, p.field])).toEqual([
      [3, 'supplier'],
      [4, 'quantity.max'],
      [5, 'status'],
    ]);
    expect(await dumpDatabase(t.server)).toEqual(before);
  });
});
