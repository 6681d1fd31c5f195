import { execFile } from 'node:child_process';
import { existsSync, openSync, fsyncSync, closeSync, renameSync, rmSync, statSync, readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import type { DatabaseConfig } from '../../core/config/config';

export interface BackupResult {
  readonly file: string;
  readonly bytes: number;
  readonly format: 'sqlite' | 'pg_dump-custom';
  /** transfers in the copy (SQLite: counted in the copy itself) */
  readonly transfers?: number;
}

function fsync(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes `file` through `write(tmp)` into a hidden temporary file beside it, then fsyncs it,
 * renames it into place and fsyncs the folder: `file` is either untouched or whole and durable.
 * The temporary file is removed on failure.
 */
async function intoPlace(file: string, write: (tmp: string) => Promise<void>): Promise<void> {
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.backup-partial`);
  try {
    await write(tmp);
    fsync(tmp);
    renameSync(tmp, file);
    fsync(dirname(file));
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/**
 * SQLite: the online backup API on a read-only connection of its own, so the server keeps
 * writing meanwhile (WAL). better-sqlite3's first step copies no page; the progress callback then
 * asks for every page in the next step, which copies the whole database inside one read
 * transaction — one consistent state (a write landing between the steps only restarts the copy). The copy is checked (integrity_check), fsynced and renamed into
 * place, so `file` is either absent or a whole, checked database.
 */
async function backupSqlite(path: string, file: string): Promise<BackupResult> {
  if (path === ':memory:')
    throw new Error('an in-memory database (sqlite::memory:) cannot be backed up from another process');
  if (!existsSync(path)) throw new Error(`no database at ${path}`);
  if ([path, `${path}-wal`, `${path}-shm`].map((p) => resolve(p)).includes(resolve(file)))
    throw new Error('the backup cannot replace the database it copies');
  let transfers = 0;
  await intoPlace(file, async (tmp) => {
    const source = new Database(path, { readonly: true, fileMustExist: true });
    try {
      await source.backup(tmp, { progress: () => 1_000_000_000 });
    } finally {
      source.close();
    }
    const copy = new Database(tmp, { fileMustExist: true });
    try {
      const check = copy.pragma('integrity_check', { simple: true });
      if (check !== 'ok') throw new Error(`the copy failed its integrity check: ${String(check)}`);
      copy.pragma('journal_mode = DELETE');
      transfers = (copy.prepare('SELECT COUNT(*) AS n FROM transfer').get() as { n: number }).n;
    } finally {
      copy.close();
    }
  });
  return { file, bytes: statSync(file).size, format: 'sqlite', transfers };
}

/** A PostgreSQL client program (pg_dump, pg_restore): the newest in Debian's folders, else the one on PATH. */
export function pgProgram(name: 'pg_dump' | 'pg_restore'): string {
  const debian = existsSync('/usr/lib/postgresql')
    ? readdirSync('/usr/lib/postgresql')
        .sort((a, b) => Number(b) - Number(a))
        .map((v) => `/usr/lib/postgresql/${v}/bin/${name}`)
        .filter(existsSync)
    : [];
  return debian[0] ?? name;
}

/**
 * PostgreSQL: pg_dump's custom format, taken in one snapshot while the servers keep writing;
 * restore with pg_restore.
 */
async function backupPostgres(url: string, file: string): Promise<BackupResult> {
  // The password goes through the environment, never the command line (visible in ps, and in
  // execFile's error message).
  const target = new URL(url);
  const password = decodeURIComponent(target.password);
  target.password = '';
  await intoPlace(file, async (tmp) => {
    try {
      await promisify(execFile)(
        pgProgram('pg_dump'),
        ['--format=custom', '--no-owner', '--file', tmp, '--dbname', target.toString()],
        {
          env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) },
        },
      );
    } catch (e) {
      const stderr = String((e as { stderr?: unknown }).stderr ?? '').trim();
      throw new Error(`pg_dump failed: ${(password ? stderr.split(password).join('***') : stderr) || 'no message'}`, {
        cause: e,
      });
    }
  });
  return { file, bytes: statSync(file).size, format: 'pg_dump-custom' };
}

export function backupDatabase(database: DatabaseConfig, file: string): Promise<BackupResult> {
  return database.type === 'sqlite' ? backupSqlite(database.path, file) : backupPostgres(database.url, file);
}
