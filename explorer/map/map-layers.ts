import type { GeoPath } from 'd3-geo';
import { Markers, curve } from './arrows';
import type { Point } from './arrows';
import type { CountryFlow, MapEnd } from './flows';
import { plural, tivText, withoutTivText } from './format';
import { placeLabels } from './labels';
import { strokeScale, weightOf } from './selection';
import type { WeightMode } from './selection';
import { r1, svgEl } from '../svg';
import { verdictLabel, verdictStyle } from './verdicts';
import type { CountryShape } from './world';

/**
 * The map's layers, bottom to top: the countries, the flows as curved arrows (heaviest drawn
 * first, so thin ones stay visible on top), the flows' ends as dots, and the labels.
 */

export function countryLayer(
  shapes: CountryShape[],
  path: GeoPath,
  inFlows: ReadonlySet<string>,
  centreAt: string | null,
): SVGGElement {
  const g = svgEl('g', { class: 'countries' });
  for (const s of shapes) {
    const d = path(s.feature);
    if (!d) continue;
    const classes = ['country'];
    if (s.code && inFlows.has(s.code)) classes.push('in-flows');
    if (s.code && s.code === centreAt) classes.push('centre');
    g.append(
      svgEl('path', { d, class: classes.join(' '), 'data-code': s.code ?? undefined }, svgEl('title', {}, s.name)),
    );
  }
  return g;
}

export interface FlowLayer {
  layer: SVGGElement;
  /** Flows drawn as arrows. */
  drawn: CountryFlow[];
  /** Flows whose two ends are too close for an arrow at this scale (neighbours; a former state and its successor). */
  tooClose: CountryFlow[];
}

export function flowLayer(
  flows: CountryFlow[],
  ends: Map<string, MapEnd>,
  pointOf: (end: string) => Point | null,
  weight: WeightMode,
  defs: SVGDefsElement,
  /** The widest line, in px (narrower on a narrow map). */
  maxWidth = 14,
): FlowLayer {
  // Hundreds of arrows read as density: each is drawn fainter.
  const g = svgEl('g', { class: flows.length > 150 ? 'flows dense' : 'flows' });
  const markers = new Markers(defs);
  const width = strokeScale(
    flows.reduce((m, f) => Math.max(m, weightOf(f, weight)), 0),
    maxWidth,
  );
  const bends = new Map<string, number>();
  const drawn: CountryFlow[] = [];
  const tooClose: CountryFlow[] = [];
  for (const f of flows) {
    const [a, b] = [pointOf(f.from), pointOf(f.to)];
    if (!a || !b) continue;
    const w = width(weightOf(f, weight));
    // Flows between the same two places (the Soviet Union's and Russia's to India) fan out.
    const pair = `${Math.round(a[0])},${Math.round(a[1])}>${Math.round(b[0])},${Math.round(b[1])}`;
    const n = bends.get(pair) ?? 0;
    bends.set(pair, n + 1);
    const c = curve(a, b, 0.16 + 0.1 * n, w);
    if (!c) {
      tooClose.push(f);
      continue;
    }
    const style = verdictStyle(f.verdict);
    const names = `${ends.get(f.from)?.name ?? f.from} → ${ends.get(f.to)?.name ?? f.to}`;
    const tiv =
      f.tiv === null
        ? ''
        : ` · TIV ${tivText(f.tiv)}${f.dealsWithoutTiv ? ` (${withoutTivText(f.dealsWithoutTiv, f.deals)})` : ''}`;
    g.append(
      svgEl(
        'path',
        {
          class: 'flow',
          d: c.d,
          fill: 'none',
          stroke: style.colour,
          'stroke-width': r1(w),
          'stroke-dasharray': style.dash(w) ?? undefined,
          'stroke-linecap': style.cap,
          'marker-end': markers.ref(f.verdict, w),
          'data-flow': f.id,
          'data-verdict': f.verdict,
        },
        svgEl(
          'title',
          {},
          `${names}: ${plural(f.deals, 'deal')}${tiv} · strongest verdict ${verdictLabel(f.verdict).toLowerCase()}`,
        ),
      ),
    );
    drawn.push(f);
  }
  return { layer: g, drawn, tooClose };
}

export function endLayer(
  codes: Iterable<string>,
  ends: Map<string, MapEnd>,
  pointOf: (end: string) => Point | null,
  centreEnd: string | null,
): SVGGElement {
  const g = svgEl('g', { class: 'ends' });
  for (const code of codes) {
    const p = pointOf(code);
    const end = ends.get(code);
    if (!p || !end) continue;
    const centre = code === centreEnd;
    g.append(
      svgEl(
        'circle',
        {
          class: centre ? 'end centre-end' : 'end',
          cx: r1(p[0]),
          cy: r1(p[1]),
          r: centre ? 5 : 3.5,
          'data-code': code,
        },
        svgEl('title', {}, centre ? `${end.name} (the centre)` : `${end.name}: click to centre the map here`),
      ),
    );
  }
  return g;
}

export function labelLayer(
  weights: Map<string, number>,
  ends: Map<string, MapEnd>,
  pointOf: (end: string) => Point | null,
  size: { width: number; height: number },
  fontSize: number,
): SVGGElement {
  const g = svgEl('g', { class: 'labels' });
  const wishes = [...weights].flatMap(([code, weight]) => {
    const at = pointOf(code);
    const end = ends.get(code);
    return at && end ? [{ code, text: end.name, at, weight }] : [];
  });
  const dots = wishes.map((w) => w.at);
  for (const l of placeLabels(wishes, size, fontSize, Math.max(8, Math.round(size.width / 40)), dots))
    g.append(
      svgEl(
        'text',
        { x: r1(l.x), y: r1(l.y), 'text-anchor': l.anchor, 'data-code': l.code, 'font-size': fontSize },
        l.text,
      ),
    );
  return g;
}
