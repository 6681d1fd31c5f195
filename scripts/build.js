'use strict';
/**
 * `npm run build`, and `prepare` (which `npm ci` and `npm install` run): compiles src/ and
 * migrations/ to dist/ with tsc, bundles the explorer pages, then records the inputs it built
 * from (dist/build-inputs.json) for `npm start` and the tools to check. Quiet on success.
 */
const { spawnSync } = require('node:child_process');
const { ROOT, inputs, record } = require('./build-inputs');

let tsc;
try {
  tsc = require.resolve('typescript/bin/tsc', { paths: [ROOT] });
} catch {
  // An install without the dev dependencies (npm ci --omit=dev, for a dist/ built elsewhere) runs
  // `prepare` too: it must not fail there. `npm run build` itself does.
  const atInstall = process.env.npm_lifecycle_event === 'prepare';
  process.stderr.write(
    `build: TypeScript is not installed; the build needs the dev dependencies (npm ci).${atInstall ? ' Not building.' : ''}\n`,
  );
  process.exit(atInstall ? 0 : 1);
}

// The inputs as the build is about to read them: a file saved while it runs is seen as changed
// afterwards, and the next start asks for another build.
const before = inputs(ROOT);
for (const args of [[tsc, '-p', 'tsconfig.build.json'], ['dist/src/tools/cli/build-explorer.js']]) {
  const run = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
record(ROOT, before);
