import { enumLabel } from '../../src/core/util/enum-labels';

/**
 * How an arrow shows the strongest verdict behind its flow: colour and line pattern, so it reads
 * without colour too (and in print). Colours keep 3:1 contrast against the land and the sea.
 */
export interface VerdictStyle {
  colour: string;
  /** The dash pattern for a line of width w (null: solid). */
  dash(w: number): string | null;
  /** Round caps turn a dash pattern of zero-length dashes into dots. */
  cap: 'butt' | 'round';
  meaning: string;
}

export const VERDICTS: Record<string, VerdictStyle> = {
  CORROBORATED: {
    colour: '#1b6e3a',
    dash: () => null,
    cap: 'butt',
    meaning: 'two or more independent voices, none disputing',
  },
  SINGLE_SOURCE: {
    colour: '#1f4e9c',
    dash: () => null,
    cap: 'butt',
    meaning: 'one independent voice (a SIPRI release counts as one)',
  },
  CONTESTED: {
    colour: '#b3261e',
    dash: (w) => `${Math.round(2.5 * w + 4)} ${Math.round(1.2 * w + 3)}`,
    cap: 'butt',
    meaning: 'at least one voice disputes it',
  },
  UNSUPPORTED: {
    colour: '#5f6368',
    dash: (w) => `0.1 ${Math.round(1.6 * w + 3)}`,
    cap: 'round',
    meaning: 'no voice supports it',
  },
};

export const VERDICT_ORDER = ['CORROBORATED', 'SINGLE_SOURCE', 'CONTESTED', 'UNSUPPORTED'];

export const verdictStyle = (v: string): VerdictStyle => VERDICTS[v] ?? VERDICTS.UNSUPPORTED;

export const verdictLabel = (v: string) => enumLabel(v);
