/**
 * Modules the map imports that TypeScript cannot read by itself: the country table the build makes
 * from world-countries (src/tools/explorer/explorer-build.ts), and the world atlas's TopoJSON.
 */
declare module 'supplyline:country-table' {
  /** ISO alpha-3 → [ISO numeric ("643"; "" when none), longitude, latitude, common name]. */
  const table: Record<string, [string, number, number, string]>;
  export default table;
}

declare module 'world-atlas/countries-110m.json' {
  import type { Topology } from 'topojson-specification';
  const atlas: Topology;
  export default atlas;
}
