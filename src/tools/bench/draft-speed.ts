import { performance } from 'node:perf_hooks';
import { NameIndex } from '../../domain/drafts/actor-names';
import { draftText } from '../../domain/drafts/drafter';
import { sentencesOf } from '../../domain/drafts/text-units';
import { namesFor, readCorpus } from './draft-corpus';

/**
 * `npm run bench:drafts`: how long drafting a 5,000-word article takes, side by side with a
 * baseline in the same run — splitting the same text into sentences and words (compromise), the
 * least any drafter does — and their ratio. The article is the development set's texts one
 * after another; the names are the gazetteer's and the seed's, as a default knowledge base holds.
 */
const log = (s: string) => process.stdout.write(`${s}\n`);
const articles = readCorpus('dev');
const paragraphs: string[] = [];
let words = 0;
for (let i = 0; words < 5000; i++) {
  const text = articles[i % articles.length].text;
  paragraphs.push(text);
  words += text.split(/\s+/).length;
}
const article = paragraphs.join('\n\n');
const names = new NameIndex(namesFor(articles.flatMap((a) => a.actors)));

const time = (f: () => unknown) => {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const cold = time(() => draftText(article, names, '2024-01-15'));
const drafting: number[] = [];
const baseline: number[] = [];
for (let i = 0; i < 15; i++) {
  baseline.push(time(() => sentencesOf(article)));
  drafting.push(time(() => draftText(article, names, '2024-01-15')));
}
const drafts = draftText(article, names, '2024-01-15').length;
log(
  `Drafting a ${words.toLocaleString('en')}-word article (${article.length.toLocaleString('en')} characters, ${drafts} drafts; the names of ${names.actors.size} actors):`,
);
log('| measure | median of 15 | ratio to baseline |');
log('|---|---|---|');
log(`| baseline: sentences and words (compromise) | ${median(baseline).toFixed(1)} ms | 1.00 |`);
log(`| draftText (warm) | ${median(drafting).toFixed(1)} ms | ${(median(drafting) / median(baseline)).toFixed(2)} |`);
log(`| draftText, first call in the process (loads the NLP packages' data) | ${cold.toFixed(1)} ms | — |`);
