import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Where the explorer's sources and built assets live. The server runs from `src/` under jest and
 * from `dist/src/` after `npm run build`, so paths are found from the repository root (the first
 * folder above this file that holds package.json), not relative to the compiled file.
 */
export function repositoryRoot(from: string = __dirname): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`No package.json above ${from}`);
    dir = up;
  }
  return dir;
}

/** The browser code's entry points and stylesheets (TypeScript and CSS, bundled by esbuild); the draft page's in draft/. */
export const clientDir = (root = repositoryRoot()) => join(root, 'explorer');

/** The built bundle and stylesheet (git-ignored, made by `npm run build`). */
export const assetsDir = (root = repositoryRoot()) => join(root, 'dist', 'explorer');

/** The files the pages load, by the name they are served under /explorer/: the explorer's, then the draft page's. */
export const ASSET_FILES = {
  script: 'explorer.js',
  style: 'explorer.css',
  draftScript: 'draft.js',
  draftStyle: 'draft.css',
} as const;
