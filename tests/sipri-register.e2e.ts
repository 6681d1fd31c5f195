import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Role } from '../src/core/auth/role.enum';
import { AppError } from '../src/core/errors/errors';
import { createContext } from '../src/domain/context';
import { ImportRefusedError, importFile } from '../src/tools/imports/run-import';
import type { ImportSummary } from '../src/tools/imports/run-import';
import { dumpDatabase, startTestServer, WITH_GAZETTEER } from './helpers/test-server';
import type { TestServer } from './helpers/test-server';

/**
 * SIPRI's trade register as a researcher downloads it: the fixture has the export's exact bytes
 * (Latin-1, CRLF, 11 note lines, the space-flag header, identical rows, a 374-character comment,
 * two records broken across lines, a stray CR, every shape of party).
 */
const REGISTER = join(__dirname, 'fixtures', 'sipri-register-2025.csv');
const SOURCE = 'sipri-arms-transfers-database-2025-03-13';
const DEALS = 26;
const bytes = readFileSync(REGISTER);
const text = new TextDecoder('windows-1252').decode(bytes);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'supplyline-sipri-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const importer = (t: TestServer) => createContext(t.server.app, 'test', { name: 'importer', role: Role.ADMIN });
const write = (name: string, content: string | Buffer) => {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
};
const deals = async (t: TestServer, filter: string) =>
  (
    await t.data(
      `{ transfers(first: 100, filter: { ${filter} }) { edges { node { designation item category status context
        quantity { min text } period { start end } evidence { quote source { key publishedOn } } } } } }`,
    )
  ).transfers.edges.map((e: { node: unknown }) => e.node);

describe('the SIPRI register, as downloaded', () => {
  let t: TestServer;
  let summary: ImportSummary;
  beforeAll(async () => {
    t = await startTestServer(WITH_GAZETTEER);
    summary = await importFile(importer(t), REGISTER);
  });
  afterAll(() => t.close());

  it('imports every deal, saying how it read the file and which release it is', () => {
    expect(summary).toEqual({
      format: 'sipri-csv',
      created: DEALS,
      updated: 0,
      unchanged: 0,
      invalid: [],
      encoding: 'windows-1252',
      release: '2025-03-13',
      unmappedDescriptions: [],
      dropped: [],
    });
  });

  it('keeps every accented character, searchable', async () => {
    const bestmann = (await deals(t, 'supplier: "Germany (FRG)"')).find(
      (d: { designation: string }) => d.designation === 'Bü-181 Bestmann',
    );
    expect(bestmann).toMatchObject({ designation: 'Bü-181 Bestmann', item: 'trainer aircraft', category: 'AIRCRAFT' });
    const found = await t.data(`{ search(text: "Bü-181") { snippet transfer { designation } } }`);
    expect(found.search.map((h: { transfer: unknown }) => h.transfer)).toContainEqual({
      designation: 'Bü-181 Bestmann',
    });
    expect((await t.data(`{ actor(name: "Türkiye") { name kind } }`)).actor).toEqual({
      name: 'Türkiye',
      kind: 'STATE',
    });
  });

  it('dates the source by "Data generated"', async () => {
    const d = await t.data(`{ source(key: "${SOURCE}") { kind publishedOn citations { id } } }`);
    expect(d.source).toMatchObject({ kind: 'DATASET', publishedOn: '2025-03-13' });
    expect(d.source.citations).toHaveLength(DEALS);
  });

  it('dates the STIX report of the release by the release, not by the import', async () => {
    const bundle = await (await fetch(`${t.url}/export/stix.json?actor=pakistan`)).json();
    const report = bundle.objects.find(
      (o: { type: string; external_references?: { external_id: string }[] }) =>
        o.type === 'report' && o.external_references?.[0].external_id === SOURCE,
    );
    expect(report.published).toBe('2025-03-13T00:00:00.000Z');
  });

  it('keeps identical rows as separate deals', async () => {
    const t72 = await deals(t, 'supplier: "Soviet Union", recipient: "India"');
    expect(t72.map((d: { designation: string }) => d.designation)).toEqual(['T-72M', 'T-72M']);
  });

  it('keeps a 374-character comment whole, and rejoins a record broken before its TIV columns', async () => {
    const [submarines] = await deals(t, 'recipient: "Pakistan"');
    expect(submarines.context).toHaveLength(374);
    expect(submarines.context).toMatch(/^Deal worth \$5 b; .* deliveries delayed by engine supply problems$/);
    expect(submarines.evidence[0].quote).toMatch(/supply problems"\n,320,2560,$/);
    const [k2] = await deals(t, 'recipient: "Poland"');
    expect(k2).toMatchObject({
      designation: 'K2 Black Panther',
      context: 'K2PL version; 180 more planned to be produced in Poland',
      quantity: { min: 180 },
      period: { start: '2022', end: '2024' },
    });
  });

  it('reads quoted comments, inch marks and stray carriage returns as text', async () => {
    const [engines] = await deals(t, 'recipient: "Türkiye"');
    expect(engines).toMatchObject({
      item: 'turbofan',
      category: 'ENGINES',
      context: 'For F-16C combat aircraft produced in Türkiye; "Block-50+" version',
      quantity: { min: null },
    });
    const [bombs] = await deals(t, 'recipient: "Saudi Arabia"');
    expect(bombs.context).toBe('12" x 2 launch rails not included');
    const [toophan] = await deals(t, 'recipient: "Houthi rebels (Yemen)"');
    expect(toophan.context).toBe('Unconfirmed; Iranian copy of BGM-71 TOW; smuggled via Oman');
  });

  it("keeps SIPRI's figures as data: condition, delivery years, uncertainty flags, numbers delivered, TIV", async () => {
    const one = async (recipient: string) =>
      (
        await t.data(`{ transfers(filter: { recipient: "${recipient}" }) { edges { node {
          condition deliveryYears uncertain context quantity { min delivered } tiv { perUnit order delivered } } } } }`)
      ).transfers.edges[0].node;
    expect(await one('Hezbollah (Lebanon)')).toEqual({
      condition: 'NEW',
      deliveryYears: [2006],
      uncertain: ['ORDER_YEAR', 'QUANTITY_ORDERED', 'QUANTITY_DELIVERED'],
      context: 'Iranian version of Chinese C-802',
      quantity: { min: 10, delivered: 10 },
      tiv: { perUnit: 0.3, order: 3, delivered: 3 },
    });
    expect(await one('Egypt')).toMatchObject({ condition: 'SECOND_HAND', deliveryYears: [1956, 1957], uncertain: [] });
    expect(await one('Egypt')).toMatchObject({
      context: 'Ex-West German Air Force',
      tiv: { perUnit: 0.04, order: 0.4 },
    });
    expect(await one('Yemen Arab Republic (North Yemen)')).toMatchObject({
      condition: 'SECOND_HAND_MODERNISED',
      context: null,
    });
    // The broken record's TIV half, from its second line; nothing delivered yet.
    expect(await one('Pakistan')).toMatchObject({
      quantity: { min: 8, delivered: null },
      tiv: { perUnit: 320, order: 2560, delivered: null },
    });
    const stats = await t.data(
      `{ transferStats(groupBy: SUPPLIER, filter: { recipient: "India" }) { key count tivOrder tivDelivered } }`,
    );
    expect(stats.transferStats[0]).toEqual({ key: 'soviet-union', count: 2, tivOrder: 540, tivDelivered: 540 });
    expect(
      stats.transferStats.slice(1).sort((a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key)),
    ).toEqual([
      { key: 'france', count: 1, tivOrder: 1980, tivDelivered: 1980 },
      { key: 'russia', count: 1, tivOrder: 3, tivDelivered: 3 },
    ]);
  });

  it('files weapon descriptions as SIPRI does', async () => {
    const category = async (recipient: string) => (await deals(t, `recipient: "${recipient}"`))[0].category;
    expect(await category('Hezbollah (Lebanon)')).toBe('MISSILES_AND_ROCKETS'); // anti-ship missile
    expect(await category('Yemen Arab Republic (North Yemen)')).toBe('AIR_DEFENCE'); // self-propelled AA gun
    expect(await category('Nigeria')).toBe('SENSORS'); // air search radar
    expect(await category('Taiwan')).toBe('NAVAL_WEAPONS'); // anti-submarine torpedo
  });

  it('importing it again changes nothing', async () => {
    const before = await dumpDatabase(t.server);
    expect(await importFile(importer(t), REGISTER)).toMatchObject({ created: 0, unchanged: DEALS, invalid: [] });
    expect(await dumpDatabase(t.server)).toEqual(before);
  });
});

describe('the same register saved otherwise', () => {
  it('as UTF-8 with a byte-order mark and LF line ends: the same deals, character for character', async () => {
    const latin1 = await startTestServer(WITH_GAZETTEER);
    const utf8 = await startTestServer(WITH_GAZETTEER);
    try {
      await importFile(importer(latin1), REGISTER);
      const copy = write(
        'utf8.csv',
        Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text.replace(/\r\n/g, '\n'))]),
      );
      expect(await importFile(importer(utf8), copy)).toMatchObject({ created: DEALS, encoding: 'utf-8 with BOM' });
      const designations = async (s: TestServer) =>
        (
          await s.data(
            `{ transfers(first: 100) { edges { node { id designation context evidence { quote source { key } } } } } }`,
          )
        ).transfers.edges.filter((e: any) => e.node.evidence[0].source.key === SOURCE);
      const deals = await designations(latin1);
      expect(deals).toHaveLength(DEALS);
      expect(await designations(utf8)).toEqual(deals);
    } finally {
      await latin1.close();
      await utf8.close();
    }
  });
});

describe('a register with faults', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(WITH_GAZETTEER);
  });
  afterAll(() => t.close());

  const problems = async (file: string) => {
    const before = await dumpDatabase(t.server);
    try {
      await importFile(importer(t), file);
    } catch (e) {
      expect(await dumpDatabase(t.server)).toEqual(before);
      if (e instanceof ImportRefusedError) return e.problems;
      if (e instanceof AppError) return [{ line: 0, field: String(e.extensions.field), message: e.message }];
      throw e;
    }
    throw new Error('the import was accepted');
  };

  it('names bad rows by the line an editor shows, after a stray CR and a broken record', async () => {
    const lines = text.split('\r\n');
    const houthi = lines.findIndex((l) => l.startsWith('Houthi rebels'));
    lines.splice(houthi + 1, 0, 'Poland,,2022, ,1, ,X,tank,, ,,New,,,,');
    lines.splice(lines.length - 1, 0, 'Poland,South Korea,twenty, ,1, ,K9,self-propelled gun,, ,,New,,,,');
    const found = await problems(write('bad.csv', Buffer.from(lines.join('\r\n'), 'latin1')));
    expect(found.map((p) => [p.line, p.field])).toEqual([
      [houthi + 2, 'Supplier'],
      [lines.length - 1, 'Year of order'],
    ]);
  });

  it('refuses a header it does not recognise, showing what it found beside what it expected', async () => {
    const renamed = text.replace('Number ordered', 'No. ordered');
    const [problem] = await problems(write('header.csv', Buffer.from(renamed, 'latin1')));
    expect(problem.field).toBe('header');
    expect(problem.message).toContain('Line 12: The SIPRI header was not recognised: column 5 is "No. ordered"');
    expect(problem.message).toContain('Found: Recipient,Supplier,Year of order,(blank),No. ordered,');
  });

  it('reports a weapon description it cannot file, instead of guessing', async () => {
    const lines = text.split('\r\n').slice(0, 13);
    lines[12] = lines[12].replace('trainer aircraft', 'ornithopter');
    const file = write('unknown.csv', Buffer.from(lines.join('\r\n'), 'latin1'));
    expect(await importFile(importer(t), file)).toMatchObject({
      created: 1,
      unmappedDescriptions: [{ description: 'ornithopter', deals: 1 }],
    });
    expect((await deals(t, 'recipient: "Egypt"'))[0].category).toBe('OTHER_MATERIEL');
  });
});
