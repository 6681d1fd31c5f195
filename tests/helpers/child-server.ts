import { execFile, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

export const ROOT = join(__dirname, '..', '..');

/**
 * Builds dist/ (the command-line tools and main.js run from it) unless it is what the sources
 * build now — as after `npm ci`, which builds it — checked as `npm start` and the tools check it.
 */
export async function buildDist(): Promise<void> {
  const run = promisify(execFile);
  if (
    await run(process.execPath, ['scripts/run.js', '--check'], { cwd: ROOT }).then(
      () => true,
      () => false,
    )
  )
    return;
  await run('npm', ['run', '--silent', 'build'], { cwd: ROOT });
}

/**
 * Fills a database with `npm run generate`'s synthetic knowledge base (through the built
 * command-line tool): enough transfers, and a dump outgrows the socket buffers and waits for its
 * reader.
 */
export async function generateInto(databaseUrl: string, transfers: number): Promise<void> {
  await buildDist();
  await promisify(execFile)(process.execPath, ['dist/src/tools/cli/generate.js', '--transfers', String(transfers)], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' },
  });
}

export interface ChildServer {
  url: string;
  child: ChildProcess;
  /** Resolves with the exit code and signal once the process has ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** What it printed on stdout and stderr so far. */
  output(): string;
}

/**
 * The real server as its own process (`node dist/src/app/main.js`, what `npm start` runs), on port
 * 0 of 127.0.0.1, resolved once it prints the address it serves. Call buildDist first.
 */
export async function spawnServer(env: Record<string, string>): Promise<ChildServer> {
  const child = spawn(process.execPath, ['dist/src/app/main.js'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'test',
      SUPPLYLINE_RATE_LIMIT_IP: '0',
      SUPPLYLINE_RATE_LIMIT_KEY: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stderr!.on('data', (chunk) => (out += String(chunk)));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk) => {
      out += String(chunk);
      const m = /serving GraphQL at (http:\/\/[^/\s]+)\/graphql/.exec(out);
      if (m) resolve(m[1]);
    });
    void exited.then(({ code, signal }) =>
      reject(new Error(`server exited (${code ?? signal}) before serving:\n${out}`)),
    );
  });
  return { url, child, exited, output: () => out };
}
