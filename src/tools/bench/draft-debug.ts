import { NameIndex } from '../../domain/drafts/actor-names';
import { draftText } from '../../domain/drafts/drafter';
import { namesFor, readCorpus } from './draft-corpus';
// Development aid: node dist/src/tools/bench/draft-debug.js dev 04 — the article's labels and drafts, sentence by sentence.
const log = (...parts: unknown[]) => process.stdout.write(`${parts.join(' ')}\n`);
const [set, prefix] = process.argv.slice(2);
for (const a of readCorpus(set as 'dev').filter((x) => x.file.includes(`/${prefix}`))) {
  const drafts = draftText(a.text, new NameIndex(namesFor(a.actors)), a.publishedOn);
  for (const e of a.expected)
    log(
      'WANT',
      e.kind,
      e.supplier ?? e.recognizer,
      '→',
      e.recipient ?? e.recognized,
      e.category ?? '',
      e.status ?? '',
      e.stance,
      '«',
      (e as { evidence?: string }).evidence?.slice(0, 200),
    );
  for (const d of drafts)
    log(
      'GOT ',
      d.kind,
      (d.supplier ?? d.recognizer)?.actor?.key ?? `?${(d.supplier ?? d.recognizer)?.text}`,
      '→',
      (d.recipient ?? d.recognized)?.actor?.key ?? `?${(d.recipient ?? d.recognized)?.text}`,
      d.category ?? '',
      d.status,
      d.stance,
      '«',
      d.reasons[0]?.text,
    );
}
