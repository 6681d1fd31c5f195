import 'reflect-metadata';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import { benchDatabase, benchServerEnv, workingCopy } from './bench-data';
import { summarise } from './profile-layers';
import type { CpuProfile } from './profile-layers';
import { OPERATIONS } from './queries';
import { freePort, startPinned } from './servers';

/**
 * `npm run bench:profile -- --op alias`: where the time of one benchmark operation goes. Starts
 * Supplyline as the benchmark does (core 0, production, rate limits off) under `node --cpu-prof`,
 * loads it from core 1 (warm-up, then the measured seconds), stops it and splits the CPU samples
 * of the measured window into layers (HTTP, logging, Apollo, GraphQL, SQLite, Supplyline's own
 * folders…), in µs per request, then the functions that cost most.
 * Options: --op nested|alias|network|search|write --size 10000 --seconds 10 --warmup 3
 *          --connections 10 --top 25 --data .bench --rate-limits (on, with limits no run reaches)
 *          --dist <another build's dist/ folder, to profile it instead>;
 *          any SUPPLYLINE_* setting in the environment is passed to the server.
 */
function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}
const log = (s: string) => process.stdout.write(`${s}\n`);

async function main(): Promise<void> {
  const op = OPERATIONS.find((o) => o.name === option('op', 'alias'));
  if (!op) throw new Error(`--op is one of ${OPERATIONS.map((o) => o.name).join(', ')}`);
  const seconds = Number(option('seconds', '10'));
  const dataDir = resolve(option('data', '.bench'));
  const { file } = await benchDatabase(dataDir, Number(option('size', '10000')), log);
  const work = await workingCopy(dataDir, file);
  const profDir = mkdtempSync(join(tmpdir(), 'supplyline-prof-'));
  const port = await freePort();
  const env = benchServerEnv(work.file, port, process.argv.includes('--rate-limits'));
  const dist = option('dist', '');
  const script = dist ? join(resolve(dist), 'src/app/main.js') : 'app/main.js';
  const server = await startPinned('supplyline', 0, script, [], env, port, ['--cpu-prof', `--cpu-prof-dir=${profDir}`]);
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (op.write) headers.authorization = `Bearer ${work.key}`;
  const run = (duration: number) =>
    autocannon({
      url: server.url,
      method: 'POST',
      connections: Number(option('connections', '10')),
      duration,
      headers,
      body: JSON.stringify(op.body),
    });
  await run(Number(option('warmup', '3')));
  await server.idle();
  const started = Date.now();
  const result = await run(seconds);
  const ended = Date.now();
  await server.stop();
  const exited = Date.now();
  const [name] = readdirSync(profDir).filter((f) => f.endsWith('.cpuprofile'));
  const profile = JSON.parse(readFileSync(join(profDir, name), 'utf8')) as CpuProfile;
  rmSync(profDir, { recursive: true, force: true });
  const requests = result.requests.total;
  const s = summarise(profile, requests, { windowMs: ended - started, endsBeforeMs: exited - ended });
  log(
    `${op.name}: ${requests} requests in ${seconds} s (${(requests / seconds).toFixed(0)} req/s, ${result.non2xx} non-2xx); ` +
      `server busy ${(s.busyMs / 1000).toFixed(1)} s = ${((s.busyMs * 1000) / requests).toFixed(0)} µs of CPU per request`,
  );
  log('\n| layer | µs per request | share |\n|---|---|---|');
  for (const r of s.layers) log(`| ${r.name} | ${r.usPerRequest.toFixed(1)} | ${(r.share * 100).toFixed(1)} % |`);
  log('\n| function (self time) | layer | µs per request | share |\n|---|---|---|---|');
  for (const r of s.functions.slice(0, Number(option('top', '25'))))
    log(`| ${r.name} | ${r.layer} | ${r.usPerRequest.toFixed(1)} | ${(r.share * 100).toFixed(1)} % |`);
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    process.stderr.write(`profile: ${e instanceof Error ? e.stack : e}\n`);
    process.exit(1);
  },
);
