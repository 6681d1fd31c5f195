import 'reflect-metadata';
import { runCli } from './run-cli';
import { Role } from '../../core/auth/role.enum';
import { AppError } from '../../core/errors/errors';
import { loadConfig } from '../../core/config/config';
import { createContext } from '../../domain/context';
import { closeDatabase, openDatabase } from '../../domain/database';
import { generate } from '../synthetic/generate';

/**
 * `npm run generate -- --transfers 1000000 [--recognitions N] [--states N] [--seed S]`: a deterministic
 * synthetic knowledge base in the empty database of DATABASE_URL, written through the import
 * path; prints what it wrote and the rate.
 */
const USAGE =
  'usage: npm run generate -- --transfers <n> [--recognitions <n>] [--states <n>] [--seed <n>]   (into the empty database of DATABASE_URL)';

function numberOption(args: string[], name: string): number | undefined {
  const i = args.indexOf(`--${name}`);
  if (i < 0) return undefined;
  const v = Number(args[i + 1]);
  if (!Number.isSafeInteger(v) || v < 0) throw new Error(`--${name} needs a whole number.\n${USAGE}`);
  return v;
}

async function main(args: string[]): Promise<number> {
  const transfers = numberOption(args, 'transfers');
  if (transfers === undefined) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const config = loadConfig({ ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' });
  const { dataSource, app } = await openDatabase(config);
  let last = 0;
  try {
    const summary = await generate(createContext(app, 'generate', { name: 'generate', role: Role.ADMIN }), {
      transfers,
      recognitions: numberOption(args, 'recognitions'),
      states: numberOption(args, 'states'),
      seed: numberOption(args, 'seed'),
      onProgress: (stage, done, total) => {
        if (!process.stderr.isTTY || (Date.now() - last < 500 && done !== total)) return;
        last = Date.now();
        process.stderr.write(`\r${stage}: ${done}/${total}   ${done === total ? '\n' : ''}`);
      },
    });
    process.stdout.write(
      `generated ${summary.actors} actors, ${summary.sources} sources, ${summary.transfers} transfers, ${summary.recognitions} recognitions ` +
        `in ${summary.seconds.toFixed(1)} s (${summary.claimsPerSecond} claims/s through the import path)\n`,
    );
    return 0;
  } catch (e) {
    if (e instanceof AppError) {
      process.stderr.write(`generate: ${e.message}\n`);
      return 1;
    }
    throw e;
  } finally {
    await closeDatabase(dataSource, app);
  }
}

runCli('generate', main);
