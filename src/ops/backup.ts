import { execFile } from 'node:child_process';
import { existsSync, openSync, fsyncSync, closeSync, renameSync, rmSync, statSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import type { DatabaseConfig } from '../config';

export interface BackupResult {
  readonly file: string;
  readonly bytes: number;
  readonly format: 'sqlite' | 'pg_dump-custom';
  /** transfers in the copy (SQLite: counted in the copy itself) */
  readonly transfers?: number;
}

function fsyncFile(file: string): void {
  const fd = openSync(file, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * SQLite: the online backup API on a read-only connection of its own, so the server keeps
 * writing meanwhile (WAL). After a first step of 100 pages the rest is copied in one step; if a
 * write lands between the two, SQLite restarts the copy, which then completes in one step — the
 * copy is one consistent state. The copy is checked (integrity_check), fsynced and renamed into
 * place, so `file` is either absent or a whole, checked database.
 */
async function backupSqlite(path: string, file: string): Promise<BackupResult> {
  if (path === ':memory:') throw new Error('an in-memory database (sqlite::memory:) cannot be backed up from another process');
  if (!existsSync(path)) throw new Error(`no database at ${path}`);
  const tmp = join(dirname(file), `.${Date.now()}-${process.pid}.backup-partial`);
  const source = new Database(path, { readonly: true, fileMustExist: true });
  try {
    await source.backup(tmp, { progress: () => 1_000_000_000 });
  } finally {
    source.close();
  }
  try {
    const copy = new Database(tmp, { fileMustExist: true });
    let transfers: number;
    try {
      const check = copy.pragma('integrity_check', { simple: true });
      if (check !== 'ok') throw new Error(`the copy failed its integrity check: ${String(check)}`);
      copy.pragma('journal_mode = DELETE');
      transfers = (copy.prepare('SELECT COUNT(*) AS n FROM transfer').get() as { n: number }).n;
    } finally {
      copy.close();
    }
    fsyncFile(tmp);
    renameSync(tmp, file);
    return { file, bytes: statSync(file).size, format: 'sqlite', transfers };
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/** The newest pg_dump on PATH or in Debian's PostgreSQL folders. */
function pgDump(): string {
  const debian = existsSync('/usr/lib/postgresql')
    ? readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a)).map((v) => `/usr/lib/postgresql/${v}/bin/pg_dump`).filter(existsSync)
    : [];
  return debian[0] ?? 'pg_dump';
}

/**
 * PostgreSQL: pg_dump's custom format, taken in one snapshot while the servers keep writing;
 * restore with pg_restore. Written to a temporary name, then renamed into place.
 */
async function backupPostgres(url: string, file: string): Promise<BackupResult> {
  const tmp = join(dirname(file), `.${Date.now()}-${process.pid}.backup-partial`);
  try {
    await promisify(execFile)(pgDump(), ['--format=custom', '--no-owner', '--file', tmp, url]);
    fsyncFile(tmp);
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
  return { file, bytes: statSync(file).size, format: 'pg_dump-custom' };
}

export function backupDatabase(database: DatabaseConfig, file: string): Promise<BackupResult> {
  return database.type === 'sqlite' ? backupSqlite(database.path, file) : backupPostgres(database.url, file);
}
