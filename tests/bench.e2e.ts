import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { OPERATIONS } from '../src/tools/bench/queries';
import { buildDist } from './helpers/child-server';

/**
 * `npm run bench` stays runnable: a tiny run (300 transfers, one round of one second) that
 * generates its data, starts both servers, and checks every answer is byte-identical before
 * measuring (with gzip and brotli too). The figures themselves are not asserted: speed is the
 * benchmark's business.
 * SQLite only: the raw baseline is better-sqlite3.
 */
const onPostgres = /^postgres/.test(process.env.TEST_DATABASE_URL ?? '');

(onPostgres ? describe.skip : describe)('npm run bench', () => {
  let data: string;
  beforeAll(async () => {
    data = mkdtempSync(join(tmpdir(), 'supplyline-bench-'));
    await buildDist(); // npm run bench runs dist/ as built, refusing a stale one
  }, 120_000);
  afterAll(() => rmSync(data, { recursive: true, force: true }));

  it('runs end to end on a small database, with identical answers from both servers (and a build measured before, and compressed)', async () => {
    {
      const { stdout } = await promisify(execFile)(
        'npm',
        [
          'run',
          '--silent',
          'bench',
          '--',
          '--sizes',
          '300',
          '--rounds',
          '1',
          '--duration',
          '1',
          '--warmup',
          '1',
          '--data',
          data,
          '--before',
          'dist',
          '--encodings',
          'identity,gzip,br',
        ],
        { cwd: join(__dirname, '..'), maxBuffer: 16 * 1024 * 1024 },
      );
      for (const op of OPERATIONS) {
        expect(stdout).toMatch(new RegExp(`^${op.name}: identical answers \\(\\d+ bytes\\)$`, 'm'));
        expect(stdout).toMatch(
          new RegExp(
            `^\\| ${op.label.replace(/[()"]/g, '\\$&')} \\| [\\d.]+ / [\\d.]+ \\| [\\d.]+ \\| [\\d.]+ \\|`,
            'm',
          ),
        );
        expect(stdout).toMatch(new RegExp(`^${op.name}: raw .* before [\\d.]+ req/s, ratio [\\d.]+`, 'm'));
        const encoded = (e: string) => `${e} [\\d.]+ req/s \\([\\d.]+\\), \\d+ bytes`;
        expect(stdout).toMatch(
          new RegExp(`^${op.name}: identity [\\d.]+ req/s, \\d+ bytes; ${encoded('gzip')}; ${encoded('br')}$`, 'm'),
        );
        for (const e of ['identity', 'gzip', 'br'])
          expect(stdout).toMatch(
            new RegExp(
              `^\\| ${op.name} \\| 300 \\| ${e}( \\(sent identity\\))? \\| [\\d.]+ \\| [\\d.]+ \\| \\d+ \\|`,
              'm',
            ),
          );
      }
      // Each compressed answer was decompressed and compared with the plain one before it was measured.
      expect(stdout).toMatch(/^nested: Accept-Encoding gzip: the same answer in \d+ bytes, sent as gzip$/m);
      expect(stdout).toMatch(/^nested: Accept-Encoding br: the same answer in \d+ bytes, sent as br$/m);
      expect(stdout).toMatch(/generated \d+ actors, 50 sources, 300 transfers, 15 recognitions/);
      expect(stdout).toMatch(/full export \(dump\.json, \d+ MB\): [\d.]+ s, peak memory \d+ MB/);
    }
  }, 240_000);

  it('bench:profile splits the CPU time of an operation into layers, per request', async () => {
    await buildDist();
    const { stdout } = await promisify(execFile)(
      'npm',
      [
        'run',
        '--silent',
        'bench:profile',
        '--',
        '--op',
        'nested',
        '--size',
        '300',
        '--seconds',
        '2',
        '--warmup',
        '1',
      ].concat(['--data', data]),
      { cwd: join(__dirname, '..'), maxBuffer: 16 * 1024 * 1024 },
    );
    expect(stdout).toMatch(
      /^nested: \d+ requests in 2 s \(\d+ req\/s, 0 non-2xx\); server busy [\d.]+ s = \d+ µs of CPU per request$/m,
    );
    const layers = [...stdout.matchAll(/^\| ([^|]+) \| ([\d.]+) \| ([\d.]+) % \|$/gm)];
    expect(layers.map((m) => m[1])).toEqual(expect.arrayContaining(['Supplyline core/db', 'Apollo Server']));
    const share = layers.reduce((n, m) => n + Number(m[3]), 0);
    expect(share).toBeGreaterThan(99);
    expect(share).toBeLessThan(101);
  }, 180_000);
});
