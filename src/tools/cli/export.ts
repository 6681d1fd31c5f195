import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { runCli } from './run-cli';
import { EXPORT_HEAP_MB } from '../../core/config/limits';
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { loadConfig } from '../../core/config/config';
import { EXPORTERS } from '../exports/exporters';
import { filterFromQuery } from '../exports/url-filter';
import { closeDatabase, openDatabase } from '../../domain/database';
import { stdoutWithoutNpmBanner } from './npm-banner';

/**
 * `npm run export -- <name> [--out file] [--filter "recipient=russia&status=DELIVERED"]`: the
 * same exports as /export/<name>, to a file or standard output. --filter takes the URL
 * parameters of /export/<name>: the claim filters, and version=1.2 for network.gexf.
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
    // Standard output without the banner `npm run` (without --silent) wrote into it: see npm-banner.ts.
    const out: Writable = file ? createWriteStream(file) : stdoutWithoutNpmBanner('export', process.env, args);
    await exporter.write(app, dataSource, filter, out);
    // Flush before exiting: a file is closed (or ended); standard output is drained (process.exit would cut a pipe short).
    if (out !== process.stdout)
      await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
    else await new Promise<void>((resolve) => process.stdout.write('', () => resolve()));
    if (file) process.stderr.write(`wrote ${file}\n`);
    return 0;
  } finally {
    await closeDatabase(dataSource, app);
  }
}

/** Whether this process runs with a bounded heap (a flag of its own, or in NODE_OPTIONS; either spelling). */
const bounded = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)].some((a) =>
  /^--max[-_]old[-_]space[-_]size/.test(a),
);

if (bounded) runCli('export', main);
else {
  // Run again under the export heap bound (see EXPORT_HEAP_MB), with the same arguments and
  // streams; signals sent to this process are passed on, and the child's end is this one's.
  const child = spawn(
    process.execPath,
    [...process.execArgv, `--max-old-space-size=${EXPORT_HEAP_MB}`, __filename, ...process.argv.slice(2)],
    { stdio: 'inherit' },
  );
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const signal of signals) process.on(signal, () => child.kill(signal));
  child.on('error', (e) => {
    process.stderr.write(`export: could not start: ${e.message}\n`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    if (signal) {
      for (const s of signals) process.removeAllListeners(s);
      process.kill(process.pid, signal);
    } else process.exit(code ?? 1);
  });
}
