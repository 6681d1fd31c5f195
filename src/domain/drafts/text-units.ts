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

/** Longest piece of a paragraph compromise reads at once, and longest sentence the drafter reads. */
export const MAX_CHUNK = 4000;
export const MAX_SENTENCE = 1000;

/**
 * Pieces of `text` no longer than `max`, cut after a sentence's end where one is near the limit,
 * else at a space, else anywhere: so the work on any piece stays bounded whatever the input.
 */
export function pieces(text: string, max: number, offset = 0): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let at = 0;
  while (text.length - at > max) {
    const window = text.slice(at, at + max);
    const stop = Math.max(window.search(/[.!?;][”"’)]*\s(?![\s\S]*[.!?;][”"’)]*\s)/), -1);
    const space = window.lastIndexOf(' ');
    const cut = stop > max / 2 ? stop + 1 : space > max / 2 ? space + 1 : max;
    out.push({ text: text.slice(at, at + cut), start: offset + at });
    at += cut;
  }
  out.push({ text: text.slice(at), start: offset + at });
  return out;
}

/**
 * The text's sentences, found by compromise's sentence splitter one paragraph at a time (a
 * sentence never runs across a blank line or a line break), with their offsets in the text. A
 * paragraph is read in pieces of at most MAX_CHUNK characters and a sentence longer than
 * MAX_SENTENCE is cut, so no input makes the drafter's work grow faster than its length.
 */
export function sentencesOf(text: string): Sentence[] {
  return [...sentenceBatches(text)].flat();
}

/** sentencesOf, one piece of a paragraph at a time (for drafting in turns). */
export function* sentenceBatches(text: string): Generator<Sentence[]> {
  let paragraph = 0;
  for (const block of text.matchAll(/[^\n]+/g)) {
    if (!block[0].trim()) continue;
    paragraph++;
    for (const chunk of pieces(block[0], MAX_CHUNK, block.index)) {
      const out: Sentence[] = [];
      const parts = nlp(chunk.text).json({ offset: true, terms: { offset: false } }) as {
        text: string;
        offset: { start: number; length: number };
      }[];
      let cursor = 0;
      for (const part of parts) {
        // compromise's offsets are into the piece; its text is trimmed, so find it from the cursor.
        const at = chunk.text.indexOf(part.text, Math.max(cursor, part.offset.start - 2));
        const start = at >= 0 ? at : part.offset.start;
        cursor = start + part.text.length;
        for (const p of pieces(part.text, MAX_SENTENCE, chunk.start + start))
          if (p.text.trim())
            out.push({
              text: p.text,
              start: p.start,
              end: p.start + p.text.length,
              paragraph,
              tokens: tokenize(p.text, p.start),
            });
      }
      yield out;
    }
  }
}
