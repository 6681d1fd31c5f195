/**
 * The batch text cut into runs for display: where the sentences that made drafts are, and inside
 * them the words that made each draft (DraftReason offsets). Pure: no DOM.
 */

/** A sentence (a draft's quote) or a reason's words, by UTF-16 offsets into the text, end exclusive. */
export interface MarkRange {
  draft: string;
  start: number;
  end: number;
  /** A reason's role (VERB, HEDGE…); absent for the sentence itself. */
  role?: string;
}

/** A stretch of text with the same marks throughout. */
export interface TextRun {
  text: string;
  start: number;
  /** The drafts whose sentence covers it (empty: plain text). */
  sentenceOf: string[];
  /** The drafts whose reasons cover it, with the reasons' roles. */
  reasonOf: string[];
  roles: string[];
}

/** A sentence and the runs it holds, or one run of plain text between sentences. */
export interface TextBlock {
  sentenceOf: string[];
  runs: TextRun[];
}

const unique = (xs: string[]) => [...new Set(xs)].sort();

export function textRuns(text: string, ranges: MarkRange[]): TextRun[] {
  const valid = ranges.filter((r) => r.start >= 0 && r.end <= text.length && r.start < r.end);
  const cuts = unique([0, text.length, ...valid.flatMap((r) => [r.start, r.end])].map(String))
    .map(Number)
    .sort((a, b) => a - b);
  const runs: TextRun[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [start, end] = [cuts[i], cuts[i + 1]];
    const over = valid.filter((r) => r.start <= start && r.end >= end);
    const reasons = over.filter((r) => r.role);
    runs.push({
      text: text.slice(start, end),
      start,
      sentenceOf: unique(over.filter((r) => !r.role).map((r) => r.draft)),
      reasonOf: unique(reasons.map((r) => r.draft)),
      roles: unique(reasons.map((r) => r.role!)),
    });
  }
  return runs;
}

/** Runs grouped so that each sentence (the same drafts throughout) is one block. */
export function textBlocks(text: string, ranges: MarkRange[]): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const run of textRuns(text, ranges)) {
    const last = blocks[blocks.length - 1];
    if (last && last.sentenceOf.join(' ') === run.sentenceOf.join(' ')) last.runs.push(run);
    else blocks.push({ sentenceOf: run.sentenceOf, runs: [run] });
  }
  return blocks;
}
