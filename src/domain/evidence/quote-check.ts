/**
 * Quotes are verified against a source's stored text after folding what typesetting changes
 * without changing the words: runs of whitespace, curly and straight quote marks, the various
 * dashes, and letter case.
 */
export function foldForQuote(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const WORD = /[\p{L}\p{N}]/u;

/** True when the quote occurs in the text as whole words: "ussia" is not a quote of "Russia". */
export function quoteOccursIn(quote: string, text: string): boolean {
  const q = foldForQuote(quote);
  if (q.length === 0) return false;
  const t = foldForQuote(text);
  const mustStartWord = WORD.test(q[0]);
  const mustEndWord = WORD.test(q[q.length - 1]);
  for (let at = t.indexOf(q); at !== -1; at = t.indexOf(q, at + 1)) {
    const startsWord = !mustStartWord || at === 0 || !WORD.test(t[at - 1]);
    const endsWord = !mustEndWord || at + q.length === t.length || !WORD.test(t[at + q.length]);
    if (startsWord && endsWord) return true;
  }
  return false;
}
