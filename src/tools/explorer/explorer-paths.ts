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

/** The browser code's entry points and stylesheets (TypeScript and CSS, bundled by esbuild): explorer/, one folder per page beside the network's. */
export const clientDir = (root = repositoryRoot()) => join(root, 'explorer');

/** The built bundles and stylesheets (git-ignored, made by `npm run build`). */
export const assetsDir = (root = repositoryRoot()) => join(root, 'dist', 'explorer');

/**
 * The pages' entry files, by the name they are served under /explorer/, with their sources under
 * explorer/. Scripts are ES modules: what two pages share (the API client, the year control) is
 * split into chunks named for their content (chunk-<hash>.js), loaded by the entries.
 */
export const ASSET_FILES = {
  script: 'explorer.js',
  style: 'explorer.css',
  mapScript: 'map.js',
  mapStyle: 'map.css',
  actorScript: 'actor.js',
  actorStyle: 'actor.css',
  draftScript: 'draft.js',
  draftStyle: 'draft.css',
} as const;

/** Each entry file's source, relative to explorer/. */
export const ASSET_SOURCES: Record<keyof typeof ASSET_FILES, string> = {
  script: 'main.ts',
  style: 'explorer.css',
  mapScript: 'map/main.ts',
  mapStyle: 'map/map.css',
  actorScript: 'actor/main.ts',
  actorStyle: 'actor/actor.css',
  draftScript: 'draft/main.ts',
  draftStyle: 'draft/draft.css',
};

/** The shape of every file the build writes: entries and content-named chunks. */
export const ASSET_NAME = /^[A-Za-z0-9_-]+\.(js|css)$/;

/** Chunks are named for their content, so they may be cached for good. */
export const isChunk = (name: string) => name.startsWith('chunk-');
