import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statfsSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectStorageFull, Writer } from './helpers/storage-writer';
import { createTestDatabase } from './helpers/test-database';

/**
 * Full storage, from the attacker's side. Writes fail while it is full, space comes back, writes
 * succeed again, the server restarts: every acknowledged write is there, no refused one is, and
 * /readyz told the truth all along. Two ways to fill it:
 * - SQLite's max_page_count: the file may not grow (SQLITE_FULL inside a statement);
 * - a real full disk: the database on a small tmpfs, the rest of it taken by a filler file, so
 *   that COMMIT itself fails (SQLITE_FULL, and SQLite rolls back by itself). Mounting needs root,
 *   which CI has; elsewhere that part is skipped, by name.
 * PostgreSQL's full disk is in storage-full-pg.e2e.ts.
 */
const onPg = /^postgres/.test(process.env.TEST_DATABASE_URL ?? '');
const root = process.getuid?.() === 0;

(onPg ? describe.skip : describe)('a database file that may not grow (max_page_count)', () => {
  let w: Writer;
  const pragma = async (sql: string) => (await w.t.server.dataSource.query(sql)) as Record<string, number>[];

  beforeAll(async () => {
    w = new Writer(await createTestDatabase());
    await w.start();
  });
  afterAll(async () => {
    await w?.t?.close();
    await w?.db.drop();
  });

  it('refuses writes with STORAGE_FULL (HTTP 507) while full, and /readyz says 503', async () => {
    expect(await w.ready()).toBe(200);
    const [{ page_count: pages }] = await pragma('PRAGMA page_count');
    await pragma(`PRAGMA max_page_count = ${Number(pages) + 2}`);
    let failures = 0;
    for (let i = 0; i < 6; i++) {
      const res = await w.describe(`full file ${i}: ${'x'.repeat(9_000)}`);
      if (res.errors) {
        expectStorageFull(res);
        failures++;
      }
    }
    expect(failures).toBeGreaterThanOrEqual(3);
    expect(await w.ready()).toBe(503);
    // A small write may still fit in the pages the file has: acknowledged or refused, the
    // restart must agree with what the server said (a committed write makes it ready again).
    await w.alias('Persia while full');
  });

  it('writes again once it may grow, and every acknowledged write survives a restart', async () => {
    await pragma('PRAGMA max_page_count = 1073741823');
    expect(await w.ready()).toBe(200);
    for (let i = 0; i < 5; i++) expect((await w.describe(`after ${i}`)).errors).toBeUndefined();
    expect((await w.alias('Persia')).errors).toBeUndefined();
    await w.t.close();
    await w.start(false);
    await w.checkStored();
  });
});

(onPg || !root ? describe.skip : describe)('a full disk (a small tmpfs; needs root to mount it)', () => {
  const mount = mkdtempSync(join(tmpdir(), 'supplyline-full-'));
  const filler = join(mount, 'filler');
  const w = new Writer({ url: `sqlite:${join(mount, 'kb.sqlite')}`, drop: async () => undefined });

  beforeAll(async () => {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=16m', 'tmpfs', mount]);
    await w.start();
  });
  afterAll(async () => {
    await w.t?.close();
    execFileSync('umount', [mount]);
    rmSync(mount, { recursive: true, force: true });
  });

  it('a COMMIT that fails for want of space is STORAGE_FULL, leaves nothing half done, and /readyz says 503', async () => {
    expect((await w.describe('before the disk filled')).errors).toBeUndefined();
    const free = () => {
      const s = statfsSync(mount);
      return s.bavail * s.bsize;
    };
    writeFileSync(filler, Buffer.alloc(free()));
    for (let i = 0; i < 5; i++) expectStorageFull(await w.describe(`disk full ${i}: ${'x'.repeat(9_000)}`));
    expect(await w.ready()).toBe(503);
    expect(await w.ready()).toBe(503);
    expectStorageFull(await w.alias('Persia while the disk is full'));
  });

  it('writes again once space is freed, /readyz is ready, and a restart finds exactly what was acknowledged', async () => {
    unlinkSync(filler);
    expect(await w.ready()).toBe(200);
    for (let i = 0; i < 5; i++) expect((await w.describe(`after the disk was freed ${i}`)).errors).toBeUndefined();
    expect((await w.alias('Persia')).errors).toBeUndefined();
    await w.t.close();
    await w.start(false);
    await w.checkStored();
  });
});
