import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { ASSET_FILES, assetsDir, clientDir } from './explorer-paths';

/**
 * Bundles the explorer's browser code (TypeScript, Cytoscape.js from node_modules) and its
 * stylesheet, and the draft page's (explorer/draft/), with esbuild into dist/explorer/: the pages
 * need no CDN and work offline.
 *
 * Files are written to a temporary name and renamed, so a server reading them while another
 * process rebuilds (`npm run build` in a test beside the explorer's own test) never serves half
 * a file.
 */
export async function buildExplorer(outDir: string = assetsDir()): Promise<string[]> {
  const src = clientDir();
  const result = await build({
    entryPoints: [
      { in: join(src, 'main.ts'), out: ASSET_FILES.script.replace(/\.js$/, '') },
      { in: join(src, 'explorer.css'), out: ASSET_FILES.style.replace(/\.css$/, '') },
      { in: join(src, 'draft', 'main.ts'), out: ASSET_FILES.draftScript.replace(/\.js$/, '') },
      { in: join(src, 'draft', 'draft.css'), out: ASSET_FILES.draftStyle.replace(/\.css$/, '') },
    ],
    outdir: outDir,
    bundle: true,
    minify: true,
    format: 'iife',
    target: ['es2020'],
    platform: 'browser',
    legalComments: 'eof',
    write: false,
    logLevel: 'silent',
  });
  await mkdir(outDir, { recursive: true });
  const written: string[] = [];
  for (const file of result.outputFiles) {
    const temp = `${file.path}.${process.pid}.tmp`;
    await writeFile(temp, file.contents);
    await rename(temp, file.path);
    written.push(file.path);
  }
  return written;
}
