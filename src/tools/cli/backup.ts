import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { runCli } from './run-cli';
import { loadConfig } from '../../core/config/config';
import { backupDatabase } from '../ops/backup';

/**
 * `npm run backup -- <file> [--force]`: a consistent copy of the database named by DATABASE_URL,
 * taken while the server keeps serving and writing (SQLite: a checked database file; PostgreSQL:
 * a pg_dump custom-format archive). Refuses to overwrite a file unless --force.
 */
const USAGE = 'usage: npm run backup -- <file> [--force]';

async function main(args: string[]): Promise<number> {
  const files = args.filter((a) => !a.startsWith('--'));
  const unknown = args.filter((a) => a.startsWith('--') && a !== '--force');
  if (files.length !== 1 || unknown.length) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const file = resolve(files[0]);
  if (existsSync(file) && !args.includes('--force')) {
    process.stderr.write(`backup: ${file} exists; pass --force to replace it\n`);
    return 2;
  }
  const config = loadConfig(process.env);
  const started = Date.now();
  const result = await backupDatabase(config.database, file);
  const transfers = result.transfers === undefined ? '' : `, ${result.transfers} transfers`;
  process.stdout.write(
    `backup: ${result.file} (${result.format}, ${result.bytes} bytes${transfers}) in ${Date.now() - started} ms\n`,
  );
  return 0;
}

runCli('backup', main);
