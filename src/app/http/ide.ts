import { dirname, join } from 'node:path';
import express from 'express';
import type { Router } from 'express';
import { staticFile } from './static-files';
import { repositoryRoot } from '../../tools/explorer/explorer-paths';

/**
 * The GraphQL IDE (GraphiQL 3 on React 18), served from the server's own node_modules so it
 * works with no internet. Apollo's default landing page loads from a CDN and is turned off.
 */
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

export const IDE_ASSETS: Record<string, string> = {
  'react.production.min.js': join(packageDir('react'), 'umd', 'react.production.min.js'),
  'react-dom.production.min.js': join(packageDir('react-dom'), 'umd', 'react-dom.production.min.js'),
  'graphiql.min.js': join(packageDir('graphiql'), 'graphiql.min.js'),
  'graphiql.min.css': join(packageDir('graphiql'), 'graphiql.min.css'),
};

/**
 * Our accessibility fixes to GraphiQL's interface (contrast, names of its editors, its tabs and
 * history entries: docs/api.md), served beside it. Found from the repository root, as they are
 * not compiled (the server runs from src/ under jest, from dist/src/ after the build), and
 * revalidated on each load (no-cache) since they change with this repository, not with a package.
 */
const fixesDir = join(repositoryRoot(), 'src', 'app', 'http');
export const IDE_FIXES: Record<string, string> = {
  'ide-fixes.css': join(fixesDir, 'ide-fixes.css'),
  'ide-fixes.js': join(fixesDir, 'ide-fixes.js'),
};

const DEFAULT_QUERY = `# Supplyline: who supplies whom in armed conflicts, and on what evidence.
# Run with the button above (or Ctrl-Enter); more examples in examples/.

query WhoSuppliesRussia {
  actor(name: "Russia") {
    name
    suppliers {
      supplier { name }
      categories
      strongestVerdict
      transfers {
        item
        status
        quantity { text }
        evidence {
          quote
          source { publisher publishedOn }
          chain { title }
        }
        assessment { verdict explanation }
      }
    }
  }
}
`;

export function ideHtml(endpoint: string, assetPath: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Supplyline GraphQL IDE</title>
<link rel="stylesheet" href="${assetPath}/graphiql.min.css">
<link rel="stylesheet" href="${assetPath}/ide-fixes.css">
<style>html,body,#graphiql{height:100%;margin:0;}</style>
</head>
<body>
<div id="graphiql">Loading the GraphQL IDE…</div>
<script src="${assetPath}/react.production.min.js"></script>
<script src="${assetPath}/react-dom.production.min.js"></script>
<script src="${assetPath}/graphiql.min.js"></script>
<script>
  const fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify(endpoint)} });
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, { fetcher, defaultQuery: ${JSON.stringify(DEFAULT_QUERY)}, defaultEditorToolsVisibility: true }),
  );
</script>
<script src="${assetPath}/ide-fixes.js"></script>
</body>
</html>`;
}

/** Static files of the IDE, mounted at `assetPath`, compressed once when `compress` (static-files.ts). */
export function ideAssetsRouter(compress: boolean): Router {
  const router = express.Router();
  for (const [name, file] of Object.entries(IDE_ASSETS)) {
    router.get(`/${name}`, staticFile(file, 'public, max-age=86400, immutable', compress));
  }
  for (const [name, file] of Object.entries(IDE_FIXES)) {
    router.get(`/${name}`, staticFile(file, 'no-cache', compress));
  }
  return router;
}

/** A browser asking for /graphql with no operation gets the IDE; everything else goes to GraphQL. */
export function wantsIde(req: express.Request): boolean {
  return (
    req.method === 'GET' &&
    req.query.query === undefined &&
    req.accepts(['application/json', 'text/html']) === 'text/html'
  );
}
