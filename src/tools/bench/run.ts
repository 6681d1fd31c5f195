import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { rmSync, statSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import { OPERATIONS as ALL_OPERATIONS } from './queries';
import type { BenchOperation } from './queries';
import { EXPORT_HEAP_MB } from '../../core/config/limits';
import { BENCH_ENV, benchDatabase, benchServerEnv, runTool, workingCopy } from './bench-data';
import { freePort, startPinned } from './servers';
import type { BenchServer } from './servers';
import { acceptEncoding, encodedAnswer, parseEncodings } from './encodings';
import type { BenchEncoding } from './encodings';

/**
 * `npm run bench`: Supplyline against a raw-SQL baseline on the same synthetic data, in the same
 * run. Servers are pinned to core 0, the load generator (this process) to core 1; 10
 * connections; for each operation a warm-up, then rounds alternating baseline and Supplyline;
 * the median round is reported. Every answer is compared byte for byte before it is measured.
 * Options: --sizes 10000,1000000 --rounds 3 --duration 10 --warmup 3 --connections 10 --data <dir>
 * --ops nested,alias (some operations only) --before <another build's dist/ folder, measured in the same rounds>
 * --encodings identity,gzip,br (Supplyline's rounds again with Accept-Encoding: gzip, br: req/s
 * against identity's, and the bytes sent; each compressed answer is checked to decompress to the plain one)
 */

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

const sizes = option('sizes', '10000,1000000').split(',').map(Number);
const rounds = Number(option('rounds', '3'));
const duration = Number(option('duration', '10'));
const warmup = Number(option('warmup', '3'));
const connections = Number(option('connections', '10'));
const dataDir = resolve(option('data', '.bench'));
const only = option('ops', '');
const OPERATIONS = only ? ALL_OPERATIONS.filter((o) => only.split(',').includes(o.name)) : ALL_OPERATIONS;
/** Another build of Supplyline (its dist/ folder) measured in the same rounds: before and after a change. */
const beforeDist = option('before', '');
/** Supplyline measured with each of these Accept-Encodings too; identity is the plain rounds. */
const compressed = parseEncodings(option('encodings', 'identity')).filter((e) => e !== 'identity');

const log = (s: string) => process.stdout.write(`${s}\n`);
const rate = (x: number) => (x < 10 ? x.toFixed(1) : x.toFixed(0));
const ratio = (ours: number, raw: number) => (raw > 0 ? (ours / raw).toFixed(2) : 'n/a');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Reads go without a key (reads are open by default, as for most clients); writes with an EDITOR key. */
const headersFor = (op: BenchOperation, key: string): Record<string, string> =>
  op.write
    ? { 'content-type': 'application/json', authorization: `Bearer ${key}` }
    : { 'content-type': 'application/json' };

async function answer(server: BenchServer, op: BenchOperation, key: string): Promise<string> {
  const res = await fetch(server.url, { method: 'POST', headers: headersFor(op, key), body: JSON.stringify(op.body) });
  return res.text();
}

interface Round {
  rps: number;
  p50: number;
  p99: number;
  /** requests without an answer within autocannon's 30 s timeout */
  timeouts: number;
}

async function load(
  server: BenchServer,
  op: BenchOperation,
  key: string,
  seconds: number,
  encoding: BenchEncoding = 'identity',
): Promise<Round> {
  const result = await autocannon({
    url: server.url,
    method: 'POST',
    connections,
    duration: seconds,
    headers: { ...headersFor(op, key), ...acceptEncoding(encoding) },
    body: JSON.stringify(op.body),
    timeout: 30,
  });
  // Requests still in flight when the round ends finish before the other server's round starts:
  // both servers share core 0, and two processes writing one SQLite file at once would measure
  // lock waits, not servers.
  await server.idle();
  // A refused or failed request is a broken benchmark; a slow one is a result.
  if (result.non2xx || result.errors - result.timeouts > 0)
    throw new Error(`${server.name} ${op.name}: ${result.non2xx} non-2xx, ${result.errors} errors\n${server.output()}`);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, timeouts: result.timeouts };
}

interface Row {
  size: number;
  op: BenchOperation;
  raw: Round;
  ours: Round;
  before?: Round;
  /** the plain answer's bytes */
  bytes: number;
  /** Supplyline's rounds with each other encoding, and the bytes it sent (`sent`: the encoding it chose) */
  encoded: { encoding: BenchEncoding; round: Round; bytes: number; sent: string }[];
}

async function benchSize(
  size: number,
): Promise<{ rows: Row[]; memory: { raw: number; ours: number }; generated: string; exportFigures: string }> {
  const { file, generated } = await benchDatabase(dataDir, size, log);
  log(`\n== ${size} transfers (${(statSync(file).size / 1e6).toFixed(0)} MB): ${generated}`);
  const work = await workingCopy(dataDir, file);
  const [rawPort, ourPort] = [await freePort(), await freePort()];
  const raw = await startPinned('raw', 0, 'tools/bench/raw-server.js', [work.file, String(rawPort)], {}, rawPort);
  const supplyline = (name: string, script: string, port: number) =>
    startPinned(name, 0, script, [], benchServerEnv(work.file, port), port);
  const ours = await supplyline('supplyline', 'app/main.js', ourPort);
  const before = beforeDist
    ? await supplyline('before', join(resolve(beforeDist), 'src/app/main.js'), await freePort())
    : undefined;
  const rows: Row[] = [];
  let memory: { raw: number; ours: number };
  try {
    for (const op of OPERATIONS) {
      const [a, b] = [await answer(raw, op, work.key), await answer(ours, op, work.key)];
      if (a !== b)
        throw new Error(
          `${op.name}: the answers differ.\nraw:        ${a.slice(0, 600)}\nsupplyline: ${b.slice(0, 600)}`,
        );
      if (!a.startsWith('{"data":{') || a.includes('"errors"'))
        throw new Error(`${op.name}: not an answer: ${a.slice(0, 300)}`);
      if (before && (await answer(before, op, work.key)) !== a)
        throw new Error(`${op.name}: the build measured before answers differently`);
      log(`${op.name}: identical answers (${Buffer.byteLength(a)} bytes)`);
      const wire = new Map<BenchEncoding, { bytes: number; sent: string }>();
      for (const e of compressed) {
        const got = await encodedAnswer(ours.url, headersFor(op, work.key), JSON.stringify(op.body), e);
        if (got.text !== a) throw new Error(`${op.name}: the answer asked with ${e} differs once decompressed`);
        wire.set(e, { bytes: got.bytes, sent: got.encoding });
        log(`${op.name}: Accept-Encoding ${e}: the same answer in ${got.bytes} bytes, sent as ${got.encoding}`);
      }
      await load(raw, op, work.key, warmup);
      if (before) await load(before, op, work.key, warmup);
      await load(ours, op, work.key, warmup);
      for (const e of compressed) await load(ours, op, work.key, warmup, e);
      const r: Round[] = [];
      const o: Round[] = [];
      const w: Round[] = [];
      const c = new Map(compressed.map((e) => [e, [] as Round[]]));
      for (let i = 0; i < rounds; i++) {
        r.push(await load(raw, op, work.key, duration));
        if (before) w.push(await load(before, op, work.key, duration));
        o.push(await load(ours, op, work.key, duration));
        for (const e of compressed) c.get(e)!.push(await load(ours, op, work.key, duration, e));
      }
      const pick = (xs: Round[]) => ({
        rps: median(xs.map((x) => x.rps)),
        p50: median(xs.map((x) => x.p50)),
        p99: median(xs.map((x) => x.p99)),
        timeouts: xs.reduce((n, x) => n + x.timeouts, 0),
      });
      const row: Row = {
        size,
        op,
        raw: pick(r),
        ours: pick(o),
        before: before ? pick(w) : undefined,
        bytes: Buffer.byteLength(a),
        encoded: compressed.map((e) => ({ encoding: e, round: pick(c.get(e)!), ...wire.get(e)! })),
      };
      rows.push(row);
      log(
        `${op.name}: raw ${rate(row.raw.rps)} req/s, supplyline ${rate(row.ours.rps)} req/s, ratio ${ratio(row.ours.rps, row.raw.rps)}` +
          ` (rounds: raw ${r.map((x) => rate(x.rps)).join('/')}, supplyline ${o.map((x) => rate(x.rps)).join('/')})` +
          (row.before
            ? `; before ${rate(row.before.rps)} req/s, ratio ${ratio(row.before.rps, row.raw.rps)} (${w.map((x) => rate(x.rps)).join('/')})`
            : '') +
          (row.raw.timeouts + row.ours.timeouts
            ? `; timeouts: raw ${row.raw.timeouts}, supplyline ${row.ours.timeouts}`
            : ''),
      );
      if (row.encoded.length)
        log(
          `${op.name}: identity ${rate(row.ours.rps)} req/s, ${row.bytes} bytes; ` +
            row.encoded
              .map(
                (x) =>
                  `${x.encoding} ${rate(x.round.rps)} req/s (${ratio(x.round.rps, row.ours.rps)}), ${x.bytes} bytes`,
              )
              .join('; '),
        );
    }
    memory = { raw: raw.memory().peakMb, ours: ours.memory().peakMb };
  } finally {
    await raw.stop();
    await ours.stop();
    await before?.stop();
  }
  const out = join(dataDir, 'export.json');
  // With the heap bound `npm run export` gives itself (one process, so its peak is the export's).
  const ex = await runTool(
    'tools/cli/export.js',
    ['dump.json', '--out', out],
    { ...BENCH_ENV, DATABASE_URL: `sqlite:${file}`, LOG_LEVEL: 'warn' },
    [`--max-old-space-size=${EXPORT_HEAP_MB}`],
  );
  const exportFigures = `full export (dump.json, ${(statSync(out).size / 1e6).toFixed(0)} MB): ${ex.seconds.toFixed(1)} s, peak memory ${ex.peakMb.toFixed(0)} MB`;
  rmSync(out, { force: true });
  log(exportFigures);
  return { rows, memory, generated, exportFigures };
}

async function main(): Promise<void> {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const machine = `${cpus().length} cores (${cpu}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${execFileSync('uname', ['-sr']).toString().trim()}`;
  log(
    `Supplyline benchmark, ${new Date().toISOString()}\n${machine}\nservers on core 0, load on core 1; ${connections} connections; median of ${rounds} rounds of ${duration} s after ${warmup} s warm-up`,
  );
  const results = [];
  for (const size of sizes) results.push(await benchSize(size));
  log(
    '\n| operation | ' +
      sizes.map((s) => `raw / Supplyline req/s at ${s.toLocaleString('en')}`).join(' | ') +
      ` | ratio |${beforeDist ? ' ratio before |' : ''} p50 / p99 ms (Supplyline) |`,
  );
  log('|---|' + sizes.map(() => '---|').join('') + `---|${beforeDist ? '---|' : ''}---|`);
  for (const [i, op] of OPERATIONS.entries()) {
    const cells = results.map((r) => `${rate(r.rows[i].raw.rps)} / ${rate(r.rows[i].ours.rps)}`);
    const ratios = results.map((r) => ratio(r.rows[i].ours.rps, r.rows[i].raw.rps)).join(' / ');
    const lat = results.map((r) => `${r.rows[i].ours.p50} / ${r.rows[i].ours.p99}`).join(', ');
    const was = results.map((r) => ratio(r.rows[i].before?.rps ?? 0, r.rows[i].raw.rps)).join(' / ');
    log(`| ${op.label} | ${cells.join(' | ')} | ${ratios} |${beforeDist ? ` ${was} |` : ''} ${lat} |`);
  }
  if (compressed.length) {
    log('\n| operation | transfers | Accept-Encoding | req/s | ratio to identity | bytes sent | p50 / p99 ms |');
    log('|---|---|---|---|---|---|---|');
    for (const r of results)
      for (const row of r.rows)
        for (const x of [{ encoding: 'identity', round: row.ours, bytes: row.bytes, sent: 'identity' }, ...row.encoded])
          log(
            `| ${row.op.name} | ${row.size} | ${x.encoding}${x.sent === x.encoding ? '' : ` (sent ${x.sent})`} | ${rate(x.round.rps)} |` +
              ` ${ratio(x.round.rps, row.ours.rps)} | ${x.bytes} | ${x.round.p50} / ${x.round.p99} |`,
          );
  }
  if (results.length > 1) {
    const [small, big] = [results[0], results[results.length - 1]];
    log(
      `\nthroughput at ${sizes[sizes.length - 1]} relative to ${sizes[0]}: ` +
        OPERATIONS.map((op, i) => `${op.name} ${ratio(big.rows[i].ours.rps, small.rows[i].ours.rps)}`).join(', '),
    );
  }
  for (const [i, r] of results.entries()) {
    log(
      `${sizes[i]}: server peak memory under load: Supplyline ${r.memory.ours.toFixed(0)} MB, raw ${r.memory.raw.toFixed(0)} MB; ${r.exportFigures}; ${r.generated}`,
    );
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    process.stderr.write(`bench: ${e instanceof Error ? e.stack : e}\n`);
    process.exit(1);
  },
);
