import { buildExplorer } from '../explorer/explorer-build';

/** Part of `npm run build`: bundles the explorer page's browser code into dist/explorer/ (quiet on success, like tsc). */
buildExplorer().catch((e) => {
  process.stderr.write(`explorer build failed: ${e instanceof Error ? e.message : e}\n`);
  process.exit(1);
});
