import 'reflect-metadata';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Role } from '../../core/auth/role.enum';
import { loadConfig } from '../../core/config/config';
import { txQuery, withTransaction } from '../../core/context/transaction';
import { createContext } from '../../domain/context';
import { closeDatabase, openDatabase } from '../../domain/database';
import { rebuildEchoBands } from '../../domain/echoes/echo-rebuild';
import { fingerprintOf, overlap, shinglesOf } from '../../domain/echoes/fingerprint';
import { sourceWriteService } from '../../domain/sources/source-write.service';
import { SourceKind } from '../../domain/sources/source-kind.enum';
import { newId } from '../../core/util/ids';
import { lightlyEdited, random } from './echo-variants';

/**
 * The independence auditor at scale (`npm run bench:echoes -- [--sources 100000]`): a fresh
 * SQLite database (or DATABASE_URL's, which must be empty) filled with that many sources whose
 * texts are generated from the test set's own words (a Markov chain over tests/fixtures/echoes,
 * so everyday phrases recur across texts as they do in news), fingerprinted; then sources are
 * written through the write path, alternately with the auditor off and on, half of them copies
 * of stored texts. Prints the cost per write with and without the auditor, how long finding a
 * new text's echoes takes, and, as the baseline, comparing one new text with every stored one.
 */
const log = (s: string) => process.stdout.write(`${s}\n`);
const option = (args: string[], name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i < 0 ? fallback : Number(args[i + 1]);
};

function markovTexts(seed: number): () => string {
  const dir = join(__dirname, '..', '..', '..', '..', 'tests', 'fixtures', 'echoes');
  const words = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split(/\s+/).filter(Boolean));
  const next = new Map<string, string[]>();
  for (let i = 0; i + 1 < words.length; i++)
    (next.get(words[i]) ?? next.set(words[i], []).get(words[i])!).push(words[i + 1]);
  const rnd = random(seed);
  return () => {
    let w = words[Math.floor(rnd() * words.length)];
    const out: string[] = [];
    for (let i = 0; i < 300; i++) {
      out.push(w);
      const options = next.get(w);
      w =
        options && rnd() < 0.9 ? options[Math.floor(rnd() * options.length)] : words[Math.floor(rnd() * words.length)];
      if (i % 60 === 59) out.push('\n\n');
    }
    return out.join(' ');
  };
}

const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];

async function main(args: string[]): Promise<void> {
  const total = option(args, 'sources', 100_000);
  const writes = option(args, 'writes', 200);
  const dir = mkdtempSync(join(tmpdir(), 'supplyline-echo-bench-'));
  const config = loadConfig({
    DATABASE_URL: process.env.DATABASE_URL ?? `sqlite:${join(dir, 'bench.sqlite')}`,
    LOG_LEVEL: 'warn',
    SUPPLYLINE_GAZETTEER: 'false',
  });
  const { dataSource, app } = await openDatabase(config);
  const ctx = createContext(app, 'bench', { name: 'bench', role: Role.ADMIN });
  const text = markovTexts(7);
  const stored: string[] = [];
  try {
    let started = Date.now();
    await withTransaction(ctx, async (tx) => {
      for (let i = 0; i < total; i++) {
        const t = text();
        if (i % 100 === 0) stored.push(t);
        const id = newId();
        await txQuery(
          tx,
          `INSERT INTO source (id, key, title, publisher, kind, sort_date, reliability, text, text_sha256, created_at, updated_at)
           VALUES (?, ?, 'T', 'P', 'NEWS_REPORT', '', 'F', ?, ?, ?, ?)`,
          [id, `bench-${i}`, t, fingerprintOf(t).sha256, tx.at, tx.at],
        );
      }
      await rebuildEchoBands(tx);
    });
    log(
      `${total} sources with text (300 words each) stored and fingerprinted in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );

    const rnd = random(11);
    const times: Record<'off' | 'on', number[]> = { off: [], on: [] };
    let found = 0;
    for (let i = 0; i < writes; i++) {
      const audit = i % 2 === 1;
      const copy = i % 4 >= 2;
      const body = copy ? lightlyEdited(stored[Math.floor(rnd() * stored.length)], 0.05, i) : text();
      const writeCtx = { ...ctx, config: { ...ctx.config, echoAudit: audit } };
      started = performance.now();
      const id = await sourceWriteService.create(writeCtx, {
        key: `new-${i}`,
        title: 'New',
        publisher: 'P',
        kind: SourceKind.NEWS_REPORT,
        text: body,
      });
      times[audit ? 'on' : 'off'].push(performance.now() - started);
      if (audit && copy) {
        const [{ n }] = await ctx.sql.all<{ n: number }>('SELECT COUNT(*) AS n FROM source_echo WHERE copy_id = ?', [
          id,
        ]);
        if (Number(n) > 0) found++;
      }
    }
    const fmt = (xs: number[]) => `p50 ${quantile(xs, 0.5).toFixed(2)} ms, p95 ${quantile(xs, 0.95).toFixed(2)} ms`;
    log(`createSource without the auditor: ${fmt(times.off)}`);
    log(`createSource with the auditor:    ${fmt(times.on)}`);
    log(`ratio (with / without, p50): ${(quantile(times.on, 0.5) / quantile(times.off, 0.5)).toFixed(2)}`);
    log(`copies written with the auditor on and found as echoes: ${found} of ${writes / 4}`);

    // The baseline a scan would cost: one new text compared with every stored text.
    const probe = shinglesOf(text());
    started = performance.now();
    for await (const batch of app.sql.scan<{ id: string; text: string }>('source', ['id'], 2000, 'text IS NOT NULL'))
      for (const row of batch) overlap(probe, shinglesOf(row.text));
    log(
      `baseline, comparing one new text with all ${total} stored texts: ${((performance.now() - started) / 1000).toFixed(2)} s`,
    );
  } finally {
    await closeDatabase(dataSource, app);
    rmSync(dir, { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
