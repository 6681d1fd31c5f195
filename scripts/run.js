'use strict';
/**
 * `npm start` and the command-line tools: `node scripts/run.js dist/<file>.js [args…]` runs that
 * file of dist/ in this process, without building, once it has checked (scripts/build-inputs.js)
 * that dist/ is what `npm run build` makes of the sources as they are now. When it is not, or
 * was never built, it runs nothing: it says so, and what to run, and exits with STALE.
 * `node scripts/run.js --check` only checks: exit 0 when dist/ is fresh.
 */
const { existsSync } = require('node:fs');
const { resolve } = require('node:path');
const { ROOT, MANIFEST, staleness } = require('./build-inputs');

/** The exit code of a refusal (the tools' own are 0, 1 and 2). */
const STALE = 3;

const [target, ...args] = process.argv.slice(2);
if (!target) {
  process.stderr.write('usage: node scripts/run.js dist/<file>.js [arguments] | --check\n');
  process.exit(2);
}
const file = resolve(ROOT, target === '--check' ? 'dist/src/app/main.js' : target);
const why = existsSync(file) ? staleness(ROOT) : { missing: true, changed: [] };
if (why) {
  const shown = why.changed.slice(0, 3).join(', ');
  const more = why.changed.length > 3 ? ` and ${why.changed.length - 3} more` : '';
  process.stderr.write(
    why.missing
      ? `supplyline: dist/ has not been built (no ${existsSync(file) ? MANIFEST : target}).\n` +
          'Run `npm run build` (npm ci runs it), then this command again.\n'
      : `supplyline: dist/ is out of date: ${shown}${more} since the last build.\n` +
          'Run `npm run build`, then this command again.\n',
  );
  process.exit(STALE);
}
if (target === '--check') process.exit(0);
// As if node had been given the file: it reads its own arguments from process.argv.slice(2).
process.argv = [process.argv[0], file, ...args];
require(file);
