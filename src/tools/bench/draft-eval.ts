import { NameIndex } from '../../domain/drafts/actor-names';
import { draftText } from '../../domain/drafts/drafter';
import type { DraftValue } from '../../domain/drafts/draft-values';
import { namesFor, readCorpus } from './draft-corpus';
import type { LabelledArticle } from './draft-corpus';

/**
 * `npm run eval:drafts`: the drafter's recall and precision on the project's labelled articles
 * (tests/fixtures/drafts): the development set the rules were written against, and the held-out
 * set they never saw. A claim is a tuple; levels add one field at a time, so the table shows
 * where the drafter loses claims: the parties, then the category, the status and the stance.
 * Drafts equal on every field of a level count once (two designations of one claim are one
 * claim). `--verbose` lists every miss and every extra draft.
 */
const log = (s: string) => process.stdout.write(`${s}\n`);
// piped into head: stop quietly
process.stdout.on('error', () => process.exit(0));
const verbose = process.argv.includes('--verbose');
const only = process.argv.includes('--heldout')
  ? ['heldout']
  : process.argv.includes('--dev')
    ? ['dev']
    : ['dev', 'heldout'];

const LEVELS = ['parties', '+ category', '+ status', '+ stance'] as const;

function tuple(
  kind: string,
  a: string | null | undefined,
  b: string | null | undefined,
  cat: string | null | undefined,
  status: string | null | undefined,
  stance: string,
  level: number,
): string {
  return JSON.stringify([
    kind,
    a ?? '?',
    b ?? '?',
    level >= 1 ? (cat ?? '') : '',
    level >= 2 ? (status ?? '') : '',
    level >= 3 ? stance : '',
  ]);
}

const ofDraft = (d: DraftValue, level: number) =>
  d.kind === 'TRANSFER'
    ? tuple(d.kind, d.supplier?.actor?.key, d.recipient?.actor?.key, d.category, d.status, d.stance, level)
    : tuple(d.kind, d.recognizer?.actor?.key, d.recognized?.actor?.key, '', d.status, d.stance, level);

const ofLabel = (e: LabelledArticle['expected'][number], level: number) =>
  e.kind === 'TRANSFER'
    ? tuple(e.kind, e.supplier, e.recipient, e.category, e.status, e.stance, level)
    : tuple(e.kind, e.recognizer, e.recognized, '', e.status ?? 'RECOGNIZED', e.stance, level);

interface Score {
  /** labelled claims */
  expected: number;
  /** distinct drafts */
  predicted: number;
  /** labelled claims some draft matches */
  matched: number;
  /** drafts that match some labelled claim */
  right: number;
}

function unique<T>(list: readonly T[], key: (x: T) => string): T[] {
  const seen = new Set<string>();
  return list.filter((x) => !seen.has(key(x)) && seen.add(key(x)));
}

function evaluate(set: 'dev' | 'heldout'): void {
  const articles = readCorpus(set);
  const scores = LEVELS.map(() => ({ expected: 0, predicted: 0, matched: 0, right: 0 }) as Score);
  const byPhenomenon = new Map<string, Score>();
  for (const a of articles) {
    const drafts = draftText(a.text, new NameIndex(namesFor(a.actors)), a.publishedOn);
    // claims are counted once each, by all five fields; each level asks how many of them match on its fields
    const labels = unique(a.expected, (e) => ofLabel(e, 3));
    const made = unique(drafts, (d) => ofDraft(d, 3));
    LEVELS.forEach((_, level) => {
      const got = new Set(made.map((d) => ofDraft(d, level)));
      const want = new Set(labels.map((e) => ofLabel(e, level)));
      const found = labels.filter((e) => got.has(ofLabel(e, level))).length;
      const right = made.filter((d) => want.has(ofDraft(d, level))).length;
      const s = scores[level];
      s.expected += labels.length;
      s.predicted += made.length;
      s.matched += found;
      s.right += right;
      if (level === LEVELS.length - 1) {
        for (const p of a.phenomena) {
          const t = byPhenomenon.get(p) ?? { expected: 0, predicted: 0, matched: 0, right: 0 };
          t.expected += labels.length;
          t.predicted += made.length;
          t.matched += found;
          t.right += right;
          byPhenomenon.set(p, t);
        }
        if (verbose) {
          for (const e of labels) if (!got.has(ofLabel(e, level))) log(`  ${a.file} missed ${ofLabel(e, level)}`);
          for (const d of made)
            if (!want.has(ofDraft(d, level))) log(`  ${a.file} extra  ${ofDraft(d, level)}  «${d.quote.slice(0, 90)}»`);
        }
      }
    });
  }
  const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : '—');
  log(
    `\n${set === 'dev' ? 'Development set' : 'Held-out set'}: ${articles.length} articles, ${scores[0].expected} labelled claims`,
  );
  log('| level | recall | precision | F1 | labelled claims found / drafts right |');
  log('|---|---|---|---|---|');
  LEVELS.forEach((name, i) => {
    const s = scores[i];
    const r = s.matched / s.expected;
    const p = s.predicted ? s.right / s.predicted : 0;
    log(
      `| ${name} | ${pct(s.matched, s.expected)} | ${pct(s.right, s.predicted)} | ${r + p ? ((2 * r * p) / (r + p)).toFixed(2) : '0'} | ${s.matched} of ${s.expected} / ${s.right} of ${s.predicted} |`,
    );
  });
  log('\nAll five fields, by phenomenon (articles tagged with it):');
  log('| phenomenon | recall | precision | labelled |');
  log('|---|---|---|---|');
  for (const [p, s] of [...byPhenomenon].sort((x, y) => x[0].localeCompare(y[0])))
    log(`| ${p} | ${pct(s.matched, s.expected)} | ${pct(s.right, s.predicted)} | ${s.expected} |`);
}

for (const set of only as ('dev' | 'heldout')[]) evaluate(set);
