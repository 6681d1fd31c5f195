'use strict';
/**
 * What dist/ is built from, and whether it still is. `npm run build` records the SHA-256 of
 * every input it read in dist/build-inputs.json; `npm start` and the command-line tools
 * (scripts/run.js) hash the inputs again and compare before they run. Contents, not times: a
 * checkout or a copy that rewrites a file unchanged leaves dist/ fresh, and an edit is seen
 * whatever the clocks say. About 340 files, 1.5 MB: some 20 to 40 ms.
 */
const { createHash } = require('node:crypto');
const { readdirSync, readFileSync, renameSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const ROOT = join(__dirname, '..');
/** What tsc compiles (src, migrations) and esbuild bundles (explorer), and what configures them. */
const INPUT_DIRS = ['src', 'migrations', 'explorer'];
const INPUT_FILES = ['package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json'];
const MANIFEST = 'dist/build-inputs.json';

/** Files a build reads: code, styles, configuration; not tests (*.spec.ts), dotfiles or editors' files. */
const isInput = (name) =>
  !name.startsWith('.') && !name.endsWith('.spec.ts') && /\.(ts|tsx|js|cjs|mjs|json|css|html)$/.test(name);

function walk(root, dir, out) {
  let entries;
  try {
    entries = readdirSync(join(root, dir), { withFileTypes: true });
  } catch (e) {
    if (e.code === 'ENOENT') return;
    throw e;
  }
  for (const e of entries) {
    const path = `${dir}/${e.name}`;
    if (e.isDirectory()) {
      if (!e.name.startsWith('.') && e.name !== 'node_modules') walk(root, path, out);
    } else if (e.isFile() && isInput(e.name)) out.push(path);
  }
}

/** Every input under root, by its path (with /), with the SHA-256 of its content. */
function inputs(root = ROOT) {
  const files = [];
  for (const dir of INPUT_DIRS) walk(root, dir, files);
  const hashes = {};
  for (const file of [...files, ...INPUT_FILES].sort()) {
    let content;
    try {
      content = readFileSync(join(root, file));
    } catch (e) {
      if (e.code === 'ENOENT') continue;
      throw e;
    }
    hashes[file] = createHash('sha256').update(content).digest('hex');
  }
  return hashes;
}

/** Writes the record of a build's inputs (whole or not at all: a reader never sees half of it). */
function record(root, hashes) {
  const file = join(root, MANIFEST);
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify({ builtAt: new Date().toISOString(), inputs: hashes }, null, 1)}\n`);
  renameSync(temp, file);
}

/**
 * Why dist/ is not what a build of root's sources makes now — { missing: true } when no build
 * was recorded, { changed: ['src/a.ts changed', …] } when inputs differ — or null when it is.
 */
function staleness(root = ROOT) {
  let recorded;
  try {
    recorded = JSON.parse(readFileSync(join(root, MANIFEST), 'utf8')).inputs;
  } catch {
    return { missing: true, changed: [] };
  }
  if (!recorded || typeof recorded !== 'object') return { missing: true, changed: [] };
  const now = inputs(root);
  const changed = [];
  for (const [file, hash] of Object.entries(now)) {
    if (recorded[file] !== hash) changed.push(`${file} ${file in recorded ? 'changed' : 'added'}`);
  }
  for (const file of Object.keys(recorded)) if (!(file in now)) changed.push(`${file} removed`);
  return changed.length ? { missing: false, changed } : null;
}

module.exports = { ROOT, MANIFEST, inputs, record, staleness };
