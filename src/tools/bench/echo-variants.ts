/**
 * How outlets re-run a wire story, as transformations of a text: the copies the independence
 * auditor must catch (the accuracy measurement and the end-to-end tests both use them).
 * Deterministic: the same text and seed give the same copy.
 */

/** A small deterministic generator (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBSTITUTES = ['reportedly', 'also', 'now', 'recently', 'officially', 'said', 'the', 'some', 'further', 'new'];

const paragraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);

/** Light edits: about `rate` of the words replaced, dropped or doubled, as a sub-editor does. */
export function lightlyEdited(text: string, rate: number, seed = 1): string {
  const next = random(seed);
  return paragraphs(text)
    .map((p) =>
      p
        .split(/ +/)
        .flatMap((w) => {
          if (next() >= rate) return [w];
          const r = next();
          if (r < 0.5) return [SUBSTITUTES[Math.floor(next() * SUBSTITUTES.length)]];
          if (r < 0.8) return [];
          return [w, SUBSTITUTES[Math.floor(next() * SUBSTITUTES.length)]];
        })
        .join(' '),
    )
    .join('\n\n');
}

/** A new headline and dateline, the body's paragraphs in another order, the wire's credit line dropped. */
export function rewrapped(text: string, headline: string, seed = 1): string {
  const [, , ...body] = paragraphs(text);
  const kept = body.filter((p) => !/^(Reporting by|Editing by|Photo:)/i.test(p));
  const next = random(seed);
  for (let i = kept.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [kept[i], kept[j]] = [kept[j], kept[i]];
  }
  return [headline, 'By our correspondent', ...kept].join('\n\n');
}

/** The first `share` of the paragraphs only: an outlet that runs a shortened version. */
export function truncated(text: string, share: number): string {
  const all = paragraphs(text);
  return all.slice(0, Math.max(2, Math.round(all.length * share))).join('\n\n');
}

/** The story with an outlet's own paragraphs added at the end. */
export function extended(text: string, addition: string): string {
  return [...paragraphs(text), ...paragraphs(addition)].join('\n\n');
}

/**
 * The same text as another outlet's system sets it: straight quotes and apostrophes, "--" for
 * dashes, a non-breaking space after numbers, Windows line breaks.
 */
export function retypeset(text: string): string {
  return text
    .replace(/[“”]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/—/g, '--')
    .replace(/(\d) /g, '$1\u00a0')
    .replace(/\r?\n/g, '\r\n');
}
