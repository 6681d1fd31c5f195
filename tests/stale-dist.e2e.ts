import { execFile, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { buildDist, ROOT } from './helpers/child-server';
import { createTestDatabase } from './helpers/test-database';
import type { TestDatabase } from './helpers/test-database';

/**
 * `npm start` and the command-line tools run dist/ as built — `npm ci` builds it (prepare) — and
 * refuse, saying what to run, with exit code 3, when a source differs from what the build read
 * or dist/ was never built. Everything here happens in a copy of the project in a temporary
 * folder (node_modules linked): the shared dist/ other test files run from is never made stale.
 */
const STALE = 3;
const COPIED = ['src', 'migrations', 'explorer', 'scripts', 'dist', 'package.json', 'package-lock.json'];
const CONFIG = ['tsconfig.json', 'tsconfig.build.json'];

let dir: string;
let db: TestDatabase;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}
/** A command in the copy, with its exit code whatever it is; npm as a user runs it (not silent). */
function run(file: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
  return promisify(execFile)(file, args, {
    cwd: dir,
    env: { ...process.env, npm_config_loglevel: 'notice', DATABASE_URL: db.url, LOG_LEVEL: 'warn', ...env },
    maxBuffer: 64 * 1024 * 1024,
  }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (e) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
}
const npm = (args: string[], env?: Record<string, string>) => run('npm', args, env);
const sh = (script: string, env?: Record<string, string>) => run('sh', ['-c', script], env);
const build = async () => expect((await npm(['run', '--silent', 'build'])).code).toBe(0);

beforeAll(async () => {
  await buildDist();
  db = await createTestDatabase();
  dir = mkdtempSync(join(tmpdir(), 'supplyline-dist-'));
  for (const entry of [...COPIED, ...CONFIG]) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  // The copy's dist/ is fresh — unless someone saved a file between the build and the copy.
  if ((await run(process.execPath, ['scripts/run.js', '--check'])).code !== 0) await build();
}, 180_000);
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await db?.drop();
});

/** Every npm script that runs dist/ through the check (scripts/run.js). */
const checked = () =>
  Object.entries(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).scripts as Record<string, string>)
    .filter(([, command]) => command.includes('scripts/run.js'))
    .map(([name]) => name);

describe('npm start and the tools run dist/ without building it', () => {
  it('a tool runs at once: nothing in dist/ is written', async () => {
    const manifest = statSync(join(dir, 'dist/build-inputs.json')).mtimeMs;
    const compiled = statSync(join(dir, 'dist/src/tools/cli/keys.js')).mtimeMs;
    const r = await npm(['run', 'keys']);
    expect(r.stderr).toContain('usage:\n  npm run keys -- create');
    expect(r.code).toBe(2);
    expect(statSync(join(dir, 'dist/build-inputs.json')).mtimeMs).toBe(manifest);
    expect(statSync(join(dir, 'dist/src/tools/cli/keys.js')).mtimeMs).toBe(compiled);
  });

  it('start and every tool are checked', () => {
    expect(checked()).toEqual(
      expect.arrayContaining(['start', 'keys', 'export', 'import', 'generate', 'backup', 'verify', 'bench']),
    );
  });

  it('an edited source: npm start and every tool refuse, naming it and what to run; the same content again runs', async () => {
    const file = join(dir, 'src/tools/cli/keys.ts');
    const original = readFileSync(file);
    writeFileSync(file, `${original}// edited\n`);
    for (const script of checked()) {
      const r = await npm(['run', script]);
      expect({ script, code: r.code }).toEqual({ script, code: STALE });
      expect(r.stderr).toContain(
        'supplyline: dist/ is out of date: src/tools/cli/keys.ts changed since the last build.\n' +
          'Run `npm run build`, then this command again.\n',
      );
      expect(r.stdout).not.toContain('usage:');
    }
    // Contents are compared, not times: the file as it was (but newer) is what dist/ was built from.
    writeFileSync(file, original);
    expect((await npm(['run', 'keys'])).code).toBe(2);
  }, 120_000);

  it('a source added or removed counts; a test file (not built) does not', async () => {
    writeFileSync(join(dir, 'src/tools/cli/extra.ts'), 'export const extra = 1;\n');
    const added = await npm(['run', 'verify']);
    expect([added.code, added.stderr]).toEqual([STALE, expect.stringContaining('src/tools/cli/extra.ts added')]);
    rmSync(join(dir, 'src/tools/cli/extra.ts'));
    writeFileSync(join(dir, 'src/tools/cli/extra.spec.ts'), "it('is not built', () => undefined);\n");
    expect((await npm(['run', 'keys'])).code).toBe(2);
    rmSync(join(dir, 'src/tools/cli/extra.spec.ts'));
    rmSync(join(dir, 'migrations/index.ts'));
    const removed = await npm(['run', 'start']);
    expect([removed.code, removed.stderr]).toEqual([STALE, expect.stringContaining('migrations/index.ts removed')]);
    cpSync(join(ROOT, 'migrations/index.ts'), join(dir, 'migrations/index.ts'));
  });

  it('after npm run build, npm start serves', async () => {
    writeFileSync(join(dir, 'src/app/main.ts'), `${readFileSync(join(dir, 'src/app/main.ts'))}// edited\n`);
    expect((await npm(['start'])).code).toBe(STALE);
    await build();
    const child = spawn('npm', ['start'], {
      cwd: dir,
      detached: true, // its own process group: npm, its shell and node are stopped together
      env: { ...process.env, DATABASE_URL: db.url, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', NODE_ENV: 'test' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    try {
      let out = '';
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout!.on('data', (d) => {
          out += d;
          const m = /serving GraphQL at (http:\/\/\S+\/graphql)/.exec(out);
          if (m) resolve(m[1]);
        });
        child.stderr!.on('data', (d) => (out += d));
        void exited.then(() => reject(new Error(`npm start ended before serving:\n${out}`)));
      });
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ actor(key: "iran") { name } }' }),
      });
      expect(await res.json()).toEqual({ data: { actor: { name: 'Iran' } } });
    } finally {
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        // ended already
      }
      await exited;
    }
  }, 120_000);
});

describe('npm run export -- <name> > file: the file holds the export alone', () => {
  const SEED = { SUPPLYLINE_SEED: 'true' };

  it("without --silent, npm's banner is taken out of the file (and with >>, after what it held)", async () => {
    const out = join(dir, 'out');
    expect((await npm(['run', '--silent', 'export', '--', 'dump', '--out', `${out}.expected`], SEED)).code).toBe(0);
    const expected = readFileSync(`${out}.expected`, 'utf8');
    expect(expected.startsWith('{')).toBe(true);
    const r = await sh(`npm run export -- dump > "${out}.json"`, SEED);
    expect(r.code).toBe(0);
    expect(readFileSync(`${out}.json`, 'utf8')).toBe(expected);
    const iran = ['transfers', '--filter', 'actor=iran'];
    expect((await npm(['run', '--silent', 'export', '--', ...iran, '--out', `${out}.expected.csv`])).code).toBe(0);
    writeFileSync(`${out}.csv`, 'before\n');
    expect((await sh(`npm run export -- ${iran.join(' ')} >> "${out}.csv"`)).code).toBe(0);
    const csv = readFileSync(`${out}.csv`, 'utf8');
    expect(csv).toBe(`before\n${readFileSync(`${out}.expected.csv`, 'utf8')}`);
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(1 + 3);
    // What the shell writes to the same file afterwards comes after the export, not over it.
    expect((await sh(`(npm run export -- ${iran.join(' ')}; echo done) > "${out}.both"`)).code).toBe(0);
    expect(readFileSync(`${out}.both`, 'utf8')).toBe(`${readFileSync(`${out}.expected.csv`, 'utf8')}done\n`);
  }, 120_000);

  it('npm run verify -- --json > file: the report alone', async () => {
    const file = join(dir, 'report.json');
    expect((await sh(`npm run verify -- --json > "${file}"`)).code).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ ok: true, faults: 0 });
  }, 60_000);

  it('through a pipe the banner has gone before the tool starts: it says so, and how to get the export alone', async () => {
    const r = await sh('npm run export -- transfers | cat', SEED);
    expect(r.stdout.startsWith('\n> supplyline@')).toBe(true);
    expect(r.stderr).toContain('npm run --silent export -- …');
    const silent = await sh('npm run --silent export -- transfers | cat', SEED);
    expect(silent.stdout.startsWith('id,supplier_key,')).toBe(true);
    expect(silent.stderr).toBe('');
  }, 60_000);

  it("stale dist/: nothing is written to the file but npm's banner, and the exit code says so", async () => {
    rmSync(join(dir, 'dist/build-inputs.json'));
    const r = await sh(`npm run export -- dump > "${join(dir, 'never.json')}"`);
    expect(r.code).toBe(STALE);
    expect(r.stderr).toContain(
      'supplyline: dist/ has not been built (no dist/build-inputs.json).\nRun `npm run build`',
    );
    expect(readFileSync(join(dir, 'never.json'), 'utf8')).not.toContain('{');
  });
});
