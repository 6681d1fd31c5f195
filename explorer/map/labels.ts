import type { Point } from './arrows';

/**
 * Country labels that do not collide: the heaviest countries first, each tried right, left, above
 * and below its point, kept only where it overlaps no label already placed and stays inside the
 * picture. Pure: text widths are estimated from the font size.
 */
export interface LabelWish {
  code: string;
  text: string;
  at: Point;
  /** Heavier first. */
  weight: number;
}

export interface PlacedLabel {
  code: string;
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'end' | 'middle';
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

export function placeLabels(
  wishes: LabelWish[],
  size: { width: number; height: number },
  fontSize: number,
  max = 30,
  /** Points already taken (the ends' dots), which a label must not cover. */
  dots: Point[] = [],
): PlacedLabel[] {
  const taken: Box[] = dots.map(([x, y]) => ({ x0: x - 3, y0: y - 3, x1: x + 3, y1: y + 3 }));
  const out: PlacedLabel[] = [];
  const gap = 6;
  for (const w of [...wishes].sort((a, b) => b.weight - a.weight)) {
    if (out.length >= max) break;
    const width = 0.56 * fontSize * w.text.length + 4;
    const height = fontSize * 1.15;
    const [x, y] = w.at;
    const tries: [PlacedLabel, Box][] = [
      [
        { ...w, x: x + gap, y: y + fontSize * 0.35, anchor: 'start' },
        { x0: x + gap, y0: y - height / 2, x1: x + gap + width, y1: y + height / 2 },
      ],
      [
        { ...w, x: x - gap, y: y + fontSize * 0.35, anchor: 'end' },
        { x0: x - gap - width, y0: y - height / 2, x1: x - gap, y1: y + height / 2 },
      ],
      [
        { ...w, x, y: y - gap, anchor: 'middle' },
        { x0: x - width / 2, y0: y - gap - height, x1: x + width / 2, y1: y - gap },
      ],
      [
        { ...w, x, y: y + gap + fontSize * 0.8, anchor: 'middle' },
        { x0: x - width / 2, y0: y + gap, x1: x + width / 2, y1: y + gap + height },
      ],
    ];
    const fit = tries.find(
      ([, box]) =>
        box.x0 >= 0 &&
        box.y0 >= 0 &&
        box.x1 <= size.width &&
        box.y1 <= size.height &&
        !taken.some((t) => overlaps(t, box)),
    );
    if (!fit) continue;
    taken.push(fit[1]);
    out.push({ code: w.code, text: w.text, x: fit[0].x, y: fit[0].y, anchor: fit[0].anchor });
  }
  return out;
}
