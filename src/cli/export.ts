import 'reflect-metadata';
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { loadConfig } from '../config';
import { writeDump } from '../exports/dump';
import { closeDatabase, openDatabase } from '../server';

/** `npm run export -- dump [--out file]`: the full dump, to a file or standard output. */
const USAGE = 'usage: npm run export -- dump [--out <file>]';

async function main(args: string[]): Promise<number> {
  const [name] = args;
  if (name !== 'dump') {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const outIndex = args.indexOf('--out');
  const file = outIndex >= 0 ? args[outIndex + 1] : undefined;
  const config = loadConfig({ ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' });
  const { dataSource, app } = await openDatabase(config);
  try {
    const out: Writable = file ? createWriteStream(file) : process.stdout;
    await writeDump(app.sql, dataSource, out);
    if (file) await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
    if (file) process.stderr.write(`wrote ${file}\n`);
    return 0;
  } finally {
    await closeDatabase(dataSource, app);
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`export: ${e instanceof Error ? e.message : e}\n`);
    process.exit(1);
  },
);
