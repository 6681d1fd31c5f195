import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ECHO_THRESHOLD,
  MIN_ESTIMATE,
  estimatedResemblance,
  fingerprintOf,
  overlap,
} from '../../domain/echoes/fingerprint';
import { extended, lightlyEdited, retypeset, rewrapped, truncated } from './echo-variants';

/**
 * The independence auditor's error rates on the project's own test set (`npm run bench:echoes`):
 * false positives over every pair of distinct reports in tests/fixtures/echoes (sixteen reports,
 * three independent ones per event), false negatives over copies made from each report the way
 * outlets re-run wire stories. A pair is flagged when the two texts share an LSH bucket, their
 * signatures pass the screen, and their overlap reaches the threshold; the table shows the rates at several thresholds.
 */
const log = (s: string) => process.stdout.write(`${s}\n`);
const dir = join(__dirname, '..', '..', '..', '..', 'tests', 'fixtures', 'echoes');
const reports = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ name: f, text: readFileSync(join(dir, f), 'utf8') }));

interface Pair {
  kind: string;
  a: string;
  b: string;
}

const copies: Pair[] = [];
reports.forEach((r, i) => {
  const other = reports[(i + 5) % reports.length].text;
  const variants: [string, string][] = [
    ['light edits, 2% of words', lightlyEdited(r.text, 0.02, i + 1)],
    ['light edits, 5%', lightlyEdited(r.text, 0.05, i + 1)],
    ['light edits, 10%', lightlyEdited(r.text, 0.1, i + 1)],
    ['light edits, 15%', lightlyEdited(r.text, 0.15, i + 1)],
    ['light edits, 20%', lightlyEdited(r.text, 0.2, i + 1)],
    ['new headline, paragraphs reordered', rewrapped(r.text, 'Exclusive: what we know', i + 1)],
    ['reordered and 5% edited', lightlyEdited(rewrapped(r.text, 'Analysis', i + 1), 0.05, i + 7)],
    [
      'retypeset (straight quotes, --, non-breaking spaces, CRLF) and 5% edited',
      retypeset(lightlyEdited(r.text, 0.05, i + 3)),
    ],
    ['shortened to 70%', truncated(r.text, 0.7)],
    ['shortened to 50%', truncated(r.text, 0.5)],
    ['shortened to 30%', truncated(r.text, 0.3)],
    ['own paragraphs added (+50%)', extended(r.text, truncated(other, 0.5))],
    ['own paragraphs added (+100%)', extended(r.text, other)],
  ];
  for (const [kind, text] of variants) copies.push({ kind, a: r.text, b: text });
});
const distinct: Pair[] = [];
for (let i = 0; i < reports.length; i++)
  for (let j = i + 1; j < reports.length; j++)
    distinct.push({
      kind: reports[i].name.slice(0, 2) === reports[j].name.slice(0, 2) ? 'same' : 'other',
      a: reports[i].text,
      b: reports[j].text,
    });

const judged = (pairs: Pair[]) =>
  pairs.map((p) => {
    const x = fingerprintOf(p.a);
    const y = fingerprintOf(p.b);
    const candidate =
      x.buckets.some((b) => y.buckets.includes(b)) && estimatedResemblance(x.signature!, y.signature!) >= MIN_ESTIMATE;
    return { ...p, candidate, similarity: overlap(x.shingles, y.shingles) };
  });

const positives = judged(copies);
const negatives = judged(distinct);
const pct = (n: number, of: number) => `${((100 * n) / of).toFixed(1)}%`;

log(`test set: ${reports.length} reports, ${negatives.length} pairs of distinct reports, ${positives.length} copies`);
log('\nthreshold | false positives (distinct pairs flagged) | false negatives (copies missed)');
for (const t of [0.1, 0.2, 0.3, 0.4, 0.5]) {
  const fp = negatives.filter((p) => p.candidate && p.similarity >= t).length;
  const fn = positives.filter((p) => !(p.candidate && p.similarity >= t)).length;
  log(
    `${t.toFixed(1)}${t === ECHO_THRESHOLD ? ' (used)' : ''} | ${fp} of ${negatives.length} (${pct(fp, negatives.length)}) | ${fn} of ${positives.length} (${pct(fn, positives.length)})`,
  );
}
const compared = negatives.filter((p) => p.candidate).length;
log(`\ndistinct pairs sharing an LSH bucket (compared in full, then cleared): ${compared} of ${negatives.length}`);
const max = (xs: number[]) => xs.reduce((a, b) => Math.max(a, b), 0);
log(`\nhighest overlap between distinct reports: ${max(negatives.map((p) => p.similarity)).toFixed(3)}`);
log('\ncopies by kind: lowest overlap, missed at the threshold used');
for (const kind of [...new Set(positives.map((p) => p.kind))]) {
  const of = positives.filter((p) => p.kind === kind);
  const missed = of.filter((p) => !(p.candidate && p.similarity >= ECHO_THRESHOLD)).length;
  log(`${kind} | ${Math.min(...of.map((p) => p.similarity)).toFixed(3)} | ${missed} of ${of.length}`);
}
