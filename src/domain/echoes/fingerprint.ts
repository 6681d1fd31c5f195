import { createHash } from 'node:crypto';

/**
 * Text fingerprints for the independence auditor: word shingles, their MinHash signature and its
 * LSH bands (the technique of Broder, 1997, and of Indyk and Motwani's locality-sensitive
 * hashing). Two texts that share many runs of SHINGLE_WORDS words have similar signatures, so
 * they land in the same bucket of at least one band; a source's near-duplicates are found by
 * looking up its BANDS buckets, not by reading every text. A candidate is then judged on the
 * exact overlap of the two texts: the share of the shorter text's shingles that the other has.
 *
 * The numbers (docs/evidence-model.md, "Echoes nobody recorded"): 4-word shingles; 30 bands of 2
 * hashes, so a pair whose shingles have resemblance (Jaccard similarity) s becomes a candidate
 * with probability 1 − (1 − s²)³⁰: 0.26 at 0.1, 0.71 at 0.2, 0.95 at 0.3, 0.99 at 0.4. Overlap
 * of 0.3 or more makes a suspected echo; independent reports of one event measure below 0.06.
 */
export const SHINGLE_WORDS = 4;
export const BANDS = 30;
export const ROWS = 2;
/** Texts with fewer shingles than this (about 40 words) are not fingerprinted: too short to tell a copy. */
export const MIN_SHINGLES = 40;
/** Two texts are a suspected echo when their overlap reaches this. */
export const ECHO_THRESHOLD = 0.3;

/** The words of a text as both the auditor and the search index see them: letters and digits, folded. */
export function wordsOf(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** FNV-1a over a string's UTF-16 code units, as an unsigned 32-bit integer. */
function fnv1a(s: string, seed = 0x811c9dc5): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** MurmurHash3's finaliser: mixes every input bit into every output bit. */
function fmix32(x: number): number {
  let h = x;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The hashes of a text's shingles (runs of SHINGLE_WORDS words), each once. */
export function shinglesOf(text: string): Set<number> {
  const words = wordsOf(text);
  const out = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) out.add(fnv1a(words.slice(i, i + SHINGLE_WORDS).join(' ')));
  return out;
}

/**
 * The hash of a quote's first shingle, as a signed 32-bit integer (an INTEGER column on both
 * databases), or null when the quote is shorter than a shingle. A text holding the quote has
 * this hash among its shingles (see `asStored`).
 */
export function quoteStartOf(quote: string): number | null {
  const words = wordsOf(quote);
  return words.length < SHINGLE_WORDS ? null : fnv1a(words.slice(0, SHINGLE_WORDS).join(' ')) | 0;
}

/** Shingle hashes as the quote index stores them (signed 32-bit). */
export const asStored = (shingles: ReadonlySet<number>): number[] => [...shingles].map((h) => h | 0);

/** One fixed seed per hash function, so signatures are the same on every machine and every run. */
const SEEDS = Array.from({ length: BANDS * ROWS }, (_, i) => fmix32(0x9e3779b9 ^ Math.imul(i + 1, 0x27d4eb2f)));

/** The MinHash signature: per hash function, the least hash of any shingle. */
export function signatureOf(shingles: ReadonlySet<number>): Uint32Array {
  const sig = new Uint32Array(SEEDS.length).fill(0xffffffff);
  for (const s of shingles) {
    for (let i = 0; i < SEEDS.length; i++) {
      const h = fmix32(s ^ SEEDS[i]);
      if (h < sig[i]) sig[i] = h;
    }
  }
  return sig;
}

/** The LSH buckets of a signature, one per band, as signed 32-bit integers (an INTEGER column on both databases). */
export function bucketsOf(sig: Uint32Array): number[] {
  const out: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = fmix32(b + 1);
    for (let r = 0; r < ROWS; r++) h = fmix32(h ^ sig[b * ROWS + r]) + r;
    out.push(h | 0);
  }
  return out;
}

function shared(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const s of small) if (large.has(s)) n++;
  return n;
}

/** Resemblance (Jaccard similarity) of two shingle sets: shared over all. What LSH estimates. */
export function resemblance(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  return a.size + b.size === 0 ? 0 : shared(a, b) / (a.size + b.size - shared(a, b));
}

/**
 * Overlap of two shingle sets: the share of the smaller set found in the other. A shortened
 * copy, or a copy with paragraphs of its own added, overlaps the original almost fully even when
 * their resemblance is low; what the auditor judges by and shows as "shares N% of its text".
 */
export function overlap(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  const smaller = Math.min(a.size, b.size);
  return smaller === 0 ? 0 : shared(a, b) / smaller;
}

/** The SHA-256 of a text as stored (UTF-8), in hexadecimal: what a citation can prove it quoted. */
export const sha256Of = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** The signature as stored: each hash as 8 hexadecimal digits. */
export const signatureHex = (sig: Uint32Array): string => [...sig].map((h) => h.toString(16).padStart(8, '0')).join('');

/**
 * The resemblance two stored signatures estimate: the share of hash functions whose least hash
 * is the same. Screens LSH candidates before their texts are read (a pair of resemblance 0.2
 * estimates below MIN_ESTIMATE with probability about 0.01).
 */
export function estimatedResemblance(a: string, b: string): number {
  let same = 0;
  for (let i = 0; i < a.length; i += 8) if (a.slice(i, i + 8) === b.slice(i, i + 8)) same++;
  return same / (a.length / 8);
}

/** Candidates whose signatures estimate less resemblance than this are not read. */
export const MIN_ESTIMATE = 0.1;

/** What the index keeps of a text: its hash, and its signature and buckets when it is long enough to fingerprint. */
export interface Fingerprint {
  readonly sha256: string;
  readonly shingles: ReadonlySet<number>;
  readonly signature: string | null;
  readonly buckets: readonly number[];
}

export function fingerprintOf(text: string): Fingerprint {
  const shingles = shinglesOf(text);
  const sig = shingles.size >= MIN_SHINGLES ? signatureOf(shingles) : null;
  return {
    sha256: sha256Of(text),
    shingles,
    signature: sig && signatureHex(sig),
    buckets: sig ? bucketsOf(sig) : [],
  };
}
