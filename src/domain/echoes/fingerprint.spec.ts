import {
  BANDS,
  MIN_SHINGLES,
  asStored,
  fingerprintOf,
  overlap,
  quoteStartOf,
  resemblance,
  sha256Of,
  shinglesOf,
  wordsOf,
} from './fingerprint';

const TEXT =
  'Iranian military personnel have been sent to Russian-occupied Crimea to help Russian troops launch Iranian-made ' +
  'drones at targets in Ukraine, the White House said on Thursday, accusing Tehran of taking a direct part in the war. ' +
  'National Security Council spokesman John Kirby told reporters that a relatively small number of Iranians were in ' +
  'Crimea training Russian operators and giving technical support for Shahed-136 attack drones.';

describe('text fingerprints', () => {
  it('reads words as the search index does: letters and digits, folded, typesetting ignored', () => {
    expect(wordsOf('“Shahed-136” drones — Kyiv’s café')).toEqual(['shahed', '136', 'drones', 'kyiv', 's', 'cafe']);
  });

  it('is deterministic and hashes the text as stored (UTF-8)', () => {
    expect(fingerprintOf(TEXT)).toEqual(fingerprintOf(TEXT));
    expect(sha256Of('é')).toBe('4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c');
    expect(sha256Of('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('gives every band a bucket for a text long enough, and none for a short one', () => {
    expect(shinglesOf(TEXT).size).toBeGreaterThanOrEqual(MIN_SHINGLES);
    expect(fingerprintOf(TEXT).buckets).toHaveLength(BANDS);
    expect(fingerprintOf('Kirby said so on Thursday.').buckets).toEqual([]);
  });

  it('puts a lightly edited copy in a shared bucket, and measures it', () => {
    const copy = TEXT.replace('on Thursday', 'on Thursday evening').replace('a relatively small', 'a small');
    const a = fingerprintOf(TEXT);
    const b = fingerprintOf(copy);
    expect(a.buckets.some((x) => b.buckets.includes(x))).toBe(true);
    expect(overlap(a.shingles, b.shingles)).toBeGreaterThan(0.8);
    expect(resemblance(a.shingles, b.shingles)).toBeLessThanOrEqual(overlap(a.shingles, b.shingles));
  });

  it('judges a shortened copy by overlap: all of it is in the original', () => {
    const half = TEXT.slice(0, TEXT.indexOf('National Security'));
    const a = shinglesOf(TEXT);
    const b = shinglesOf(half);
    expect(overlap(a, b)).toBe(1);
    expect(resemblance(a, b)).toBeLessThan(0.6);
  });

  it("finds a quote's first words among the shingles of a text that holds it", () => {
    const quote = 'giving technical support for Shahed-136 attack drones';
    expect(asStored(shinglesOf(TEXT))).toContain(quoteStartOf(quote));
    expect(asStored(shinglesOf('Something else entirely, written for this test.'))).not.toContain(quoteStartOf(quote));
    expect(quoteStartOf('too short')).toBeNull();
  });
});
