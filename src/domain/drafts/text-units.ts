import nlp from 'compromise/one';
import { normalizeName } from '../../core/util/normalize-name';

/** A word of the text: as written, its lookup form, and where it is (UTF-16 offsets into the whole text). */
export interface Token {
  readonly raw: string;
  /** normalizeName of the word: the form actor names are stored under */
  readonly norm: string;
  readonly start: number;
  readonly end: number;
}

/** A sentence of the text with its words; `paragraph` counts from 1. */
export interface Sentence {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly paragraph: number;
  readonly tokens: readonly Token[];
}

// Initialisms with full stops ("U.S.") are one word; so are words joined by an apostrophe
// ("People's"); hyphens separate words ("Iranian-made" is "Iranian" and "made").
const WORD = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    tokens.push({ raw: m[0], norm: normalizeName(m[0]), start: offset + m.index, end: offset + m.index + m[0].length });
  }
  return tokens;
}

/**
 * The text's sentences, found by compromise's sentence splitter one paragraph at a time (a
 * sentence never runs across a blank line or a line break), with their offsets in the text.
 */
export function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  for (const block of text.matchAll(/[^\n]+/g)) {
    if (!block[0].trim()) continue;
    paragraph++;
    const base = block.index;
    const doc = nlp(block[0]);
    const parts = doc.json({ offset: true, terms: { offset: false } }) as {
      text: string;
      offset: { start: number; length: number };
    }[];
    let cursor = 0;
    for (const part of parts) {
      // compromise's offsets are into the paragraph; its text is trimmed, so find it from the cursor.
      const at = block[0].indexOf(part.text, Math.max(cursor, part.offset.start - 2));
      const start = at >= 0 ? at : part.offset.start;
      const end = start + part.text.length;
      cursor = end;
      out.push({
        text: part.text,
        start: base + start,
        end: base + end,
        paragraph,
        tokens: tokenize(part.text, base + start),
      });
    }
  }
  return out;
}
