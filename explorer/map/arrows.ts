import { r1, svgEl } from '../svg';
import { verdictStyle } from './verdicts';

/**
 * Curved arrows between two points: a quadratic curve bent to the left of its direction (so the
 * flows A→B and B→A bend apart), its ends pulled back from the points, and an arrowhead marker
 * per verdict colour and size (shared by the arrows that need the same one).
 */
export type Point = [number, number];

export interface Curve {
  d: string;
  /** The curve's middle, for a label or a hit. */
  mid: Point;
}

/** Head length over stroke width, and its least length in pixels. */
const HEAD_RATIO = 2.4;
const HEAD_MIN = 7;
/** Share of the head that lies beyond the line's end (the rest covers the line's blunt end). */
const HEAD_OUT = 0.7;

export const headSize = (width: number) => Math.max(HEAD_MIN, Math.round(HEAD_RATIO * width));

/**
 * The arrow from `a` to `b`, bent by `bend` (share of its length), starting `gapStart` px after
 * `a` and ending so that its head's tip stops `gapEnd` px before `b`.
 */
export function curve(a: Point, b: Point, bend: number, width: number, gapStart = 4, gapEnd = 5): Curve | null {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const length = Math.hypot(dx, dy);
  const pull = gapStart + gapEnd + headSize(width) * HEAD_OUT;
  if (length < pull + 4) return null;
  // Left of the direction (screen coordinates: y down).
  const c: Point = [(a[0] + b[0]) / 2 + dy * bend, (a[1] + b[1]) / 2 - dx * bend];
  const toward = (from: Point, to: Point, by: number): Point => {
    const [ux, uy] = [to[0] - from[0], to[1] - from[1]];
    const n = Math.hypot(ux, uy) || 1;
    return [from[0] + (ux / n) * by, from[1] + (uy / n) * by];
  };
  const start = toward(a, c, gapStart);
  const end = toward(b, c, gapEnd + headSize(width) * HEAD_OUT);
  const mid: Point = [0.25 * start[0] + 0.5 * c[0] + 0.25 * end[0], 0.25 * start[1] + 0.5 * c[1] + 0.25 * end[1]];
  return { d: `M${r1(start[0])},${r1(start[1])}Q${r1(c[0])},${r1(c[1])} ${r1(end[0])},${r1(end[1])}`, mid };
}

/** The arrowheads of one drawing, made as they are first needed. */
export class Markers {
  private readonly made = new Set<string>();

  constructor(private readonly defs: SVGDefsElement) {}

  /** The marker's reference (url(#…)) for this verdict and line width. */
  ref(verdict: string, width: number): string {
    const size = headSize(width);
    const id = `head-${verdict.toLowerCase()}-${size}`;
    if (!this.made.has(id)) {
      this.made.add(id);
      this.defs.append(
        svgEl(
          'marker',
          {
            id,
            viewBox: '0 0 10 10',
            refX: r1(10 * (1 - HEAD_OUT)),
            refY: 5,
            markerUnits: 'userSpaceOnUse',
            markerWidth: size,
            markerHeight: Math.max(size * 0.9, width + 4),
            orient: 'auto',
            preserveAspectRatio: 'none',
          },
          svgEl('path', { d: 'M0,0L10,5L0,10z', fill: verdictStyle(verdict).colour }),
        ),
      );
    }
    return `url(#${id})`;
  }
}
