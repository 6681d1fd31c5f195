import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Role } from '../src/core/auth/role.enum';
import { createContext } from '../src/domain/context';
import { importFile } from '../src/tools/imports/run-import';
import type { ImportSummary } from '../src/tools/imports/run-import';
import { buildDist, ROOT } from './helpers/child-server';
import { createTestDatabase } from './helpers/test-database';
import { dumpDatabase, startTestServer, WITH_GAZETTEER } from './helpers/test-server';
import type { TestServer } from './helpers/test-server';

/**
 * Two releases of SIPRI's register, a year apart, in the export's exact layout. The 2026 file is
 * the 2025 one with what a year of SIPRI's work does to it: a deal revised (the K2 tanks: 120
 * delivered instead of 80, a delivery in 2025, TIV delivered 720 instead of 480), a deal dropped
 * (the Syrian T-55s), one of two identical rows dropped (the T-72Ms for India), and a new deal.
 */
const R2025 = join(__dirname, 'fixtures', 'sipri-register-2025.csv');
const R2026 = join(__dirname, 'fixtures', 'sipri-register-2026.csv');
const SOURCE_2025 = 'sipri-arms-transfers-database-2025-03-13';
const SOURCE_2026 = 'sipri-arms-transfers-database-2026-03-12';

let t: TestServer;
let first: ImportSummary;
let second: ImportSummary;
const importer = () => createContext(t.server.app, 'test', { name: 'importer', role: Role.ADMIN });

beforeAll(async () => {
  t = await startTestServer(WITH_GAZETTEER);
  first = await importFile(importer(), R2025);
  second = await importFile(importer(), R2026);
});
afterAll(() => t.close());

const deal = async (recipient: string, designation: string) =>
  (
    await t.data(
      `query($r: String!) { transfers(first: 100, filter: { recipient: $r }) { edges { node { id designation retracted
        quantity { delivered } deliveryYears tiv { delivered } assessment { independentVoices }
        evidence { source { key } } history { operation before } } } } }`,
      { r: recipient },
    )
  ).transfers.edges
    .map((e: { node: { designation: string } }) => e.node)
    .filter((n: { designation: string }) => n.designation === designation);

describe('a newer release of the register', () => {
  it('updates what SIPRI revised, adds what is new, leaves the rest, and reports what it dropped', () => {
    expect(first).toMatchObject({ created: 26, updated: 0, unchanged: 0, invalid: [], dropped: [] });
    expect(second).toMatchObject({ created: 1, updated: 1, unchanged: 23, invalid: [], release: '2026-03-12' });
    expect(second.dropped).toEqual([
      expect.objectContaining({
        supplier: 'Soviet Union',
        recipient: 'India',
        designation: 'T-72M',
        release: '2025-03-13',
      }),
      expect.objectContaining({ supplier: 'unknown supplier(s)', recipient: 'Syria', designation: 'T-55' }),
    ]);
  });

  it('records a new version of a revised deal, citing the new release instead of the old', async () => {
    const [k2] = await deal('Poland', 'K2 Black Panther');
    expect(k2).toMatchObject({
      quantity: { delivered: 120 },
      deliveryYears: [2022, 2023, 2024, 2025],
      tiv: { delivered: 720 },
      evidence: [{ source: { key: SOURCE_2026 } }],
      assessment: { independentVoices: 1 },
    });
    const update = k2.history.find((h: { operation: string }) => h.operation === 'updateTransfer');
    expect(update.before).toMatchObject({ quantity_delivered: 80, tiv_delivered: 480_000_000 });
    const past = await t.data(`{ transfer(id: "${k2.id}") { history { operation } } }`);
    expect(past.transfer.history.map((h: { operation: string }) => h.operation)).toEqual([
      'recordTransfer',
      'updateTransfer',
    ]);
  });

  it('keeps an unrevised deal citing the release it came from, and a dropped one as it was', async () => {
    const [rafale] = await deal('India', 'Rafale');
    expect(rafale.evidence).toEqual([{ source: { key: SOURCE_2025 } }]);
    const [t55] = await deal('Syria', 'T-55');
    expect(t55).toMatchObject({ retracted: false, evidence: [{ source: { key: SOURCE_2025 } }] });
    expect(await deal('India', 'T-72M')).toHaveLength(2);
    const [chunmoo] = await deal('Poland', 'K239 Chunmoo');
    expect(chunmoo.evidence).toEqual([{ source: { key: SOURCE_2026 } }]);
  });

  it('importing the newer release again changes nothing, and reports the same dropped deals', async () => {
    const before = await dumpDatabase(t.server);
    const again = await importFile(importer(), R2026);
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 25, invalid: [] });
    expect(again.dropped).toEqual(second.dropped);
    expect(await dumpDatabase(t.server)).toEqual(before);
  });
});

describe('npm run import, with both releases', () => {
  it('says how it read each, counts what it created, updated and left, and lists what SIPRI dropped', async () => {
    await buildDist();
    const run = promisify(execFile);
    const db = await createTestDatabase();
    const cli = (file: string) =>
      run(process.execPath, [join(ROOT, 'dist', 'src', 'tools', 'cli', 'import.js'), file], {
        env: { ...process.env, DATABASE_URL: db.url, LOG_LEVEL: 'warn' },
      });
    try {
      const a = await cli(R2025);
      expect(a.stdout).toContain('sipri-csv: read as windows-1252; released 2025-03-13\n');
      expect(a.stdout).toContain('sipri-csv: 26 created, 0 unchanged, 0 invalid\n');
      expect(a.stdout).toMatch(/sipri-csv: 26 rows in \d+\.\d s \(\d+ rows\/s\)\n/);
      const b = await cli(R2026);
      expect(b.stdout).toContain('sipri-csv: 1 created, 1 updated, 23 unchanged, 0 invalid\n');
      expect(b.stdout).toContain('sipri-csv: 2 deal(s) of earlier releases are not in this one (kept, not deleted):\n');
      expect(b.stdout).toMatch(
        / {2}unknown supplier\(s\) -> Syria: T-55 tank \(release 2025-03-13, id [0-9a-f-]{36}\)\n/,
      );
      expect(b.stderr).toBe('');
    } finally {
      await db.drop();
    }
  }, 120_000);
});
