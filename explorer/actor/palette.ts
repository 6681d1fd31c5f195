import { svgEl as s } from '../svg';

/**
 * The timeline's colours and shades. Each category keeps its colour on every chart of the page;
 * each verdict has its own fill, told apart without colour too (for print in grey and colour
 * blindness): corroborated solid, single source a light tint within an outline of the colour, contested hatched, unsupported an
 * outline only.
 */
export const CATEGORY_COLOURS: Record<string, string> = {
  AIRCRAFT: '#1f77b4',
  AIR_DEFENCE: '#138a99',
  AMMUNITION: '#d62728',
  ARMOURED_VEHICLES: '#8c564b',
  ARTILLERY: '#e6550d',
  ENGINES: '#636363',
  FINANCE: '#8c8c00',
  LABOUR: '#c2409a',
  MISSILES_AND_ROCKETS: '#9467bd',
  NAVAL_WEAPONS: '#393b79',
  OTHER: '#9e9e9e',
  OTHER_MATERIEL: '#637939',
  SATELLITES: '#843c39',
  SENSORS: '#31a354',
  SHIPS: '#6baed6',
  SMALL_ARMS: '#7b4173',
  UAV: '#d9a400',
};

export const colourOf = (category: string) => CATEGORY_COLOURS[category] ?? '#555';

export const VERDICT_SHADES: Record<string, string> = {
  CORROBORATED: 'solid',
  SINGLE_SOURCE: 'light tint',
  CONTESTED: 'hatched',
  UNSUPPORTED: 'outline only',
};

/** The hatching pattern of one colour, with an id unique on the page. */
export function hatch(id: string, colour: string): SVGPatternElement {
  return s(
    'pattern',
    { id, width: 5, height: 5, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
    s('rect', { width: 5, height: 5, fill: '#fff' }),
    s('line', { x1: 0, y1: 0, x2: 0, y2: 5, stroke: colour, 'stroke-width': 3 }),
  );
}

/** The fill attributes of a segment of this colour and verdict (`hatchId`: the colour's pattern). */
export function shade(colour: string, verdict: string, hatchId: string): Record<string, string | number> {
  switch (verdict) {
    case 'CORROBORATED':
      return { fill: colour };
    case 'SINGLE_SOURCE':
      return { fill: colour, 'fill-opacity': 0.45, stroke: colour, 'stroke-width': 1.5 };
    case 'CONTESTED':
      return { fill: `url(#${hatchId})` };
    default:
      return { fill: '#fff', stroke: colour, 'stroke-width': 1.5, 'stroke-dasharray': '3 2' };
  }
}

let swatches = 0;

/** A small square in the legend: a category's colour, or a verdict's shade in neutral grey. */
export function swatch(colour: string, verdict = 'CORROBORATED'): SVGSVGElement {
  const id = `swatch-hatch-${++swatches}`;
  return s(
    'svg',
    { class: 'swatch-box', width: 16, height: 16, viewBox: '0 0 16 16', 'aria-hidden': 'true', focusable: 'false' },
    verdict === 'CONTESTED' ? s('defs', {}, hatch(id, colour)) : null,
    s('rect', { x: 1, y: 1, width: 14, height: 14, ...shade(colour, verdict, id) }),
  );
}
