import { mkdir, readFile, readdir, rename, unlink, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { build } from 'esbuild';
import type { Plugin } from 'esbuild';
import countries from 'world-countries';
import { ASSET_FILES, ASSET_SOURCES, assetsDir, clientDir, isChunk } from './explorer-paths';

/**
 * How long a chunk no build writes any more is kept: a page opened before a rebuild (or a
 * redeploy) still loads its own chunks, some only when used (the network page's Cytoscape.js).
 */
export const RETIRED_CHUNK_MS = 24 * 60 * 60 * 1000;

/** Chunks no longer written, with when a build first found them unused (ms since the epoch). */
export const RETIRED_FILE = 'retired-chunks.json';

/**
 * Bundles the pages' browser code (TypeScript; Cytoscape.js, d3-geo and the world atlas from
 * node_modules) and their stylesheets with esbuild into dist/explorer/: the pages need no CDN and
 * work offline. The scripts are ES modules split into chunks, so each page loads only its own
 * code (the map never loads Cytoscape.js) and what pages share is loaded once.
 *
 * Files are written to a temporary name and renamed, so a server reading them while another
 * process rebuilds (`npm run build` in a test beside the explorer's own test) never serves half
 * a file.
 */
export async function buildExplorer(outDir: string = assetsDir()): Promise<string[]> {
  const src = clientDir();
  const result = await build({
    entryPoints: (Object.keys(ASSET_FILES) as (keyof typeof ASSET_FILES)[]).map((k) => ({
      in: join(src, ASSET_SOURCES[k]),
      out: ASSET_FILES[k].replace(/\.(js|css)$/, ''),
    })),
    outdir: outDir,
    bundle: true,
    splitting: true,
    chunkNames: 'chunk-[hash]',
    minify: true,
    format: 'esm',
    target: ['es2020'],
    platform: 'browser',
    legalComments: 'eof',
    write: false,
    logLevel: 'silent',
    plugins: [countryTable],
  });
  await mkdir(outDir, { recursive: true });
  const written: string[] = [];
  for (const file of result.outputFiles) {
    const temp = `${file.path}.${process.pid}.tmp`;
    await writeFile(temp, file.contents);
    await rename(temp, file.path);
    written.push(file.path);
  }
  await pruneChunks(outDir, new Set(written.map((f) => basename(f))));
  return written;
}

/** Kosovo's code in the knowledge base (the gazetteer's); world-countries calls it UNK. */
const KB_CODES: Record<string, string> = { UNK: 'XKX' };

/**
 * The map's country table (explorer/map/ imports `supplyline:country-table`), made at build time
 * from world-countries: ISO alpha-3 → [ISO numeric, longitude, latitude, common name]. A few
 * kilobytes instead of the whole package in the browser.
 */
const countryTable: Plugin = {
  name: 'country-table',
  setup(b) {
    b.onResolve({ filter: /^supplyline:country-table$/ }, (args) => ({ path: args.path, namespace: 'country-table' }));
    b.onLoad({ filter: /.*/, namespace: 'country-table' }, () => {
      const table: Record<string, [string, number, number, string]> = {};
      for (const c of countries) {
        const [lat, lon] = c.latlng;
        const row: [string, number, number, string] = [
          c.ccn3,
          Math.round(lon * 10) / 10,
          Math.round(lat * 10) / 10,
          c.name.common,
        ];
        table[c.cca3] = row;
        if (KB_CODES[c.cca3]) table[KB_CODES[c.cca3]] = row;
      }
      return { contents: `export default ${JSON.stringify(table)};`, loader: 'js' };
    });
  },
};

/**
 * Chunks of earlier builds are retired, not deleted: the first build that no longer writes one
 * notes the time in retired-chunks.json, and a later build deletes it once RETIRED_CHUNK_MS has
 * passed since then (a chunk's own mtime says when it was last built, not when it stopped being
 * used).
 */
async function pruneChunks(dir: string, keep: ReadonlySet<string>, now = Date.now()): Promise<void> {
  const file = join(dir, RETIRED_FILE);
  let retired: Record<string, number> = {};
  try {
    retired = JSON.parse(await readFile(file, 'utf8')) as Record<string, number>;
  } catch {
    // none yet (or unreadable: every unused chunk starts its grace period now)
  }
  const next: Record<string, number> = {};
  for (const name of await readdir(dir)) {
    if (!isChunk(name) || keep.has(name)) continue;
    const since = typeof retired[name] === 'number' ? retired[name] : now;
    if (now - since > RETIRED_CHUNK_MS) await unlink(join(dir, name)).catch(() => undefined);
    else next[name] = since;
  }
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, `${JSON.stringify(next, null, 2)}\n`);
  await rename(temp, file);
}
