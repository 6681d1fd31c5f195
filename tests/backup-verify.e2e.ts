import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Role } from '../src/core/auth/role.enum';
import { pgProgram } from '../src/tools/ops/backup';
import { buildDist, ROOT } from './helpers/child-server';
import { createTestDatabase } from './helpers/test-database';
import type { TestDatabase } from './helpers/test-database';
import { makeKey, startTestServer } from './helpers/test-server';
import type { TestServer } from './helpers/test-server';

/**
 * `npm run verify` and `npm run backup`, run as the command-line tools they are (from dist/,
 * as npm runs them) against a database a live server is using.
 */
const onPg = /^postgres/.test(process.env.TEST_DATABASE_URL ?? '');

async function tool(
  name: 'verify' | 'backup',
  args: string[],
  databaseUrl: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [`dist/src/tools/cli/${name}.js`, ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' },
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

beforeAll(() => buildDist(), 120_000);

describe('npm run verify', () => {
  let t: TestServer;
  beforeEach(async () => {
    t = await startTestServer();
  });
  afterEach(() => t.close());
  const query = (sql: string) => t.server.dataSource.query(sql);
  const oneId = async (sql: string) => String((await query(sql))[0].id);

  it('passes the seed data, exit 0', async () => {
    const r = await tool('verify', [], t.databaseUrl);
    expect(r.stdout).toMatch(/no fault/);
    expect(r.stdout).not.toMatch(/FAULT/);
    expect(r.code).toBe(0);
  });

  it.each([
    [
      'a live claim with no SUPPORTS citation',
      'every live transfer has a SUPPORTS citation',
      async () => {
        const id = await oneId('SELECT id FROM transfer WHERE NOT retracted ORDER BY id LIMIT 1');
        await query(`UPDATE citation SET stance = 'DISPUTES' WHERE transfer_id = '${id}'`);
        return id;
      },
    ],
    [
      'a derivedFrom cycle (a chain that leads back to the citing source)',
      'no source derives from itself',
      async () => {
        const [c] = await query(
          `SELECT c.id, c.source_id FROM citation c JOIN citation_hop h ON h.citation_id = c.id ORDER BY c.id LIMIT 1`,
        );
        const n = Number(
          (await query(`SELECT MAX(position) AS n FROM citation_hop WHERE citation_id = '${c.id}'`))[0].n,
        );
        await query(
          `INSERT INTO citation_hop (citation_id, position, source_id) VALUES ('${c.id}', ${n + 1}, '${c.source_id}')`,
        );
        return String((await query(`SELECT key FROM source WHERE id = '${c.source_id}'`))[0].key);
      },
    ],
    [
      'a dangling reference (a citation whose source is gone)',
      'citation.source_id names an existing source',
      async () => {
        const id = await oneId('SELECT id FROM citation ORDER BY id LIMIT 1');
        const ghost = '00000000-0000-4000-8000-000000000000';
        if (onPg) {
          await t.server.dataSource.transaction(async (m) => {
            await m.query('SET LOCAL session_replication_role = replica');
            await m.query(`UPDATE citation SET source_id = '${ghost}' WHERE id = '${id}'`);
          });
        } else {
          await query('PRAGMA foreign_keys = OFF');
          await query(`UPDATE citation SET source_id = '${ghost}' WHERE id = '${id}'`);
          await query('PRAGMA foreign_keys = ON');
        }
        return id;
      },
    ],
    [
      'a stale supply_edge row',
      'supply_edge matches the transfers it summarises',
      async () => {
        await query('UPDATE supply_edge SET claims = claims + 1');
        return 'stale';
      },
    ],
    [
      'an echo link whose sources were never grouped',
      'the two sources of every live echo link are in one echo group',
      async () => {
        const [a, b] = await query('SELECT id, key FROM source ORDER BY key LIMIT 2');
        await query(
          `INSERT INTO source_echo (copy_id, original_id, status, basis, found_at) VALUES ('${b.id}', '${a.id}', 'SUSPECTED', 'TEXT', '2022-01-01T00:00:00.000Z')`,
        );
        return `${b.key} ~ ${a.key}`;
      },
    ],
    [
      'a claim written without its current version (a half write)',
      'every transfer has one current version',
      async () => {
        const id = await oneId('SELECT id FROM transfer ORDER BY id LIMIT 1');
        await query(`DELETE FROM transfer_version WHERE id = '${id}'`);
        return id;
      },
    ],
  ])('finds %s and exits 1, naming the check and the row', async (_name, check, corrupt) => {
    const example = await corrupt();
    const r = await tool('verify', [], t.databaseUrl);
    expect(r.code).toBe(1);
    const line = r.stdout.split('\n').find((l) => l.startsWith('FAULT') && l.includes(check));
    expect(line).toBeDefined();
    expect(line).toContain(example);
    expect(r.stdout).toMatch(/fault\(s\) found/);
  });

  it('reports a pending migration without running it, in JSON when asked', async () => {
    const [last] = await query('SELECT * FROM migrations ORDER BY timestamp DESC LIMIT 1');
    await query(`DELETE FROM migrations WHERE timestamp = ${Number(last.timestamp)}`);
    const r = await tool('verify', ['--json'], t.databaseUrl);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.ok).toBe(false);
    expect(report.checks.find((c: { check: string }) => c.check === 'no migration pending').faults).toBe(1);
    expect(await query(`SELECT * FROM migrations WHERE timestamp = ${Number(last.timestamp)}`)).toEqual([]);
  });
});

describe('npm run verify on a missing SQLite file', () => {
  it('says so and creates nothing', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'supplyline-verify-')), 'absent.sqlite');
    const r = await tool('verify', [], `sqlite:${file}`);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no database/);
    expect(existsSync(file)).toBe(false);
  });
});

describe('npm run backup', () => {
  let db: TestDatabase;
  let t: TestServer;
  let dir: string;
  beforeAll(async () => {
    db = await createTestDatabase();
    t = await startTestServer({}, {}, db);
    dir = mkdtempSync(join(tmpdir(), 'supplyline-backup-'));
  });
  afterAll(async () => {
    await t.close();
    await db.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  const count = async (s: TestServer) =>
    (await s.data('{ transfers(first: 1) { totalCount } }')).transfers.totalCount as number;

  it('takes a consistent copy while the server keeps writing; the copy verifies and serves', async () => {
    const editor = await makeKey(t.server, 'backup-editor', Role.EDITOR);
    let writing = true;
    let written = 0;
    const writer = (async () => {
      while (writing) {
        await t.dataAs(
          editor,
          `mutation($item: String!) { recordTransfer(input: { supplier: "iran", recipient: "syria", category: OTHER, item: $item, status: PROPOSED,
          citations: [{ source: "nyt-2022-09-05-russia-north-korea-munitions", quote: $item, chain: ["us-intelligence-finding-2022-russia-north-korea-munitions"] }] }) { id } }`,
          { item: `during backup ${written}` },
        );
        written++;
      }
    })();
    while (written < 5) await new Promise((r) => setTimeout(r, 20));
    const before = await count(t);
    const file = join(dir, onPg ? 'kb.pgdump' : 'kb.sqlite');
    const r = await tool('backup', [file], db.url);
    const after = await count(t);
    writing = false;
    await writer;
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^backup: .* bytes/);
    expect(written).toBeGreaterThan(5);

    // Restore the copy into a database of its own, verify it, and serve it.
    const restored = await createTestDatabase();
    try {
      if (onPg) {
        await promisify(execFile)(pgProgram('pg_restore'), ['--no-owner', '--dbname', restored.url, file]);
      } else {
        writeFileSync(restored.url.slice('sqlite:'.length), readFileSync(file));
      }
      const v = await tool('verify', [], restored.url);
      expect(v.stdout).not.toMatch(/FAULT/);
      expect(v.code).toBe(0);
      const copy = await startTestServer({ SUPPLYLINE_SEED: 'false' }, {}, restored);
      try {
        const inCopy = await count(copy);
        expect(inCopy).toBeGreaterThanOrEqual(before);
        expect(inCopy).toBeLessThanOrEqual(after);
      } finally {
        await copy.close();
      }
    } finally {
      await restored.drop();
    }
  }, 60_000);

  it('refuses to overwrite a file unless --force, and leaves no partial file behind', async () => {
    const file = join(dir, 'exists.bin');
    writeFileSync(file, 'precious');
    const r = await tool('backup', [file], db.url);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--force/);
    expect(readFileSync(file, 'utf8')).toBe('precious');
    const forced = await tool('backup', [file, '--force'], db.url);
    expect(forced.code).toBe(0);
    expect(readFileSync(file).subarray(0, 5).toString()).toMatch(onPg ? /^PGDMP/ : /^SQLit/);
    expect(readdirSync(dir).filter((f) => f.includes('partial'))).toEqual([]);
  });

  it('never shows a PostgreSQL password, even when pg_dump fails', async () => {
    const r = await tool(
      'backup',
      [join(dir, 'nowhere.pgdump')],
      'postgres://someone:s3cret-pa55word@127.0.0.1:1/nothing',
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/pg_dump failed/);
    expect(r.stderr + r.stdout).not.toContain('s3cret-pa55word');
    expect(readdirSync(dir).filter((f) => f.includes('partial'))).toEqual([]);
  });

  (onPg ? it.skip : it)('refuses to write over the database it copies, even with --force', async () => {
    const live = db.url.slice('sqlite:'.length);
    const before = readFileSync(live);
    const r = await tool('backup', [live, '--force'], db.url);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cannot replace the database/);
    expect(readFileSync(live).equals(before)).toBe(true);
  });
});
