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

/** The browser code's entry point and stylesheet (TypeScript and CSS, bundled by esbuild). */
export const clientDir = (root = repositoryRoot()) => join(root, 'explorer');

/** The built bundle and stylesheet (git-ignored, made by `npm run build`). */
export const assetsDir = (root = repositoryRoot()) => join(root, 'dist', 'explorer');

/** The files the page loads, by the name they are served under /explorer/. */
export const ASSET_FILES = { script: 'explorer.js', style: 'explorer.css' } as const;
