import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { runCli } from './run-cli';
import { loadConfig } from '../../core/config/config';
import { verifyDatabase } from '../ops/verify';
import { closeDatabase, openDatabase } from '../../domain/database';
import { stdoutWithoutNpmBanner } from './npm-banner';

/**
 * `npm run verify [-- --json]`: checks the database named by DATABASE_URL — storage integrity,
 * pending migrations, and the knowledge base's invariants — without changing it (no migration is
 * run). Prints one line per check; exits 1 when any check finds a fault, 0 when none does.
 */
async function main(args: string[]): Promise<number> {
  const unknown = args.filter((a) => a !== '--json');
  if (unknown.length) {
    process.stderr.write('usage: npm run verify [-- --json]\n');
    return 2;
  }
  const config = loadConfig({ ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' });
  if (config.database.type === 'sqlite' && config.database.path !== ':memory:' && !existsSync(config.database.path)) {
    process.stderr.write(`verify: no database at ${config.database.path}\n`);
    return 2;
  }
  const { dataSource, app } = await openDatabase(config, { migrate: false });
  let results;
  try {
    results = await verifyDatabase(dataSource, app);
  } finally {
    await closeDatabase(dataSource, app);
  }
  const faults = results.reduce((n, r) => n + r.faults, 0);
  if (args.includes('--json')) {
    // `npm run verify -- --json > report.json`: the report alone in the file (see npm-banner.ts).
    const out = stdoutWithoutNpmBanner('verify', process.env, args);
    const json = `${JSON.stringify({ ok: faults === 0, faults, checks: results })}\n`;
    if (out === process.stdout) process.stdout.write(json);
    else await new Promise<void>((resolve, reject) => out.end(json, (e?: Error | null) => (e ? reject(e) : resolve())));
  } else {
    for (const r of results) {
      process.stdout.write(
        r.faults ? `FAULT ${r.check}: ${r.faults} (${r.examples.join('; ')})\n` : `ok    ${r.check}\n`,
      );
    }
    process.stdout.write(
      faults ? `verify: ${faults} fault(s) found\n` : `verify: ${results.length} checks, no fault\n`,
    );
  }
  return faults ? 1 : 0;
}

runCli('verify', main);
