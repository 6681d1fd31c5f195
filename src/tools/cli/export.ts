import 'reflect-metadata';
import { runCli } from './run-cli';
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { loadConfig } from '../../core/config/config';
import { EXPORTERS } from '../exports/exporters';
import { filterFromQuery } from '../exports/url-filter';
import { closeDatabase, openDatabase } from '../../domain/database';

/**
 * `npm run export -- <name> [--out file] [--filter "recipient=russia&status=DELIVERED"]`: the
 * same exports as /export/<name>, to a file or standard output.
 */
const USAGE = `usage: npm run export -- <${Object.keys(EXPORTERS).join('|')}> [--out <file>] [--filter "<url parameters>"]`;

const option = (args: string[], name: string) =>
  args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : undefined;

async function main(args: string[]): Promise<number> {
  // "dump" is "dump.json", "transfers" is "transfers.csv", …
  const name = Object.keys(EXPORTERS).find((k) => k === args[0] || k.split('.')[0] === args[0]);
  const exporter = name && Object.hasOwn(EXPORTERS, name) ? EXPORTERS[name] : undefined;
  if (!exporter) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const query = Object.fromEntries(
    [...new URLSearchParams(option(args, 'filter') ?? '').keys()].map((k) => [
      k,
      new URLSearchParams(option(args, 'filter')).getAll(k),
    ]),
  );
  const filter = filterFromQuery(query, exporter.params ?? {});
  const file = option(args, 'out');
  const config = loadConfig({ ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' });
  const { dataSource, app } = await openDatabase(config);
  try {
    const out: Writable = file ? createWriteStream(file) : process.stdout;
    await exporter.write(app, dataSource, filter, out);
    // Flush before exiting: a file is closed; standard output is drained (process.exit would cut a pipe short).
    if (file) await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
    else await new Promise<void>((resolve) => process.stdout.write('', () => resolve()));
    if (file) process.stderr.write(`wrote ${file}\n`);
    return 0;
  } finally {
    await closeDatabase(dataSource, app);
  }
}

runCli('export', main);
