import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { promisify } from 'node:util';
import { Role } from '../src/core/auth/role.enum';
import { loadConfig } from '../src/core/config/config';
import { createContext } from '../src/domain/context';
import type { SqlRunner } from '../src/core/db/sql-runner';
import { scanByText, writeDump } from '../src/tools/exports/dump';
import { TransferCategory, TransferStatus } from '../src/domain/claims/claim-enums';
import { EXPORTERS } from '../src/tools/exports/exporters';
import { claimWriteService } from '../src/domain/claims/claim-write.service';
import { restoreDump } from '../src/tools/imports/restore';
import { lightlyEdited } from '../src/tools/bench/echo-variants';
import { closeDatabase, openDatabase } from '../src/domain/database';
import { buildDist } from './helpers/child-server';
import { createTestDatabase } from './helpers/test-database';
import { makeKey, startTestServer } from './helpers/test-server';
import type { TestServer } from './helpers/test-server';

let t: TestServer;
let dump: string;

/** A string sink that records each chunk. */
function sink() {
  const chunks: string[] = [];
  const out = new Writable({
    write(chunk, _enc, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return { out, chunks, text: () => chunks.join('') };
}

/** Opens a fresh, empty, migrated database (no seed), runs `work`, closes it. */
async function withEmptyDatabase<T>(work: (db: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>): Promise<T> {
  const test = await createTestDatabase();
  const db = await openDatabase(loadConfig({ DATABASE_URL: test.url, LOG_LEVEL: 'silent', NODE_ENV: 'test' }));
  try {
    return await work(db);
  } finally {
    await closeDatabase(db.dataSource, db.app);
    await test.drop();
  }
}

beforeAll(async () => {
  t = await startTestServer();
  const admin = await makeKey(t.server, 'admin', Role.ADMIN);
  const run = async (q: string) => {
    const res = await t.gqlAs(admin, q);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data;
  };
  // Every kind of row: new actors and aliases, a merge, a source, updates, citations added and removed, a retraction.
  await run(
    `mutation { createActor(input: { key: "acme", name: "Acme", kind: COMPANY, parent: "iran", aliases: ["Acme Ltd"] }) { key } }`,
  );
  await run(`mutation { createActor(input: { key: "acme-2", name: "Acme Two", kind: COMPANY }) { key } }`);
  await run(`mutation { mergeActors(survivor: "acme", merged: "acme-2") { key } }`);
  await run(
    `mutation { createSource(input: { key: "s-1", title: "T", publisher: "P", kind: OTHER, publishedOn: "2023-01", text: "Acme sold \\"rifles\\" — 10,000 of them." }) { key } }`,
  );
  const r =
    await run(`mutation { recordTransfer(input: { supplier: "acme", recipient: "russia", category: SMALL_ARMS, item: "rifles", status: DELIVERED,
    quantity: { min: 10000, max: 10000, text: "10,000" }, citations: [{ source: "s-1", quote: "Acme sold \\"rifles\\"", credibility: 1 },
    { source: "nyt-2022-09-05-russia-north-korea-munitions", quote: "x", chain: ["us-intelligence-finding-2022-russia-north-korea-munitions"] }] }) { id evidence { id } } }`);
  await run(`mutation { removeCitation(id: "${r.recordTransfer.evidence[1].id}") { __typename } }`);
  await run(`mutation { updateTransfer(input: { id: "${r.recordTransfer.id}", period: { start: "2023" } }) { id } }`);
  await run(`mutation { retractClaim(id: "${r.recordTransfer.id}", reason: "test") { __typename } }`);
  // Echoes: a story and two re-runs of it (suspected), one pair dismissed by an editor.
  const story = readFileSync(join(__dirname, 'fixtures', 'echoes', '04-nk-munitions-cns.txt'), 'utf8');
  for (const [key, text] of [
    ['story', story],
    ['re-run-1', lightlyEdited(story, 0.03, 1)],
    ['re-run-2', lightlyEdited(story, 0.03, 2)],
  ])
    await run(
      `mutation { createSource(input: { key: "${key}", title: "T", publisher: "${key}", kind: NEWS_REPORT, text: ${JSON.stringify(text)} }) { key } }`,
    );
  await run(`mutation { dismissEcho(a: "re-run-2", b: "story", reason: "independent") { status } }`);
  const res = await fetch(`${t.url}/export/dump.json`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="?supplyline-dump.json"?$/);
  dump = await res.text();
});
afterAll(() => t.close());

describe('the full dump', () => {
  it('is one JSON document holding every table, and no API key', () => {
    const doc = JSON.parse(dump);
    expect(doc).toMatchObject({ format: 'supplyline-dump', version: 2 });
    expect(Object.keys(doc.tables)).toEqual([
      'actor',
      'actor_name',
      'actor_succession',
      'source',
      'source_echo',
      'transfer',
      'recognition',
      'citation',
      'citation_hop',
      'transfer_version',
      'recognition_version',
      'history_entry',
    ]);
    expect(doc.tables.actor.find((a: any) => a.key === 'acme-2').merged_into_id).toBe(
      doc.tables.actor.find((a: any) => a.key === 'acme').id,
    );
    expect(doc.tables.citation.filter((c: any) => c.removed_at !== null)).toHaveLength(1);
    expect(doc.tables.transfer.filter((x: any) => x.retracted === true)).toHaveLength(1);
    expect(dump).not.toMatch(/secret_hash|api_key/);
    expect(doc.tables.source_echo.map((e: any) => e.status).sort()).toEqual(['DISMISSED', 'SUSPECTED', 'SUSPECTED']);
  });

  it('restores into an empty database, which exports the same bytes', async () => {
    await withEmptyDatabase(async ({ dataSource, app }) => {
      const counts = await restoreDump(createContext(app), Readable.from([dump]));
      expect(counts.transfer).toBe(JSON.parse(dump).tables.transfer.length);
      const again = sink();
      await writeDump(app.sql, dataSource, again.out);
      expect(again.text()).toBe(dump);
      // The texts' LSH buckets, which the dump leaves out, are rebuilt from the texts.
      const bands = 'SELECT COUNT(*) AS n FROM source_echo_band';
      expect(Number((await dataSource.query(bands))[0].n)).toBe(Number((await t.server.dataSource.query(bands))[0].n));
    });
  });

  it('restores a version-1 dump (written before the echo auditor), its texts left for the next start to audit', async () => {
    const doc = JSON.parse(dump);
    const v1 = dump
      .replace('"version":2', '"version":1')
      .split('\n')
      .filter((l) => !l.includes('"copy_id"') && l !== '],"source_echo":[')
      .map((l) =>
        l
          .replace(/,"text_sha256":(null|"[0-9a-f]+"),"echo_root":(null|"[0-9a-f-]+")/, '')
          .replace(/,"source_text_sha256":(null|"[0-9a-f]+")/, ''),
      )
      .join('\n');
    expect(v1).not.toMatch(/text_sha256|source_echo/);
    expect(doc.tables.citation.some((c: any) => c.source_text_sha256 !== null)).toBe(true);
    await withEmptyDatabase(async ({ dataSource, app }) => {
      const counts = await restoreDump(createContext(app), Readable.from([v1]));
      expect(counts.source).toBe(doc.tables.source.length);
      const [row] = await dataSource.query(`SELECT text_sha256 AS sha FROM source WHERE key = 're-run-1'`);
      expect(row.sha).toBeNull();
    });
  });

  it('refuses a database that holds data, and a damaged file, writing nothing', async () => {
    await withEmptyDatabase(async ({ dataSource, app }) => {
      const lines = dump.split('\n');
      const damaged = [...lines.slice(0, 5), '{"id": "broken"', ...lines.slice(5)].join('\n');
      await expect(restoreDump(createContext(app), Readable.from([damaged]))).rejects.toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', field: 'line 6' },
      });
      const truncated = lines.slice(0, 40).join('\n');
      await expect(restoreDump(createContext(app), Readable.from([truncated]))).rejects.toMatchObject({
        extensions: { code: 'BAD_USER_INPUT' },
      });
      expect(Number((await dataSource.query('SELECT COUNT(*) AS n FROM actor'))[0].n)).toBe(0);
      await restoreDump(createContext(app), Readable.from([dump]));
      await expect(restoreDump(createContext(app), Readable.from([dump]))).rejects.toMatchObject({
        extensions: { code: 'CONFLICT' },
      });
    });
  });

  it('streams: rows are written while later batches are still being read', async () => {
    const events: string[] = [];
    const sql = t.server.app.sql;
    const traced: SqlRunner = {
      ...sql,
      all: sql.all.bind(sql),
      async *scan(table, keys, _batch, where) {
        for await (const rows of sql.scan(table, keys, 5, where)) {
          events.push(`batch:${table}`);
          yield rows as never;
        }
      },
    };
    const out = new Writable({
      highWaterMark: 16,
      write(_c, _e, done) {
        events.push('chunk');
        setImmediate(done);
      },
    });
    await writeDump(traced, t.server.dataSource, out);
    const lastBatch = events.lastIndexOf(events.filter((e) => e === 'batch:transfer').pop()!);
    const firstTransferBatch = events.indexOf('batch:transfer');
    expect(events.slice(firstTransferBatch, lastBatch).filter((e) => e === 'chunk').length).toBeGreaterThan(0);
  });

  it('reads tables of long texts in batches cut by the text they hold (one row at least), losing none', async () => {
    const sql = t.server.app.sql;
    const all = await sql.all<{ id: string; n: number }>(
      'SELECT id, COALESCE(LENGTH(text), 0) AS n FROM source ORDER BY id',
    );
    const budget = Math.max(...all.map((r) => Number(r.n))) + 1;
    const batches: { id: string }[][] = [];
    for await (const rows of scanByText(sql, 'source', ['id'], ['text'], undefined, budget))
      batches.push(rows as never);
    expect(batches.flat().map((r) => r.id)).toEqual(all.map((r) => r.id));
    expect(batches.length).toBeGreaterThan(1);
    for (const rows of batches) {
      const sizes = rows.map((r) => Number(all.find((a) => a.id === r.id)!.n));
      // Every row but the last starts under the budget: the text before it is less than the budget.
      expect(sizes.slice(0, -1).reduce((a, b) => a + b, 0)).toBeLessThan(budget);
    }
  });

  it('is one snapshot: a claim written while the dump streams is in it whole or not at all', async () => {
    let wrote = false;
    const chunks: string[] = [];
    const out = new Writable({
      write(chunk, _enc, done) {
        chunks.push(String(chunk));
        if (wrote) return done();
        wrote = true;
        claimWriteService
          .recordTransfer(t.server.context(), {
            supplier: 'iran',
            recipient: 'syria',
            category: TransferCategory.OTHER,
            item: 'written during the dump',
            status: TransferStatus.PROPOSED,
            citations: [{ source: 'nyt-2022-09-05-russia-north-korea-munitions', quote: 'mid-dump' }],
          })
          .then(() => done(), done);
      },
    });
    await EXPORTERS['dump.json'].write(t.server.app, t.server.dataSource, {}, out);
    await withEmptyDatabase(async ({ dataSource, app }) => {
      await restoreDump(createContext(app), Readable.from([chunks.join('')]));
      const again = sink();
      await writeDump(app.sql, dataSource, again.out);
      expect(again.text()).toBe(chunks.join(''));
    });
  });

  it('honours read access: a bad key is refused', async () => {
    const res = await fetch(`${t.url}/export/dump.json`, { headers: { authorization: 'Bearer nope' } });
    expect(res.status).toBe(401);
  });

  it('round-trips through the export and import commands', async () => {
    await buildDist(); // npm run export and import run dist/ as built, refusing a stale one
    const run = promisify(execFile);
    const dir = mkdtempSync(join(tmpdir(), 'supplyline-cli-'));
    const target = await createTestDatabase();
    try {
      const cwd = join(__dirname, '..');
      const file = join(dir, 'dump.json');
      // Export the server's own database (SQLite file, or the PostgreSQL database it uses).
      const sourceUrl =
        t.server.app.config.database.type === 'sqlite'
          ? `sqlite:${t.server.app.config.database.path}`
          : t.server.app.config.database.url;
      await run('npm', ['run', '--silent', 'export', '--', 'dump', '--out', file], {
        cwd,
        env: { ...process.env, DATABASE_URL: sourceUrl },
      });
      const current = await (await fetch(`${t.url}/export/dump.json`)).text(); // earlier tests wrote more
      expect(readFileSync(file, 'utf8')).toBe(current);
      const imported = await run('npm', ['run', '--silent', 'import', '--', file], {
        cwd,
        env: { ...process.env, DATABASE_URL: target.url },
      });
      expect(imported.stdout).toMatch(/^dump: \d+ created, 0 unchanged, 0 invalid/);
      const again = await run('npm', ['run', '--silent', 'export', '--', 'dump'], {
        cwd,
        env: { ...process.env, DATABASE_URL: target.url },
        maxBuffer: 64 * 1024 * 1024,
      });
      expect(again.stdout).toBe(current);
      await expect(
        run('npm', ['run', '--silent', 'import', '--', file], {
          cwd,
          env: { ...process.env, DATABASE_URL: target.url },
        }),
      ).rejects.toThrow(/nothing was written/);
    } finally {
      await target.drop();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});
