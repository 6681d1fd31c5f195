import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { freePort, startPinned } from './servers';

/**
 * `npm run bench:exports`: does a burst of full dumps stall the rest of the server? On a generated
 * knowledge base (20,000 transfers by default, kept in .bench/), the server pinned to core 0, this
 * script on core 1: first a one-row query alone (the baseline), then the same query again and
 * again while N full dumps run at once, each read by curl in a process of its own. It prints both latencies, the goal (the loaded p95 under
 * twice the idle p95 plus 50 ms) and their ratio, and what became of each dump (200 and whole, or
 * 503 when over the export limit). Options: --transfers 20000 --dumps 12 --data .bench
 */
const DIST = join(__dirname, '..', '..');

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

const transfers = Number(option('transfers', '20000'));
const dumps = Number(option('dumps', '12'));
const dataDir = resolve(option('data', '.bench'));
const log = (s: string) => process.stdout.write(`${s}\n`);
const ms = (x: number) => x.toFixed(1);
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) * p)];

async function database(): Promise<string> {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, `kb-exports-${transfers}.sqlite`);
  if (existsSync(file)) return file;
  log(`generating ${transfers} transfers into ${file} …`);
  await new Promise<void>((done, fail) => {
    const child = spawn(process.execPath, [join(DIST, 'tools/cli/generate.js'), '--transfers', String(transfers)], {
      env: { ...process.env, DATABASE_URL: `sqlite:${file}`, LOG_LEVEL: 'warn' },
      stdio: 'inherit',
    });
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`generate failed (${code})`))));
  }).catch((e) => {
    rmSync(file, { force: true });
    throw e;
  });
  return file;
}

const ONE_ROW = JSON.stringify({ query: '{ transfers(first: 1) { edges { node { id item } } } }' });

async function oneRow(url: string): Promise<number> {
  const started = performance.now();
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: ONE_ROW });
  const body = await res.text();
  if (res.status !== 200 || !body.startsWith('{"data"')) throw new Error(`the one-row query failed: ${body}`);
  return performance.now() - started;
}

interface DumpResult {
  status: number;
  bytes: number;
  seconds: number;
  whole: boolean;
}

/**
 * One full dump read by curl, in a process of its own, into a file: the readers take no time
 * from this process, whose loop measures the one-row query. Whole: it begins and ends as a dump.
 */
function dump(base: string, file: string): Promise<DumpResult> {
  const started = performance.now();
  return new Promise((done, fail) => {
    const child = spawn('curl', ['-s', '-o', file, '-w', '%{http_code}', `${base}/export/dump.json`]);
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('error', fail);
    child.on('close', () => {
      const status = Number(out.trim());
      const text = status === 200 || existsSync(file) ? readFileSync(file) : Buffer.alloc(0);
      const head = text.subarray(0, 40).toString('utf8');
      const tail = text.subarray(Math.max(0, text.length - 8)).toString('utf8');
      const whole = status === 200 && head.startsWith('{"format":"supplyline-dump"') && tail.endsWith(']}}\n');
      rmSync(file, { force: true });
      done({ status, bytes: text.length, seconds: (performance.now() - started) / 1000, whole });
    });
  });
}

async function main(): Promise<void> {
  const file = await database();
  const port = await freePort();
  const server = await startPinned(
    'supplyline',
    0,
    'app/main.js',
    [],
    {
      DATABASE_URL: `sqlite:${file}`,
      PORT: String(port),
      SUPPLYLINE_SEED: 'false',
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      SUPPLYLINE_RATE_LIMIT_IP: '0',
      SUPPLYLINE_RATE_LIMIT_KEY: '0',
    },
    port,
  );
  const base = `http://127.0.0.1:${port}`;
  try {
    for (let i = 0; i < 50; i++) await oneRow(server.url); // warm-up
    const idle: number[] = [];
    for (let i = 0; i < 300; i++) idle.push(await oneRow(server.url));
    let running = true;
    const loaded: number[] = [];
    const started = performance.now();
    const all = Promise.all(
      Array.from({ length: dumps }, (_, i) => dump(base, join(dataDir, `dump-${i}.json`))),
    ).finally(() => (running = false));
    while (running) loaded.push(await oneRow(server.url));
    const results = await all;
    const seconds = (performance.now() - started) / 1000;
    const idleP95 = percentile(idle, 0.95);
    const loadedP95 = percentile(loaded, 0.95);
    const goal = 2 * idleP95 + 50;
    log(
      `one-row query alone:        p50 ${ms(percentile(idle, 0.5))} ms, p95 ${ms(idleP95)} ms (${idle.length} requests)`,
    );
    log(
      `during ${dumps} full dumps:     p50 ${ms(percentile(loaded, 0.5))} ms, p95 ${ms(loadedP95)} ms, max ${ms(Math.max(...loaded))} ms (${loaded.length} requests in ${seconds.toFixed(1)} s)`,
    );
    log(
      `goal: p95 under 2 x ${ms(idleP95)} + 50 = ${ms(goal)} ms; ratio loaded/goal ${(loadedP95 / goal).toFixed(2)} (${loadedP95 <= goal ? 'met' : 'NOT met'})`,
    );
    const ok = results.filter((r) => r.status === 200);
    const busy = results.filter((r) => r.status === 503);
    log(
      `dumps: ${ok.length} answered (${ok.filter((r) => r.whole).length} whole, ${(ok[0]?.bytes ?? 0) / 1e6} MB each, ${ok.length ? ms(Math.max(...ok.map((r) => r.seconds))) : '-'} s the slowest), ${busy.length} refused with 503, ${results.length - ok.length - busy.length} other`,
    );
    log(`server peak memory ${server.memory().peakMb.toFixed(0)} MB`);
  } finally {
    await server.stop();
  }
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
