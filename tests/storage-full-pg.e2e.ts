import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statfsSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectStorageFull, Writer } from './helpers/storage-writer';
import { admin } from './helpers/test-database';

/**
 * PostgreSQL on a full disk, from the attacker's side: the test database lives in a tablespace on
 * a small tmpfs, and a filler file takes the rest of it, so that PostgreSQL cannot extend a table
 * (SQLSTATE 53100, "could not extend file … No space left on device"). Writes are refused with
 * STORAGE_FULL while it is full and /readyz says 503; once the filler is gone, writes go through,
 * and after a restart exactly the acknowledged ones are stored. Needs root (to mount) and a
 * PostgreSQL server on this machine that runs as the `postgres` user (as in CI); skipped otherwise.
 */
const pgUrl = process.env.TEST_DATABASE_URL ?? '';
const onPg = /^postgres/.test(pgUrl);
const root = process.getuid?.() === 0;
const local = onPg && ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(pgUrl).hostname);

function postgresUser(): { uid: number; gid: number } | null {
  try {
    const [uid, gid] = ['-u', '-g'].map((flag) => Number(execFileSync('id', [flag, 'postgres']).toString().trim()));
    return { uid, gid };
  } catch {
    return null;
  }
}

const owner = onPg && root && local ? postgresUser() : null;

/** Text PostgreSQL cannot compress away (TOAST compresses, and `x` repeated is almost nothing). */
const incompressible = (n: number) => randomBytes(n).toString('base64').slice(0, n);

(owner ? describe : describe.skip)('PostgreSQL on a full disk (a tablespace on a small tmpfs)', () => {
  const suffix = randomBytes(4).toString('hex');
  const tablespace = `supplyline_full_${suffix}`;
  const name = `supplyline_t_full_${suffix}`;
  let mount: string;
  let filler: string;
  let w: Writer;

  beforeAll(async () => {
    mount = mkdtempSync(join(tmpdir(), 'supplyline-pgfull-'));
    filler = join(mount, 'filler');
    const url = new URL(pgUrl);
    url.pathname = `/${name}`;
    w = new Writer({ url: url.toString(), drop: async () => undefined });
    execFileSync('mount', [
      '-t',
      'tmpfs',
      '-o',
      `size=48m,mode=0700,uid=${owner!.uid},gid=${owner!.gid}`,
      'tmpfs',
      mount,
    ]);
    await admin(pgUrl, `CREATE TABLESPACE ${tablespace} LOCATION '${mount}'`);
    await admin(pgUrl, `CREATE DATABASE ${name} TABLESPACE ${tablespace}`);
    await w.start();
  });
  afterAll(async () => {
    await w?.t?.close();
    await admin(pgUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
    await admin(pgUrl, `DROP TABLESPACE IF EXISTS ${tablespace}`).catch(() => undefined);
    execFileSync('umount', [mount]);
    rmSync(mount, { recursive: true, force: true });
  });

  it('refuses writes with STORAGE_FULL (HTTP 507) while the disk is full, and /readyz says 503', async () => {
    expect((await w.describe('before the disk filled')).errors).toBeUndefined();
    expect(await w.ready()).toBe(200);
    const { bavail, bsize } = statfsSync(mount);
    writeFileSync(filler, Buffer.alloc(bavail * bsize));
    let failures = 0;
    for (let i = 0; i < 6; i++) {
      const res = await w.describe(`disk full ${i}: ${incompressible(9_000)}`);
      if (res.errors) {
        expectStorageFull(res);
        failures++;
      }
    }
    // The pages a table already has may take a write or two: the restart must agree either way.
    expect(failures).toBeGreaterThanOrEqual(4);
    expectStorageFull(await w.describe(`still full: ${incompressible(9_000)}`));
    expect(await w.ready()).toBe(503);
    expect(await w.ready()).toBe(503);
    await w.alias('Persia while the disk is full');
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
