import 'reflect-metadata';
import { createReadStream } from 'node:fs';
import { Role } from '../auth/role.enum';
import { AppError } from '../common/errors';
import { loadConfig } from '../config';
import { createContext } from '../context';
import { restoreDump } from '../imports/restore';
import { closeDatabase, openDatabase } from '../server';

/**
 * `npm run import -- <file>`: restores a full dump into the (empty) database of DATABASE_URL,
 * all or nothing. Prints a summary on stdout; exits non-zero, naming the bad line, on failure.
 */
async function main(args: string[]): Promise<number> {
  const [file] = args;
  if (!file) {
    process.stderr.write('usage: npm run import -- <dump.json>\n');
    return 2;
  }
  const config = loadConfig({ ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' });
  const { dataSource, app } = await openDatabase(config);
  try {
    const counts = await restoreDump(createContext(app, 'cli', { name: 'cli', role: Role.ADMIN }), createReadStream(file));
    process.stdout.write(`restored ${Object.entries(counts).map(([t, n]) => `${n} ${t}`).join(', ')}\n`);
    return 0;
  } catch (e) {
    if (e instanceof AppError) {
      process.stderr.write(`import: nothing was written. ${e.message}\n`);
      return 1;
    }
    throw e;
  } finally {
    await closeDatabase(dataSource, app);
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`import: nothing was written. ${e instanceof Error ? e.message : e}\n`);
    process.exit(1);
  },
);
