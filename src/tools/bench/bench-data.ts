import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { apiKeyService } from '../../domain/access/api-key.service';
import { Role } from '../../core/auth/role.enum';
import { loadConfig } from '../../core/config/config';
import { createContext } from '../../domain/context';
import { closeDatabase, openDatabase } from '../../domain/database';

/** The generated databases the benchmarks run on, kept in a data folder (`.bench/` by default). */
const DIST = join(__dirname, '..', '..');
/**
 * 2: generated with the echo audit off (SUPPLYLINE_ECHO_AUDIT=false). The synthetic texts share
 * templates, so every new text resembled thousands of stored ones and the audit made generation
 * slow down with every source (17 sources/s at 20,000 sources: the million-transfer database
 * would have taken many hours). The benchmark's servers run with it off too: no measured
 * operation writes a source, and on, they would audit every source at start-up.
 */
const GENERATOR_VERSION = 2;
export const BENCH_ENV = { SUPPLYLINE_ECHO_AUDIT: 'false' } as const;

/** Runs a compiled tool as a child and reports its wall time and peak memory. */
export function runTool(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  nodeArgs: string[] = [],
): Promise<{ seconds: number; peakMb: number; stdout: string }> {
  return new Promise((done, fail) => {
    const started = process.hrtime.bigint();
    const child = spawn(
      process.execPath,
      [...nodeArgs, '--require', join(DIST, 'tools/bench/report-peak-memory.js'), join(DIST, script), ...args],
      {
        env: { ...process.env, ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) => {
      if (code !== 0) return fail(new Error(`${script} failed (${code}): ${stderr}`));
      const peak = Number(/peak-rss-kb (\d+)/.exec(stderr)?.[1] ?? 0);
      done({ seconds: Number(process.hrtime.bigint() - started) / 1e9, peakMb: peak / 1024, stdout });
    });
  });
}

/** The generated database for a size, made once (`npm run generate`, seed 1) and kept in the data folder. */
export async function benchDatabase(
  dataDir: string,
  size: number,
  log: (s: string) => void,
): Promise<{ file: string; generated: string }> {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, `kb-${size}-seed1-v${GENERATOR_VERSION}.sqlite`);
  const note = `${file}.generated.txt`;
  if (!existsSync(file) || !existsSync(note)) {
    rmSync(file, { force: true });
    log(`generating ${size} transfers into ${file} …`);
    const g = await runTool('tools/cli/generate.js', ['--transfers', String(size)], {
      ...BENCH_ENV,
      DATABASE_URL: `sqlite:${file}`,
      LOG_LEVEL: 'warn',
    });
    writeFileSync(note, `${g.stdout.trim()} (peak memory ${g.peakMb.toFixed(0)} MB)\n`);
  }
  return { file, generated: readFileSync(note, 'utf8').trim() };
}

/** A working copy (the writes must not change the kept database) with an EDITOR key. */
export async function workingCopy(dataDir: string, file: string): Promise<{ file: string; key: string }> {
  const work = join(dataDir, 'work.sqlite');
  for (const f of [work, `${work}-wal`, `${work}-shm`]) rmSync(f, { force: true });
  copyFileSync(file, work);
  const { dataSource, app } = await openDatabase(
    loadConfig({ ...BENCH_ENV, DATABASE_URL: `sqlite:${work}`, LOG_LEVEL: 'warn' }),
  );
  const { secret } = await apiKeyService.create(
    createContext(app, 'bench', { name: 'bench', role: Role.ADMIN }),
    'bench',
    Role.EDITOR,
  );
  await closeDatabase(dataSource, app);
  return { file: work, key: secret };
}

/**
 * The environment of a Supplyline server under measurement: production settings on the working
 * copy, no seed, and the per-client rate limits off (one load generator on one address measures
 * throughput) unless `rateLimits` keeps them on with a limit no run reaches.
 */
export function benchServerEnv(file: string, port: number, rateLimits = false): NodeJS.ProcessEnv {
  const limit = rateLimits ? '10000000' : '0';
  return {
    DATABASE_URL: `sqlite:${file}`,
    PORT: String(port),
    HOST: '127.0.0.1',
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    ...BENCH_ENV,
    SUPPLYLINE_SEED: 'false',
    SUPPLYLINE_RATE_LIMIT_IP: limit,
    SUPPLYLINE_RATE_LIMIT_KEY: limit,
  };
}
