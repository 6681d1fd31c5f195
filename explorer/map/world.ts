import { geoArea, geoCentroid } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import table from 'supplyline:country-table';
import atlas from 'world-atlas/countries-110m.json';
import type { MapWorld } from './flows';

/**
 * The world the map is drawn on: Natural Earth's 1:110m country shapes (world-atlas, keyed by ISO
 * numeric code) joined to ISO alpha-3 codes through the build's country table. A country's place
 * is the centroid of its largest polygon (France in Europe, not in French Guiana; the United
 * States between its coasts), or, for a state too small for the 1:110m shapes (Singapore,
 * Bahrain, Malta…), the table's latitude and longitude.
 */

export type LonLat = [number, number];

export interface CountryShape {
  /** ISO alpha-3, or null for a shape without one (Northern Cyprus, Somaliland). */
  code: string | null;
  name: string;
  feature: Feature<Polygon | MultiPolygon>;
}

export interface World extends MapWorld {
  shapes: CountryShape[];
  /** Where a country is drawn, as longitude and latitude. */
  lonLat(code: string): LonLat | null;
}

/** Shapes the atlas gives no ISO numeric code, by the atlas's name. */
const NAMED_SHAPES: Record<string, string> = { Kosovo: 'XKX' };
/** Antarctica (no party of the arms trade; it would take a fifth of the picture). */
const LEFT_OUT = new Set(['010']);

function largestPolygonCentroid(f: Feature<Polygon | MultiPolygon>): LonLat {
  const g = f.geometry;
  if (g.type === 'Polygon') return geoCentroid(f) as LonLat;
  let best: Polygon = { type: 'Polygon', coordinates: g.coordinates[0] };
  let bestArea = -1;
  for (const coordinates of g.coordinates) {
    const p: Polygon = { type: 'Polygon', coordinates };
    const area = geoArea(p);
    if (area > bestArea) [best, bestArea] = [p, area];
  }
  return geoCentroid(best) as LonLat;
}

let world: World | null = null;

export function loadWorld(): World {
  if (world) return world;
  const byNumeric = new Map<string, string>();
  for (const [code, [numeric]] of Object.entries(table))
    if (numeric && !byNumeric.has(numeric)) byNumeric.set(numeric, code);
  const collection = feature(atlas, atlas.objects.countries as GeometryCollection<{ name: string }>);
  const shapes: CountryShape[] = [];
  const places = new Map<string, LonLat>();
  for (const f of collection.features) {
    const id = f.id === undefined ? '' : String(f.id);
    if (LEFT_OUT.has(id) || (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon')) continue;
    const name = f.properties?.name ?? '';
    const code = byNumeric.get(id) ?? NAMED_SHAPES[name] ?? null;
    const shape = f as Feature<Polygon | MultiPolygon>;
    shapes.push({ code, name, feature: shape });
    if (code) places.set(code, largestPolygonCentroid(shape));
  }
  for (const [code, [, lon, lat]] of Object.entries(table)) if (!places.has(code)) places.set(code, [lon, lat]);
  world = {
    shapes,
    lonLat: (code) => places.get(code.toUpperCase()) ?? null,
    known: (code) => places.has(code.toUpperCase()),
    name: (code) => table[code.toUpperCase()]?.[3] ?? null,
  };
  return world;
}
