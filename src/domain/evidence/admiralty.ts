import { registerEnumType } from 'type-graphql';

/**
 * The Admiralty (NATO) system grades evidence on two independent axes: how reliable the source
 * is (A–F, on the source) and how credible the piece of information is (1–6, on the citation).
 * In both, lower is better, and the last value means "cannot be judged" — the default.
 */
export enum Reliability {
  A = 'A',
  B = 'B',
  C = 'C',
  D = 'D',
  E = 'E',
  F = 'F',
}

export const RELIABILITY_MEANING: Record<Reliability, string> = {
  A: 'Completely reliable',
  B: 'Usually reliable',
  C: 'Fairly reliable',
  D: 'Not usually reliable',
  E: 'Unreliable',
  F: 'Reliability cannot be judged',
};

export const CREDIBILITY_MEANING: Record<number, string> = {
  1: 'Confirmed by other sources',
  2: 'Probably true',
  3: 'Possibly true',
  4: 'Doubtful',
  5: 'Improbable',
  6: 'Truth cannot be judged',
};

export const DEFAULT_RELIABILITY = Reliability.F;
export const DEFAULT_CREDIBILITY = 6;

registerEnumType(Reliability, {
  name: 'Reliability',
  description: 'Admiralty source reliability, A (best) to F (cannot be judged).',
  valuesConfig: Object.fromEntries(
    Object.entries(RELIABILITY_MEANING).map(([k, v]) => [k, { description: v }]),
  ) as Record<Reliability, { description: string }>,
});
